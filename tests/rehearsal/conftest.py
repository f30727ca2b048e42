"""Print the rehearsal's timing at the end of the run (written by its fixture)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

FIGURES = Path(__file__).resolve().parents[2] / "var" / "rehearsal-seconds"
_STARTED = time.time()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line: how long the production setup took to start, and all its checks."""
    if FIGURES.exists() and FIGURES.stat().st_mtime >= _STARTED:
        up, total = FIGURES.read_text().split()
        terminalreporter.write_line(
            f"production rehearsal: up in {up} s, {total} s with every check"
        )
