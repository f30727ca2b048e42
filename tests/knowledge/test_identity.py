"""Project numbers last across content updates; a removed project's number is never reused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from knowledge.identity import assign_numbers
from knowledge.knowledge_base import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.records import PageContent
from knowledge.store import build, create_db_engine
from tests.knowledge.test_update import NEW_TITLE, modified_page


def test_a_first_build_numbers_in_page_order(content: PageContent) -> None:
    assert assign_numbers(content.projects).projects == content.projects


def test_an_update_keeps_every_number_and_gives_a_new_one(
    tmp_path: Path, page_text: str, content: PageContent
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    build(engine, content)
    text, _, _, removed_title = modified_page(page_text, content)
    build(engine, parse_text(text))
    kb = KnowledgeBase(engine)
    before = {p.title: p.number for p in content.projects}
    after = {p.title: p.number for p in kb.projects()}
    assert {t: n for t, n in after.items() if t in before} == {
        t: n for t, n in before.items() if t != removed_title
    }
    assert after[NEW_TITLE] == max(before.values()) + 1
    gone = kb.removed_project(before[removed_title])
    assert gone is not None and gone.title == removed_title
    assert kb.projects_numbered([before[removed_title]]) == ()
    assert [p.title for p in kb.projects()] == [p.title for p in parse_text(text).projects]


def test_a_removed_number_is_not_given_again(content: PageContent) -> None:
    first = assign_numbers(content.projects)
    last = content.projects[-1]
    second = assign_numbers(content.projects[:-1], first.projects, first.removed)
    assert second.removed[0].number == last.number
    newcomer = replace(content.projects[0], title="Ganz neues Projekt", goal="Neues Ziel")
    third = assign_numbers((*content.projects[:-1], newcomer), second.projects, second.removed)
    assert third.projects[-1].number == last.number + 1
    back = assign_numbers(content.projects, second.projects, second.removed)
    assert back.projects == content.projects and back.removed == ()


def test_a_renamed_project_keeps_its_number(content: PageContent) -> None:
    project = content.projects[3]
    renamed = replace(project, title=project.title + " (neu)")
    projects = tuple(renamed if p == project else p for p in content.projects)
    numbering = assign_numbers(projects, content.projects)
    assert numbering.projects[3].number == project.number and numbering.removed == ()
    respelled = tuple(replace(p, title=p.title.upper()) for p in content.projects)
    assert [p.number for p in assign_numbers(respelled, content.projects).projects] == [
        p.number for p in content.projects
    ]
