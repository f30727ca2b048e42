"""Rasa's ``jwt_key`` option of the socket.io channel still holds behind our override."""

from __future__ import annotations

import asyncio
from typing import Any

import jwt
import pytest

from connectors.socketio import GuardedSocketIOInput

KEY = "a-test-key-of-thirty-two-bytes!"
PAGE = {"HTTP_ORIGIN": "http://localhost:8080", "HTTP_HOST": "localhost:5005"}


async def _ignore(message: Any) -> None:
    return None


def _connect(credentials: dict[str, Any], auth: Any) -> bool:
    channel = GuardedSocketIOInput.from_credentials(credentials)
    channel.blueprint(_ignore)
    handler = channel.sio.handlers["/"]["connect"]
    return bool(asyncio.run(handler("sid", dict(PAGE), auth)))


@pytest.fixture(autouse=True)
def _page_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEB_PORT", "8080")
    monkeypatch.delenv("CORS_ORIGIN", raising=False)


def test_with_a_jwt_key_only_a_valid_token_connects() -> None:
    credentials = {"jwt_key": KEY, "jwt_method": "HS256"}
    assert _connect(credentials, {"token": jwt.encode({"user": "x"}, KEY, algorithm="HS256")})
    assert not _connect(credentials, None)
    assert not _connect(credentials, {"token": "not-a-token"})
    forged = jwt.encode({"user": "x"}, "another-key-of-thirty-two-bytes!", "HS256")
    assert not _connect(credentials, {"token": forged})


def test_without_a_jwt_key_the_page_connects_without_a_token() -> None:
    assert _connect({}, None)
