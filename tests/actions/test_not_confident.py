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
        # The group ("Senioren") or place fits; the thing asked for ("Schachkurse") does not.
        "Gibt es Schachkurse für Senioren in Scharnhorst?",
        "Gibt es einen Computerkurs für ältere Menschen?",
        "Gibt es eine Schwangerschaftsberatung für junge Frauen?",
        "Bietet ihr Hundetraining für Rentner an?",
        "Gibt es in Eving einen Kochkurs für Männer?",
    ],
)
def test_a_thing_the_plan_lacks_gets_no_yes_and_no_projects(
    kb: KnowledgeBase, content: PageContent, text: str
) -> None:
    reply = ask(text, "project_search")
    assert reply.text.startswith("Nein")
    assert not [p.title for p in kb.projects() if p.title in reply.text]
    assert all(phone in reply.text for phone in _office_phones(content))


@pytest.mark.parametrize(
    "text",
    [
        # Typed in lower case: the nouns are read by the German lemma table, not by capitals.
        "gibt es schachkurse für senioren in scharnhorst?",
        "gibt es eine tanzschule für jugendliche",
        "habt ihr einen töpferkurs für rentner",
    ],
)
def test_a_thing_the_plan_lacks_typed_in_lower_case_gets_no_yes(
    kb: KnowledgeBase, content: PageContent, text: str
) -> None:
    reply = ask(text, "project_search")
    assert reply.text.startswith("Nein")
    assert not [p.title for p in kb.projects() if p.title in reply.text]


@pytest.mark.parametrize(
    ("text", "group"),
    [("gibt es was für senioren in scharnhorst", "Senioren"),
     ("habt ihr was für jugendliche in der nordstadt", "Jugendliche")],
)  # fmt: skip
def test_a_group_typed_in_lower_case_keeps_its_yes(
    kb: KnowledgeBase, text: str, group: str
) -> None:
    reply = ask(text, "project_search")
    assert not reply.text.startswith("Nein")
    serving = [hit.item.title for hit in kb.projects_for_target_group(group)]
    assert any(title in reply.text for title in serving)


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


@pytest.mark.parametrize(
    "text, thing",
    [
        ("Gibt es Deutschkurse für Väter?", "Deutschkurse"),
        ("Gibt es ein Mittagessen in der Ganztagsschule?", "Ganztagsschule"),
        ("Gibt es Mentoren für Azubis?", "Mentoren"),
    ],
)
def test_a_thing_the_plan_has_keeps_its_yes(kb: KnowledgeBase, text: str, thing: str) -> None:
    reply = ask(text, "project_search")
    assert reply.text.startswith("Ja")
    best = kb.rank_projects(thing).hits[0].item
    assert best.title in reply.text


# Errands the plan never answers, beside a place, a group or a word it has: the city's portal.
ERRANDS: list[tuple[str, str, str]] = [
    ("Wo kann ich in Eving günstig Winterreifen kaufen?", "district_contact", "Eving"),
    ("Welche Apotheke in Marten hat heute Notdienst?", "district_contact", "Marten"),
    ("Welcher Kinderarzt in Westerfilde nimmt neue Patienten?", "inform", "Westerfilde"),
    ("Welche Pizzeria in Hörde hat abends noch offen?", "district_contact", "Hörde"),
    ("Wo kaufe ich ein Monatsticket für Schüler?", "project_search", ""),
    ("Wo kann ich für meinen Sohn einen Schulranzen bestellen?", "project_search", ""),
    ("Was kostet ein Jahresticket für den Zoo für Familien?", "project_search", ""),
    ("Wie melde ich als Frau ein eigenes Gewerbe an?", "nlu_fallback", ""),
    ("Wer liefert abends Essen nach Eving?", "district_contact", "Eving"),
    ("Gibt es einen Lieferdienst für Getränke in Marten?", "project_search", "Marten"),
]  # fmt: skip


@table("text, intent, place", ERRANDS)
def test_an_errand_gets_the_out_of_scope_answer(
    kb: KnowledgeBase, text: str, intent: str, place: str
) -> None:
    reply = ask_in(text, intent, place)
    _out_of_scope(reply, kb, place)
    assert not [p.title for p in kb.projects() if p.title in reply.text]


def test_the_terms_of_a_project_named_keep_its_answer(kb: KnowledgeBase) -> None:
    project = min(kb.projects(), key=lambda p: len(p.title))
    reply = ask(f"Was kostet das Mitmachen bei {project.title}?", "project_detail")
    assert reply.names != ["utter_out_of_scope"]
    assert project.goal in reply.text


def test_the_terms_of_what_clearly_fits_keep_its_projects(kb: KnowledgeBase) -> None:
    text = "Was kostet der Sprachkurs für Mütter mit Migrationshintergrund?"
    reply = ask(text, "project_search")
    assert reply.names != ["utter_out_of_scope"]
    leader = kb.rank_projects(text).leader
    assert leader is not None and leader.title in reply.text
