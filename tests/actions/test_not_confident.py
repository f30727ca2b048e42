"""Issue 19, class 7: "Ja" only when something clearly fits; say plainly when nothing does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge import KnowledgeBase
from knowledge.records import PageContent, Role
from tests.actions.asking import ask_in, table
from tests.actions.conftest import Reply, ask


def _office_phones(content: PageContent) -> list[str]:
    return [c.phone for c in content.contacts if c.role is Role.OFFICE]


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es einen Strickkreis für Rentnerinnen?",
        "Gibt es Nachhilfe in Mathe für Studenten?",
        "Habt ihr einen Kurs zum Angeln für Jugendliche?",
        "Gibt es eine Tierarztpraxis für Leute ohne Geld?",
    ],
)
def test_a_thing_the_plan_lacks_gets_no_yes_and_no_projects(
    kb: KnowledgeBase, content: PageContent, text: str
) -> None:
    reply = ask(text, "project_search")
    assert reply.text.startswith("Nein")
    assert not [p.title for p in kb.projects() if p.title in reply.text]
    assert all(phone in reply.text for phone in _office_phones(content))


def test_a_group_the_plan_serves_keeps_its_yes_and_projects(kb: KnowledgeBase) -> None:
    reply = ask("Gibt es was für Senioren in Scharnhorst?", "project_search")
    assert reply.text.startswith("Ja")
    serving = [hit.item.title for hit in kb.projects_for_target_group("Senioren")]
    assert serving and any(title in reply.text for title in serving)


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin neu in der Stadt, wo bekomme ich einen Anwohnerparkausweis?",
        "Bis wann hat das Bürgeramt am Samstag geöffnet?",
    ],
)
def test_a_city_matter_outside_the_plan_gets_the_out_of_scope_answer(
    content: PageContent, text: str
) -> None:
    reply = ask(text, "nlu_fallback")  # the NLU did not read it as out_of_scope
    assert reply.names == ["utter_out_of_scope"]
    assert not any(phone in reply.text for phone in _office_phones(content))


def _out_of_scope(reply: Reply, kb: KnowledgeBase, place: str) -> None:
    assert reply.names == ["utter_out_of_scope"]
    local = [c.phone for c in kb.content().contacts if c.role is not Role.OFFICE]
    assert not any(phone in reply.text for phone in local)


def _its_contact(reply: Reply, kb: KnowledgeBase, place: str) -> None:
    districts = kb.find_districts(place).items
    assert districts and districts[0].contact.name in reply.text


def _from_the_plan(reply: Reply, kb: KnowledgeBase, place: str) -> None:
    assert reply.names != ["utter_out_of_scope"]
    assert "Quelle" in reply.text


Check = Callable[[Reply, KnowledgeBase, str], None]

# A place named only as context is out of scope; asked for itself, it gets its answer.
IN_A_PLACE: list[tuple[str, str, str, Check]] = [
    ("Wo kann ich in Hörde meinen Reisepass verlängern lassen?", "out_of_scope", "Hörde",
     _out_of_scope),
    ("Gibt es in Scharnhorst einen Fahrradverleih?", "nlu_fallback", "Scharnhorst", _out_of_scope),
    ("Wo kann man am Nordmarkt gebrauchte Möbel kaufen?", "project_search", "Nordmarkt",
     _out_of_scope),
    ("Wann öffnet die Eishalle in Westerfilde?", "nlu_fallback", "Westerfilde", _out_of_scope),
    ("Wer ist in Hörde zuständig?", "district_contact", "Hörde", _its_contact),
    ("Ich brauche jemanden in Scharnhorst", "district_contact", "Scharnhorst", _its_contact),
    ("Wo ist das Büro in Westerfilde?", "district_contact", "Westerfilde", _its_contact),
    ("Ansprechpartner Nordmarkt", "district_contact", "Nordmarkt", _its_contact),
    ("Was läuft in Hörde so?", "project_search", "Hörde", _from_the_plan),
    ("Gehört Scharnhorst zum Plan?", "district_list", "Scharnhorst", _from_the_plan),
    ("Angebote für Senioren in Scharnhorst?", "project_search", "Scharnhorst", _from_the_plan),
]  # fmt: skip


@table("text, intent, place, check", IN_A_PLACE)
def test_a_place_named_as_context_or_asked_for_gets_its_answer(
    kb: KnowledgeBase, text: str, intent: str, place: str, check: Check
) -> None:
    check(ask_in(text, intent, place), kb, place)
