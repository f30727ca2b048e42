""" "Verlauf löschen" on the tracker store: the conversation is gone from the tables and the files.

SQLite: not one byte of it is left in ``tracker.db``, ``-wal`` or ``-shm``.
PostgreSQL (a private server of this module, when its binaries are installed):
no row, no column holds it. What one delete costs is printed (``-s``).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from connectors.privacy import MaskingSQLTrackerStore
from tests.local_services import DATABASE, LocalPostgres, local_postgres

KEPT, GONE = "Senioren", "Zitronenfalter"  # a word of the kept, one of the deleted conversations
CONVERSATIONS = 200


def _conversation(word: str) -> list[Event]:
    return [ActionExecuted("action_session_start"), SessionStarted(),
            ActionExecuted("action_listen"),
            UserUttered(f"Ich bin Erika Mustermann, gibt es was für {word}?",
                        {"name": "project_search", "confidence": 0.9}),
            BotUttered(f"Zu {word} habe ich nichts gefunden.", metadata={"utter_action": "x"}),
            ActionExecuted("action_listen")]  # fmt: skip


def _fill(store: MaskingSQLTrackerStore, count: int) -> None:
    for number in range(count):
        word = GONE if number == count // 2 else KEPT
        tracker = DialogueStateTracker.from_events(f"citizen-{number}", _conversation(word))
        asyncio.run(store.save(tracker))


@pytest.fixture(scope="module")
def postgres() -> Iterator[LocalPostgres]:
    with local_postgres() as server:
        yield server


def _settings(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> dict[str, Any]:
    if backend == "sqlite":
        return {"dialect": "sqlite", "db": str(tmp_path / "tracker.db")}
    server: LocalPostgres = request.getfixturevalue("postgres")
    return {"dialect": "postgresql", "host": "127.0.0.1", "port": server.port, "db": DATABASE,
            "username": "rasa_tracker", "password": server.passwords["rasa_tracker"]}  # fmt: skip


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_deleted_conversation_is_gone_from_tables_and_files(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = MaskingSQLTrackerStore(**_settings(backend, tmp_path, request))
    _fill(store, CONVERSATIONS)
    began = time.perf_counter()
    assert store.delete(f"citizen-{CONVERSATIONS // 2}") == len(_conversation(GONE))
    print(f"\n{backend}: one delete of {CONVERSATIONS} conversations' tracker took "
          f"{(time.perf_counter() - began) * 1000:.1f} ms")  # fmt: skip
    with store.engine.connect() as connection:
        rows = repr(connection.execute(sa.text("SELECT * FROM events")).all())
    assert [word for word in (GONE, "Mustermann") if word in rows] == [] and KEPT in rows
    if backend == "sqlite":
        path = tmp_path / "tracker.db"
        files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
        content = b"".join(p.read_bytes() for p in files)
        left = [word for word in (GONE.encode(), b"citizen-100") if word in content]
        assert left == [] and KEPT.encode() in content  # nor the sender id (in the index)
