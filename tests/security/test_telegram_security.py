"""Telegram as an attacker tries it, and as citizens use it (real Bot API update shapes)."""

from __future__ import annotations

import http.client
import time
from urllib.parse import urlsplit

import pytest
import requests

from components.responses import DIRECTORY, load_translations
from connectors.limits import DEFAULT_BURST
from knowledge import KnowledgeBase
from tests.security.conftest import HEADER, SECRET, WEBHOOK, Bot, message, said, update

FILE = {"file_id": "BQACAgIAAxkBAAIBYmdL", "file_unique_id": "AgADYmdL", "file_size": 48213}
THUMB = {**FILE, "width": 90, "height": 90}
MEDIA = {
    "sticker": {"sticker": {**FILE, "width": 512, "height": 512, "emoji": "😀", "type": "regular",
                            "set_name": "HotCherry", "is_animated": False, "is_video": False,
                            "thumbnail": THUMB}},
    "voice": {"voice": {**FILE, "duration": 4, "mime_type": "audio/ogg"}},
    "audio": {"audio": {**FILE, "duration": 180, "mime_type": "audio/mpeg", "title": "Lied"}},
    "photo": {"photo": [{**THUMB}, {**FILE, "width": 1280, "height": 960}]},
    "video": {"video": {**FILE, "duration": 7, "width": 640, "height": 360,
                        "mime_type": "video/mp4"}},
    "video_note": {"video_note": {**FILE, "duration": 5, "length": 240}},
    "document": {"document": {**FILE, "file_name": "antrag.pdf", "mime_type": "application/pdf"}},
    "animation": {"animation": {**FILE, "duration": 2, "width": 320, "height": 240,
                                "mime_type": "video/mp4"},
                  "document": {**FILE, "file_name": "a.mp4", "mime_type": "video/mp4"}},
}  # fmt: skip
SET_WEBHOOK = "/webhooks/telegram/set_webhook"
LOCATION = {"latitude": 51.513587, "longitude": 7.465298}
PLACES = {
    "location": {"location": LOCATION},
    "venue": {"location": LOCATION, "venue": {"location": LOCATION, "title": "Stadtgarten",
                                              "address": "Musterstraße 1"}},
    "contact": {"contact": {"phone_number": "+4923112345678", "first_name": "Erika",
                            "user_id": 7001}},
}  # fmt: skip


def _without_text(chat_id: int, kind: dict) -> dict:
    body = message("", chat_id, **kind)
    del body["text"]
    return update(chat_id, message=body)


# --- forged updates ------------------------------------------------------------------------


PATH_VARIANTS = [f"{WEBHOOK}/", f"{WEBHOOK}//", "/webhooks/telegram//webhook", f"{WEBHOOK}/x",
                 f"{WEBHOOK}%2F", f"{WEBHOOK}?x=/", "/webhooks/telegram/WEBHOOK",
                 "/webhooks//telegram/webhook", "/webhooks/telegram/./webhook"]  # fmt: skip


def test_path_variants_without_the_secret_are_never_processed(bot: Bot) -> None:
    statuses = {}
    for number, path in enumerate(PATH_VARIANTS):
        chat_id = 3000 + number
        reply = bot.telegram_post(update(chat_id, message=message("hallo", chat_id)), path=path,
                                  headers={})  # fmt: skip
        statuses[path] = reply.status_code
    assert all(status in (403, 404, 405) for status in statuses.values()), statuses
    time.sleep(2)
    assert not [c for c in bot.telegram.of("sendMessage") if c.get("chat_id", "").startswith("30")]


@pytest.mark.parametrize("path", [f"{WEBHOOK}/", f"{WEBHOOK}//"])
def test_path_variants_are_not_routes_even_with_the_secret(bot: Bot, path: str) -> None:
    chat_id = 3950 + len(path)
    reply = bot.telegram_post(update(chat_id, message=message("hallo", chat_id)), path=path)
    assert reply.status_code == 404
    assert bot.sent_to(chat_id, timeout=2) == []


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("path", [SET_WEBHOOK, SET_WEBHOOK + "/"])
def test_no_public_route_registers_the_webhook(bot: Bot, method: str, path: str) -> None:
    before = len(bot.telegram.of("setWebhook"))
    reply = requests.request(method, f"{bot.url}{path}", timeout=30)
    assert reply.status_code in (403, 404, 405)
    assert len(bot.telegram.of("setWebhook")) == before


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_other_methods_on_the_webhook_are_refused(bot: Bot, method: str) -> None:
    reply = requests.request(method, f"{bot.url}{WEBHOOK}", headers={HEADER: SECRET}, timeout=30)
    assert reply.status_code == 405


def _raw_post(bot: Bot, headers: list[tuple[str, bytes]], body: bytes = b'{"update_id": 1}') -> int:
    """POST with header values of any bytes, repeated headers allowed; the status code."""
    host = urlsplit(bot.url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    connection.putrequest("POST", WEBHOOK)
    for name, value in [*headers, ("Content-Type", b"application/json")]:
        connection.putheader(name, value)
    connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    status = connection.getresponse().status
    connection.close()
    return status


@pytest.mark.parametrize(
    "value",
    ["ä".encode() * 10, "\u00ff".encode() + SECRET.encode(), SECRET.encode() + "ü".encode(),
     b"x" * 8000, "€uro".encode(), b"", b"\xff\xfe\xe4", b"\x00\x01",
     SECRET.encode("utf-16"), SECRET.encode() + b"\xff"],
)  # fmt: skip
def test_a_secret_header_of_any_bytes_is_refused_not_an_error(bot: Bot, value: bytes) -> None:
    assert _raw_post(bot, [(HEADER, value)]) == 403


def test_a_repeated_secret_header_is_refused(bot: Bot) -> None:
    assert _raw_post(bot, [(HEADER, SECRET.encode()), (HEADER, b"other")]) == 403
    assert _raw_post(bot, [(HEADER, SECRET.encode()), (HEADER, SECRET.encode())]) == 403


@pytest.mark.parametrize(
    ("body", "kind"),
    [(b"[" * 5000, "application/json"), (b"{" * 5000, "application/json"),
     (b'{"a":' * 5000, "application/json"), (b"\xff\xfe\x00{", "application/json"),
     (b'{"update_id": 1}', "text/plain"), (b"update_id=1", "application/x-www-form-urlencoded"),
     (b'{"x": "' + b"y" * 300_000 + b'"}', "application/json")],
)  # fmt: skip
def test_malformed_bodies_with_the_secret_get_a_4xx(bot: Bot, body: bytes, kind: str) -> None:
    reply = requests.post(f"{bot.url}{WEBHOOK}", data=body, timeout=60,
                          headers={HEADER: SECRET, "Content-Type": kind})  # fmt: skip
    assert 400 <= reply.status_code < 500, reply.status_code


@pytest.mark.parametrize("body", [[], "x", 5, None, {"update_id": 1, "message": "x"},
                                  {"update_id": 1, "message": {"chat": {"id": "1; DROP"}}},
                                  {"update_id": 1, "callback_query": {"data": 5}}])  # fmt: skip
def test_odd_updates_are_ignored_quietly(bot: Bot, body: object) -> None:
    assert bot.telegram_post(body).status_code < 500


# --- as citizens use it --------------------------------------------------------------------


def test_start_greets_and_shows_what_the_bot_can_do(bot: Bot) -> None:
    reply = bot.telegram_post(
        update(
            5001,
            message=message(
                "/start", 5001, entities=[{"offset": 0, "length": 6, "type": "bot_command"}]
            ),
        )
    )
    assert reply.status_code == 200
    sent = [c for c in bot.telegram.of("sendMessage") if c.get("chat_id") == "5001"]
    assert sent and sent[0]["text"] == said("utter_greet")
    assert "reply_markup" in sent[0]  # the main menu's buttons


def test_start_with_the_bot_name_and_a_deep_link_payload_greets_too(bot: Bot) -> None:
    from tests.connectors.fake_telegram import BOT_NAME

    bot.telegram_post(update(5002, message=message(f"/start@{BOT_NAME}", 5002)))
    bot.telegram_post(update(5003, message=message("/start hoerde", 5003)))
    assert bot.sent_to(5002)[0] == said("utter_greet")
    assert bot.sent_to(5003)[0] == said("utter_greet")


@pytest.mark.parametrize("kind", sorted(MEDIA))
def test_media_get_a_polite_text_only_reply(bot: Bot, kind: str) -> None:
    chat_id = 5100 + sorted(MEDIA).index(kind)
    assert bot.telegram_post(_without_text(chat_id, MEDIA[kind])).status_code == 200
    assert bot.sent_to(chat_id) == [said("utter_telegram_text_only")]


@pytest.mark.parametrize("kind", sorted(PLACES))
def test_a_shared_place_asks_for_the_district(bot: Bot, kind: str) -> None:
    chat_id = 5200 + sorted(PLACES).index(kind)
    assert bot.telegram_post(_without_text(chat_id, PLACES[kind])).status_code == 200
    assert bot.sent_to(chat_id) == [said("utter_telegram_ask_district")]


def test_a_photo_from_a_turkish_telegram_gets_the_turkish_note(bot: Bot) -> None:
    body = _without_text(5150, MEDIA["photo"])
    body["message"]["from"]["language_code"] = "tr"
    assert bot.telegram_post(body).status_code == 200
    turkish = load_translations(DIRECTORY)["tr"]["utter_telegram_text_only"]["text"]
    assert bot.sent_to(5150) == [turkish]


def test_a_photo_with_a_caption_is_answered_by_its_caption(bot: Bot) -> None:
    district = KnowledgeBase().districts()[0]
    body = _without_text(5300, MEDIA["photo"])
    body["message"]["caption"] = f"Wer ist in {district.name} zuständig?"
    bot.telegram_post(body)
    assert district.contact.name in "\n".join(bot.sent_to(5300))


def test_an_edited_message_is_answered(bot: Bot) -> None:
    district = KnowledgeBase().districts()[1]
    edited = message(f"Wer ist in {district.name} zuständig?", 5400, edit_date=1733000100)
    assert bot.telegram_post(update(5400, edited_message=edited)).status_code == 200
    assert district.contact.name in "\n".join(bot.sent_to(5400))


def test_a_button_press_sends_its_payload_and_is_acknowledged(bot: Bot) -> None:
    district = KnowledgeBase().districts()[2]
    citizen = message("", 5500)["from"]
    query = {"id": "4382bfdwdsb323b2d9", "chat_instance": "-8812", "from": citizen,
             "message": {**message("Wobei kann ich helfen?", 5500), "from":
                         {"id": 42, "is_bot": True, "first_name": "Test"}},
             "data": f'/district_contact{{"district":"{district.name}"}}'}  # fmt: skip
    assert bot.telegram_post(update(5500, callback_query=query)).status_code == 200
    assert district.contact.name in "\n".join(bot.sent_to(5500))
    assert any(c.get("callback_query_id") == query["id"]
               for c in bot.telegram.of("answerCallbackQuery"))  # fmt: skip


def test_a_flood_from_one_chat_is_limited_with_one_polite_note(bot: Bot) -> None:
    for number in range(25):
        bot.telegram_post(update(5600, message=message(f"/greet {number}", 5600)))
    time.sleep(1)
    sent = bot.sent_to(5600)
    notes = sent.count(said("utter_too_many_messages"))
    # One note per run of refused messages: a second only after a message was admitted again,
    # which on a loaded machine (posting slower than the bucket refills) can happen once or so.
    refills = max(0, len(sent) - notes - DEFAULT_BURST)
    assert 1 <= notes <= 1 + refills, (notes, len(sent))
    assert sent.count(said("utter_greet")) < 20
