"""Read conversations from the tracker store's ``events`` table as plain exchanges.

Works on any SQL tracker store Rasa writes (SQLite file, PostgreSQL) with
SQLAlchemy only, so staff can run reports without the bot.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

DEFAULT_TRACKER_URL = "sqlite:///var/tracker.db"
FOCUS_SLOT = "focus"  # the answering action's slot (actions/focus.py); its places are Aktionsräume
LANGUAGE_SLOT = "language"  # the conversation's language code (components/language.py)
DEFAULT_LANGUAGE = "de"


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
                language = current[sender].language if sender in current else DEFAULT_LANGUAGE
                current[sender] = Exchange(sender, timestamp or 0.0, data.get("text") or "",
                                           intent or "", language=language)  # fmt: skip
                exchanges.append(current[sender])
            elif sender in current:
                _add(current[sender], kind, data)
    return exchanges


def _add(exchange: Exchange, kind: str, data: dict) -> None:
    if kind == "bot":
        exchange.responses.append((data.get("metadata") or {}).get("utter_action") or "")
        exchange.answer.append(data.get("text") or "")
    elif data.get("name") == LANGUAGE_SLOT and isinstance(data.get("value"), str):
        exchange.language = data["value"][:8]
    elif data.get("name") == FOCUS_SLOT and isinstance(data.get("value"), dict):
        exchange.districts.extend(str(name) for name in data["value"].get("places") or [])
