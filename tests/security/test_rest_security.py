"""The REST channel as an attacker tries it: malformed bodies, methods, floods."""

from __future__ import annotations

import pytest
import requests

from tests.security.conftest import Bot, said

REST = "/webhooks/rest/webhook"


def _nested(opening: bytes) -> bytes:
    return b'{"sender": "deep-1", "message": "hallo", "metadata": ' + opening * 5000 + b"}"


@pytest.mark.parametrize(
    "body",
    [b"[" * 5000, b"{" * 5000, b'{"a":' * 5000, b"[" * 5000 + b"]" * 5000, _nested(b"["),
     _nested(b'{"a":'), b'{"sender": "deep-2", "message": ' + b"[" * 5000 + b"}"],
)  # fmt: skip
def test_deeply_nested_json_gets_a_400(bot: Bot, body: bytes) -> None:
    reply = requests.post(f"{bot.url}{REST}", data=body, timeout=60,
                          headers={"Content-Type": "application/json"})  # fmt: skip
    assert reply.status_code == 400 and reply.json()["error"]


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"\xff\xfe\x00\x00", 400), (b'{"sender": "s", "message": "\xe4"}', 400),
     (b'{"sender": "s", "message": "' + b"y" * 2_000_000 + b'"}', 413)],
)  # fmt: skip
def test_undecodable_and_huge_bodies_get_a_4xx(bot: Bot, body: bytes, status: int) -> None:
    reply = requests.post(f"{bot.url}{REST}", data=body, timeout=60,
                          headers={"Content-Type": "application/json"})  # fmt: skip
    assert reply.status_code == status


@pytest.mark.parametrize("kind", ["text/plain", "application/xml", "", "application/jsonx"])
def test_other_content_types_get_415(bot: Bot, kind: str) -> None:
    reply = requests.post(f"{bot.url}{REST}", data=b'{"sender": "ct-1", "message": "hallo"}',
                          headers={"Content-Type": kind}, timeout=30)  # fmt: skip
    assert reply.status_code == 415


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_other_methods_get_405(bot: Bot, method: str) -> None:
    reply = requests.request(method, f"{bot.url}{REST}", json={"sender": "m", "message": "x"},
                             timeout=30)  # fmt: skip
    assert reply.status_code == 405


def test_oversized_metadata_is_refused(bot: Bot) -> None:
    body = {"sender": "meta-1", "message": "hallo", "metadata": {str(n): n for n in range(500)}}
    assert requests.post(f"{bot.url}{REST}", json=body, timeout=30).status_code == 400


def test_a_flood_from_one_sender_gets_429_with_retry_after(bot: Bot) -> None:
    replies = [requests.post(f"{bot.url}{REST}", json={"sender": "flood-1", "message": "/greet"},
                             timeout=60) for _ in range(25)]  # fmt: skip
    statuses = [reply.status_code for reply in replies]
    assert statuses[:10] == [200] * 10
    limited = [reply for reply in replies if reply.status_code == 429]
    assert limited, statuses
    assert int(limited[0].headers["Retry-After"]) >= 1
    assert limited[0].json()["error"] == said("utter_too_many_messages")


def test_another_sender_is_not_slowed_by_a_flood(bot: Bot) -> None:
    for _ in range(15):
        requests.post(f"{bot.url}{REST}", json={"sender": "flood-2", "message": "/greet"},
                      timeout=60)  # fmt: skip
    reply = requests.post(f"{bot.url}{REST}", json={"sender": "calm-1", "message": "/greet"},
                          timeout=60)  # fmt: skip
    assert reply.status_code == 200 and reply.json()


def test_metadata_is_not_stored(bot: Bot) -> None:
    body = {"sender": "meta-2", "message": "hallo", "metadata": {"ip": "203.0.113.7"}}
    assert requests.post(f"{bot.url}{REST}", json=body, timeout=30).status_code == 200
    tracker = requests.get(f"{bot.url}/conversations/meta-2/tracker",
                           headers=bot.stack.api_headers, timeout=30).json()  # fmt: skip
    assert "203.0.113.7" not in str(tracker["events"])


@pytest.mark.parametrize("sender", ["1001", "-1001234567890", "0", "0123456789abcdef" * 2])
def test_other_channels_conversations_cannot_be_chosen_as_sender(bot: Bot, sender: str) -> None:
    reply = requests.post(f"{bot.url}{REST}", json={"sender": sender, "message": "hallo"},
                          timeout=30)  # fmt: skip
    assert reply.status_code == 400 and "sender" in reply.json()["error"]
