"""Rasa's HTTP API as an attacker tries it: nothing without a valid JWT, CORS only for the page."""

from __future__ import annotations

import jwt
import pytest
import requests

from tests.security.conftest import Bot

READS = ["/status", "/domain", "/conversations/someone/tracker", "/conversations/someone/story",
         "/version/../status"]  # fmt: skip
WRITES = [("PUT", "/model"), ("DELETE", "/model"), ("POST", "/model/train"),
          ("POST", "/model/parse"), ("POST", "/conversations/someone/tracker/events"),
          ("PUT", "/conversations/someone/tracker/events"),
          ("POST", "/conversations/someone/messages"), ("POST", "/conversations/someone/execute"),
          ("POST", "/conversations/someone/trigger_intent")]  # fmt: skip
EVIL = "https://evil.example"


def _forged(secret: str, role: str = "admin", username: str = "x") -> dict[str, str]:
    token = jwt.encode({"user": {"username": username, "role": role}}, secret, "HS256")
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("path", READS)
def test_reads_without_credentials_are_refused(bot: Bot, path: str) -> None:
    assert requests.get(f"{bot.url}{path}", timeout=30).status_code in (401, 403, 404)


@pytest.mark.parametrize(("method", "path"), WRITES)
def test_writes_without_credentials_are_refused(bot: Bot, method: str, path: str) -> None:
    reply = requests.request(method, f"{bot.url}{path}", json={"text": "hallo"}, timeout=30)
    assert reply.status_code in (401, 403, 404, 405)


@pytest.mark.parametrize(
    "headers",
    [_forged("guessed-secret"), _forged("x" * 64, role="user"), {"Authorization": "Bearer x.y.z"},
     {"Authorization": "Basic YWRtaW46YWRtaW4="}, {"Authorization": "Bearer " + "ä" * 30}],
)  # fmt: skip
def test_forged_tokens_cannot_read_a_conversation(bot: Bot, headers: dict[str, str]) -> None:
    reply = requests.get(f"{bot.url}/conversations/someone/tracker", headers=headers, timeout=30)
    assert reply.status_code in (401, 403)


def test_the_token_query_parameter_is_no_way_in(bot: Bot) -> None:
    for token in ("", "null", "None", "undefined"):
        reply = requests.get(f"{bot.url}/status?token={token}", timeout=30)
        assert reply.status_code in (401, 403)


def test_an_unsigned_token_is_refused(bot: Bot) -> None:
    token = jwt.encode({"user": {"username": "x", "role": "admin"}}, None, "none")
    reply = requests.get(f"{bot.url}/status", headers={"Authorization": f"Bearer {token}"},
                         timeout=30)  # fmt: skip
    assert reply.status_code in (401, 403)


def test_a_user_token_reads_only_its_own_conversation(bot: Bot) -> None:
    secret = bot.stack.env["RASA_JWT_SECRET"]
    own = requests.get(f"{bot.url}/conversations/me/tracker", timeout=30,
                       headers=_forged(secret, role="user", username="me"))  # fmt: skip
    other = requests.get(f"{bot.url}/conversations/other/tracker", timeout=30,
                         headers=_forged(secret, role="user", username="me"))  # fmt: skip
    assert own.status_code == 200 and other.status_code == 403


def test_the_tools_token_works(bot: Bot) -> None:
    assert requests.get(f"{bot.url}/status", headers=bot.stack.api_headers, timeout=30).ok


def test_cors_preflight_from_another_origin_gets_no_permission(bot: Bot) -> None:
    headers = {"Origin": EVIL, "Access-Control-Request-Method": "POST",
               "Access-Control-Request-Headers": "content-type"}  # fmt: skip
    for path in ("/webhooks/rest/webhook", "/conversations/someone/tracker", "/model/parse"):
        reply = requests.options(f"{bot.url}{path}", headers=headers, timeout=30)
        allowed = reply.headers.get("Access-Control-Allow-Origin")
        assert allowed not in ("*", EVIL), (path, allowed)


def test_cors_allows_the_chat_page(bot: Bot) -> None:
    page = f"http://localhost:{bot.stack.env['WEB_PORT']}"
    reply = requests.get(f"{bot.url}/", headers={"Origin": page}, timeout=30)
    assert reply.headers.get("Access-Control-Allow-Origin") == page


def test_a_cross_site_form_post_to_the_rest_channel_is_refused(bot: Bot) -> None:
    for kind, body in [("text/plain", '{"sender": "csrf-1", "message": "hallo"}'),
                       ("application/x-www-form-urlencoded", "sender=csrf-1&message=hallo"),
                       ("multipart/form-data; boundary=x", "--x--")]:  # fmt: skip
        reply = requests.post(f"{bot.url}/webhooks/rest/webhook", data=body, timeout=30,
                              headers={"Content-Type": kind, "Origin": EVIL})  # fmt: skip
        assert reply.status_code == 415
