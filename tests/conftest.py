"""One knowledge base per backend, built from knowledge/source/ once per session.

SQLite always; PostgreSQL too when TEST_DATABASE_URL or DATABASE_URL is a
postgresql:// URL (the tests replace the kb_* tables of that database).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from knowledge.knowledge_base import KnowledgeBase
from knowledge.models import Base
from knowledge.parse import DEFAULT_SOURCE, parse_file
from knowledge.records import PageContent
from knowledge.store import build, create_db_engine

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# The tests serve the model this machine trained, offline pipeline included (model_check.py).
os.environ.setdefault("SOZIALE_STADT_ALLOW_OFFLINE_MODEL", "1")
# Actions built in a test answer with the test's knowledge base; the servers a test starts warm up.
os.environ["SOZIALE_STADT_WARM_UP"] = "0"


def postgres_url() -> str | None:
    """The PostgreSQL URL to test against, if one is configured."""
    for name in ("TEST_DATABASE_URL", "DATABASE_URL"):
        url = os.environ.get(name, "")
        if url.startswith(("postgresql", "postgres://")):
            return url
    return None


def fresh_engine(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """An empty knowledge-base database of the given backend."""
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("kb") / "knowledge.db"
        return create_db_engine(f"sqlite:///{path}")
    url = postgres_url()
    if url is None:
        pytest.skip(
            "PostgreSQL not tested: set TEST_DATABASE_URL (or DATABASE_URL) to a "
            "postgresql:// URL of a test database to run these tests against it."
        )
    engine = create_db_engine(url)
    Base.metadata.drop_all(engine)
    return engine


def checksum(engine: Engine) -> str:
    """A digest of every row of every knowledge-base table."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(text(f"SELECT * FROM {table.name} ORDER BY 1")).fetchall()
            values = [tuple(_plain(value) for value in row) for row in rows]
            digest.update(repr((table.name, values)).encode())
    return digest.hexdigest()


def _plain(value: object) -> object:
    """PostgreSQL returns binary columns as memoryview, whose repr is its address."""
    return bytes(value) if isinstance(value, memoryview) else value


@pytest.fixture(scope="session")
def page_text() -> str:
    """The raw text of the page copy."""
    return DEFAULT_SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def content() -> PageContent:
    """What the parser read from the page copy."""
    return parse_file()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           content: PageContent) -> Iterator[Engine]:  # fmt: skip
    """A knowledge base built from the page copy, on each backend."""
    engine = fresh_engine(request.param, tmp_path_factory)
    build(engine, content)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def kb(engine: Engine) -> KnowledgeBase:
    """The query API over the built knowledge base."""
    return KnowledgeBase(engine)


def _backends() -> str:
    if postgres_url():
        return "knowledge base backends: SQLite and PostgreSQL"
    return "knowledge base backends: SQLite only (set TEST_DATABASE_URL=postgresql://... for both)"


def pytest_report_header() -> str:
    """Say whether the PostgreSQL half of the knowledge tests runs (verbose runs)."""
    return _backends()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say it again at the end, where quiet runs show it too."""
    terminalreporter.write_line(_backends())
