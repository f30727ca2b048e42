"""Read conversations from the tracker store's ``events`` table as plain exchanges.

Works on any SQL tracker store Rasa writes (SQLite file, PostgreSQL) with
SQLAlchemy only, so staff can run reports without the bot. Each question is
masked once more on the way out (:mod:`connectors.masking`), so rows stored
before a masking rule existed show no more than new ones.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from connectors.masking import mask_personal_data

DEFAULT_TRACKER_URL = "sqlite:///var/tracker.db"
FOCUS_SLOT = "focus"  # the answering action's slot (actions/focus.py); its places are Aktionsräume
LANGUAGE_SLOT = "language"  # the conversation's language code (components/language.py)
DEFAULT_LANGUAGE = "de"
RULE_KEY = "rule"  # the deciding rule's name, where an answer's messages carry it
# Acute danger told (actions/decision/deciding.py, rule "crisis"): the staff report and the
# table show that it happened and the answer, never what the citizen wrote.
CRISIS_RULE = "crisis"
WITHHELD = "(Notlage geschildert, Text nicht gezeigt)"
# Messages around an answer that say nothing about which answer it was.
AROUND_ANSWERS = frozenset(
    ["utter_yes", "utter_no", "utter_source", "utter_ask_feedback", "utter_options"]
)


@dataclass
class Exchange:
    """One citizen message and what the bot did about it."""

    sender: str
    timestamp: float
    text: str
    intent: str
    responses: list[str] = field(default_factory=list)  # domain response names, in order
    answer: list[str] = field(default_factory=list)  # the bot's texts
    districts: list[str] = field(default_factory=list)  # Aktionsräume the answer was about
    language: str = DEFAULT_LANGUAGE  # the conversation's language at this message (a code)
    rule: str = ""  # the rule that decided the answer, where the answer names it

    @property
    def kind(self) -> str:
        """The rule that decided the answer, else the answer's own response name."""
        shown = [r for r in self.responses if r and r not in AROUND_ANSWERS]
        return self.rule or (shown[0] if shown else "")

    @property
    def answer_text(self) -> str:
        """The bot's answer without the rating question."""
        return " ".join(t for t, r in zip(self.answer, self.responses, strict=False)
                        if r != "utter_ask_feedback" and t)  # fmt: skip


def tracker_engine(url: str | None = None) -> Engine:
    """Engine for ``url``, ``TRACKER_DB_URL``, or the embedded default (var/tracker.db)."""
    return create_engine(
        url or os.environ.get("TRACKER_DB_URL") or DEFAULT_TRACKER_URL, future=True
    )


def load_exchanges(engine: Engine) -> list[Exchange]:
    """All exchanges, grouped per conversation in the order they happened."""
    query = text(
        "SELECT sender_id, type_name, timestamp, intent_name, data FROM events "
        "WHERE type_name IN ('user', 'bot', 'slot') ORDER BY sender_id, id"
    )
    exchanges: list[Exchange] = []
    current: dict[str, Exchange] = {}
    with engine.connect() as conn:
        for sender, kind, timestamp, intent, raw in conn.execute(query):
            data = json.loads(raw or "{}")
            if kind == "user":
                typed = mask_personal_data(data.get("text") or "")
                language = current[sender].language if sender in current else DEFAULT_LANGUAGE
                current[sender] = Exchange(sender, timestamp or 0.0, typed, intent or "",
                                           language=language)  # fmt: skip
                exchanges.append(current[sender])
            elif sender in current:
                _add(current[sender], kind, data)
    for exchange in exchanges:
        if exchange.rule == CRISIS_RULE:
            exchange.text = WITHHELD
    return exchanges


def _add(exchange: Exchange, kind: str, data: dict[str, Any]) -> None:
    if kind == "bot":
        metadata = data.get("metadata") or {}
        exchange.responses.append(metadata.get("utter_action") or "")
        exchange.answer.append(data.get("text") or "")
        exchange.rule = exchange.rule or str(metadata.get(RULE_KEY) or "")
    elif data.get("name") == LANGUAGE_SLOT and isinstance(data.get("value"), str):
        exchange.language = data["value"][:8]
    elif data.get("name") == FOCUS_SLOT and isinstance(data.get("value"), dict):
        exchange.districts.extend(str(name) for name in data["value"].get("places") or [])
