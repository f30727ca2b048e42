"""Deleted conversations leave no text in the files of a SQLite tracker store.

SQLite keeps deleted rows in free space of the database file, and every
version of a changed page in the write-ahead log (``tracker.db-wal``) until a
checkpoint. With ``secure_delete`` on, a delete overwrites the freed space with
zeros; a ``TRUNCATE`` checkpoint then copies the zeroed pages into the file and
empties the log. No Rasa inside: the tracker store and the retention command
share it.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import Connection

logger = logging.getLogger(__name__)


def secure_delete_on(dbapi_connection: Any, _: Any = None) -> None:
    """Per new SQLite connection (a SQLAlchemy ``connect`` listener): zero what is deleted."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def checkpoint(connection: Connection) -> bool:
    """After a delete, outside its transaction: move the log into the file and empty it.

    Returns False when another reader kept the log from being emptied (it is
    emptied by the next checkpoint then); on other databases there is nothing to do.
    """
    if connection.dialect.name != "sqlite":
        return True
    busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy:
        logger.warning("Write-ahead log not emptied (a reader is busy); the next delete retries")
    return not busy
