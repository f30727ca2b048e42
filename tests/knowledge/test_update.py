"""A content update: a modified copy of the page, the readable diff, and the bot seeing it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from knowledge import cli, page_words
from knowledge.diff import describe_changes
from knowledge.heads import thing_fits
from knowledge.knowledge_base import KnowledgeBase
from knowledge.page_words import own_words
from knowledge.parse import parse_text
from knowledge.records import PageContent
from knowledge.store import build, create_db_engine
from knowledge.text import fold

NEW_TITLE = "Testprojekt Nachbarschaftsgarten"
NEW_GOAL = "Ziel: Gemeinsam gärtnern im Quartier"
INVENTED = "Kürbisregatta"  # a noun no page had


def modified_page(page_text: str, content: PageContent) -> tuple[str, str, str, str]:
    """The page with one phone changed, one project removed and one added.

    Returns the text, the district whose phone changed, its new phone as the
    parser will store it, and the removed title.
    """
    district = content.districts[0]
    block = re.search(rf"Aktionsraum {re.escape(district.name)}\n.*?\nTelefon (.+)\n", page_text)
    assert block
    old_phone = block.group(1)
    new_phone = old_phone[:-1] + ("9" if old_phone[-1] != "9" else "8")
    text = page_text.replace(block.group(0), block.group(0).replace(old_phone, new_phone), 1)
    removed = content.projects[5]
    goal_line = f"{removed.goal_label}: {removed.goal}"
    assert f"{removed.title}\n\n{goal_line}" in text
    text = text.replace(f"{removed.title}\n\n{goal_line}", f"{NEW_TITLE}\n\n{NEW_GOAL}", 1)
    stored_phone = parse_text(text).districts[0].contact.phone
    return text, district.name, stored_phone, removed.title


def test_diff_names_added_removed_and_changed(page_text: str, content: PageContent) -> None:
    text, district, phone, removed = modified_page(page_text, content)
    lines = describe_changes(content, parse_text(text))
    assert f"Neues Projekt: {NEW_TITLE}" in lines
    assert f"Projekt entfernt: {removed}" in lines
    changed = [line for line in lines if line.startswith(f"Aktionsraum {district}: Telefon")]
    assert changed and changed[0].endswith(phone)
    assert len(lines) == 3


def _running(
    tmp_path: Path, content: PageContent, monkeypatch: pytest.MonkeyPatch
) -> KnowledgeBase:
    """A running bot's knowledge base, stored where ``python -m knowledge build`` writes."""
    engine: Engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    build(engine, content)
    monkeypatch.setenv("DATABASE_URL", str(engine.url))
    monkeypatch.setattr("knowledge.export.write", lambda _content: ["districts.yml"])
    return KnowledgeBase(engine, refresh_seconds=0)


def test_same_content_has_no_changes(content: PageContent) -> None:
    assert describe_changes(content, content) == []


def test_update_command_prints_the_diff_and_the_running_bot_sees_it(
    tmp_path: Path, page_text: str, content: PageContent, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    running = _running(tmp_path, content, monkeypatch)
    district = content.districts[0]
    assert running.find_districts(district.name).items[0].contact.phone == district.contact.phone
    text, _, phone, removed = modified_page(page_text, content)
    source = tmp_path / "page.txt"
    source.write_text(text, encoding="utf-8")

    assert cli.main(["build", "--source", str(source), "--dry-run"]) == cli.OK
    assert running.find_districts(district.name).items[0].contact.phone == district.contact.phone
    assert cli.main(["build", "--source", str(source)]) == cli.OK
    out = capsys.readouterr().out
    assert f"Neues Projekt: {NEW_TITLE}" in out and f"Projekt entfernt: {removed}" in out
    assert "neu trainieren" in out
    assert running.find_districts(district.name).items[0].contact.phone == phone
    assert running.find_project(NEW_TITLE).items[0].title == NEW_TITLE


def test_a_page_that_lost_most_projects_is_refused_unless_forced(
    tmp_path: Path, page_text: str, content: PageContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    build(engine, content)
    monkeypatch.setenv("DATABASE_URL", str(engine.url))
    monkeypatch.setattr("knowledge.export.write", lambda _content: [])
    half = page_text.split("Schwerpunkt Kinder und Eltern")[0]
    source = tmp_path / "half.txt"
    source.write_text(half, encoding="utf-8")
    assert cli.main(["build", "--source", str(source)]) in (cli.REFUSED,)
    assert KnowledgeBase(engine).content() == content


def test_a_build_renews_the_page_words_without_a_restart(
    tmp_path: Path, source_folder: Path, page_text: str, content: PageContent,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A noun a new page writes is the page's (no evidence of a language), a thing it has."""
    running = _running(tmp_path, content, monkeypatch)
    monkeypatch.setattr(page_words, "PAGE", source_folder)
    thing = fold(INVENTED)
    assert own_words([INVENTED]) == [INVENTED] and not thing_fits(running, thing)
    report = content.reports[0].description.split("\n")[0]
    assert report in page_text
    source = tmp_path / "page.txt"  # the report's text names the thing: no project does
    source.write_text(page_text.replace(report, f"{report} Dazu: die {INVENTED}.", 1), "utf-8")

    assert cli.main(["build", "--source", str(source)]) == cli.OK
    assert own_words([INVENTED]) == []
    assert thing_fits(running, thing)
