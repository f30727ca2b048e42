"""Start the bot's processes on localhost for evaluations, benchmarks and e2e tests.

``with running_stack(...) as stack:`` starts the action server, the Rasa server
(REST + socket.io) and optionally the chat page, waits until each answers, and
stops them afterwards. Logs go to ``var/stack/``. Every process listens on
127.0.0.1 only. Rasa's HTTP API is on for the tools (``/model/parse``,
``/conversations``) with a JWT secret generated per stack: send
``Stack.api_headers`` with every API call; ``api=False`` starts Rasa as
``make run`` does, without the API.

``python -m scripts.stack wait --pid PID ... URL ...`` waits until every URL
answers (``make run`` prints its URL box then); exit code 1 when one of the
processes ended or the time ran out.
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import jwt
import requests

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "soziale-stadt.tar.gz"
LOGS = ROOT / "var" / "stack"
START_TIMEOUT_S = 300
# How Rasa runs here, as in the Makefile and docker-compose.yml: quiet TensorFlow, and
# without oneDNN's custom kernels, which cost time and memory for one-message batches.
RASA_RUNTIME_ENV = {"TF_CPP_MIN_LOG_LEVEL": "2", "TF_ENABLE_ONEDNN_OPTS": "0"}
# Local stacks may serve a model trained with the offline spaCy pipeline (model_check.py).
LOCAL_ENV = {"SOZIALE_STADT_ALLOW_OFFLINE_MODEL": "1"}
# Responses in the citizen's language (as in endpoints.yml).
NLG_ENDPOINT = "nlg:\n  type: components.responses.MultilingualResponses\n"


@dataclass
class Stack:
    """Where the running processes answer; ``stop``/``start`` one of them (fault tests)."""

    rasa_urls: list[str]
    rasa_url: str
    action_url: str
    web_url: str | None
    commands: dict[str, list[str | Path]]
    env: dict[str, str]
    procs: dict[str, subprocess.Popen[bytes]]
    api_headers: dict[str, str]

    def start(self, name: str) -> None:
        """Start one process (``actions``, ``rasa`` or ``web``) and wait until it answers."""
        self.launch(name)
        wait_until_up(self.health_url(name), self.procs)

    def launch(self, name: str) -> None:
        """Start one process without waiting."""
        log = open(LOGS / f"{name}-{self.rasa_url.rsplit(':', 1)[1]}.log", "a")  # noqa: SIM115
        self.procs[name] = subprocess.Popen(self.commands[name], cwd=ROOT, env=self.env,
                                            stdout=log, stderr=log)  # fmt: skip

    def stop(self, name: str) -> None:
        """Stop one process and wait for it to end."""
        proc = self.procs.pop(name)
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()

    def health_url(self, name: str) -> str:
        """Where a process says it is up."""
        if name.startswith("rasa"):
            number = int(name.split("-")[1]) if "-" in name else 1
            return f"{self.rasa_urls[number - 1]}/"
        return {"actions": f"{self.action_url}/health", "web": f"{self.web_url}/index.html"}[name]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MiB (Linux /proc)."""
    total = 0
    for proc_id in [pid, *_children(pid)]:
        try:
            status = Path(f"/proc/{proc_id}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines()
                       if line.startswith("VmRSS:")), 0)  # fmt: skip
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in found] + [c for child in found for c in _children(int(child))]


def action_server_command(port: int) -> list[str | Path]:
    """The action server on ``port``, as every launcher here starts it."""
    return [sys.executable, "-m", "scripts.known_warnings", "run", "actions", "--port", str(port),
            "--actions", "actions"]  # fmt: skip


def free_port() -> int:
    """A TCP port on localhost nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@contextmanager
def running_stack(
    *,
    web: bool = False,
    tracker_store: str | None = None,
    endpoints_extra: str = "",
    replicas: int = 1,
    env: dict[str, str] | None = None,
    api: bool = True,
) -> Iterator[Stack]:
    """Action server, Rasa server(s) and (with ``web``) the chat page on spare ports.

    ``tracker_store`` is a SQLite file for conversations (without it and without
    ``endpoints_extra`` they live in memory); ``endpoints_extra`` is YAML added to
    endpoints.yml (a PostgreSQL tracker store, a Redis lock store); ``replicas``
    Rasa servers share it, their URLs in ``Stack.rasa_urls``; ``api`` turns on
    Rasa's HTTP API with a fresh JWT secret (``Stack.api_headers``).
    """
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    replica_ports = [rasa_port] + [free_port() for _ in range(replicas - 1)]
    LOGS.mkdir(parents=True, exist_ok=True)
    endpoints = LOGS / f"endpoints-{rasa_port}.yml"
    text = f'action_endpoint:\n  url: "http://127.0.0.1:{action_port}/webhook"\n' + NLG_ENDPOINT
    if tracker_store:
        text += (
            "tracker_store:\n  type: connectors.privacy.MaskingSQLTrackerStore\n"
            f'  dialect: sqlite\n  db: "{tracker_store}"\n'
        )
    endpoints.write_text(text + endpoints_extra)
    jwt_secret = secrets.token_hex(32)
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        **RASA_RUNTIME_ENV,
        **LOCAL_ENV,
        "SANIC_HOST": "127.0.0.1",  # the action server's interface (rasa-sdk reads it)
        "WEB_PORT": str(web_port),  # the page's origin, the only one CORS allows
        "RASA_ENABLE_API": "1" if api else "0",
        "RASA_JWT_SECRET": jwt_secret,
        "SOZIALE_STADT_WARM_UP": "1",  # ready before its port opens (actions/warm_up.py)
        **(env or {}),
    }
    commands = {
        "actions": action_server_command(action_port),
    }
    for number, port in enumerate(replica_ports, 1):
        commands["rasa" if number == 1 else f"rasa-{number}"] = [
            sys.executable, "-m", "scripts.rasa_server", "run", "--port", str(port),
            "--model", str(MODEL), "--endpoints", str(endpoints),
            "--credentials", str(ROOT / "credentials.yml")]  # fmt: skip
    if web:
        commands["web"] = [sys.executable, str(ROOT / "scripts" / "serve_web.py"),
                           "--host", "127.0.0.1", "--port", str(web_port)]  # fmt: skip
        environment["RASA_SOCKET_URL"] = f"http://localhost:{rasa_port}"
    stack = Stack(
        rasa_urls=[f"http://localhost:{port}" for port in replica_ports],
        rasa_url=f"http://localhost:{rasa_port}",
        action_url=f"http://localhost:{action_port}",
        web_url=f"http://localhost:{web_port}" if web else None,
        commands=commands,
        env=environment,
        procs={},
        api_headers={"Authorization": f"Bearer {api_token(jwt_secret)}"} if api else {},
    )
    try:
        for name in commands:
            stack.launch(name)
        for name in commands:
            wait_until_up(stack.health_url(name), stack.procs)
        yield stack
    finally:
        for name in list(stack.procs):
            stack.stop(name)


def api_token(secret: str) -> str:
    """A JWT for Rasa's HTTP API with the admin role (what the tools and tests need)."""
    return jwt.encode({"user": {"username": "stack", "role": "admin"}}, secret, "HS256")


def wait_for_urls(urls: list[str], pids: list[int], timeout: float = START_TIMEOUT_S) -> str | None:
    """Poll until every URL answers 200; the reason (German) when that cannot happen."""
    deadline = time.monotonic() + timeout
    waiting = list(urls)
    while waiting:
        dead = [pid for pid in pids if not _alive(pid)]
        if dead:
            return f"Prozess {', '.join(map(str, dead))} hat sich beendet (siehe oben)."
        if time.monotonic() > deadline:
            return f"{', '.join(waiting)} antwortet nicht nach {timeout:.0f} s."
        waiting = [url for url in waiting if not _answers(url)]
        if waiting:
            time.sleep(0.5)
    return None


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie, ended but not yet reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).ok
    except requests.RequestException:
        return False


def main(argv: list[str]) -> int:
    """``wait [--pid PID ...] URL ...`` (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m scripts.stack")
    parser.add_argument("command", choices=["wait"])
    parser.add_argument("--pid", type=int, action="append", default=[])
    parser.add_argument("--timeout", type=float, default=START_TIMEOUT_S)
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args(argv)
    problem = wait_for_urls(args.urls, args.pid, args.timeout)
    if problem:
        print(f"Start fehlgeschlagen: {problem}", file=sys.stderr)
        return 1
    return 0


def wait_until_up(
    url: str, procs: dict[str, subprocess.Popen[bytes]], timeout: float = START_TIMEOUT_S
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
