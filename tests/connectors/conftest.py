"""The bot running on localhost for the channel tests, one per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.stack import MODEL, Stack, running_stack


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """Action server and Rasa (REST, socket.io) with a SQLite tracker store of its own."""
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    tracker_db = tmp_path_factory.mktemp("tracker") / "tracker.db"
    with running_stack(tracker_store=str(tracker_db)) as running:
        yield running
