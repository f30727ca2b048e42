"""The shared base of every action that answers from the knowledge base."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.knowledge_access import knowledge_base
from knowledge import KnowledgeBase, KnowledgeBaseMissing

logger = logging.getLogger(__name__)


class KnowledgeAction(Action, ABC):
    """Runs :meth:`answer` with the knowledge base; a database fault becomes a polite reply.

    Subclasses implement ``name`` and ``answer``; being abstract, this class is
    skipped when the action server registers the package.
    """

    @abstractmethod
    def name(self) -> str:
        """The action name as listed in domain.yml."""

    @abstractmethod
    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Send the answer and return the slot events."""

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        """Answer, or apologise when the knowledge base cannot be read."""
        try:
            return self.answer(dispatcher, tracker, knowledge_base())
        except (SQLAlchemyError, KnowledgeBaseMissing):
            logger.exception("%s: knowledge base not available", self.name())
            dispatcher.utter_message(response="utter_service_unavailable")
            return []
