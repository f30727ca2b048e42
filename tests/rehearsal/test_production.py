"""Production rehearsal without a container engine: the compose setup, on localhost.

Debian's nginx with ``deploy/nginx.conf`` (only its upstreams, listen address,
web root and log folder rewritten to this machine), the page files that
``Dockerfile.web`` copies, two Rasa processes with ``deploy/endpoints.yml`` as
compose runs them (no HTTP API), the action server as ``kb_reader``, a
PostgreSQL with the roles of ``deploy/postgres/`` and a Redis with a password.
Everything is checked through nginx, as a citizen or an attacker reaches it.

This machine has no ``de_core_news_sm``, so Rasa may serve the offline model
here (``SOZIALE_STADT_ALLOW_OFFLINE_MODEL=1``); tests/components checks the
refusal. Skipped, with the reason, when nginx, PostgreSQL or Redis cannot be
installed (``scripts/ensure_services.sh``) or no model is trained.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa
import yaml
from requests.adapters import HTTPAdapter

from components.model_check import ALLOW_OFFLINE_ENV
from knowledge import KnowledgeBase
from knowledge.parse import parse_file
from knowledge.store import build, create_db_engine
from scripts.stack import (
    LOGS,
    MODEL,
    RASA_RUNTIME_ENV,
    action_server_command,
    free_port,
    wait_until_up,
)
from tests.connectors.fake_telegram import BOT_NAME, FakeTelegram, fake_telegram
from tests.local_services import (
    DATABASE,
    LocalPostgres,
    LocalRedis,
    local_postgres,
    local_redis,
)
from tests.socketio_client import chat

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
TOKEN = "123456:REHEARSAL-token"
SECRET = secrets.token_hex(16)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
LOG_LINE = re.compile(r'^(\S+) \[[^]]+\] "(\S+) (\S+) [^"]+" (\d{3}) \d+ \S+ upstream=(\S+)$')

pytestmark = pytest.mark.rehearsal


@dataclass
class Production:
    """Where nginx answers, and what the checks need."""

    url: str
    port: int
    home: Path
    rasa_ports: list[int]
    kb: KnowledgeBase
    postgres: LocalPostgres
    redis: LocalRedis
    telegram: FakeTelegram
    started_s: float
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    def log_text(self, expected: str, wait_s: float = 5) -> str:
        """The access log once it holds ``expected`` (nginx logs after it answered)."""
        deadline = time.monotonic() + wait_s
        while True:
            text = (self.home / "logs" / "access.log").read_text()
            if expected in text or time.monotonic() > deadline:
                return text
            time.sleep(0.1)

    def access_log(self) -> list[tuple[str, ...]]:
        """(client network, method, path, status, upstream) of every logged request."""
        lines = (self.home / "logs" / "access.log").read_text().splitlines()
        return [m.groups() for m in map(LOG_LINE.match, lines) if m]


def _web_root(target: Path) -> Path:
    """The page files, copied as Dockerfile.web copies them into nginx's html folder."""
    html = "/usr/share/nginx/html"
    for line in (ROOT / "Dockerfile.web").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] != "COPY" or not parts[-1].startswith(html):
            continue
        from_widget = parts[1] == "--from=widget"
        sources = parts[2:-1] if from_widget else parts[1:-1]
        destination = target / parts[-1][len(html) :].lstrip("/")
        for source in sources:
            path = ROOT / ("web/" + source[len("/web/") :] if from_widget else source)
            copied = destination / path.name if parts[-1].endswith("/") else destination
            copied.parent.mkdir(parents=True, exist_ok=True)
            if path.is_dir():  # like Docker: a folder's contents go into the destination
                shutil.copytree(path, destination, dirs_exist_ok=True)
            elif path.exists():
                shutil.copy(path, copied)
    for folder in [target, *[p for p in target.rglob("*") if p.is_dir()]]:
        folder.chmod(0o755)  # nginx's workers run as nobody
    return target


def _nginx_config(home: Path, port: int, rasa_ports: list[int]) -> Path:
    """deploy/nginx.conf with this machine's addresses, inside a minimal main config."""
    site = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    replacements = {
        "listen 80;": f"listen 127.0.0.1:{port};",
        "root /usr/share/nginx/html;": f"root {home / 'html'};",
        "/var/log/soziale-stadt/": f"{home / 'logs'}/",
    }
    for number, rasa_port in enumerate(rasa_ports, 1):
        replacements[f"server rasa-{number}:5005"] = f"server 127.0.0.1:{rasa_port}"
    for old, new in replacements.items():
        assert old in site, f"deploy/nginx.conf no longer has {old!r}"
        site = site.replace(old, new)
    (home / "site.conf").write_text(site)
    temp = home / "temp"
    temp.mkdir()
    paths = " ".join(
        f"{kind}_temp_path {temp}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    main = home / "nginx.conf"
    main.write_text(
        f"worker_processes 1; pid {home}/nginx.pid; error_log {home}/logs/main-error.log;\n"
        f"events {{ worker_connections 256; }}\n"
        f"http {{ include /etc/nginx/mime.types; {paths} include {home}/site.conf; }}\n"
    )
    return main


def _endpoints(home: Path, action_port: int, pg_port: int, redis_port: int) -> Path:
    """deploy/endpoints.yml, its service names pointed at this machine."""
    text = (DEPLOY / "endpoints.yml").read_text(encoding="utf-8")
    replacements = {
        '"http://action-server:5055/webhook"': f'"http://127.0.0.1:{action_port}/webhook"',
        "url: postgres\n  port: 5432": f"url: 127.0.0.1\n  port: {pg_port}",
        "url: redis\n  port: 6379": f"url: 127.0.0.1\n  port: {redis_port}",
    }
    for old, new in replacements.items():
        assert text.count(old) == 1, f"deploy/endpoints.yml no longer has {old!r}"
        text = text.replace(old, new)
    path = home / "endpoints.yml"
    path.write_text(text)
    return path


def _launch(name: str, command: list, env: dict[str, str]) -> subprocess.Popen:
    log = open(LOGS / f"rehearsal-{name}.log", "w")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def _requirements() -> None:
    if not shutil.which("nginx"):
        pytest.skip("nginx is not installed (scripts/ensure_services.sh: apt-get install nginx)")
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")


@pytest.fixture(scope="module")
def production() -> Iterator[Production]:
    _requirements()
    began = time.monotonic()
    LOGS.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="soziale-stadt-rehearsal-"))
    home.chmod(0o755)  # nginx's workers (nobody) read the web root inside
    (home / "logs").mkdir()
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, home, True)
        postgres = stack.enter_context(local_postgres())
        redis = stack.enter_context(local_redis())
        telegram = stack.enter_context(fake_telegram())
        build(create_db_engine(postgres.url("kb_writer")), parse_file(), force=True)
        port, action_port = free_port(), free_port()
        rasa_ports = [free_port(), free_port()]
        venv = Path(sys.executable).parent
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            **RASA_RUNTIME_ENV,
            "POSTGRES_DB": DATABASE,
            "RASA_TRACKER_PASSWORD": postgres.passwords["rasa_tracker"],
            "REDIS_PASSWORD": redis.password,
            ALLOW_OFFLINE_ENV: "1",
            "TELEGRAM_TOKEN": TOKEN,
            "TELEGRAM_BOT_NAME": BOT_NAME,
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.invalid/webhooks/telegram/webhook",
            "TELEGRAM_SECRET_TOKEN": SECRET,
            "TELEGRAM_API_URL": telegram.url,
        }
        endpoints = _endpoints(home, action_port, postgres.port, redis.port)
        _web_root(home / "html")
        procs = {
            "actions": _launch(
                "actions",
                action_server_command(action_port),
                {**env, "SANIC_HOST": "127.0.0.1", "DATABASE_URL": postgres.url("kb_reader")},
            )
        }
        for number, rasa_port in enumerate(rasa_ports, 1):
            procs[f"rasa-{number}"] = _launch(
                f"rasa-{number}",
                [
                    venv / "rasa",
                    "run",
                    "-i",
                    "127.0.0.1",
                    "--port",
                    str(rasa_port),
                    "--model",
                    str(MODEL),
                    "--endpoints",
                    str(endpoints),
                    "--credentials",
                    str(ROOT / "credentials.yml"),
                ],
                env,
            )
        config = _nginx_config(home, port, rasa_ports)
        procs["nginx"] = _launch(
            "nginx", ["nginx", "-p", str(home), "-c", str(config), "-g", "daemon off;"], env
        )
        for proc in procs.values():
            stack.callback(_stop, proc)
        wait_until_up(f"http://127.0.0.1:{action_port}/health", procs)
        for rasa_port in rasa_ports:
            wait_until_up(f"http://127.0.0.1:{rasa_port}/", procs)
        wait_until_up(f"http://127.0.0.1:{port}/healthz", procs)
        production = Production(
            f"http://127.0.0.1:{port}",
            port,
            home,
            rasa_ports,
            KnowledgeBase(create_db_engine(postgres.url("kb_reader"))),
            postgres,
            redis,
            telegram,
            time.monotonic() - began,
            procs,
        )
        yield production
        _report(production, time.monotonic() - began)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def _report(production: Production, total_s: float) -> None:
    """The figures for the end of the run (tests/rehearsal/conftest.py prints them)."""
    (ROOT / "var").mkdir(exist_ok=True)
    (ROOT / "var" / "rehearsal-seconds").write_text(f"{production.started_s:.0f} {total_s:.0f}\n")


# --- helpers for requests from a chosen loopback address and with raw paths ----------


class _FromAddress(HTTPAdapter):
    """Requests from one local address: each 127.x.y.z is another client to nginx."""

    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]


def _client(address: str) -> requests.Session:
    session = requests.Session()
    session.mount("http://", _FromAddress(address))
    return session


def _raw(
    production: Production,
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> tuple[int, str]:
    """A request with the path exactly as written (no client-side normalisation)."""
    connection = http.client.HTTPConnection("127.0.0.1", production.port, timeout=30)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        answer = connection.getresponse()
        return answer.status, answer.read().decode(errors="replace")
    finally:
        connection.close()


# --- the page ---------------------------------------------------------------------------


def test_the_page_is_served_with_security_headers(production: Production) -> None:
    page = requests.get(f"{production.url}/", timeout=10)
    assert page.status_code == 200 and "<html" in page.text and "Hello from Rasa" not in page.text
    for header in (
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Referrer-Policy",
        "Permissions-Policy",
    ):
        assert page.headers.get(header), header
    privacy = requests.get(f"{production.url}/datenschutz.html", timeout=10)
    assert privacy.status_code == 200 and "90 Tage" in privacy.text


def test_the_page_assets_are_compressed(production: Production) -> None:
    assets = [p for p in (production.home / "html").rglob("*") if p.suffix in (".js", ".css")]
    largest = max(assets, key=lambda p: p.stat().st_size)
    path = largest.relative_to(production.home / "html").as_posix()
    answer = requests.get(
        f"{production.url}/{path}", headers={"Accept-Encoding": "gzip"}, timeout=10
    )
    assert answer.status_code == 200 and answer.headers.get("Content-Encoding") == "gzip"


# --- the chat ---------------------------------------------------------------------------


def test_the_chat_answers_over_socketio_through_nginx(production: Production) -> None:
    district = production.kb.districts()[0]
    for transports in (("websocket",), ("polling",)):
        replies = chat(
            production.url,
            f"wer ist in {district.name} zuständig",
            "und die telefonnummer?",
            transports=transports,
        )
        assert district.contact.name in "\n".join(replies[0]), transports
        assert district.contact.phone in "\n".join(replies[1]), transports


def _polling_session(session: requests.Session, url: str) -> list[tuple[int, str]]:
    """An engine.io polling handshake, the socket.io connect and a session request."""
    base = f"{url}/socket.io/?EIO=4&transport=polling"
    first = session.get(base, timeout=30)
    answers = [(first.status_code, first.text)]
    sid = json.loads(first.text[1:])["sid"]
    request = json.dumps(["session_request", {"session_id": secrets.token_hex(16)}])
    for method, body in [("POST", "40"), ("GET", None), ("POST", f"42{request}"), ("GET", None)]:
        answer = session.request(method, f"{base}&sid={sid}", data=body, timeout=30)
        answers.append((answer.status_code, answer.text))
    return answers


def test_routing_stays_sticky_per_client_across_both_replicas(production: Production) -> None:
    """Without stickiness a polling request reaches the other replica: 400 'Session ID unknown'."""
    clients = [f"127.0.{n}.2" for n in range(1, 17)]
    for address in clients:
        answers = _polling_session(_client(address), production.url)
        assert [status for status, _ in answers] == [200] * 5, (address, answers)
        assert "session_confirm" in answers[-1][1]
    upstreams: dict[str, set[str]] = {}
    production.log_text(f"{clients[-1].rsplit('.', 1)[0]}.0 ")
    for network, _, path, _, upstream in production.access_log():
        if (
            path.startswith("/socket.io/")
            and network.startswith("127.0.")
            and network != "127.0.0.0"
        ):
            upstreams.setdefault(network, set()).add(upstream)
    assert len(upstreams) == len(clients)
    assert all(len(used) == 1 for used in upstreams.values()), upstreams
    assert {u for used in upstreams.values() for u in used} == {
        f"127.0.0.1:{port}" for port in production.rasa_ports
    }


def test_the_rate_limit_answers_429_per_client(production: Production) -> None:
    hammer = _client("127.0.250.2")
    url = f"{production.url}/socket.io/?EIO=4&transport=polling&sid=unknown"
    statuses = [hammer.get(url, timeout=10).status_code for _ in range(80)]
    assert statuses[0] != 429 and statuses.count(429) >= 30, statuses
    assert _client("127.0.251.2").get(url, timeout=10).status_code != 429  # others still pass


# --- Telegram ----------------------------------------------------------------------------


def _update(text: str, chat_id: int) -> bytes:
    return json.dumps(
        {
            "update_id": chat_id,
            "message": {
                "message_id": 1,
                "date": 0,
                "text": text,
                "chat": {"id": chat_id, "type": "private"},
                "from": {"id": chat_id, "is_bot": False, "first_name": "Bürgerin"},
            },
        }
    ).encode()


def _sent_to(telegram: FakeTelegram, chat_id: int, wait_s: float) -> list[str]:
    deadline = time.monotonic() + wait_s
    while True:
        texts = [c["text"] for c in telegram.of("sendMessage") if c.get("chat_id") == str(chat_id)]
        if texts or time.monotonic() > deadline:
            return texts
        time.sleep(0.2)


FORGED_PATHS = [
    "/webhooks/telegram/webhook",
    "/webhooks/telegram/webhook/",
    "/webhooks/telegram/webhook//",
    "//webhooks/telegram/webhook",
    "/webhooks/telegram//webhook",
    "/webhooks/telegram/./webhook",
    "/webhooks/telegram/x/../webhook",
    "/webhooks/telegram/webhook?x=1",
    "/webhooks/telegram/webhook%2F",
    "/webhooks/telegram/%77ebhook",
    "/webhooks/Telegram/webhook",
]


def test_forged_telegram_updates_are_refused_on_every_spelling(production: Production) -> None:
    json_type = {"Content-Type": "application/json"}
    for number, path in enumerate(FORGED_PATHS, 1):
        for headers in (json_type, {**json_type, SECRET_HEADER: "wrong"}):
            status, body = _raw(production, "POST", path, _update("hallo", 9000 + number), headers)
            assert status in (403, 404), (path, status, body)
    for method in ("GET", "PUT", "DELETE"):
        assert _raw(production, method, "/webhooks/telegram/webhook")[0] in (403, 405)
    assert not any(_sent_to(production.telegram, 9000 + n, 0) for n in range(len(FORGED_PATHS)))


def test_webhook_registration_is_not_reachable(production: Production) -> None:
    for method in ("GET", "POST"):
        assert _raw(production, method, "/webhooks/telegram/set_webhook")[0] == 404
        assert _raw(production, method, "/webhooks/telegram/")[0] == 404


def test_a_genuine_telegram_update_is_answered(production: Production) -> None:
    district = production.kb.districts()[-1]
    headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
    update = _update(f"wer ist in {district.name} zuständig", 8801)
    assert _raw(production, "POST", "/webhooks/telegram/webhook", update, headers)[0] == 200
    assert district.contact.name in "\n".join(_sent_to(production.telegram, 8801, 60))


def test_a_redis_outage_is_answered_on_socketio_and_telegram(production: Production) -> None:
    polite = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"][
        "utter_service_unavailable"
    ][0]["text"]
    headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
    production.redis.stop()
    try:
        assert chat(production.url, "hallo") == [[polite]]
        update = _update("hallo", 8802)
        assert _raw(production, "POST", "/webhooks/telegram/webhook", update, headers)[0] == 200
        assert _sent_to(production.telegram, 8802, 30) == [polite]
    finally:
        production.redis.start()
    district = production.kb.districts()[0]
    replies = chat(production.url, f"wer ist in {district.name} zuständig")
    assert district.contact.name in "\n".join(replies[0])


# --- Rasa's own HTTP surface --------------------------------------------------------------


RASA_HTTP = [
    ("POST", "/webhooks/rest/webhook"),
    ("GET", "/webhooks/rest/"),
    ("GET", "/webhooks/socketio/"),
    ("GET", "/status"),
    ("GET", "/version"),
    ("GET", "/domain"),
    ("GET", "/model"),
    ("PUT", "/model"),
    ("DELETE", "/model"),
    ("POST", "/model/parse"),
    ("POST", "/model/train"),
    ("POST", "/model/test/intents"),
    ("GET", "/conversations/someone/tracker"),
    ("POST", "/conversations/someone/messages"),
    ("POST", "/conversations/someone/trigger_intent"),
    ("POST", "/"),
    ("GET", "/socket.io/../status"),
    ("GET", "/socket.io/..%2Fstatus"),
]


def test_rasa_rest_channel_and_http_api_cannot_be_reached(production: Production) -> None:
    body = json.dumps({"sender": "x", "message": "hallo", "text": "hallo"}).encode()
    for method, path in RASA_HTTP:
        status, text = _raw(production, method, path, body, {"Content-Type": "application/json"})
        assert status in (400, 403, 404, 405), (method, path, status)
        assert "rasa" not in text.lower() and "version" not in text.lower(), (method, path, text)


# --- PostgreSQL roles, retention, logs -------------------------------------------------------


def _can(url: str, sql: str) -> bool:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text(sql))
        return True
    except sa.exc.ProgrammingError:
        return False
    finally:
        engine.dispose()


def test_each_role_can_do_only_its_job(production: Production) -> None:
    pg = production.postgres
    chat(production.url, "hallo")  # Rasa has written the tracker tables
    assert _can(pg.url("kb_reader"), "SELECT count(*) FROM kb_projects")
    assert not _can(pg.url("kb_reader"), "DELETE FROM kb_links")
    assert not _can(pg.url("kb_reader"), "SELECT count(*) FROM events")
    assert not _can(pg.url("kb_reader"), "CREATE TABLE intruder (x int)")
    assert not _can(pg.url("kb_writer"), "SELECT count(*) FROM events")
    assert not _can(pg.url("rasa_tracker"), "SELECT count(*) FROM kb_projects")
    assert not _can(pg.url("rasa_tracker"), "DROP TABLE kb_links")
    assert _can(pg.url("rasa_tracker"), "SELECT count(*) FROM events")


def test_retention_deletes_old_conversations_and_keeps_newer_ones(production: Production) -> None:
    """As the compose service runs it: python -m insights retention, as rasa_tracker."""
    pg, now, day = production.postgres, time.time(), 86_400
    insert = sa.text(
        "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, :d)"
    )
    engine = sa.create_engine(pg.url("rasa_tracker"))
    with engine.begin() as connection:
        for sender, age in [("retention-old", 100), ("retention-new", 10)]:
            data = json.dumps({"event": "user", "text": "hallo", "timestamp": now - age * day})
            connection.execute(insert, {"s": sender, "t": now - age * day, "d": data})
    env = {**os.environ, "TRACKER_DB_URL": pg.url("rasa_tracker")}
    done = subprocess.run(
        [sys.executable, "-m", "insights", "retention", "--days", "90"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with engine.connect() as connection:
        left = connection.execute(
            sa.text("SELECT DISTINCT sender_id FROM events WHERE sender_id LIKE 'retention-%'")
        ).scalars()
        assert set(left) == {"retention-new"}
    engine.dispose()


def test_the_access_log_has_no_full_client_address_and_rotates(production: Production) -> None:
    _client("127.0.9.77").get(f"{production.url}/", timeout=10)
    log = production.home / "logs" / "access.log"
    text = production.log_text("127.0.9.0 ")
    assert "127.0.9.0 " in text and "127.0.9.77" not in text
    assert "sid=" not in text and "EIO=" not in text  # no query strings
    config = production.home / "logrotate.conf"
    rotation = (DEPLOY / "logrotate" / "soziale-stadt-nginx").read_text(encoding="utf-8")
    config.write_text(rotation.replace("/srv/soziale-stadt/var/log/nginx", str(log.parent)))
    if not shutil.which("logrotate"):
        pytest.skip("logrotate is not installed (apt-get install logrotate)")
    done = subprocess.run(
        ["logrotate", "-f", "-s", str(production.home / "state"), str(config)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "127.0.9.0 " in (log.parent / "access.log.1").read_text()
    _client("127.0.9.78").get(f"{production.url}/", timeout=10)
    assert production.log_text("127.0.9.0 ").lstrip("\0").startswith("127.0.9.0 ")  # still written


def test_the_rehearsal_is_production_shaped(production: Production) -> None:
    """The settings that production must share with the rehearsal."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    command = compose["x-rasa"].get("command") or ["run", "--port", "5005"]
    assert "--enable-api" not in command
    assert all(proc.poll() is None for proc in production.procs.values())
