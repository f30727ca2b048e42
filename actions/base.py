"""The shared base of every action that answers from the knowledge base."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.answers import CRISIS_RESPONSE, SMALL_TALK
from actions.formatting import answering_in
from actions.knowledge_access import knowledge_base
from actions.offline import reply_without_knowledge
from knowledge import KnowledgeBase, KnowledgeBaseMissing

logger = logging.getLogger(__name__)


FEEDBACK_RESPONSE = "utter_ask_feedback"
FEEDBACK_EVERY_BOT_TURNS = 6  # ask at most once in this many bot messages
SLOT_LANGUAGE = "language"  # the conversation's language (components/language.py)
SHELL_CHANNEL = "cmdline"  # rasa shell: buttons would open a blocking menu there


class KnowledgeAction(Action, ABC):
    """Runs :meth:`answer` with the knowledge base; a database fault becomes a polite reply.

    After an answer without buttons of its own it asks "War diese Antwort
    hilfreich?" (quick replies; the widget shows only the last message's
    buttons, so answers with buttons are left alone), at most once in
    ``FEEDBACK_EVERY_BOT_TURNS`` messages. Subclasses implement ``name`` and
    ``answer``; being abstract, this class is skipped by the action server.
    """

    asks_feedback = True

    @abstractmethod
    def name(self) -> str:
        """The action name as listed in domain.yml."""

    @abstractmethod
    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Send the answer and return the slot events."""

    def run(  # type: ignore[override]  # rasa-sdk types run() async; its executor runs it as is
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Answer, or apologise when the knowledge base cannot be read (small talk still works)."""
        try:
            with answering_in(tracker.get_slot(SLOT_LANGUAGE)):
                events = self.answer(dispatcher, tracker, knowledge_base())
        except (SQLAlchemyError, KnowledgeBaseMissing):
            logger.exception("%s: knowledge base not available", self.name())
            dispatcher.utter_message(response=reply_without_knowledge(tracker.latest_message or {}))
            return []
        in_shell = tracker.get_latest_input_channel() == SHELL_CHANNEL
        if in_shell:
            buttons_as_text(dispatcher)
        elif self.asks_feedback and _may_ask_feedback(dispatcher, tracker, domain):
            dispatcher.utter_message(response=FEEDBACK_RESPONSE)
        return events


def buttons_as_text(dispatcher: CollectingDispatcher) -> None:
    """For the staff shell: each message's buttons become a line to type or ignore."""
    for message in list(dispatcher.messages):
        buttons = message.pop("buttons", None) or []
        titles = [b.get("title", "") for b in buttons if b.get("title")]
        if titles:
            line = CollectingDispatcher()
            line.utter_message(response="utter_options", options=" | ".join(titles))
            position = dispatcher.messages.index(message) + 1
            dispatcher.messages.insert(position, line.messages[0])


def _has_buttons(message: dict[str, Any], domain: DomainDict) -> bool:
    """Buttons given by the action or by the response in domain.yml."""
    variants = domain.get("responses", {}).get(str(message.get("response")), [{}]) or [{}]
    return bool(message.get("buttons") or variants[0].get("buttons"))


def _may_ask_feedback(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> bool:
    """An answer was given, none of its messages has buttons, and we did not ask a moment ago.

    Small talk ("Gern geschehen!", "Auf Wiedersehen ...") is no answer to rate.
    """
    if all(m.get("response") in SMALL_TALK.values() for m in dispatcher.messages):
        return False
    if any(m.get("response") == CRISIS_RESPONSE for m in dispatcher.messages):
        return False  # acute danger told: no rating asked
    if any(_has_buttons(message, domain) for message in dispatcher.messages):
        return False
    recent = [e for e in tracker.events if e.get("event") == "bot"][-FEEDBACK_EVERY_BOT_TURNS:]
    return not any(_response_of(e, domain) == FEEDBACK_RESPONSE for e in recent)


def _response_of(event: dict[str, Any], domain: DomainDict) -> str | None:
    """The response a bot message came from (Rasa records it; older events by their German text)."""
    named = (event.get("metadata") or {}).get("utter_action")
    if named:
        return str(named)
    asked = (domain.get("responses", {}).get(FEEDBACK_RESPONSE) or [{}])[0].get("text")
    return FEEDBACK_RESPONSE if event.get("text") == asked else None
