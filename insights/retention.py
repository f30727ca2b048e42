"""Delete stored conversations older than a number of days (GDPR retention; for cron).

A conversation still going on keeps its current session: Rasa appends new
events by counting the ones of the latest session, so only events before the
latest ``session_started`` may go. On SQLite the deleted text is gone from the
files too: the delete overwrites it with zeros and the write-ahead log is
emptied afterwards (:mod:`connectors.erase`).
"""

from __future__ import annotations

import time

from sqlalchemy import text
from sqlalchemy.engine import Engine

from connectors.erase import checkpoint

DEFAULT_DAYS = 90
_SECONDS_PER_DAY = 86_400


def delete_older_than(
    engine: Engine, days: int, now: float | None = None, dry_run: bool = False
) -> int:
    """Delete events older than ``days``; returns how many (would) go."""
    cutoff = (now if now is not None else time.time()) - days * _SECONDS_PER_DAY
    where = (
        "timestamp < :cutoff AND ("
        " NOT EXISTS (SELECT 1 FROM events AS newer WHERE newer.sender_id = events.sender_id"
        "             AND newer.timestamp >= :cutoff)"
        " OR id < (SELECT MAX(id) FROM events AS s WHERE s.sender_id = events.sender_id"
        "          AND s.type_name = 'session_started'))"
    )
    with engine.connect() as conn:
        with conn.begin():
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
            count = conn.execute(
                text(f"SELECT COUNT(*) FROM events WHERE {where}"), {"cutoff": cutoff}
            ).scalar()
            if not dry_run and count:
                conn.execute(text(f"DELETE FROM events WHERE {where}"), {"cutoff": cutoff})
        if not dry_run and count:
            checkpoint(conn)
    return int(count or 0)
