"""The pieces without a server: limits, exposure settings, reading Telegram updates."""

from __future__ import annotations

import pytest

from connectors.exposure import (
    ExposureError,
    allowed_origins,
    origin_allowed,
    server_arguments,
)
from connectors.limits import SenderLimiter, retry_after_seconds
from connectors.socketio import SessionRegistry
from connectors.telegram_updates import PLACE_RESPONSE, TEXT_ONLY_RESPONSE, read_update

SESSION_A, SESSION_B = "a" * 32, "b" * 32


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_one_message_per_second() -> None:
    clock = Clock()
    limiter = SenderLimiter(burst=10, per_second=1.0, clock=clock)
    assert [limiter.wait_time("s") for _ in range(10)] == [0.0] * 10
    assert limiter.wait_time("s") == pytest.approx(1.0)
    assert limiter.wait_time("other") == 0.0
    clock.now = 1.0
    assert limiter.wait_time("s") == 0.0 and limiter.wait_time("s") > 0
    assert retry_after_seconds(0.2) == 1


def test_the_sender_is_told_once_per_flood() -> None:
    limiter = SenderLimiter(burst=1, per_second=1.0, clock=Clock())
    limiter.wait_time("s")
    limiter.wait_time("s")
    assert limiter.first_refusal("s") and not limiter.first_refusal("s")


def test_limits_come_from_the_environment_and_can_be_turned_off() -> None:
    assert SenderLimiter.from_env({}).burst == 10
    limiter = SenderLimiter.from_env({"CHAT_RATE_BURST": "3", "CHAT_RATE_PER_SECOND": "0.5"})
    assert (limiter.burst, limiter.per_second) == (3, 0.5)
    off = SenderLimiter.from_env({"CHAT_RATE_BURST": "0"})
    assert not off.enabled and all(off.wait_time("s") == 0 for _ in range(100))


def test_closed_by_default() -> None:
    arguments = server_arguments({"WEB_PORT": "8080"})
    assert arguments[:2] == ["--interface", "127.0.0.1"]
    assert "--enable-api" not in arguments and "*" not in arguments
    assert arguments[arguments.index("--cors") + 1 :] == ["http://localhost:8080",
                                                          "http://127.0.0.1:8080"]  # fmt: skip


@pytest.mark.parametrize("secret", [None, "", "x" * 31])
def test_the_api_needs_a_long_jwt_secret(secret: str | None) -> None:
    env = {"RASA_ENABLE_API": "1"} | ({"RASA_JWT_SECRET": secret} if secret is not None else {})
    with pytest.raises(ExposureError):
        server_arguments(env)


def test_the_api_with_a_secret_uses_jwt_not_a_token() -> None:
    arguments = server_arguments({"RASA_ENABLE_API": "1", "RASA_JWT_SECRET": "s" * 40})
    assert "--enable-api" in arguments and "--auth-token" not in arguments
    assert arguments[arguments.index("--jwt-secret") + 1] == "s" * 40
    assert arguments[arguments.index("--jwt-method") + 1] == "HS256"


def test_cors_origin_can_be_configured() -> None:
    assert allowed_origins({"CORS_ORIGIN": "https://www.dortmund.de/, https://a.example"}) == [
        "https://www.dortmund.de", "https://a.example"]  # fmt: skip


def test_a_session_id_belongs_to_one_live_connection() -> None:
    sessions = SessionRegistry()
    assert sessions.claim("tab-1", SESSION_A) == SESSION_A
    assert sessions.claim("tab-2", SESSION_A) is None
    assert sessions.claim("tab-1", SESSION_A) == SESSION_A
    assert sessions.claim("tab-1", SESSION_B) == SESSION_B  # A is free again
    assert sessions.claim("tab-2", SESSION_A) == SESSION_A
    sessions.release("tab-2")
    assert sessions.claim("tab-3", SESSION_A) == SESSION_A
    assert sessions.claim("tab-4", "A" * 32) is None and sessions.claim("tab-4", 5) is None


@pytest.mark.parametrize(
    ("text", "for_rasa"),
    [("/start", "/greet"), ("/start@soziale_bot", "/greet"), ("/START", "/greet"),
     ("/start hoerde", "/greet"), ("/hilfe", "/help"), ("/help", "/help"),
     ("/start@other_bot", "/start@other_bot"), ("Wer ist in Hörde zuständig?",
     "Wer ist in Hörde zuständig?"), ('/district_contact{"district":"Hörde"}',
     '/district_contact{"district":"Hörde"}')],
)  # fmt: skip
def test_commands_become_intents(text: str, for_rasa: str) -> None:
    message = {"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"}, "text": text}
    incoming = read_update({"update_id": 1, "message": message}, "soziale_bot")
    assert incoming is not None and incoming.text == for_rasa and incoming.chat_id == "7"


def test_update_kinds_without_text() -> None:
    chat = {"id": 7, "type": "private"}
    sticker = {"update_id": 1, "message": {"chat": chat, "sticker": {"file_id": "x"}}}
    location = {"latitude": 1.0, "longitude": 2.0}
    place = {"update_id": 2, "message": {"chat": chat, "location": location}}
    assert read_update(sticker).response == TEXT_ONLY_RESPONSE
    assert read_update(place).response == PLACE_RESPONSE
    assert read_update({"update_id": 3, "my_chat_member": {}}) is None
    assert read_update({"update_id": 4, "message": {"chat": {"id": "7"}, "text": "x"}}) is None
    assert read_update({"update_id": 5, "message": {"chat": {"id": True}, "text": "x"}}) is None


@pytest.mark.parametrize(
    ("origin", "host", "allowed"),
    [(None, "localhost:5005", True), ("http://localhost:8080", "127.0.0.1:5005", True),
     ("https://bot.example.org", "bot.example.org", True),
     ("https://evil.example", "bot.example.org", False),
     ("https://evil.example", "localhost:5005", False), ("null", "localhost:5005", False),
     ("http://[::1", "localhost:5005", False), ("https://bot.example.org.evil.example",
     "bot.example.org", False)],
)  # fmt: skip
def test_socketio_origins(origin: str | None, host: str, allowed: bool) -> None:
    page = ["http://localhost:8080", "http://127.0.0.1:8080"]
    assert origin_allowed(origin, host, page) is allowed
