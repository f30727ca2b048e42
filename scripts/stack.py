"""Start the bot's processes on localhost for evaluations, benchmarks and e2e tests.

``with running_stack(...) as stack:`` starts the action server, the Rasa server
(REST + socket.io) and optionally the chat page, waits until each answers, and
stops them afterwards. Logs go to ``var/stack/``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "soziale-stadt.tar.gz"
LOGS = ROOT / "var" / "stack"
START_TIMEOUT_S = 300


@dataclass(frozen=True)
class Stack:
    """Where the running processes answer."""

    rasa_url: str
    action_url: str
    web_url: str | None


def free_port() -> int:
    """A TCP port on localhost nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_stack(
    *, web: bool = False, tracker_store: str | None = None, env: dict[str, str] | None = None
) -> Iterator[Stack]:
    """Action server, Rasa server and (with ``web``) the chat page on spare ports.

    ``tracker_store`` is an SQLAlchemy-style SQLite path for conversations;
    without it they live in memory.
    """
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    LOGS.mkdir(parents=True, exist_ok=True)
    endpoints = LOGS / f"endpoints-{rasa_port}.yml"
    text = f'action_endpoint:\n  url: "http://localhost:{action_port}/webhook"\n'
    if tracker_store:
        text += f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{tracker_store}"\n'
    endpoints.write_text(text)
    venv = Path(sys.executable).parent
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TF_CPP_MIN_LOG_LEVEL": "2",
        **(env or {}),
    }
    commands = {
        "actions": [venv / "rasa", "run", "actions", "--port", str(action_port),
                    "--actions", "actions"],
        "rasa": [venv / "rasa", "run", "--enable-api", "--cors", "*", "--port", str(rasa_port),
                 "--model", str(MODEL), "--endpoints", str(endpoints),
                 "--credentials", str(ROOT / "credentials.yml")],
    }  # fmt: skip
    if web:
        commands["web"] = [sys.executable, str(ROOT / "scripts" / "serve_web.py"),
                           "--port", str(web_port)]  # fmt: skip
        environment["RASA_SOCKET_URL"] = f"http://localhost:{rasa_port}"
    procs = {}
    try:
        for name, command in commands.items():
            log = open(LOGS / f"{name}-{rasa_port}.log", "w")  # noqa: SIM115 (closed with the process)
            procs[name] = subprocess.Popen(
                command, cwd=ROOT, env=environment, stdout=log, stderr=log
            )
        stack = Stack(
            rasa_url=f"http://localhost:{rasa_port}",
            action_url=f"http://localhost:{action_port}",
            web_url=f"http://localhost:{web_port}" if web else None,
        )
        wait_until_up(f"{stack.rasa_url}/status", procs)
        wait_until_up(f"{stack.action_url}/health", procs)
        if stack.web_url:
            wait_until_up(f"{stack.web_url}/index.html", procs)
        yield stack
    finally:
        for proc in procs.values():
            proc.terminate()
        for proc in procs.values():
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def wait_until_up(
    url: str, procs: dict[str, subprocess.Popen], timeout: float = START_TIMEOUT_S
) -> None:
    """Poll ``url`` until it answers 200; fail early when a process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        dead = [name for name, proc in procs.items() if proc.poll() is not None]
        if dead:
            raise RuntimeError(f"{', '.join(dead)} stopped; see {LOGS}")
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")
