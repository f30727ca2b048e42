"""`make run` (scripts/run.sh) as an attacker on the network and as staff see it.

Starts the real script on spare ports: nothing may listen beyond loopback, the
HTTP API is not there, CORS and socket.io accept only the page's origin, an
API without a JWT secret is refused, and `make shell` works while it runs.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import socketio

from scripts.stack import MODEL, ROOT, free_port, wait_until_up
from tests.security.listeners import is_loopback, listening

EVIL = "https://evil.example"
SHELL_READY = b"Bot loaded"


@dataclass
class Running:
    proc: subprocess.Popen
    env: dict[str, str]
    rasa: str
    page: str


def _stop(proc: subprocess.Popen) -> None:
    """Stop the script and everything it started (its own process group)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def make_run() -> Iterator[Running]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    ports = {name: str(free_port()) for name in ("RASA_PORT", "ACTION_PORT", "WEB_PORT")}
    env = {**os.environ, "PYTHONPATH": str(ROOT), **ports}
    for name in ("RASA_ENABLE_API", "RASA_JWT_SECRET", "CORS_ORIGIN", "TELEGRAM_TOKEN"):
        env.pop(name, None)
    log = open(ROOT / "var" / "stack" / f"make-run-{ports['RASA_PORT']}.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(["scripts/run.sh"], cwd=ROOT, env=env, stdout=log, stderr=log,
                            start_new_session=True)  # fmt: skip
    running = Running(proc, env, f"http://127.0.0.1:{ports['RASA_PORT']}",
                      f"http://localhost:{ports['WEB_PORT']}")  # fmt: skip
    try:
        wait_until_up(f"{running.rasa}/", {"run.sh": proc})
        wait_until_up(f"http://127.0.0.1:{ports['ACTION_PORT']}/health", {"run.sh": proc})
        yield running
    finally:
        _stop(proc)
        log.close()


def test_nothing_listens_beyond_loopback(make_run: Running) -> None:
    addresses = listening(make_run.proc.pid)
    ports = {address.rsplit(":", 1)[1] for address in addresses}
    assert {make_run.env[n] for n in ("RASA_PORT", "ACTION_PORT", "WEB_PORT")} <= ports
    assert all(is_loopback(address) for address in addresses), addresses


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/status"), ("GET", "/domain"), ("GET", "/conversations/someone/tracker"),
     ("POST", "/model/parse"), ("PUT", "/model"), ("DELETE", "/model"), ("POST", "/model/train"),
     ("POST", "/conversations/someone/messages")],
)  # fmt: skip
def test_the_http_api_is_not_there(make_run: Running, method: str, path: str) -> None:
    reply = requests.request(method, f"{make_run.rasa}{path}", json={"text": "x"}, timeout=30)
    assert reply.status_code in (404, 405), (path, reply.status_code)


def test_cors_answers_only_the_chat_page(make_run: Running) -> None:
    evil = requests.get(f"{make_run.rasa}/", headers={"Origin": EVIL}, timeout=30)
    page = requests.get(f"{make_run.rasa}/", headers={"Origin": make_run.page}, timeout=30)
    assert evil.headers.get("Access-Control-Allow-Origin") in (None, "")
    assert page.headers.get("Access-Control-Allow-Origin") == make_run.page


def test_socketio_refuses_another_origin_and_accepts_the_page(make_run: Running) -> None:
    client = socketio.Client(reconnection=False)
    with pytest.raises(socketio.exceptions.ConnectionError):
        client.connect(make_run.rasa, transports=["polling"], headers={"Origin": EVIL})
    client = socketio.Client(reconnection=False)
    client.connect(make_run.rasa, transports=["polling"], headers={"Origin": make_run.page})
    client.disconnect()


def test_the_api_is_refused_without_a_jwt_secret() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RASA_ENABLE_API": "1",
           "RASA_PORT": str(free_port()), "ACTION_PORT": str(free_port()),
           "WEB_PORT": str(free_port())}  # fmt: skip
    for secret in (None, "short"):
        if secret:
            env["RASA_JWT_SECRET"] = secret
        started = subprocess.run(["scripts/run.sh"], cwd=ROOT, env=env, capture_output=True,
                                 timeout=120, start_new_session=True)  # fmt: skip
        assert started.returncode == 2
        assert b"RASA_JWT_SECRET" in started.stderr


def test_make_shell_works_while_make_run_runs(make_run: Running) -> None:
    primary, secondary = pty.openpty()
    shell = subprocess.Popen(["scripts/run.sh", "shell"], cwd=ROOT, env=make_run.env,
                             stdin=secondary, stdout=secondary, stderr=secondary,
                             start_new_session=True)  # fmt: skip
    os.close(secondary)
    try:
        output = _read_until(primary, SHELL_READY, shell)
        assert SHELL_READY in output, output[-2000:]
        time.sleep(2)
        assert shell.poll() is None
        shell_ports = {a.rsplit(":", 1)[1] for a in listening(shell.pid)}
        run_ports = {a.rsplit(":", 1)[1] for a in listening(make_run.proc.pid)}
        assert len(shell_ports) >= 2 and not shell_ports & run_ports, (shell_ports, run_ports)
        assert all(is_loopback(address) for address in listening(shell.pid))
        assert requests.get(f"{make_run.rasa}/", timeout=30).ok  # make run still serves
    finally:
        _stop(shell)
        os.close(primary)


def _read_until(fd: int, marker: bytes, proc: subprocess.Popen, timeout: float = 300) -> bytes:
    """Read a pty until the marker appears, the process ends or the time is up."""
    output = b""
    deadline = time.monotonic() + timeout
    while marker not in output and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                output += os.read(fd, 65536)
            except OSError:
                break
        elif proc.poll() is not None:
            break
    return output
