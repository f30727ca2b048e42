"""Conversations over REST in Turkish, Arabic and Ukrainian: their language, the page's facts.

Starts the action server and Rasa on spare localhost ports (needs a trained
model). The wording comes from responses/<code>.yml, the facts from the
knowledge base: a reply must contain every fixed part of the translated
response and the contact's name, phone and e-mail exactly as the page gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests

from components.responses import DIRECTORY, load_translations
from knowledge import KnowledgeBase
from knowledge.records import Role
from scripts.stack import MODEL, Stack, running_stack

TRANSLATIONS = load_translations(DIRECTORY)
_PLACEHOLDER = re.compile(r"\{\w+\}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    with running_stack(tracker_store=str(tmp_path_factory.mktemp("t") / "tracker.db")) as running:
        yield running


def ask(stack: Stack, sender: str, message: str) -> str:
    reply = requests.post(f"{stack.rasa_url}/webhooks/rest/webhook",
                          json={"sender": sender, "message": message}, timeout=60)  # fmt: skip
    assert reply.status_code == 200, reply.text
    return "\n".join(m.get("text", "") for m in reply.json())


def worded_as(reply: str, code: str, response: str) -> bool:
    """Every fixed part of the translated response is in the reply."""
    parts = _PLACEHOLDER.split(str(TRANSLATIONS[code][response]["text"]))
    return all(part.strip() in reply for part in parts if part.strip())


@pytest.mark.parametrize(
    ("code", "greeting", "question"),
    [
        ("tr", "Merhaba", "{place}'deki irtibat kişisi kim?"),
        ("ar", "السلام عليكم", "من هو الشخص المسؤول في {place}؟"),
        ("uk", "Добрий день", "Хто контактна особа в {place}?"),
    ],
)
def test_a_conversation_in_the_citizens_language(
    stack: Stack, code: str, greeting: str, question: str
) -> None:
    sender = f"lang-{code}"
    district = KnowledgeBase().districts()[0]
    contact = district.contact
    assert worded_as(ask(stack, sender, greeting), code, "utter_greet")
    answer = ask(stack, sender, question.format(place=district.name))
    assert worded_as(answer, code, "utter_district_contact"), answer
    assert worded_as(answer, code, "utter_source"), answer
    assert all(fact in answer for fact in (contact.name, contact.phone, contact.email)), answer
    thanks = ask(stack, sender, "danke")  # German courtesy: no evidence, the language sticks
    assert worded_as(thanks, code, "utter_thank"), thanks


def test_clear_german_switches_back(stack: Stack) -> None:
    sender = "lang-back"
    ask(stack, sender, "Merhaba, nasılsınız?")
    district = KnowledgeBase().districts()[1]
    answer = ask(stack, sender, f"Wer ist in {district.name} zuständig?")
    assert "Ihre Ansprechperson vor Ort ist" in answer and district.contact.phone in answer


@pytest.mark.parametrize(
    "message",
    ["😀😀😀", "你好，请问谁负责？", "Bonjour, qui peut m'aider avec mon loyer ?", "\u200f\u200e",
     "Hörde مرحبا Привет ok", "\u202eHörde\u202c?", "مرحبا\u200f 😀"],
)  # fmt: skip
def test_bad_input_in_any_script_gets_a_polite_answer(stack: Stack, message: str) -> None:
    answer = ask(stack, f"odd-{abs(hash(message)) % 10_000}", message)
    assert answer.strip()


@pytest.mark.parametrize("message", ["😀😀😀", "你好，请问谁负责？"])
def test_a_language_the_bot_does_not_speak_gets_german_english_and_the_office(
    stack: Stack, message: str
) -> None:
    answer = ask(stack, f"foreign-{len(message)}", message)
    assert "Sorry" in answer and "Diese Nachricht kann ich leider nicht lesen" in answer
    assert all(c.phone in answer for c in KnowledgeBase().contacts(Role.OFFICE))


@pytest.mark.parametrize(
    ("code", "question"),
    [("ru", "Кто контактное лицо в {place}?"), ("uk", "Хто контактна особа в {place}?")],
)
def test_a_short_cyrillic_follow_up_keeps_the_conversations_language(
    stack: Stack, code: str, question: str
) -> None:
    """A follow-up "а Hafen?" may be bg, uk or ru: the conversation's language stays."""
    sender = f"sticky-{code}"
    first, second = KnowledgeBase().districts()[:2]
    assert worded_as(ask(stack, sender, question.format(place=first.name)), code,
                     "utter_district_contact")  # fmt: skip
    answer = ask(stack, sender, f"а {second.name}?")
    assert worded_as(answer, code, "utter_district_contact"), answer
    assert second.contact.phone in answer
