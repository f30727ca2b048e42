"""What "Verlauf löschen" costs on a SQLite tracker store of N conversations.

``python -m scripts.measure_deletion 1000 10000`` fills a fresh tracker store per
size (six events per conversation, as one question and answer leave), then
times one ``MaskingSQLTrackerStore.delete`` (secure delete and a TRUNCATE
checkpoint) and, for comparison, a ``VACUUM`` of the same file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, UserUttered

from connectors.privacy import MaskingSQLTrackerStore


def _events(number: int) -> list[Event]:
    return [ActionExecuted("action_session_start"), SessionStarted(),
            ActionExecuted("action_listen"),
            UserUttered(f"Frage {number}: gibt es etwas für Senioren in Hörde?",
                        {"name": "project_search", "confidence": 0.9}),
            BotUttered("Dazu habe ich 3 Projekte gefunden: …", metadata={"utter_action": "x"}),
            ActionExecuted("action_listen")]  # fmt: skip


def measure(conversations: int) -> tuple[float, float, float]:
    """Milliseconds for one delete and for a VACUUM, and the file's size in MB."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tracker.db"
        store = MaskingSQLTrackerStore(dialect="sqlite", db=str(path))
        table = store.SQLEvent.__table__
        rows = [{"sender_id": f"c{n}", "type_name": e.type_name, "timestamp": time.time(),
                 "intent_name": None, "action_name": None, "data": str(e.as_dict())}
                for n in range(conversations) for e in _events(n)]  # fmt: skip
        with store.engine.begin() as connection:
            connection.execute(table.insert(), rows)
        began = time.perf_counter()
        store.delete(f"c{conversations // 2}")
        delete_ms = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        with store.engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
        vacuum_ms = (time.perf_counter() - began) * 1000
        size = path.stat().st_size / 1e6
        with store.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT COUNT(*) FROM events")).scalar()
    return delete_ms, vacuum_ms, size


def main(sizes: list[int]) -> None:
    """Print one line per size."""
    for size in sizes:
        delete_ms, vacuum_ms, megabytes = measure(size)
        print(f"{size:>7} conversations ({megabytes:.1f} MB): delete {delete_ms:.0f} ms, "
              f"VACUUM {vacuum_ms:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
