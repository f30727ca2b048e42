"""Rasa's REST channel with input validation; same URL (``/webhooks/rest/webhook``).

Rasa's own ``RestInput`` answers an empty body or a JSON array with 500 and
puts every request without ``sender`` into one shared conversation called
"default". Here a malformed request gets a clear 4xx (also JSON nested too
deep, another content type than JSON, another method than POST), a missing or
odd sender is refused, a sender over its message limit gets 429 with
``Retry-After`` (:mod:`connectors.limits`), and every accepted message gets an
answer (see :mod:`connectors.guard`).
"""

from __future__ import annotations

import json
import re
from asyncio import CancelledError
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from connectors import safe_json
from connectors.api_auth import ApiAuthBlueprint
from connectors.guard import AnswerGuard, OnNewMessage
from connectors.limits import SenderLimiter, retry_after_seconds

MAX_BODY_BYTES = 64 * 1024
RETRY_AFTER = {"Retry-After": "30"}  # seconds; a restarted PostgreSQL or Redis is back by then
MAX_METADATA_BYTES = 2048
MAX_METADATA_KEYS = 20
_SENDER = re.compile(r"^[\w.@:+-]{1,128}$")
# Other channels' conversation ids: Telegram chat ids and the widget's session ids.
_OTHER_CHANNELS = re.compile(r"^(?:-?\d+|[0-9a-f]{32})$")


@dataclass(frozen=True)
class RestRequest:
    """A checked request: who sends what."""

    sender: str
    message: str
    metadata: dict[str, Any] | None


class BadRequest(ValueError):
    """The request cannot be processed; the text says why (German, for API users)."""


def parse_body(body: bytes) -> RestRequest:
    """Check a webhook body: a JSON object with string ``sender`` and ``message``."""
    if len(body) > MAX_BODY_BYTES:
        raise BadRequest(f"Anfrage zu groß (höchstens {MAX_BODY_BYTES} Bytes).")
    try:
        data = safe_json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BadRequest("Der Inhalt muss gültiges JSON in UTF-8 sein.") from error
    if not isinstance(data, dict):
        raise BadRequest('Erwartet wird ein JSON-Objekt: {"sender": "...", "message": "..."}.')
    sender, message, metadata = data.get("sender"), data.get("message"), data.get("metadata")
    if not isinstance(sender, str) or not _SENDER.match(sender):
        raise BadRequest(
            "Feld 'sender' fehlt oder ist ungültig "
            "(1-128 Zeichen: Buchstaben, Ziffern, . _ - @ : +)."
        )
    if _OTHER_CHANNELS.match(sender):
        raise BadRequest(
            "Feld 'sender' darf keine Telegram-Chat-ID (nur Ziffern) und keine Sitzungs-ID "
            "des Chat-Widgets (32 Hex-Zeichen) sein."
        )
    if not isinstance(message, str):
        raise BadRequest("Feld 'message' fehlt oder ist kein Text.")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest("Feld 'metadata' muss ein JSON-Objekt sein.")
    if metadata and (len(metadata) > MAX_METADATA_KEYS
                     or len(json.dumps(metadata)) > MAX_METADATA_BYTES):  # fmt: skip
        raise BadRequest(
            f"Feld 'metadata' ist zu groß (höchstens {MAX_METADATA_KEYS} Schlüssel, "
            f"{MAX_METADATA_BYTES} Bytes)."
        )
    return RestRequest(sender, message, metadata)


def is_json(request: Request) -> bool:
    """Whether the request says its body is JSON (a form post from another site is not)."""
    kind: str = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return kind == "application/json"


class ValidatingRestInput(RestInput):
    """REST channel that checks its input and always answers."""

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        """Health check and the webhook (no streaming)."""
        guard = AnswerGuard()
        limiter = SenderLimiter.from_env()
        webhook = guard.attach(ApiAuthBlueprint("validating_rest", __name__, strict_slashes=True))

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not is_json(request):
                return response.json({"error": "Erwartet wird Content-Type application/json."},
                                     status=415)  # fmt: skip
            try:
                checked = parse_body(request.body or b"")
            except BadRequest as error:
                status = 413 if len(request.body or b"") > MAX_BODY_BYTES else 400
                return response.json({"error": str(error)}, status=status)
            wait = limiter.wait_time(checked.sender)
            if wait > 0:
                headers = {"Retry-After": str(retry_after_seconds(wait))}
                return response.json({"error": guard.text("utter_too_many_messages")},
                                     status=429, headers=headers)  # fmt: skip
            collector = CollectingOutputChannel()
            message = UserMessage(checked.message, collector, checked.sender,
                                  input_channel=self.name(), metadata=checked.metadata)  # fmt: skip
            try:
                answered = await guard.handle_outages(on_new_message, message)
            except CancelledError:
                return response.json({"error": "Zeitüberschreitung."}, status=503)
            if not answered:  # a store is down: the polite message, and when to try again
                return response.json(collector.messages, status=503, headers=RETRY_AFTER)
            return response.json(collector.messages)

        return webhook
