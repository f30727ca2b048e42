"""Two Rasa servers behind one conversation: PostgreSQL tracker store + knowledge base, Redis locks.

The turns of one conversation go alternately to each server; follow-ups must
still work and no turn may be lost. Needs PostgreSQL and Redis on localhost
(``make test`` installs and starts them where it can); skipped otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import redis
import requests
from sqlalchemy.engine import make_url

from knowledge import KnowledgeBase
from knowledge.parse import parse_file
from knowledge.store import build, create_db_engine
from scripts.stack import MODEL, Stack, running_stack

pytestmark = pytest.mark.replicas


def _services() -> tuple[str, str]:
    database, redis_url = os.environ.get("TEST_DATABASE_URL"), os.environ.get("TEST_REDIS_URL")
    if not (database and database.startswith("postgres") and redis_url):
        pytest.skip("PostgreSQL and Redis needed: set TEST_DATABASE_URL and TEST_REDIS_URL "
                    "(make test starts both where apt-get works)")  # fmt: skip
    try:
        redis.Redis.from_url(redis_url).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis at {redis_url} does not answer: {error}")
    return database, redis_url


def _endpoints(database: str, redis_url: str) -> str:
    db, cache = make_url(database), redis.connection.parse_url(redis_url)
    return (
        "tracker_store:\n  type: connectors.privacy.MaskingSQLTrackerStore\n  dialect: postgresql\n"
        f"  url: {db.host}\n  port: {db.port or 5432}\n  db: {db.database}\n"
        f"  username: {db.username}\n  password: {db.password}\n"
        "lock_store:\n  type: redis\n"
        f"  url: {cache.get('host', '127.0.0.1')}\n  port: {cache.get('port', 6379)}\n"
        f"  db: {cache.get('db', 0)}\n"
    )


@pytest.fixture(scope="module")
def replicas() -> Iterator[tuple[Stack, KnowledgeBase]]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    database, redis_url = _services()
    engine = create_db_engine(database)
    build(engine, parse_file(), force=True)
    env = {"DATABASE_URL": database}
    with running_stack(
        endpoints_extra=_endpoints(database, redis_url), replicas=2, env=env
    ) as stack:
        yield stack, KnowledgeBase(engine)


def _say(stack: Stack, server: int, sender: str, text: str) -> str:
    reply = requests.post(f"{stack.rasa_urls[server]}/webhooks/rest/webhook",
                          json={"sender": sender, "message": text}, timeout=60)  # fmt: skip
    assert reply.status_code == 200, reply.text
    return "\n".join(m.get("text", "") for m in reply.json())


def test_follow_ups_work_across_two_servers(replicas: tuple[Stack, KnowledgeBase]) -> None:
    stack, kb = replicas
    first, second = kb.districts()[0], kb.districts()[-1]
    sender = f"replica-{uuid.uuid4().hex[:8]}"
    assert first.contact.name in _say(stack, 0, sender, f"wer ist in {first.name} zuständig")
    assert first.contact.phone in _say(stack, 1, sender, "und die telefonnummer?")
    assert second.contact.name in _say(stack, 0, sender, f"und in {second.name}?")
    assert second.contact.email in _say(stack, 1, sender, "und die mail?")


def test_no_turn_is_lost(replicas: tuple[Stack, KnowledgeBase]) -> None:
    stack, _ = replicas
    sender = f"replica-{uuid.uuid4().hex[:8]}"
    turns = [f"hallo {n}" for n in range(8)]
    for number, text in enumerate(turns):
        _say(stack, number % 2, sender, text)
    for url in stack.rasa_urls:
        tracker = requests.get(
            f"{url}/conversations/{sender}/tracker", headers=stack.api_headers, timeout=30
        ).json()
        assert [e["text"] for e in tracker["events"] if e["event"] == "user"] == turns
