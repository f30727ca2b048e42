"""The answering action: read the turn, decide, render, remember the focus."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import FACTUAL, SMALL_TALK, render, utter_source
from actions.base import KnowledgeAction
from actions.decision import Decision, decide
from actions.focus import SLOT_FOCUS, Focus
from actions.turn import Turn, read_turn
from actions.warm_up import warm_up_once
from knowledge import KnowledgeBase

logger = logging.getLogger(__name__)
RATING_PAYLOADS = ("/feedback_helpful", "/feedback_unhelpful")
RULE_KEY = "rule"  # the answer's messages carry the deciding rule (the staff report counts it)


class ActionAnswer(KnowledgeAction):
    """Every question about the plan: one decision (actions.decision), one renderer."""

    def __init__(self) -> None:
        """Built once, before the action server listens: warm it (actions/warm_up.py)."""
        super().__init__()
        warm_up_once(respond)

    def name(self) -> str:
        """See domain.yml."""
        return "action_answer"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Decide from the turn and the focus, render, and store the new focus."""
        turn = read_turn(tracker, kb)
        focus = Focus.from_slot(tracker.get_slot(SLOT_FOCUS))
        decision, new_focus = respond(dispatcher, kb, turn, focus)
        # Which rule answered, never what was typed (the referent may echo a typed place).
        logger.info("rule %s -> %s, intent %s", decision.rule, decision.kind.value, turn.intent)
        return [SlotSet(SLOT_FOCUS, new_focus.to_slot())]


def respond(
    say: CollectingDispatcher, kb: KnowledgeBase, turn: Turn, focus: Focus
) -> tuple[Decision, Focus]:
    """Decide, send the answer (with its source when it states facts); the new focus."""
    decision = decide(turn, focus, kb)
    first = len(say.messages)
    new_focus = render(say, kb, decision, focus).but(home=_home(turn, focus, decision))
    if decision.kind in FACTUAL:
        utter_source(say, kb)
    for message in say.messages[first:]:
        message[RULE_KEY] = decision.rule
    return decision, new_focus


def _home(turn: Turn, focus: Focus, decision: Decision) -> tuple[str, ...]:
    """The places the citizen named last; a remark ("bin grad im Bus nach Hörde") keeps them."""
    named = tuple(d.name for d in turn.places)
    return named if named and decision.kind not in SMALL_TALK else focus.home


class ActionFeedback(KnowledgeAction):
    """A rating comes from the rating buttons only; typed text is a question like any other."""

    asks_feedback = False

    def name(self) -> str:
        """See domain.yml."""
        return "action_feedback"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Thank for a button rating; answer anything typed as a question."""
        text = str((tracker.latest_message or {}).get("text") or "")
        if text.startswith(RATING_PAYLOADS[0]):
            dispatcher.utter_message(response="utter_feedback_thanks")
            return []
        if text.startswith(RATING_PAYLOADS[1]):
            dispatcher.utter_message(response="utter_feedback_sorry")
            return []
        return ActionAnswer().answer(dispatcher, tracker, kb)
