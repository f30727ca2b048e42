"""Small talk goes through the answering action: its own short answer, or the question beside it.

Rasa's rules send thanks, greetings, "ja", "nein", "tschüss" and "bist du ein
Bot?" to ``action_answer``; when the NLU reads such an intent, a real question
in the same message must not be lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from actions import knowledge_access
from actions.offline import reply_without_knowledge
from knowledge import KnowledgeBase
from knowledge.records import District, PageContent
from tests.actions.asking import table
from tests.actions.conftest import Reply, ask

PURE = [
    ("thank", "danke"), ("thank", "vielen Dank für die schnelle Antwort"),
    ("thank", "teşekkür ederim, çok yardımcı oldunuz"), ("thank", "дякую"),
    ("deny", "nein"), ("deny", "nein danke"), ("deny", "no thanks"),
    ("affirm", "ja"), ("affirm", "okay super"),
    ("greet", "hallo"), ("greet", "hallo, wie geht es dir?"), ("greet", "/greet"),
    ("goodbye", "tschüss"), ("goodbye", "auf Wiedersehen und schönen Tag noch"),
    ("bot_challenge", "bist du ein Mensch?"), ("bot_challenge", "sen bir robot musun?"),
]  # fmt: skip


def _simple_place(content: PageContent) -> District:
    """An Aktionsraum named by one word, as citizens type it."""
    return next(d for d in content.districts if d.name.isalpha())


@pytest.mark.parametrize(("intent", "text"), PURE)
def test_pure_small_talk_gets_its_own_short_answer(intent: str, text: str) -> None:
    reply = ask(text, intent)
    assert reply.names == [f"utter_{intent}"], reply.names  # no facts, no rating question


def test_thanks_for_a_place_named_is_no_question(content: PageContent) -> None:
    place = _simple_place(content)
    reply = ask(f"danke für die Infos zu {place.name}", "thank")
    assert reply.names == ["utter_thank"]


def test_small_talk_keeps_the_list_for_a_pick(kb: KnowledgeBase) -> None:
    listed = ask("Welche Projekte gibt es für Jugendliche?", "project_search",
                 {"target_group": "Jugendliche"})  # fmt: skip
    thanks = ask("danke", "thank", focus=listed.focus)
    third = kb.projects_numbered([listed.focus.projects[2]])[0]
    reply = ask("die dritte davon", "inform", focus=thanks.focus)
    assert reply.focus.project == third.number and third.goal in reply.text


def _contact_given(reply: Reply, place: District, intent: str) -> None:
    assert place.contact.name in reply.text and place.contact.phone in reply.text, reply.names


def _projects_listed(reply: Reply, place: District, intent: str) -> None:
    assert reply.focus.projects and f"utter_{intent}" not in reply.names, reply.names


Check = Callable[[Reply, District, str], None]

# A question beside small talk, for the place "{place}": the contact, or projects there.
BESIDE: list[tuple[str, str, Check]] = [
    ("thank", "danke! und wer ist in {place} zuständig?", _contact_given),
    ("thank", "thanks, and who is the contact in {place}?", _contact_given),
    ("thank", "teşekkürler, {place}'de kim sorumlu?", _contact_given),
    ("greet", "hallo, wer ist in {place} zuständig", _contact_given),
    ("goodbye", "tschüss, ach und wer ist für {place} zuständig?", _contact_given),
    ("bot_challenge", "bist du ein Bot? ich suche was für meine Oma in {place}", _projects_listed),
    ("goodbye", "tschüss – ach doch noch: gibt es was für Kinder in {place}?", _projects_listed),
]


@table("intent, question, check", BESIDE)
def test_a_question_beside_small_talk_is_answered(
    intent: str, question: str, check: Check, content: PageContent
) -> None:
    place = _simple_place(content)
    check(ask(question.format(place=place.name), intent), place, intent)


def test_a_correction_read_as_deny_answers_for_the_right_place(content: PageContent) -> None:
    first, second = [d for d in content.districts if d.name.isalpha()][:2]
    asked = ask(f"wer ist in {first.name} zuständig?", "district_contact")
    reply = ask(f"nein, nicht {first.name}, ich meinte {second.name}", "deny", focus=asked.focus)
    assert second.contact.phone in reply.text and "utter_deny" not in reply.names


def test_a_pick_beside_thanks_picks_from_the_list(kb: KnowledgeBase) -> None:
    listed = ask("Welche Projekte gibt es für Jugendliche?", "project_search",
                 {"target_group": "Jugendliche"})  # fmt: skip
    second = kb.projects_numbered([listed.focus.projects[1]])[0]
    reply = ask("danke. nummer zwei", "thank", focus=listed.focus)
    assert reply.focus.project == second.number and second.goal in reply.text


@pytest.fixture
def unreachable_kb(tmp_path: Path) -> None:
    """A knowledge base whose database cannot be opened (the test fixture restores the real one)."""
    knowledge_access.use(KnowledgeBase(create_engine(f"sqlite:///{tmp_path}/missing/dir/kb.db")))


@pytest.mark.parametrize(("intent", "text"), PURE)
@pytest.mark.usefixtures("unreachable_kb")
def test_small_talk_needs_no_knowledge_base(intent: str, text: str) -> None:
    """A greeting while the database is down is greeted, not told "service unavailable"."""
    assert ask(text, intent).names == [f"utter_{intent}"]


@pytest.mark.parametrize(
    ("intent", "question"),
    [("thank", "danke! und wer ist in {place} zuständig?"),
     ("thank", "thanks, and who is the contact in {place}?"),
     ("greet", "hallo, welche Projekte gibt es in {place}?"),
     ("affirm", "ja, und die Telefonnummer?"),
     ("deny", "nein, nicht {place}, ich meinte {other}"),
     ("thank", "danke. nummer zwei")],
)  # fmt: skip
@pytest.mark.usefixtures("unreachable_kb")
def test_a_question_beside_small_talk_needs_the_knowledge_base(
    intent: str, question: str, content: PageContent
) -> None:
    place, other = [d.name for d in content.districts if d.name.isalpha()][:2]
    reply = ask(question.format(place=place, other=other), intent)
    assert reply.names == ["utter_service_unavailable"]


@pytest.mark.usefixtures("unreachable_kb")
def test_a_question_reading_beside_small_talk_needs_the_knowledge_base(
    content: PageContent,
) -> None:
    """The NLU's runner-up question reading counts, whatever the words."""
    place = _simple_place(content)
    message = {"text": f"bist du ein Bot? ich suche was für meine Oma in {place.name}",
               "intent": {"name": "bot_challenge"},
               "intent_ranking": [{"name": "bot_challenge", "confidence": 0.6},
                                  {"name": "project_search", "confidence": 0.3}]}  # fmt: skip
    assert reply_without_knowledge(message) == "utter_service_unavailable"
