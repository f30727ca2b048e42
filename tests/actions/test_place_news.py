"""What goes on in a place ("Was läuft in Hörde?") asks for that place's projects.

The phrase (``place_news`` of the lexicon files) names no need to search for,
whatever intent the NLU guesses for it; beside a need it stays a search for
that need ("Was läuft für Kinder in ...?").
"""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.records import District
from tests.actions.conftest import ask

NEWS = [
    ("Was läuft in {place}?", "project_search"),
    ("was lauft in {place}", "project_detail"),
    ("Was passiert in {place}?", "project_detail"),
    ("Was tut sich in {place}?", "district_contact"),
    ("Was ist in {place} so los?", "district_list"),
    ("Welche Projekte laufen in {place}?", "project_search"),
    ("What's going on in {place}?", "district_contact"),
    ("what is happening in {place}", "district_contact"),
    ("{place}'de neler oluyor?", "district_contact"),
    ("Co się dzieje w {place}?", "district_contact"),
    ("Ce se întâmplă în {place}?", "district_contact"),
    ("Что происходит в {place}?", "district_list"),
    ("Що відбувається в {place}?", "district_list"),
    ("Какво става в {place}?", "district_list"),
]


def _places_with_projects(kb: KnowledgeBase) -> list[District]:
    """Aktionsräume named by one word whose projects the page lists (one and several)."""
    found = [d for d in kb.districts() if d.name.isalpha() and kb.projects_in([d])]
    assert found
    return found


@pytest.mark.parametrize(("question", "intent"), NEWS)
def test_what_goes_on_in_a_place_lists_its_projects(
    question: str, intent: str, kb: KnowledgeBase
) -> None:
    for place in _places_with_projects(kb)[:2]:
        reply = ask(question.format(place=place.name), intent, {"district": place.name})
        projects = kb.projects_in([place])
        assert all(p.title in reply.text for p in projects[:3]), (place.name, reply.names)


def test_a_need_beside_the_phrase_is_still_searched(kb: KnowledgeBase) -> None:
    """ "Was läuft für Senioren in X?" lists what fits seniors, not every project of X."""
    place = _places_with_projects(kb)[0]
    plain = ask(f"Gibt es was für Senioren in {place.name}?", "project_search",
                {"district": place.name, "target_group": "Senioren"})  # fmt: skip
    reply = ask(f"Was läuft für Senioren in {place.name}?", "project_search",
                {"district": place.name, "target_group": "Senioren"})  # fmt: skip
    found = (sorted(reply.focus.projects), reply.focus.project)
    assert found == (sorted(plain.focus.projects), plain.focus.project)


PLACE_PROJECTS = [
    "What projects do you have in {place}?",
    "Which projects are there in {place}?",
    "{place}'de hangi projeler var?",
    "Jakie projekty są w {place}?",
    "Какие проекты есть в {place}?",
    "Які проєкти є в {place}?",
    "Какви проекти има в {place}?",
    "Ce proiecte sunt în {place}?",
]


@pytest.mark.parametrize("question", PLACE_PROJECTS)
def test_projects_of_a_place_asked_in_another_language(question: str, kb: KnowledgeBase) -> None:
    """The place's projects, as for "Welche Projekte gibt es in X?", not "nothing found"."""
    for place in _places_with_projects(kb)[:2]:
        reply = ask(question.format(place=place.name), "project_search", {"district": place.name})
        projects = kb.projects_in([place])
        assert all(p.title in reply.text for p in projects[:3]), (place.name, reply.names)
