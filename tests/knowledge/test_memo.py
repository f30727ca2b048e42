"""Lookups by text kept for repeated texts: the same results, bounded, fresh per version."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from knowledge import KnowledgeBase
from knowledge.memo import Memo
from knowledge.records import PageContent


def test_a_kept_result_is_the_one_the_lookup_gave() -> None:
    asked: list[str] = []
    memo = Memo(lambda text: asked.append(text) or text.upper())
    assert [memo("hörde"), memo("eving"), memo("hörde")] == ["HÖRDE", "EVING", "HÖRDE"]
    assert asked == ["hörde", "eving"]


def test_the_memo_is_bounded_and_drops_the_least_recently_used() -> None:
    asked: list[int] = []
    memo = Memo(lambda number: asked.append(number) or number * 2, size=2)
    memo(1), memo(2), memo(1), memo(3)  # 2 is the least recently used when 3 comes
    assert len(memo) == 2
    memo(1), memo(2)
    assert asked == [1, 2, 3, 2]


def test_the_knowledge_base_answers_a_repeated_text_as_the_first_time(
    engine: Engine, content: PageContent
) -> None:
    kb = KnowledgeBase(engine)
    story = "Meine Nachbarin ist seit dem Umzug ihrer Tochter viel allein und spricht kaum Deutsch"
    first = (kb.rank_projects(story), kb.find_districts("in hörde"), kb.find_people("Herr"))
    again = (kb.rank_projects(story), kb.find_districts("in hörde"), kb.find_people("Herr"))
    assert again == first
    fresh = KnowledgeBase(engine)  # nothing kept yet
    assert fresh.rank_projects(story) == first[0]
    assert [d.name for d in kb.find_districts("in hörde").items] == [
        d.name for d in content.districts if "Hörde" in d.name
    ]


def test_a_search_result_handed_out_cannot_change_what_is_kept(engine: Engine) -> None:
    kb = KnowledgeBase(engine)
    hits = kb.search_projects_by_words("Sprachkurse")
    assert hits
    hits.clear()
    assert kb.search_projects_by_words("Sprachkurse")
