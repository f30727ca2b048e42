"""Every message a citizen sends gets an answer, and no message reaches the NLU unchecked.

Shared by the REST, socket.io and Telegram channels of this project:

- text is cleaned before the NLU sees it: Unicode normalised, control
  characters removed, pastes cut at ``MAX_MESSAGE_CHARS`` with a friendly note;
- a message that is empty after cleaning gets a polite prompt, not silence;
- when Rasa produced no reply at all (the action server is down or slow, a
  typed ``/restart``), the citizen gets a polite German message;
- a sender over its message limit (:mod:`connectors.limits`, for the channels
  given a limiter) is told once, politely, to slow down; nothing reaches Rasa;
- "Verlauf löschen" (or "delete my history", "Geçmişimi sil", ... in the
  languages of :mod:`connectors.wording`) deletes the citizen's stored
  conversation (GDPR) without storing the request itself; the answer says so
  (``history_deleted``), so the widget empties its transcript too.
- the greeting (the widget's first message ``/greet``, Telegram's ``/start``) of a
  conversation that has no language yet is in the channel's language (the browser's,
  Telegram's ``language_code``) when the assistant speaks it: the hint becomes the
  greeting's ``language`` entity, so the slot holds it until a message is clearly in
  another language (clear German switches back);
- when a store a turn needs fails (PostgreSQL tracker store, Redis lock store,
  a lock timeout), the citizen gets a polite German message (REST: 503 with
  Retry-After) and the conversation goes on once the store is back.

The sentences are the domain's responses, read from the running model, so
the wording stays in ``domain.yml`` and ``responses/<code>.yml``: the citizen
gets them in the language of the message (when it is clear) or else of the
conversation, German otherwise. Each carries ``lang``, the language it is in.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.lock_store import LockError
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.events import UserUttered
from redis.exceptions import RedisError
from sanic import Blueprint, Sanic
from sqlalchemy.exc import SQLAlchemyError

from components.language import ENTITY, HINT
from components.responses import DIRECTORY, SLOT_LANGUAGE, load_translations
from connectors.limits import SenderLimiter
from connectors.wording import delete_request_languages
from knowledge.language import GERMAN, SUPPORTED, detect

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 500
RESTART_COMMAND = "/restart"
GREETING = "/greet"  # the widget's first message; Telegram's /start
_KEEP = {"\n", "\t"}

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


class TrackerStoreUnavailable(RuntimeError):
    """The tracker store failed during a turn (Rasa would go on with an empty one)."""


# A failed ticket or a lock timeout, Redis gone, the tracker store gone.
OUTAGES = (LockError, RedisError, SQLAlchemyError, TrackerStoreUnavailable)


def _raise_unavailable(error: Exception) -> None:
    raise TrackerStoreUnavailable(f"tracker store: {error}") from error


def refuse_in_memory_fallback(store: Any) -> None:
    """Make Rasa's ``FailSafeTrackerStore`` raise instead of falling back to memory.

    By default a failing tracker store makes Rasa answer from an empty in-memory
    conversation: context lost, the turn kept only in one process. Its error
    callback is the one hook; a callback that raises ends the turn instead.
    """
    if isinstance(store, FailSafeTrackerStore) and store._on_tracker_store_error is None:
        store._on_tracker_store_error = _raise_unavailable


HISTORY_DELETED = "history_deleted"  # in the answer to a deletion: the widget forgets too


def asks_to_delete_history(text: str) -> bool:
    """Whether the citizen asks to delete the conversation ("Verlauf löschen", "delete my chat")."""
    return bool(delete_request_languages(text))


def clean_text(text: Any) -> tuple[str, bool]:
    """Normalised text without control characters, and whether it had to be cut."""
    if not isinstance(text, str):
        return "", False
    normal = unicodedata.normalize("NFC", text)
    kept = "".join(
        ch if ch in _KEEP or unicodedata.category(ch)[0] != "C" else " " for ch in normal
    )
    cleaned = " ".join(kept.split())
    if len(cleaned) <= MAX_MESSAGE_CHARS:
        return cleaned, False
    return cleaned[:MAX_MESSAGE_CHARS].rsplit(" ", 1)[0] or cleaned[:MAX_MESSAGE_CHARS], True


class CountingOutputChannel(OutputChannel):
    """Passes every reply on to the real channel and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> str:  # type: ignore[override]  # a classmethod in Rasa
        """The real channel's name, so channel-specific responses still apply."""
        return self.inner.name()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Count, then deliver."""
        self.sent += 1
        await self.inner.send_response(recipient_id, message)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)


class AnswerGuard:
    """Wraps a channel's message handler; see the module docstring."""

    def __init__(self, limiter: SenderLimiter | None = None) -> None:
        self._app: Sanic | None = None
        self.limiter = limiter

    def attach(self, blueprint: Blueprint) -> Blueprint:
        """Remember the app at start-up: its agent holds the domain's responses."""

        @blueprint.listener("before_server_start")
        async def remember_app(app: Sanic, _: Any) -> None:
            self._app = app
            # Build the language detector now, not while a refused sender's bucket refills.
            detect("Wer hilft mir im Stadtteil weiter?")

        return blueprint

    async def handle(self, on_new_message: OnNewMessage, message: UserMessage) -> None:
        """Clean the text, let Rasa answer, and make sure something was said."""
        text, was_cut = clean_text(message.text)
        output = CountingOutputChannel(message.output_channel or OutputChannel())
        if await self.over_limit(output, message.sender_id or "", message):
            return
        if was_cut:
            await self.say(output, message.sender_id, "utter_message_too_long",
                           await self.language(message, text))  # fmt: skip
        if not text:
            await self.say(output, message.sender_id, "utter_empty_message",
                           await self.language(message, text))  # fmt: skip
            return
        asked_in = delete_request_languages(text)
        if asked_in:
            language = await self.language(message, text)
            if language not in asked_in and asked_in[0]:  # "delete my history" in a German chat
                language = asked_in[0]
            self.delete_conversation(message.sender_id or "")
            await self.say(output, message.sender_id, "utter_history_deleted", language,
                           {HISTORY_DELETED: True})  # fmt: skip
            return
        if text == GREETING:
            text = await self.greeting(message, text)
        await on_new_message(
            UserMessage(
                text,
                output,
                message.sender_id,
                input_channel=message.input_channel,
                message_id=message.message_id,
                metadata=message.metadata,
            )
        )
        if output.sent == 0 or (was_cut and output.sent == 1):
            restarted = text.strip().lower() == RESTART_COMMAND
            await self.say(output, message.sender_id,
                           "utter_restarted" if restarted else "utter_no_answer",
                           await self.language(message, text))  # fmt: skip

    # --- Outages of the stores a turn needs (PostgreSQL tracker store, Redis locks) -------

    async def handle_outages(self, on_new_message: OnNewMessage, message: UserMessage) -> bool:
        """``handle``; when a store fails, the polite answer instead. False then.

        The failed turn is not processed further, so the conversation stored before
        the outage stays as it was and goes on once the stores are back.
        """
        agent = getattr(self._app.ctx, "agent", None) if self._app else None
        refuse_in_memory_fallback(getattr(agent, "tracker_store", None))
        try:
            await self.handle(on_new_message, message)
        except OUTAGES as error:
            reason = (str(error).splitlines() or [""])[0][:200]  # not the SQL's parameters
            logger.warning("Turn not processed, a store is unavailable: %s: %s",
                           type(error).__name__, reason)  # fmt: skip
            text = clean_text(message.text)[0]  # the stores are down: the message's own language
            await self.say(message.output_channel or OutputChannel(), message.sender_id,
                           "utter_service_unavailable", _clear_language(message, text))  # fmt: skip
            return False
        return True

    async def over_limit(self, output: OutputChannel, sender: str, message: UserMessage) -> bool:
        """Whether the sender sends too fast; the first refused message gets a polite note."""
        if self.limiter is None or self.limiter.wait_time(sender) == 0:
            return False
        logger.warning("Message limit reached for one sender; message dropped")
        if self.limiter.first_refusal(sender):
            language = _clear_language(message, clean_text(message.text)[0])
            await self.say(output, sender, "utter_too_many_messages", language)
        return True

    async def say(
        self,
        output: OutputChannel,
        recipient: str | None,
        response: str,
        language: str | None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Send one of the domain's responses, in ``language`` when it has one, as plain text.

        The message says its language (``lang``), and carries ``extra`` for the widget.
        """
        text, lang = self.spoken(response, language)
        await output.send_response(recipient or "", {"text": text, "lang": lang, **(extra or {})})

    async def language(self, message: UserMessage, text: str) -> str | None:
        """The message's clear language, else the conversation's (its slot), else None."""
        clear = _clear_language(message, text)
        if clear:
            return clear
        agent = getattr(self._app.ctx, "agent", None) if self._app else None
        store = getattr(agent, "tracker_store", None)
        try:
            tracker = await store.retrieve(message.sender_id or "") if store else None
        except Exception:  # noqa: BLE001  # a note in German beats no note at all
            logger.warning("Conversation language not readable; the note is in German")
            return None
        slot = tracker.get_slot(SLOT_LANGUAGE) if tracker else None
        if slot or (tracker and any(isinstance(e, UserUttered) for e in tracker.events)):
            return str(slot) if slot else None  # a conversation under way: its language or German
        hint = _hint(message)  # the channel's (Telegram's, the browser's) before anything was said
        return hint if hint in SUPPORTED else None

    async def greeting(self, message: UserMessage, text: str) -> str:
        """The greeting payload, with the language to greet in when it is not German.

        The conversation's language, or before anything was said the channel's hint
        (:meth:`language`): ``/greet{"language": "tr"}``. A conversation under way
        without a language of its own is greeted in German, whatever the hint says.
        """
        language = await self.language(message, text)
        if language not in SUPPORTED or language == GERMAN:
            return text
        return f"{text}{json.dumps({ENTITY: language})}"

    def delete_conversation(self, sender_id: str) -> None:
        """Forget everything stored of one conversation (SQL or in-memory tracker store)."""
        store: Any = getattr(getattr(self._app, "ctx", None), "agent", None)
        store = getattr(store, "tracker_store", None)
        inner = getattr(store, "_tracker_store", store)  # Rasa wraps it in AwaitableTrackerStore
        if hasattr(inner, "delete"):
            inner.delete(sender_id)
        elif isinstance(getattr(inner, "store", None), dict):
            inner.store.pop(sender_id, None)
        else:
            logger.error("Cannot delete conversations from %s", type(inner).__name__)

    def text(self, response: str, language: str | None = None) -> str:
        """The text of a domain response, from the loaded model, or of its translation."""
        return self.spoken(response, language)[0]

    def spoken(self, response: str, language: str | None = None) -> tuple[str, str]:
        """A domain response's text in the language, or in German; and which it is in."""
        agent = getattr(self._app.ctx, "agent", None) if self._app else None
        domain = getattr(agent, "domain", None)
        variants = domain.responses.get(response) if domain else None
        if not variants:
            logger.error("Response %s not found in the loaded domain", response)
            return "…", GERMAN
        translations = getattr(getattr(agent, "nlg", None), "translations", None)
        translated = (translations or _translations()).get(language or GERMAN, {}).get(response)
        text: str = (translated or variants[0]).get("text", "")
        return text, (language or GERMAN) if translated else GERMAN


def _clear_language(message: UserMessage, text: str) -> str | None:
    """The language the text is clearly written in, when the assistant speaks it.

    A payload ("/delete_history" from the widget's button) is no one's language.
    """
    evidence = detect(text, hint=_hint(message)) if text and not text.startswith("/") else None
    return evidence.language if evidence and evidence.supported else None


def _hint(message: UserMessage) -> str | None:
    """The language the channel suggests (``metadata.language_hint``), as a two-letter code."""
    metadata = message.metadata if isinstance(message.metadata, dict) else {}
    hint = metadata.get(HINT)
    return str(hint)[:2].lower() if hint else None


@lru_cache(maxsize=1)
def _translations() -> dict[str, dict[str, Any]]:
    """``responses/<code>.yml``, for a model whose generator is not the multilingual one."""
    return load_translations(DIRECTORY)
