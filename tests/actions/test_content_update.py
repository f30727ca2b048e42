"""An open conversation across a content update: its lists and buttons keep their projects.

The citizen saw a list (and its "#n" buttons) before the Projektbüro added one
project and removed another. "das zweite" and the old buttons still open the
projects they showed; the removed one is said to be gone, never replaced by another.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from actions import knowledge_access
from actions.focus import PAGE_SIZE, Focus, Subject
from knowledge import KnowledgeBase
from knowledge.parse import parse_text
from knowledge.records import PageContent, Project
from knowledge.store import build, create_db_engine
from tests.actions.conftest import Reply, ask, press

NEW_TITLE = "Testprojekt Nachbarschaftsgarten"  # made up; no such project on the page
# Two new projects in front: every later project moves two places down the page.
NEW_BLOCK = (
    f"{NEW_TITLE}\n\nZiel: Gemeinsam gärtnern im Quartier\n\n"
    "Testprojekt Reparaturcafé\n\nZiel: Gemeinsam reparieren statt wegwerfen\n\n"
)


def _without(page_text: str, gone: Project, first: Project) -> str:
    """The page without ``gone`` and with two new projects in front of ``first``."""
    block = f"{gone.title}\n\n{gone.goal_label}: {gone.goal}\n"
    assert block in page_text and f"\n{first.title}\n" in page_text
    text = page_text.replace(block, "", 1)
    return text.replace(f"\n{first.title}\n", f"\n{NEW_BLOCK}{first.title}\n", 1)


@pytest.fixture()
def seniors_list(kb: KnowledgeBase) -> Reply:
    """The list for "Gibt es Angebote für Senioren?", with its buttons, before the update."""
    reply = ask("Gibt es Angebote für Senioren?", "project_search", {"target_group": "Senioren"})
    assert len(reply.focus.projects) >= 2
    return reply


@pytest.fixture()
def updated(
    tmp_path: Path, page_text: str, content: PageContent, kb: KnowledgeBase, seniors_list: Reply
) -> Iterator[KnowledgeBase]:
    """The knowledge base after the first listed project was removed and two were added."""
    gone = kb.projects_numbered(seniors_list.focus.projects[:1])[0]
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    build(engine, content)
    # one more project than the page's "die ersten 34 Projekte" states: taken over with --force
    build(engine, parse_text(_without(page_text, gone, content.projects[0])), force=True)
    updated = KnowledgeBase(engine)
    knowledge_access.use(updated)
    yield updated
    knowledge_access.use(kb)


def test_the_second_of_an_old_list_is_still_the_same_project(
    kb: KnowledgeBase, seniors_list: Reply, updated: KnowledgeBase
) -> None:
    second = kb.projects_numbered(seniors_list.focus.projects[1:2])[0]
    reply = ask("das zweite bitte nochmal", "project_detail", focus=seniors_list.focus)
    assert second.title in reply.text and second.goal in reply.text
    assert NEW_TITLE not in reply.text


def test_the_removed_first_of_an_old_list_is_said_to_be_gone(
    kb: KnowledgeBase, seniors_list: Reply, updated: KnowledgeBase
) -> None:
    first = kb.projects_numbered(seniors_list.focus.projects[:1])[0]
    reply = ask("das erste bitte nochmal", "project_detail", focus=seniors_list.focus)
    assert reply.names[0] == "utter_project_removed"
    assert f"„{first.title}“ steht nicht mehr im Aktionsplan" in reply.text
    assert not any(p.goal in reply.text for p in updated.projects())
    assert reply.focus.projects == seniors_list.focus.projects  # "das zweite" still works


def test_old_buttons_open_their_own_project_or_say_it_is_gone(
    kb: KnowledgeBase, seniors_list: Reply, updated: KnowledgeBase
) -> None:
    buttons = [b for b in seniors_list.buttons if "#" in b["payload"]]
    assert len(buttons) >= 2
    for button, number in zip(buttons, seniors_list.focus.projects, strict=False):
        before = kb.projects_numbered([number])[0]
        reply = press(button, focus=seniors_list.focus)
        if updated.projects_numbered([number]):
            assert before.goal in reply.text and reply.focus.project == number
        else:
            assert f"„{before.title}“ steht nicht mehr im Aktionsplan" in reply.text


def test_a_follow_up_on_a_removed_project_says_it_is_gone(
    kb: KnowledgeBase, seniors_list: Reply, updated: KnowledgeBase
) -> None:
    first = kb.projects_numbered(seniors_list.focus.projects[:1])[0]
    focus = Focus("project", project=first.number)
    reply = ask("Was ist das Ziel davon?", "project_detail", focus=focus)
    assert f"„{first.title}“ steht nicht mehr im Aktionsplan" in reply.text


def test_more_of_an_old_list_goes_on_where_the_citizen_stopped(
    tmp_path: Path, page_text: str, content: PageContent, kb: KnowledgeBase
) -> None:
    listed = content.projects[: 2 * PAGE_SIZE]
    focus = Focus(Subject.PROJECT, projects=tuple(p.number for p in listed))
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    build(engine, content)
    build(engine, parse_text(_without(page_text, listed[1], content.projects[0])), force=True)
    knowledge_access.use(KnowledgeBase(engine))
    try:
        reply = ask("mehr", "project_search", focus=focus)
    finally:
        knowledge_access.use(kb)
    next_page = listed[PAGE_SIZE : 2 * PAGE_SIZE]
    assert all(p.title in reply.text for p in next_page), reply.text
    assert not any(p.title in reply.text for p in listed[:PAGE_SIZE])
