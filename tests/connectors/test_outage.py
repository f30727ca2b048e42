"""A store that fails during a turn gets the polite answer, never an error or silence.

Unit level (no servers): the guard around a handler that fails the way Rasa's
lock store, Redis and the SQL tracker store fail. The replica test stops the
real PostgreSQL and Redis in the middle of a conversation.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import LockError
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy.exc import OperationalError

from connectors.guard import AnswerGuard, TrackerStoreUnavailable, refuse_in_memory_fallback

DOMAIN = Domain.load("domain.yml")
POLITE = DOMAIN.responses["utter_service_unavailable"][0]["text"]


def _guard(store: Any = None) -> AnswerGuard:
    guard = AnswerGuard()
    agent = SimpleNamespace(domain=DOMAIN, tracker_store=store)
    guard._app = SimpleNamespace(ctx=SimpleNamespace(agent=agent))  # type: ignore[assignment]
    return guard


def _turn(guard: AnswerGuard, failure: Exception) -> tuple[bool, list[str]]:
    async def failing(_: UserMessage) -> None:
        raise failure

    output = CollectingOutputChannel()
    answered = asyncio.run(guard.handle_outages(failing, UserMessage("hallo", output, "s1")))
    return answered, [message["text"] for message in output.messages]


@pytest.mark.parametrize(
    "failure",
    [
        LockError("Could not acquire lock for conversation_id 's1'."),
        RedisConnectionError("Error 111 connecting to localhost:6379. Connection refused."),
        OperationalError("SELECT 1", {}, Exception("connection refused")),
        TrackerStoreUnavailable("tracker store: gone"),
    ],
    ids=["lock timeout", "redis down", "postgresql down", "tracker store"],
)
def test_a_failing_store_gets_the_polite_answer(failure: Exception) -> None:
    assert _turn(_guard(), failure) == (False, [POLITE])


def test_other_errors_are_not_hidden() -> None:
    with pytest.raises(ZeroDivisionError):
        _turn(_guard(), ZeroDivisionError())


class _BrokenStore(InMemoryTrackerStore):
    async def retrieve(self, sender_id: str) -> None:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))


def test_rasa_does_not_go_on_with_an_empty_conversation() -> None:
    """Rasa's fail-safe store would answer the turn from an empty in-memory tracker."""
    store = FailSafeTrackerStore(_BrokenStore(DOMAIN))
    assert asyncio.run(store.retrieve("s1")) is None  # Rasa's default: context silently lost
    refuse_in_memory_fallback(store)
    with pytest.raises(TrackerStoreUnavailable):
        asyncio.run(store.retrieve("s1"))


def test_the_guard_makes_the_tracker_store_strict_on_each_turn() -> None:
    store = FailSafeTrackerStore(_BrokenStore(DOMAIN))

    async def rasa(message: UserMessage) -> None:  # as Rasa's processor loads the tracker
        await store.get_or_create_tracker(message.sender_id)

    output = CollectingOutputChannel()
    guard = _guard(store)
    answered = asyncio.run(guard.handle_outages(rasa, UserMessage("hallo", output, "s1")))
    assert (answered, [m["text"] for m in output.messages]) == (False, [POLITE])


def test_the_log_names_the_outage_without_what_citizens_wrote(
    caplog: pytest.LogCaptureFixture,
) -> None:
    failure = OperationalError("INSERT INTO events", {"data": "ich heiße Erika"}, Exception("gone"))
    assert _turn(_guard(), failure)[0] is False
    assert "OperationalError" in caplog.text and "Erika" not in caplog.text
