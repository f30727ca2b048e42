"""Hostile and odd input: empty results or suggestions, no exception, no change."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from knowledge.knowledge_base import KnowledgeBase
from tests.conftest import checksum

BAD_INPUT = [
    "",
    "   ",
    "\n\t\x00\x07",
    "x" * 10_000,
    "Hörde " * 2_000,
    "'; DROP TABLE kb_projects; --",
    "1 OR 1=1",
    "%' UNION SELECT * FROM kb_contacts --",
    "<script>alert(1)</script>",
    "{{7*7}} ${jndi:ldap://x}",
    "😀🙈🔥",
    "Привет, где находится Хёрде?",
    "مرحبا كيف حالك",
    "你好",
    "\ud800",
    '/district_contact{"district": "Hörde"}',
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_every_lookup_survives_bad_input(kb: KnowledgeBase, engine: Engine, text: str) -> None:
    before = checksum(engine)
    kb.find_districts(text)
    kb.suggest_districts(text)
    kb.find_people(text)
    kb.find_project(text)
    kb.find_topic(text)
    kb.projects_for_target_group(text)
    hits = kb.search_projects(text)
    assert all(hit.score > 0 for hit in hits)
    assert checksum(engine) == before


@pytest.mark.parametrize(
    "text", ["", "   ", "'; DROP TABLE kb_projects; --", "😀", "你好", "x" * 10_000]
)
def test_nonsense_finds_nothing(kb: KnowledgeBase, text: str) -> None:
    assert kb.find_districts(text).status == "none"
    assert kb.find_people(text).status == "none"
    assert kb.search_projects(text) == []
