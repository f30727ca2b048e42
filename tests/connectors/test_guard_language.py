"""The guard's own notes (too long, empty, too fast, no answer) in the citizen's language."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered

from components.responses import DIRECTORY, load_translations
from connectors.guard import MAX_MESSAGE_CHARS, AnswerGuard
from connectors.limits import SenderLimiter

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
TRANSLATIONS = load_translations(DIRECTORY)
TURKISH = "Merhaba, mahallemdeki irtibat kişisi kim? Telefon numarasını da yazar mısınız? "


def _guard(limiter: SenderLimiter | None = None) -> tuple[AnswerGuard, InMemoryTrackerStore]:
    store = InMemoryTrackerStore(DOMAIN)
    guard = AnswerGuard(limiter)
    agent = SimpleNamespace(domain=DOMAIN, tracker_store=store, nlg=None)
    guard._app = SimpleNamespace(ctx=SimpleNamespace(agent=agent))  # type: ignore[assignment]
    return guard, store


def _texts(guard: AnswerGuard, text: str, sender: str = "s", **metadata: str) -> list[str]:
    output = CollectingOutputChannel()

    async def silent(_: UserMessage) -> None:  # Rasa gives no answer (action server down)
        return None

    message = UserMessage(text, output, sender, metadata=metadata or None)
    asyncio.run(guard.handle(silent, message))
    return [str(m.get("text")) for m in output.messages]


def _said(response: str, language: str | None = None) -> str:
    if language:
        return str(TRANSLATIONS[language][response]["text"])
    return str(DOMAIN.responses[response][0]["text"])


def _speaking(store: InMemoryTrackerStore, sender: str, language: str) -> None:
    async def save() -> None:
        tracker = await store.get_or_create_tracker(sender)
        tracker.update(SlotSet("language", language))
        await store.save(tracker)

    asyncio.run(save())


def test_a_long_turkish_paste_gets_the_turkish_note() -> None:
    guard, _ = _guard()
    texts = _texts(guard, TURKISH * (MAX_MESSAGE_CHARS // len(TURKISH) + 2))
    assert texts == [_said("utter_message_too_long", "tr"), _said("utter_no_answer", "tr")]


def test_an_empty_message_gets_the_note_in_the_conversations_language() -> None:
    guard, store = _guard()
    _speaking(store, "ukrainian", "uk")
    assert _texts(guard, "   ", sender="ukrainian") == [_said("utter_empty_message", "uk")]
    assert _texts(guard, "   ", sender="new") == [_said("utter_empty_message")]


def test_a_photo_or_empty_text_without_a_conversation_takes_the_channels_language() -> None:
    guard, _ = _guard()
    assert _texts(guard, "", language_hint="ro-RO") == [_said("utter_empty_message", "ro")]
    assert _texts(guard, "", language_hint="fr") == [_said("utter_empty_message")]


def test_a_german_conversation_keeps_german_notes_whatever_the_browser_says() -> None:
    """The hint speaks only before the citizen has said anything (English browser, German chat)."""
    guard, store = _guard()

    async def chat() -> None:
        tracker = await store.get_or_create_tracker("german")
        tracker.update(UserUttered("/district_list"))
        await store.save(tracker)

    for asked in ("Verlauf löschen", "/delete_history"):  # typed, or the widget's button
        asyncio.run(chat())
        said = _texts(guard, asked, sender="german", language_hint="en-US")
        assert said == [_said("utter_history_deleted")], asked


def test_too_many_messages_in_arabic_get_the_arabic_note() -> None:
    class Refusing(SenderLimiter):
        def wait_time(self, sender: str) -> float:
            return 1.0

        def first_refusal(self, sender: str) -> bool:
            return True

    guard, _ = _guard(Refusing.__new__(Refusing))
    texts = _texts(guard, "من هو الشخص المسؤول في حيّي؟")
    assert texts == [_said("utter_too_many_messages", "ar")]


def test_german_stays_german() -> None:
    guard, _ = _guard()
    texts: list[Any] = _texts(guard, "Wer ist in meinem Stadtteil zuständig? " * 20)
    assert texts == [_said("utter_message_too_long"), _said("utter_no_answer")]


def _passed_on(guard: AnswerGuard, text: str, sender: str = "s", **metadata: str) -> str:
    """The text the guard hands to Rasa."""
    seen: list[str] = []

    async def rasa(message: UserMessage) -> None:
        seen.append(message.text or "")
        output = message.output_channel or CollectingOutputChannel()
        await output.send_response(sender, {"text": "…"})

    message = UserMessage(text, CollectingOutputChannel(), sender, metadata=metadata or None)
    asyncio.run(guard.handle(rasa, message))
    return seen[0]


def test_a_first_greeting_takes_the_channels_language_as_the_conversations() -> None:
    """A Turkish browser (or Telegram in Turkish) is greeted in Turkish: the slot takes it."""
    guard, _ = _guard()
    assert _passed_on(guard, "/greet", language_hint="tr-TR") == '/greet{"language": "tr"}'
    said = _passed_on(guard, "/greet", sender="uk", language_hint="uk")
    assert said == '/greet{"language": "uk"}'


def test_a_greeting_in_german_without_a_language_the_assistant_speaks() -> None:
    guard, _ = _guard()
    for hint in ("de-DE", "fr", "<b>"):
        assert _passed_on(guard, "/greet", language_hint=hint) == "/greet", hint
    assert _passed_on(guard, "/greet") == "/greet"


def test_the_hint_never_changes_a_conversation_under_way() -> None:
    """Telegram's /start again after a German chat stays German; a Russian chat stays Russian."""
    guard, store = _guard()

    async def chat() -> None:
        tracker = await store.get_or_create_tracker("german")
        tracker.update(UserUttered("Wer ist in meinem Stadtteil zuständig?"))
        await store.save(tracker)

    asyncio.run(chat())
    assert _passed_on(guard, "/greet", sender="german", language_hint="tr") == "/greet"
    _speaking(store, "russian", "ru")
    said = _passed_on(guard, "/greet", sender="russian", language_hint="tr")
    assert said == '/greet{"language": "ru"}'


def test_only_the_greeting_carries_the_hint_typed_text_is_read_as_typed() -> None:
    guard, _ = _guard()
    assert _passed_on(guard, "Merhaba", language_hint="tr") == "Merhaba"
    assert _passed_on(guard, "/district_list", language_hint="tr") == "/district_list"
