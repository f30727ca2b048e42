"""Issue 19, class 1: a situation told in one's own words gets the projects that fit it.

The NLU often reads a long story as out of scope, a request for the Projektbüro
or a contact, or the plan's overview. When the story tells a need and the
ranking clearly fits projects to it, the answer is those projects; a question
about the city stays out of scope with the very answer and buttons of
``utter_out_of_scope``. Which projects fit is what the ranking of the knowledge
base says (``kb.rank_projects``), never a title typed here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from actions.focus import Focus, ListKind, ListQuery, Subject
from knowledge import KnowledgeBase
from knowledge.records import Role
from tests.actions.asking import ask_in, table
from tests.actions.conftest import ask, responses

RULES = Path(__file__).resolve().parents[2] / "data" / "rules" / "basics.yml"

# Persona-written stories (a teenager, a single mother, a pensioner, a migrant, a father
# in debt), each with an intent the NLU gave such stories.
STORIES: list[tuple[str, str]] = [
    ("Ich koche gern und bin 19, wo kann ich lernen, im Restaurant zu arbeiten?",
     "out_of_scope"),
    ("Meine Tochter ist drei und hat keinen Kita-Platz, sie ist den ganzen Tag mit mir zu Hause "
     "und langweilt sich", "out_of_scope"),
    ("Ich will später mal ein eigenes Restaurant, kann ich irgendwo schon mal in der Küche "
     "mitarbeiten? Bin 20", "out_of_scope"),
    ("Ich bin verschuldet und brauche jemanden, der mit mir einen Plan macht",
     "project_office_contact"),
    ("Als alleinerziehende Mutter schaffe ich es nicht, meinem Kind ein warmes Mittagessen in "
     "der OGS zu bezahlen. Wer hilft?", "project_office_contact"),
    ("Wir haben vier Kinder und am Monatsende reicht das Geld nicht mal fürs Pausenbrot",
     "topic_overview"),
    ("Seit ich in Rente bin, sitze ich nur noch vor dem Fernseher und rede mit niemandem, "
     "kann mir wer helfen", "district_contact"),
]  # fmt: skip

# City matters, some told like a story, some naming a place of the plan: out of scope.
CITY_MATTERS: list[tuple[str, str]] = [
    ("Ich bin Rentner und mein Personalausweis läuft ab, wo bekomme ich einen Termin beim "
     "Bürgeramt?", ""),
    ("Welche Pizzeria liefert abends noch nach Hörde?", "Hörde"),
    ("Ist die Buslinie nach Scharnhorst am Sonntag unterwegs oder fällt sie aus?", "Scharnhorst"),
    ("Ich bin umgezogen und muss mein Auto ummelden, wo mache ich das?", ""),
]  # fmt: skip


def _fitting(kb: KnowledgeBase, text: str) -> list[str]:
    return [hit.item.title for hit in kb.rank_projects(text).hits]


@table("text, intent", STORIES)
def test_a_story_that_clearly_fits_gets_its_projects_whatever_the_intent(
    kb: KnowledgeBase, text: str, intent: str
) -> None:
    reply = ask(text, intent)
    fitting = _fitting(kb, text)
    assert fitting and fitting[0] in reply.text
    assert "utter_out_of_scope" not in reply.names
    office = [c.phone for c in kb.content().contacts if c.role is Role.OFFICE]
    assert not any(phone in reply.text for phone in office)  # no Projektbüro instead


@table("text, place", CITY_MATTERS)
def test_a_city_matter_read_as_out_of_scope_keeps_the_out_of_scope_answer(
    kb: KnowledgeBase, text: str, place: str
) -> None:
    reply = ask_in(text, "out_of_scope", place)
    assert reply.names == ["utter_out_of_scope"]
    assert reply.buttons == responses()["utter_out_of_scope"][0]["buttons"]
    contacts = [c.phone for c in kb.content().contacts]
    assert not any(phone in reply.text for phone in contacts)


def test_an_aside_out_of_scope_leaves_the_list_for_the_next_pick(kb: KnowledgeBase) -> None:
    listed = tuple(hit.item.number for hit in kb.projects_for_target_group("Senioren"))
    focus = Focus(subject=Subject.PROJECT, projects=listed, query=ListQuery(ListKind.SEARCH))
    aside = ask("Wie wird das Wetter am Wochenende?", "out_of_scope", focus=focus)
    assert aside.names == ["utter_out_of_scope"]
    assert aside.focus == focus


def test_out_of_scope_goes_to_the_answering_action() -> None:
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))["rules"]
    steps = [r["steps"] for r in rules if r["steps"][0].get("intent") == "out_of_scope"]
    assert steps and steps[0][1] == {"action": "action_answer"}
