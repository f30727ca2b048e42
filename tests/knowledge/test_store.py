"""Building is idempotent and atomic; readers see new content without a restart."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.engine import Engine

from knowledge import store
from knowledge.knowledge_base import KnowledgeBase, KnowledgeBaseMissing
from knowledge.parse import parse_text
from knowledge.records import PageContent
from knowledge.store import BuildRefused, build, load
from tests.conftest import checksum, fresh_engine


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Engine:
    return fresh_engine(request.param, tmp_path_factory)


def test_load_returns_what_was_parsed(engine: Engine, content: PageContent) -> None:
    assert load(engine) == content


def test_second_build_of_same_content_changes_nothing(
    empty_engine: Engine, content: PageContent
) -> None:
    assert build(empty_engine, content).changed
    before = checksum(empty_engine)
    result = build(empty_engine, content)
    assert not result.changed
    assert checksum(empty_engine) == before


def test_content_that_lost_much_is_refused_and_the_old_stays(
    empty_engine: Engine, content: PageContent
) -> None:
    build(empty_engine, content)
    before = checksum(empty_engine)
    shrunk = replace(content, projects=content.projects[:10], stated_counts={})
    with pytest.raises(BuildRefused) as refused:
        build(empty_engine, shrunk)
    assert "Projekte" in str(refused.value)
    assert checksum(empty_engine) == before
    assert build(empty_engine, shrunk, force=True).overridden


def test_counts_unlike_the_pages_own_are_refused(empty_engine: Engine, page_text: str) -> None:
    odd = parse_text(page_text.replace("die ersten 34 Projekte", "die ersten 40 Projekte"))
    with pytest.raises(BuildRefused):
        build(empty_engine, odd)
    assert store.read_build_info(empty_engine) == {}


def test_a_build_failing_midway_leaves_the_old_version(
    empty_engine: Engine, content: PageContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(empty_engine, content)
    before = checksum(empty_engine)
    changed = replace(content, links=content.links[:-1])

    def fail(*args: object) -> None:
        raise RuntimeError("disk full")

    original = store._replace_rows
    monkeypatch.setattr(store, "_replace_rows", lambda conn, c, i: (original(conn, c, i), fail()))
    with pytest.raises(RuntimeError):
        build(empty_engine, changed)
    assert checksum(empty_engine) == before


def test_running_reader_sees_a_new_build_without_restart(
    empty_engine: Engine, content: PageContent
) -> None:
    build(empty_engine, content)
    kb = KnowledgeBase(empty_engine, refresh_seconds=0)
    district = kb.districts()[0]
    new_phone = "+49 231 5000000"
    moved = replace(district, contact=replace(district.contact, phone=new_phone))
    updated = replace(content, districts=(moved, *content.districts[1:]))
    build(empty_engine, updated)
    assert kb.find_districts(district.name).items[0].contact.phone == new_phone


def test_empty_database_says_how_to_build(empty_engine: Engine) -> None:
    with pytest.raises(KnowledgeBaseMissing, match="knowledge build"):
        KnowledgeBase(empty_engine).districts()


def test_a_database_outage_keeps_the_loaded_knowledge(
    engine: Engine, content: PageContent, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from knowledge import knowledge_base as module

    kb = module.KnowledgeBase(engine, refresh_seconds=0)
    district = content.districts[0]
    assert kb.find_districts(district.name).items == [district]

    def unreachable(_engine: Engine) -> dict[str, str]:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(module, "read_build_info", unreachable)
    assert kb.find_districts(district.name).items == [district]
    with pytest.raises(OperationalError):
        module.KnowledgeBase(engine).districts()
