"""The judge of "answered in the language asked" (scripts/reply_language.py): the page's
facts stay German in every language and do not count; the bot's own sentences do."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from scripts.reply_language import ReplyLanguage, page_facts
from tests.eval.test_checker import kb  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def judge(kb: KnowledgeBase) -> ReplyLanguage:  # noqa: F811
    return ReplyLanguage(page_facts(kb))


def contact_block(kb: KnowledgeBase) -> tuple[str, str]:  # noqa: F811
    district = kb.districts()[0]
    c = district.contact
    return district.name, f"{c.name}, {c.phone}, {c.email}"


def test_german_wording_around_the_facts_is_german(
    judge: ReplyLanguage,
    kb: KnowledgeBase,  # noqa: F811
) -> None:
    place, contact = contact_block(kb)
    reply = f"{place}: Ihre Ansprechperson vor Ort ist {contact}."
    assert judge.answered_in(reply, "de")
    assert not judge.answered_in(reply, "tr")


@pytest.mark.parametrize(
    ("code", "wording"),
    [
        ("tr", "{place} için yerel iletişim kişiniz: {contact}. Proje açıklamaları Almancadır."),
        ("ar", "الشخص المسؤول في {place} هو {contact}. أوصاف المشاريع باللغة الألمانية."),
        ("uk", "Контактна особа для {place}: {contact}. Описи проєктів німецькою мовою."),
        ("ru", "Контактное лицо для {place}: {contact}. Описания проектов на немецком языке."),
        ("en", "Your contact person for {place} is {contact}. The project texts are German."),
    ],
)
def test_own_sentences_in_the_language_asked_count_not_the_facts(
    judge: ReplyLanguage,
    kb: KnowledgeBase,  # noqa: F811
    code: str,
    wording: str,
) -> None:
    place, contact = contact_block(kb)
    project = kb.projects()[6]
    reply = wording.format(place=place, contact=contact) + f"\n{project.title}\n{project.goal}"
    assert judge.answered_in(reply, code)
    assert not judge.answered_in(reply, "de")
    assert project.goal not in judge.own_text(reply)


def test_a_german_detail_with_german_labels_is_not_english(
    judge: ReplyLanguage,
    kb: KnowledgeBase,  # noqa: F811
) -> None:
    project = kb.projects()[10]
    reply = f"{project.title}\nSchwerpunkt: {project.topic}\nZiel: {project.goal}"
    assert not judge.answered_in(reply, "en")


def test_a_mixed_reply_is_not_in_the_language_asked(judge: ReplyLanguage) -> None:
    reply = (
        "Ich verstehe leider nur Deutsch, bitte schreiben Sie mir auf Deutsch. "
        "Sorry, I can only answer in German."
    )
    assert not judge.answered_in(reply, "en")
    assert not judge.answered_in(reply, "de")


def test_short_german_labels_are_judged_together(
    judge: ReplyLanguage,
    kb: KnowledgeBase,  # noqa: F811
) -> None:
    """Found on the bot's phone answers: "Telefon für" alone looked Turkish to lingua."""
    district = kb.districts()[0]
    c = district.contact
    source = f"Quelle: {kb.links()[1]}, Stand 03.12.2026"
    reply = f"Telefon für {district.name}: {c.phone} ({c.name})\n{source}"
    assert judge.answered_in(reply, "de")
    assert not judge.answered_in(reply, "tr")
