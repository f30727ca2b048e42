"""Unclear questions: ranked suggestions as buttons, or the Projektbüro."""

from __future__ import annotations

import pytest

from actions.suggestions import MAX_SUGGESTIONS
from knowledge import KnowledgeBase
from knowledge.language import is_foreign
from knowledge.records import PageContent, Role
from tests.actions.conftest import ask


def test_typo_question_gets_meinten_sie_buttons(kb: KnowledgeBase) -> None:
    reply = ask("senoiren", "nlu_fallback")
    assert reply.names == ["utter_fallback_suggest"]
    best = kb.search_projects("senoiren")[0].item
    assert ("project_detail", {"project": f"#{best.number}"}) in reply.payloads()
    assert len(reply.buttons) <= MAX_SUGGESTIONS
    assert not reply.sources  # a question back states no fact


def test_a_place_in_an_unclear_question_is_offered(content: PageContent) -> None:
    district = content.districts[0]
    reply = ask(f"{district.name.lower()} ???", "nlu_fallback")
    assert ("district_contact", {"district": district.name}) in reply.payloads()


def test_a_place_with_a_detail_is_answered_even_when_unclear(content: PageContent) -> None:
    district = content.districts[0]
    reply = ask(f"{district.name} telefon ???", "nlu_fallback")
    assert district.contact.phone in reply.text and district.contact.email not in reply.text


def test_nothing_fits_names_the_project_office(content: PageContent) -> None:
    reply = ask("Wie spät ist es jetzt bitte?", "nlu_fallback")
    assert reply.names[0] == "utter_fallback_none"
    assert len(reply.sources) == 1  # it names the office's numbers, so their source
    assert all(c.phone in reply.text for c in content.contacts if c.role is Role.OFFICE)


@pytest.mark.parametrize(
    "text",
    ["Bonjour, qui peut m'aider avec mon loyer ?", "你好，请问谁负责？", "😀😀", "\u0000\u0007"],
)
def test_a_language_the_bot_does_not_speak_gets_german_and_english(
    content: PageContent, text: str
) -> None:
    reply = ask(text, "nlu_fallback")
    assert reply.names[0] == "utter_fallback_language"
    assert all(c.phone in reply.text for c in content.contacts if c.role is Role.OFFICE)


@pytest.mark.parametrize(
    "text", ["Merhaba, nasılsın?", "مرحبا كيف حالك", "Dzień dobry", "I need some advice on my rent"]
)
def test_a_language_the_bot_speaks_is_no_longer_refused(content: PageContent, text: str) -> None:
    reply = ask(text, "nlu_fallback")  # its sentences come in that language (tests/components)
    assert "utter_fallback_language" not in reply.names


def test_german_with_typos_and_unknown_places_is_german() -> None:
    for text in ["wer ist zustendig für kinner", "Wie ist das Wetter in Wambel morgen?"]:
        assert not is_foreign(text), text


def test_blank_message_is_answered_in_german() -> None:
    for text in ["", "   "]:
        assert ask(text, "nlu_fallback").names[0] == "utter_fallback_none", repr(text)


def test_the_language_entity_names_no_place_person_or_project(content: PageContent) -> None:
    district = content.districts[0]
    text = f"{district.name}'deki irtibat kişisi kim?"
    plain = ask(text, "district_contact", [("district", district.name)])
    tagged = ask(text, "district_contact", [("district", district.name), ("language", "tr")])
    assert tagged.names == plain.names and tagged.text == plain.text
    assert district.contact.phone in tagged.text
