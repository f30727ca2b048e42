"""Run actions the way the action server does, and read what the citizen would see."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import knowledge_access
from knowledge import KnowledgeBase

DOMAIN = Path(__file__).resolve().parents[2] / "domain.yml"


@lru_cache(maxsize=1)
def domain() -> dict[str, Any]:
    """domain.yml as the action server receives it."""
    return yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))


def responses() -> dict[str, Any]:
    """The responses of domain.yml."""
    return domain()["responses"]


@dataclass
class Reply:
    """What one action sent: rendered texts, buttons, and the events it returned."""

    messages: list[dict[str, Any]]
    events: list[dict[str, Any]]
    texts: list[str] = field(init=False)
    buttons: list[dict[str, str]] = field(init=False)

    def __post_init__(self) -> None:
        self.texts = [render(message) for message in self.messages]
        self.buttons = [
            b
            for m in self.messages
            for b in m.get("buttons")
            or responses().get(m.get("response"), [{}])[0].get("buttons", [])
        ]

    @property
    def text(self) -> str:
        """All messages as the citizen reads them, one after the other."""
        return "\n".join(self.texts)

    @property
    def names(self) -> list[str | None]:
        """The response names, in order."""
        return [message.get("response") for message in self.messages]

    def slot(self, name: str) -> Any:
        """The value the action set for a slot (KeyError if it set none)."""
        values = [e["value"] for e in self.events if e.get("event") == "slot" and e["name"] == name]
        if not values:
            raise KeyError(name)
        return values[-1]

    def payloads(self) -> list[tuple[str, dict[str, str]]]:
        """Buttons as (intent, entities), parsed like Rasa parses a payload."""
        parsed = []
        for b in self.buttons:
            intent, _, entities = b["payload"][1:].partition("{")
            parsed.append((intent, json.loads("{" + entities) if entities else {}))
        return parsed


def render(message: dict[str, Any]) -> str:
    """The text of a message, its response template filled like Rasa fills it."""
    if not message.get("response"):
        return message.get("text") or ""
    template = responses()[message["response"]][0]["text"]
    return template.format(**message)


def tracker(
    text: str = "",
    intent: str = "",
    entities: dict[str, str] | list[tuple[str, str]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
) -> Tracker:
    """A tracker whose latest message is ``text`` with the given intent and entities."""
    pairs = entities.items() if isinstance(entities, dict) else entities or []
    return Tracker(
        sender_id="test",
        slots=slots or {},
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": 1.0},
            "entities": [{"entity": name, "value": value} for name, value in pairs],
        },
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name=None,
    )


def run(action: Action, *args: Any, **kwargs: Any) -> Reply:
    """Run an action on a tracker built from the arguments (see :func:`tracker`)."""
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker(*args, **kwargs), domain())
    return Reply(dispatcher.messages, list(events))


@pytest.fixture(autouse=True)
def use_test_kb(kb: KnowledgeBase) -> Iterator[None]:
    """Actions answer from the test knowledge base, not from var/knowledge.db."""
    knowledge_access.use(kb)
    yield
    knowledge_access.use(None)
