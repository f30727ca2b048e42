"""The lean SQL tracker store stores and reads exactly what Rasa's own SQL store would.

Every check reads the same database back through Rasa's ``SQLTrackerStore``
as well, on SQLite and (with TEST_DATABASE_URL) on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    AllSlotsReset,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    EntitiesAdded,
    Event,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from connectors.privacy import MaskingSQLTrackerStore
from connectors.tracker_store import LeanSQLTrackerStore
from tests.conftest import postgres_url

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Any]:
    """Keyword arguments for Rasa's SQL store (and ours) on one backend."""
    if request.param == "sqlite":
        return {"dialect": "sqlite", "db": str(tmp_path / "tracker.db")}
    url = postgres_url()
    if not url:
        pytest.skip("PostgreSQL not tested: set TEST_DATABASE_URL")
    parsed = make_url(url)
    return {"dialect": "postgresql", "host": parsed.host, "port": parsed.port or 5432,
            "db": parsed.database, "username": parsed.username,
            "password": parsed.password}  # fmt: skip


def _turn(number: int, slot: str) -> list[Event]:
    return [
        UserUttered(f"frage {number}", {"name": "district_contact", "confidence": 0.9}),
        SlotSet(slot, f"Ort {number}"),
        ActionExecuted("action_district_contact"),
        BotUttered(f"antwort {number}"),
        ActionExecuted("action_listen"),
    ]


def _talk(store: SQLTrackerStore, sender: str, domain: Domain, events: list[Event]) -> None:
    """One turn as Rasa runs it: load (or start) the conversation, add events, save."""
    tracker = asyncio.run(store.retrieve(sender)) or DialogueStateTracker(sender, domain.slots)
    for event in events:
        tracker.update(event)
    asyncio.run(store.save(tracker))


def _dicts(tracker: DialogueStateTracker | None) -> list[dict]:
    assert tracker is not None
    return [event.as_dict() for event in tracker.events]


def test_turns_read_back_the_same_through_rasas_own_store(settings: dict, domain: Domain) -> None:
    ours = LeanSQLTrackerStore(domain=domain, **settings)
    sender, slot = f"t-{uuid.uuid4().hex}", domain.slots[0].name
    for number in range(4):
        _talk(ours, sender, domain, _turn(number, slot))
    rasas = SQLTrackerStore(domain=domain, **settings)
    stored = asyncio.run(rasas.retrieve(sender))
    assert len(stored.events) == 20
    assert _dicts(asyncio.run(ours.retrieve(sender))) == _dicts(stored)
    assert stored.get_slot(slot) == "Ort 3"


def test_every_kind_of_event_rasa_stored_reads_back_as_rasa_reads_it(
    settings: dict, domain: Domain
) -> None:
    rasas = SQLTrackerStore(domain=domain, **settings)
    sender, slot = f"t-{uuid.uuid4().hex}", domain.slots[0].name
    entity = {"entity": "district", "value": "Ort", "start": 0, "end": 3}
    events = [
        *_turn(1, slot),
        UserUttered("zweite frage", {"name": "district_contact", "confidence": 0.8}, [entity]),
        EntitiesAdded([entity]),
        ActionExecuted("action_district_contact", policy="RulePolicy", confidence=1.0),
        BotUttered("antwort", {"buttons": [{"title": "Ja", "payload": "/affirm"}]}),
        FollowupAction("action_listen"), ActiveLoop(None), UserUtteranceReverted(),
        ActionReverted(), ConversationPaused(), ConversationResumed(), AllSlotsReset(),
        SlotSet(slot, "Ort 9"), Restarted(), *_turn(2, slot),
    ]  # fmt: skip
    _talk(rasas, sender, domain, events)
    ours = asyncio.run(LeanSQLTrackerStore(domain=domain, **settings).retrieve(sender))
    expected = asyncio.run(rasas.retrieve(sender))
    assert _dicts(ours) == _dicts(expected) and len(ours.events) == len(events)
    assert ours.current_state() == expected.current_state()


def test_a_new_session_hides_the_earlier_one_as_in_rasa(settings: dict, domain: Domain) -> None:
    ours = LeanSQLTrackerStore(domain=domain, **settings)
    sender, slot = f"t-{uuid.uuid4().hex}", domain.slots[0].name
    _talk(ours, sender, domain, _turn(1, slot))
    _talk(ours, sender, domain, [ActionExecuted("action_session_start"), SessionStarted(),
                                 ActionExecuted("action_listen"), *_turn(2, slot)])  # fmt: skip
    rasas = SQLTrackerStore(domain=domain, **settings)
    latest = _dicts(asyncio.run(ours.retrieve(sender)))
    assert latest == _dicts(asyncio.run(rasas.retrieve(sender)))
    assert latest[0]["event"] == "session_started" and len(latest) == 7
    full = asyncio.run(ours.retrieve_full_tracker(sender))
    assert len(full.events) == 5 + 1 + 7


def test_a_save_without_a_fresh_load_adds_only_new_events(settings: dict, domain: Domain) -> None:
    ours = LeanSQLTrackerStore(domain=domain, **settings)
    sender, slot = f"t-{uuid.uuid4().hex}", domain.slots[0].name
    tracker = DialogueStateTracker(sender, domain.slots)
    for number in range(3):
        for event in _turn(number, slot):
            tracker.update(event)
        asyncio.run(ours.save(tracker))  # as Rasa's API endpoints do: no load before
    assert _dicts(asyncio.run(ours.retrieve(sender))) == _dicts(tracker)


def test_two_servers_taking_turns_lose_and_repeat_nothing(settings: dict, domain: Domain) -> None:
    first = MaskingSQLTrackerStore(domain=domain, **settings)
    second = MaskingSQLTrackerStore(domain=domain, **settings)
    sender, slot = f"t-{uuid.uuid4().hex}", domain.slots[0].name
    for number in range(6):
        _talk([first, second][number % 2], sender, domain, _turn(number, slot))
    events = asyncio.run(first.retrieve(sender)).events
    texts = [event.text for event in events if isinstance(event, UserUttered)]
    assert texts == [f"frage {number}" for number in range(6)]


def test_a_deleted_conversation_starts_afresh(settings: dict, domain: Domain) -> None:
    store = MaskingSQLTrackerStore(domain=domain, **settings)
    sender, slot = f"t-{uuid.uuid4().hex}", domain.slots[0].name
    _talk(store, sender, domain, _turn(1, slot))
    asyncio.run(store.retrieve(sender))
    assert store.delete(sender) == 5
    _talk(store, sender, domain, _turn(2, slot))
    assert len(asyncio.run(store.retrieve(sender)).events) == 5
