"""Every response in every language, and Rasa picks the citizen's language."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from components.responses import (
    DIRECTORY,
    MultilingualResponses,
    load_translations,
    with_translations,
)
from knowledge.language import GERMAN, SUPPORTED

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
TRANSLATIONS = load_translations(DIRECTORY)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
OTHERS = [code for code in SUPPORTED if code != GERMAN]


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _pick(name: str, language: str | None, channel: str = "socketio") -> dict[str, Any]:
    generator = with_translations(DOMAIN.responses, TRANSLATIONS)
    from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator

    nlg = TemplatedNaturalLanguageGenerator(generator)
    message = nlg.generate_from_slots(name, {"language": language}, channel, example="Hörde")
    assert message is not None
    return message


def test_there_is_one_file_per_language_the_bot_speaks() -> None:
    assert sorted(TRANSLATIONS) == sorted(OTHERS)


@pytest.mark.parametrize("code", OTHERS)
def test_a_language_file_translates_every_response_with_the_same_placeholders(code: str) -> None:
    translated = TRANSLATIONS[code]
    assert sorted(translated) == sorted(DOMAIN.responses), code
    for name, variations in DOMAIN.responses.items():
        german = variations[0]
        text = str(translated[name]["text"])
        assert _placeholders(text) == _placeholders(german["text"]), (code, name)
        assert len(translated[name].get("buttons") or []) == len(german.get("buttons") or []), name
        assert text != german["text"] or not re.search(r"[a-z]{3}", _PLACEHOLDER.sub("", text))


@pytest.mark.parametrize("code", OTHERS)
def test_the_greeting_and_help_say_in_that_language_that_the_bot_understands_it(
    code: str,
) -> None:
    for name in ("utter_greet", "utter_help"):
        message = _pick(name, code)
        assert message["lang"] == code
        assert message["text"] == TRANSLATIONS[code][name]["text"].replace("{example}", "Hörde")
        german = [b["payload"] for b in DOMAIN.responses[name][0]["buttons"]]
        assert [b["payload"] for b in message["buttons"]] == german
        assert [b["title"] for b in message["buttons"]] == TRANSLATIONS[code][name]["buttons"]


def test_german_without_language_or_for_a_language_the_bot_does_not_speak() -> None:
    for language in (None, "de", "fr"):
        message = _pick("utter_greet", language)
        assert message["text"] == DOMAIN.responses["utter_greet"][0]["text"]
        assert message.get("lang", GERMAN) == GERMAN


def test_the_shell_gets_the_language_too_without_buttons() -> None:
    message = _pick("utter_greet", "tr", channel="queue")
    greet, options = TRANSLATIONS["tr"]["utter_greet"], TRANSLATIONS["tr"]["utter_options"]
    line = options["text"].replace("{options}", " | ".join(greet["buttons"]))
    assert message["text"] == f"{greet['text']}\n{line}"
    assert not message.get("buttons")


def test_the_widget_knows_the_source_line_of_every_language() -> None:
    widget = (ROOT / "web" / "js" / "links.js").read_text(encoding="utf-8")
    sources = [DOMAIN.responses["utter_source"][0]["text"]]
    sources += [str(TRANSLATIONS[code]["utter_source"]["text"]) for code in OTHERS]
    for text in sources:
        assert f'"{text.split(":")[0]}:"' in widget, text


def test_the_translations_survive_rasa_setting_the_responses_again() -> None:
    nlg = MultilingualResponses(None, DOMAIN)
    nlg.responses = DOMAIN.responses  # what Rasa's agent does once the model is loaded
    message = nlg.generate_from_slots("utter_goodbye", {"language": "uk"}, "rest")
    assert message["text"] == TRANSLATIONS["uk"]["utter_goodbye"]["text"]


def _tracker(language: str | None, *said: list[dict[str, Any]]) -> DialogueStateTracker:
    """A conversation whose slot is ``language`` and whose messages had these entities."""
    from rasa.shared.core.events import SlotSet, UserUttered

    events = [SlotSet("language", language)] if language else []
    messages = [UserUttered("…", {"name": "inform"}, entities) for entities in said]
    return DialogueStateTracker.from_events("someone", [*events, *messages], DOMAIN.slots)


def _guess(code: str) -> dict[str, Any]:
    return {"entity": "language", "value": code, "role": "guess", "start": 0, "end": 1}


def _answered(tracker: DialogueStateTracker) -> str:
    nlg = MultilingualResponses(None, DOMAIN)
    message = asyncio.run(nlg.generate("utter_goodbye", tracker, "rest"))
    assert message is not None
    wording = TRANSLATIONS.get(message["lang"], {}).get("utter_goodbye")
    assert message["text"] == (wording or DOMAIN.responses["utter_goodbye"][0])["text"]
    return str(message["lang"])


@pytest.mark.parametrize(
    ("language", "guess", "answered"),
    [("ru", "bg", "ru"), ("uk", "ru", "uk"), (None, "bg", "bg"), ("de", "ru", "ru"),
     ("tr", "bg", "bg")],
)  # fmt: skip
def test_a_guess_among_a_scripts_languages_keeps_a_conversation_in_one_of_them(
    language: str | None, guess: str, answered: str
) -> None:
    """A guess ("а Hafen?") keeps a Russian conversation Russian; a new one gets the guess."""
    assert _answered(_tracker(language, [_guess(guess)])) == answered


def test_a_guess_lasts_until_a_message_is_clear() -> None:
    """A guess ("да"), then no evidence ("Hafen"): still the guess; then clear German: German."""
    assert _answered(_tracker(None, [_guess("bg")], [])) == "bg"
    clear = {"entity": "language", "value": "de", "start": 0, "end": 1}
    assert _answered(_tracker("de", [_guess("bg")], [], [clear])) == "de"
