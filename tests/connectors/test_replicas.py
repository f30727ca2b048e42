"""Two Rasa servers behind one conversation: PostgreSQL tracker store + knowledge base, Redis locks.

The turns of one conversation go alternately to each server; follow-ups must
still work and no turn may be lost. PostgreSQL and Redis are stopped in the
middle of a conversation: every turn still gets an answer (the polite message
over socket.io, 503 with Retry-After over REST), and once they are back the
conversation goes on where it was. The servers are private to this module
(``tests/local_services.py``: a fresh PostgreSQL cluster with the production
roles of ``deploy/postgres/``, a Redis with a password); skipped without
Debian's ``postgresql``/``redis-server`` (``make test`` installs them).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import sqlalchemy as sa
import yaml

from knowledge import KnowledgeBase
from knowledge.parse import parse_file
from knowledge.store import build, create_db_engine
from scripts.stack import MODEL, ROOT, Stack, running_stack
from tests.local_services import DATABASE, LocalPostgres, LocalRedis, local_postgres, local_redis
from tests.socketio_client import chat

pytestmark = pytest.mark.replicas
POLITE = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"][
    "utter_service_unavailable"
][0]["text"]


@dataclass
class Replicas:
    """The running servers and what the answers are checked against."""

    stack: Stack
    kb: KnowledgeBase
    postgres: LocalPostgres
    redis: LocalRedis


def _endpoints(postgres: LocalPostgres, redis: LocalRedis) -> str:
    return (
        "tracker_store:\n  type: connectors.privacy.MaskingSQLTrackerStore\n  dialect: postgresql\n"
        f"  url: 127.0.0.1\n  port: {postgres.port}\n  db: {DATABASE}\n"
        f"  username: rasa_tracker\n  password: {postgres.passwords['rasa_tracker']}\n"
        f"lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: {redis.port}\n  db: 1\n"
        f"  password: {redis.password}\n"
    )


@pytest.fixture(scope="module")
def replicas() -> Iterator[Replicas]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    with local_postgres() as postgres, local_redis() as redis:
        build(create_db_engine(postgres.url("kb_writer")), parse_file(), force=True)
        reader = create_db_engine(postgres.url("kb_reader"))  # what the action server may do
        env = {"DATABASE_URL": postgres.url("kb_reader")}
        with running_stack(
            endpoints_extra=_endpoints(postgres, redis), replicas=2, env=env
        ) as stack:
            yield Replicas(stack, KnowledgeBase(reader), postgres, redis)


def _post(replicas: Replicas, server: int, sender: str, text: str) -> requests.Response:
    return requests.post(f"{replicas.stack.rasa_urls[server]}/webhooks/rest/webhook",
                         json={"sender": sender, "message": text}, timeout=60)  # fmt: skip


def _say(replicas: Replicas, server: int, sender: str, text: str) -> str:
    reply = _post(replicas, server, sender, text)
    assert reply.status_code == 200, reply.text
    return "\n".join(m.get("text", "") for m in reply.json())


def test_follow_ups_work_across_two_servers(replicas: Replicas) -> None:
    first, second = replicas.kb.districts()[0], replicas.kb.districts()[-1]
    sender = f"replica-{uuid.uuid4().hex[:8]}"
    assert first.contact.name in _say(replicas, 0, sender, f"wer ist in {first.name} zuständig")
    assert first.contact.phone in _say(replicas, 1, sender, "und die telefonnummer?")
    assert second.contact.name in _say(replicas, 0, sender, f"und in {second.name}?")
    assert second.contact.email in _say(replicas, 1, sender, "und die mail?")


def _stored_user_turns(replicas: Replicas, sender: str) -> list[str]:
    engine = sa.create_engine(replicas.postgres.url("rasa_tracker"))
    query = sa.text(
        "SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' ORDER BY id"
    )
    with engine.connect() as connection:
        rows = connection.execute(query, {"s": sender}).scalars().all()
    engine.dispose()
    return [json.loads(row)["text"] for row in rows]


def test_no_turn_is_lost(replicas: Replicas) -> None:
    sender = f"replica-{uuid.uuid4().hex[:8]}"
    turns = [f"hallo {n}" for n in range(8)]
    for number, text in enumerate(turns):
        _say(replicas, number % 2, sender, text)
    assert _stored_user_turns(replicas, sender) == turns


def _refused_politely(replicas: Replicas, server: int, sender: str, text: str) -> None:
    reply = _post(replicas, server, sender, text)
    assert reply.status_code == 503, reply.text
    assert int(reply.headers["Retry-After"]) > 0
    assert [m.get("text") for m in reply.json()] == [POLITE]


def test_an_outage_of_postgresql_and_redis_answers_and_the_conversation_goes_on(
    replicas: Replicas,
) -> None:
    district = replicas.kb.districts()[0]
    sender = f"outage-{uuid.uuid4().hex[:8]}"
    ask = f"wer ist in {district.name} zuständig"
    assert district.contact.name in _say(replicas, 0, sender, ask)
    replicas.postgres.stop()
    try:
        for server in (1, 0):  # REST: 503 with the polite text, on both servers
            _refused_politely(replicas, server, sender, "und die telefonnummer?")
        assert chat(f"{replicas.stack.rasa_urls[1]}", "hallo") == [[POLITE]]  # socket.io
    finally:
        replicas.postgres.start()
    replicas.redis.stop()
    try:
        _refused_politely(replicas, 1, sender, "und die telefonnummer?")
        assert chat(f"{replicas.stack.rasa_urls[0]}", "hallo") == [[POLITE]]
    finally:
        replicas.redis.start()
    assert district.contact.phone in _say(replicas, 1, sender, "und die telefonnummer?")
    assert district.contact.email in _say(replicas, 0, sender, "und die mail?")
    assert _stored_user_turns(replicas, sender) == [ask, "und die telefonnummer?", "und die mail?"]
