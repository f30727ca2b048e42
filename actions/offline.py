"""What can be answered while the knowledge base is down: small talk that asks nothing.

"Hallo", "danke", "ja", "tschüss" and "bist du ein Bot?" need no fact of the
page, so a database fault must not turn them into "service unavailable". A
message that asks something besides ("danke! und wer ist in Eving zuständig?")
or whose NLU reading has a question beside the small talk still gets the
apology: its answer would need the knowledge base. Everything here reads the
message's shape only (actions.parsing, the NLU's ranking), never the database.
"""

from __future__ import annotations

from typing import Any

from actions import parsing
from actions.answers import SMALL_TALK
from actions.decision import SMALL_TALK_KINDS
from knowledge.language import GERMAN, detect

__all__ = ["SERVICE_UNAVAILABLE", "SMALL_TALK_RESPONSES", "reply_without_knowledge"]

SERVICE_UNAVAILABLE = "utter_service_unavailable"
SMALL_TALK_RESPONSES = {intent: SMALL_TALK[kind] for intent, kind in SMALL_TALK_KINDS.items()}
QUESTION_READING = 0.1  # a question intent the NLU gives this much is a reading of the message


def reply_without_knowledge(message: dict[str, Any]) -> str:
    """The response for the latest message (the NLU's parse) when the knowledge base is down."""
    intent = str((message.get("intent") or {}).get("name") or "")
    response = SMALL_TALK_RESPONSES.get(intent)
    if response is None or _asks_something(message, intent):
        return SERVICE_UNAVAILABLE
    return response


def _asks_something(message: dict[str, Any], intent: str) -> bool:
    """Besides the small talk, a question reading or a question of its own shape."""
    ranking = message.get("intent_ranking") or []
    if any(
        r.get("name") not in (intent, "nlu_fallback", *SMALL_TALK_RESPONSES)
        and float(r.get("confidence") or 0.0) >= QUESTION_READING
        for r in ranking
    ):
        return True
    said = str(message.get("text") or "")
    if said.startswith("/"):  # a button's payload: its intent is all it says
        return False
    text = parsing.without_courtesy(said)
    if parsing.is_correction(text) or parsing.ordinal(text) is not None:
        return True  # "nein, nicht Hörde, ich meinte Brackel", "danke. nummer zwei"
    asks = parsing.asks_for_someone(text) or parsing.asks_for_contact(text)
    asks = asks or parsing.asks_for_a_list(text) or parsing.asks_for_more(text)
    if asks or parsing.is_yes_no(text) or bool(parsing.asked_details(text, [])):
        return True
    # The shapes above are German; in another language a question after the courtesy
    # counts by its mark ("thanks, and who is the contact in Eving?").
    return text != said and bool(parsing.QUESTION_MARK.search(text)) and is_foreign_language(text)


def is_foreign_language(text: str) -> bool:
    """Clearly a language other than German."""
    return detect(text).language not in (None, GERMAN)
