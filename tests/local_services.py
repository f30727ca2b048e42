"""Private PostgreSQL and Redis servers on spare localhost ports, for the fault tests.

Each test module that stops and starts its databases gets its own servers
(a fresh ``initdb`` cluster, a Redis with a password), so no other test or
session sharing the machine's PostgreSQL and Redis is disturbed. Debian's
``postgresql`` and ``redis-server`` packages (``scripts/ensure_services.sh``)
provide the binaries; without them the tests skip with the reason.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scripts.stack import free_port

ROOT = Path(__file__).resolve().parent.parent
INIT_ROLES = ROOT / "deploy" / "postgres" / "init-roles.sh"
ROLES_SQL = ROOT / "deploy" / "postgres" / "roles.sql"
DATABASE = "soziale_stadt"
ROLES = ("kb_writer", "kb_reader", "rasa_tracker")


def _postgres_bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_postgres_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: root runs it as the ``postgres`` user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@dataclass
class LocalPostgres:
    """A PostgreSQL cluster of its own; ``stop``/``start`` for outages."""

    bindir: Path
    home: Path
    port: int = field(default_factory=free_port)
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        return self.home / "data"

    def _pg_ctl(self, *args: str) -> None:
        command = [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60", *args]
        subprocess.run(_as_postgres_user(command), check=True, capture_output=True, text=True)

    def start(self) -> None:
        """Start (again), listening on 127.0.0.1 and a socket in its own folder."""
        options = f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-l", str(self.home / "server.log"), "-o", options, "start")

    def stop(self) -> None:
        """Stop at once (fast shutdown: open connections are cut)."""
        self._pg_ctl("-m", "fast", "stop")

    def superuser_env(self) -> dict[str, str]:
        """Environment for psql as the superuser over the local socket."""
        return {
            **os.environ,
            "PGHOST": str(self.home),
            "PGPORT": str(self.port),
            "POSTGRES_USER": "postgres",
            "POSTGRES_DB": DATABASE,
        }

    def psql(self, sql: str) -> str:
        """Run SQL as the superuser; returns the unaligned output."""
        done = subprocess.run(
            _as_postgres_user(["psql", "-X", "-qAt", "-d", DATABASE, "-c", sql]),
            env=self.superuser_env(),
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout.strip()

    def create_roles(self) -> None:
        """Run deploy/postgres/init-roles.sh as the postgres image would."""
        self.passwords = {role: secrets.token_hex(12) for role in ROLES}
        env = {
            **self.superuser_env(),
            "ROLES_SQL": str(self.home / "roles.sql"),
            **{f"{role.upper()}_PASSWORD": pw for role, pw in self.passwords.items()},
        }
        shutil.copy(ROLES_SQL, self.home / "roles.sql")
        subprocess.run(
            _as_postgres_user(["sh", str(INIT_ROLES)]),
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )

    def url(self, role: str) -> str:
        """SQLAlchemy URL of one role (password authentication over TCP)."""
        return f"postgresql://{role}:{self.passwords[role]}@127.0.0.1:{self.port}/{DATABASE}"


@contextmanager
def local_postgres() -> Iterator[LocalPostgres]:
    """A new cluster with the project's database and roles; removed afterwards."""
    bindir = _postgres_bindir()
    if bindir is None or (os.geteuid() == 0 and not shutil.which("runuser")):
        pytest.skip("PostgreSQL server binaries missing (apt-get install postgresql)")
    home = Path(tempfile.mkdtemp(prefix="soziale-stadt-pg-"))
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
    server = LocalPostgres(bindir, home)
    init = [
        str(bindir / "initdb"),
        "-D",
        str(server.data),
        "-U",
        "postgres",
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "-E",
        "UTF8",
        "--no-sync",
    ]
    try:
        subprocess.run(_as_postgres_user(init), check=True, capture_output=True, text=True)
        server.start()
        subprocess.run(
            _as_postgres_user(["createdb", DATABASE]),
            env=server.superuser_env(),
            check=True,
            capture_output=True,
        )
        server.create_roles()
        yield server
    finally:
        with suppress(subprocess.CalledProcessError, FileNotFoundError):
            server.stop()
        shutil.rmtree(home, ignore_errors=True)


@dataclass
class LocalRedis:
    """A Redis of its own with a password; ``stop``/``start`` for outages."""

    port: int = field(default_factory=free_port)
    password: str = field(default_factory=lambda: secrets.token_hex(12))
    proc: subprocess.Popen | None = None

    def start(self) -> None:
        """Start (again) without persistence, and wait until it answers."""
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--requirepass",
                self.password,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            ping = subprocess.run(
                ["redis-cli", "-p", str(self.port), "ping"],
                capture_output=True,
                text=True,
                env={**os.environ, "REDISCLI_AUTH": self.password},
            )
            if ping.stdout.strip() == "PONG":
                return
            time.sleep(0.1)
        raise RuntimeError("Redis did not start")

    def stop(self) -> None:
        """Stop it and wait until it is gone."""
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.proc = None


@contextmanager
def local_redis() -> Iterator[LocalRedis]:
    """A running Redis with a password on a spare port; stopped afterwards."""
    if not (shutil.which("redis-server") and shutil.which("redis-cli")):
        pytest.skip("redis-server missing (apt-get install redis-server)")
    server = LocalRedis()
    server.start()
    try:
        yield server
    finally:
        server.stop()
