"""What an operator sees after `make run`: start-up lines, then the URL box, last, once all answer.

Starts scripts/run.sh on spare ports (a running `make run` is not touched) and
reads its console output as the operator would.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import requests

from scripts.stack import LOCAL_ENV, MODEL, RASA_RUNTIME_ENV, ROOT, free_port

START_TIMEOUT_S = 400
AFTER_BOX_S = 5.0  # the box must still be the last thing this long after everything answers
BOX_FIRST_LINE = "Chat page:"

pytestmark = pytest.mark.skipif(not MODEL.exists(), reason="no trained model (make train)")


@dataclass
class Console:
    """The lines run.sh printed (stdout and stderr), and whether each URL answered at the box."""

    lines: list[str] = field(default_factory=list)
    answered_at_box: dict[str, bool] = field(default_factory=dict)


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    env = {**os.environ, "PYTHONPATH": str(ROOT), **RASA_RUNTIME_ENV, **LOCAL_ENV,
           **{k: str(v) for k, v in ports.items()},
           "PYTHONWARNINGS": "ignore::DeprecationWarning,ignore::PendingDeprecationWarning,"
                             "ignore::FutureWarning",
           "SQLALCHEMY_SILENCE_UBER_WARNING": "1"}  # fmt: skip  # as the Makefile sets them
    urls = {
        "actions": f"http://127.0.0.1:{ports['ACTION_PORT']}/health",
        "rasa": f"http://127.0.0.1:{ports['RASA_PORT']}/",
        "page": f"http://127.0.0.1:{ports['WEB_PORT']}/index.html",
    }
    proc = subprocess.Popen(["scripts/run.sh"], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)  # fmt: skip
    seen = Console()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if BOX_FIRST_LINE in line and not seen.answered_at_box:
                seen.answered_at_box = {name: _answers(url) for name, url in urls.items()}
            seen.lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not seen.answered_at_box and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        while not all(map(_answers, urls.values())) and time.monotonic() < deadline:
            time.sleep(0.5)  # with the box printed too early: wait for the rest of the start-up
        time.sleep(AFTER_BOX_S)
        yield seen
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        reader.join(timeout=10)


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=5).ok
    except requests.RequestException:
        return False


def test_the_url_box_comes_once_everything_answers(console: Console) -> None:
    assert console.answered_at_box, "\n".join(console.lines[-40:])
    assert all(console.answered_at_box.values()), console.answered_at_box


def test_the_url_box_is_the_last_thing_printed(console: Console) -> None:
    box = next(i for i, line in enumerate(console.lines) if BOX_FIRST_LINE in line)
    after = console.lines[box:]
    assert after[-1].strip() == "" and any("Stop with Ctrl-C" in line for line in after[-3:])


def test_start_up_shows_no_known_harmless_warnings(console: Console) -> None:
    text = "\n".join(console.lines)
    assert "DeprecationWarning" not in text
    assert "is not used in any story or rule" not in text
    assert "Traceback" not in text
