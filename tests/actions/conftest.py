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
from actions.action_answer import ActionAnswer
from actions.focus import SLOT_FOCUS, Focus
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

    @property
    def focus(self) -> Focus:
        """The focus the action stored (KeyError if it set none)."""
        return Focus.from_slot(self.slot(SLOT_FOCUS))

    @property
    def sources(self) -> list[str]:
        """The "Quelle: ..." lines of the reply."""
        return [t for t in self.texts if t.startswith("Quelle:")]

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
    focus: Focus | None = None,
    channel: str | None = None,
) -> Tracker:
    """A tracker whose latest message is ``text`` with the given intent and entities.

    ``focus`` is the conversation's focus slot; ``channel`` the input channel
    of the latest user message ("cmdline" for ``rasa shell``).
    """
    pairs = entities.items() if isinstance(entities, dict) else entities or []
    slots = dict(slots or {})
    if focus is not None:
        slots[SLOT_FOCUS] = focus.to_slot()
    events = list(events or [])
    if channel is not None:
        events.append({"event": "user", "text": text, "input_channel": channel})
    return Tracker(
        sender_id="test",
        slots=slots,
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": 1.0},
            "entities": [{"entity": name, "value": value} for name, value in pairs],
        },
        events=events,
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


def ask(*args: Any, **kwargs: Any) -> Reply:
    """Run the answering action (``action_answer``) on a tracker (see :func:`tracker`)."""
    return run(ActionAnswer(), *args, **kwargs)


def press(button: dict[str, str], **kwargs: Any) -> Reply:
    """Press a button: its payload is the message text, parsed like Rasa parses it."""
    intent, _, entities = button["payload"][1:].partition("{")
    values = json.loads("{" + entities) if entities else {}
    return ask(button["payload"], intent, values, **kwargs)


@pytest.fixture(autouse=True)
def use_test_kb(kb: KnowledgeBase) -> Iterator[None]:
    """Actions answer from the test knowledge base, not from var/knowledge.db."""
    knowledge_access.use(kb)
    yield
    knowledge_access.use(None)
