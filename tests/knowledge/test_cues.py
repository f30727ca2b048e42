"""Phrases read in every language: membership questions and corrections (lexicon/<code>.yml)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from components.language import message_language
from knowledge import lexicon
from knowledge.language import settings
from knowledge.lexicon import cues


def test_every_supported_language_has_membership_and_correction_phrases() -> None:
    for section in ("membership", "correction"):
        assert set(cues.languages_with(section)) == set(settings().supported), section
        for lang in settings().supported:
            assert cues.phrases(section, "cues", lang) is not None, (section, lang)
    assert "languages" not in lexicon.languages()  # the detection data is no language


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("Hörde dahil mı?", "Hörde dahil mi?"), ("Czy Eving należy?", "czy eving nalezy"),
     ("Wickede też?", "wickede tez"), ("Hafen face parte?", "hafen face parte"),
     ("Чи Hafen належить?", "чи hafen належить"), ("هل Hafen ضمن الخطة؟", "هل Hafen ضمن الخطه")],
)  # fmt: skip
def test_phrases_are_found_with_accents_typed_or_left_out(typed: str, plain: str) -> None:
    assert cues.found("membership", "cues", typed) or cues.found("membership", "also", typed)
    assert cues.spans("membership", "cues", typed) == cues.spans("membership", "cues", plain)


def test_a_stem_takes_the_word_endings() -> None:
    assert cues.found("membership", "cues", "Czy Eving i Hafen należą do planu?")
    assert cues.found("membership", "cues", "Gehören Eving und Hafen dazu?")
    assert not cues.found("membership", "cues", "Wer ist in Hafen zuständig?")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Brackel dahil mi?", "tr"), ("Marten теж?", "uk"), ("Nette included?", "en"),
     ("Czy Hafen należy do planu?", "pl"), ("Wickede face parte?", "ro"),
     ("Nette dabei?", None), ("und Hafen?", None), ("Hafen da?", None)],
)  # fmt: skip
def test_a_short_question_names_its_language_by_its_phrases(text: str, language: str) -> None:
    assert cues.language_of(text) == language
    assert message_language(Message(data={"text": text})) == language
