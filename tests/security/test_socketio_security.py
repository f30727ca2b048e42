"""The widget's socket.io channel as an attacker tries it (contract: ../notes/CONTRACTS.md)."""

from __future__ import annotations

import json
import queue
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import requests
import socketio

from tests.security.conftest import Bot, said

WAIT_S = 30


class Widget:
    """A socket.io client as the widget uses it (polling transport is enough here)."""

    def __init__(self, url: str, origin: str | None, wait_s: float = WAIT_S) -> None:
        self.client = socketio.Client(reconnection=False)
        self.confirmed: queue.Queue[str] = queue.Queue()
        self.answers: queue.Queue[dict] = queue.Queue()
        self.client.on("session_confirm", self.confirmed.put)
        self.client.on("bot_uttered", self.answers.put)
        headers = {"Origin": origin} if origin else {}
        self.client.connect(url, transports=["polling"], headers=headers, wait_timeout=wait_s)

    def session(self, requested: object) -> str:
        """Ask for a session id; the one the server confirmed."""
        self.client.emit("session_request", {"session_id": requested})
        return self.confirmed.get(timeout=WAIT_S)

    def say(self, text: str, session_id: str, **extra: object) -> None:
        self.client.emit("user_uttered", {"message": text, "session_id": session_id, **extra})

    def replies(self, timeout: float = WAIT_S, at_least: int = 1) -> list[str]:
        """Texts of the answers received within the time (stops early after ``at_least``)."""
        texts: list[str] = []
        try:
            while len(texts) < at_least:
                texts.append(self.answers.get(timeout=timeout).get("text", ""))
            while True:
                texts.append(self.answers.get(timeout=1.5).get("text", ""))
        except queue.Empty:
            return texts


@pytest.fixture
def page(bot: Bot) -> str:
    return f"http://localhost:{bot.stack.env['WEB_PORT']}"


@contextmanager
def widget(bot: Bot, origin: str | None) -> Iterator[Widget]:
    client = Widget(bot.url, origin)
    try:
        yield client
    finally:
        client.client.disconnect()


def _stored_texts(bot: Bot, session_id: str) -> str:
    reply = requests.get(f"{bot.url}/conversations/{session_id}/tracker",
                         headers=bot.stack.api_headers, timeout=30)  # fmt: skip
    return json.dumps(reply.json()["events"], ensure_ascii=False)


def test_a_page_of_another_origin_cannot_connect(bot: Bot) -> None:
    with pytest.raises(socketio.exceptions.ConnectionError):
        Widget(bot.url, "https://evil.example", wait_s=3)


def test_a_well_formed_session_id_is_confirmed(bot: Bot, page: str) -> None:
    wanted = uuid.uuid4().hex
    with widget(bot, page) as client:
        assert client.session(wanted) == wanted


@pytest.mark.parametrize(
    "requested",
    [None, "", "abc", "A" * 32, uuid.uuid4().hex + "0", uuid.uuid4().hex[:31], "1001",
     "telegram-1001", "../" * 12, 12345, ["x"], {"a": 1}, "g" * 32],
)  # fmt: skip
def test_a_malformed_session_id_gets_a_new_one(bot: Bot, page: str, requested: object) -> None:
    with widget(bot, page) as client:
        granted = client.session(requested)
    assert granted != requested and len(granted) == 32
    assert all(ch in "0123456789abcdef" for ch in granted)


def test_another_live_connection_cannot_take_over_a_session(bot: Bot, page: str) -> None:
    victim_id = uuid.uuid4().hex
    with widget(bot, page) as victim, widget(bot, page) as attacker:
        assert victim.session(victim_id) == victim_id
        assert attacker.session(victim_id) != victim_id
        attacker.say("ich heiße Angreifer", victim_id)
        assert victim.replies(timeout=4) == []
    assert "Angreifer" not in _stored_texts(bot, victim_id)


def test_a_message_for_a_session_never_requested_is_dropped(bot: Bot, page: str) -> None:
    victim_id = uuid.uuid4().hex
    with widget(bot, page) as victim, widget(bot, page) as attacker:
        assert victim.session(victim_id) == victim_id
        own = attacker.session(uuid.uuid4().hex)
        attacker.say("hallo von nebenan", victim_id)
        assert attacker.replies(timeout=4) == [] and victim.replies(timeout=1) == []
        attacker.say("/greet", own)
        assert attacker.replies() == [said("utter_greet")]


def test_a_reload_of_the_tab_gets_its_conversation_back(bot: Bot, page: str) -> None:
    session_id = uuid.uuid4().hex
    with widget(bot, page) as tab:
        assert tab.session(session_id) == session_id
        tab.say("/greet", session_id)
        assert tab.replies() == [said("utter_greet")]
    with widget(bot, page) as reloaded:
        assert reloaded.session(session_id) == session_id
        reloaded.say("/goodbye", session_id)
        assert reloaded.replies()
    stored = _stored_texts(bot, session_id)
    assert "/greet" in stored and "/goodbye" in stored


def test_metadata_from_the_client_is_not_stored(bot: Bot, page: str) -> None:
    session_id = uuid.uuid4().hex
    with widget(bot, page) as client:
        client.session(session_id)
        client.say("/greet", session_id, metadata={"tracking": "meta-secret-4711" * 100})
        assert client.replies()
    assert "meta-secret-4711" not in _stored_texts(bot, session_id)


def test_a_flood_gets_one_polite_note(bot: Bot, page: str) -> None:
    session_id = uuid.uuid4().hex
    with widget(bot, page) as client:
        client.session(session_id)
        for number in range(30):  # engine.io takes at most 16 packets per polling request
            client.say("/greet", session_id)
            if number % 10 == 9:
                time.sleep(0.3)
        texts = client.replies(at_least=10)
    assert texts.count(said("utter_too_many_messages")) == 1
    assert texts.count(said("utter_greet")) < 25


def _raw_session(bot: Bot, page: str) -> tuple[requests.Session, str]:
    """An engine.io polling session with the socket.io namespace joined."""
    http = requests.Session()
    http.headers["Origin"] = page
    opened = http.get(f"{bot.url}/socket.io/?EIO=4&transport=polling", timeout=30)
    sid = json.loads(opened.text[1:])["sid"]
    url = f"{bot.url}/socket.io/?EIO=4&transport=polling&sid={sid}"
    http.post(url, data="40", timeout=30)
    http.get(url, timeout=30)
    return http, url


@pytest.mark.parametrize("depth", [b"[", b"{"])
def test_a_deeply_nested_packet_closes_the_connection_not_the_server(
    bot: Bot, page: str, depth: bytes
) -> None:
    http, url = _raw_session(bot, page)
    packet = '42["user_uttered",' + depth.decode() * 5000
    assert http.post(url, data=packet, timeout=30).status_code < 500
    assert http.get(url, timeout=30).status_code == 400  # the session is gone
    with widget(bot, page) as client:
        assert len(client.session(None)) == 32


def test_a_packet_over_the_buffer_is_refused(bot: Bot, page: str) -> None:
    http, url = _raw_session(bot, page)
    packet = '42["user_uttered",{"message":"' + "x" * 200_000 + '"}]'
    reply = http.post(url, data=packet, timeout=30)
    assert 400 <= reply.status_code < 500
