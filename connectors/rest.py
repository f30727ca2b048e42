"""Rasa's REST channel with input validation; same URL (``/webhooks/rest/webhook``).

Rasa's own ``RestInput`` answers an empty body or a JSON array with 500 and
puts every request without ``sender`` into one shared conversation called
"default". Here a malformed request gets a clear 4xx (also JSON nested too
deep, another content type than JSON, another method than POST), a missing or
odd sender is refused, a sender over its message limit gets 429 with
``Retry-After`` (:mod:`connectors.limits`), and every accepted message gets an
answer (see :mod:`connectors.guard`).

Error bodies are ``{"code": ..., "error": ...}``: ``code`` is stable and the same
in every language, for the integrator's program to act on; ``error`` is a short
sentence for a person, in the first language of ``Accept-Language`` the bot
speaks (German otherwise; the texts are in ``connectors/wording/<code>.yml``),
with ``Content-Language`` saying which.
"""

from __future__ import annotations

import json
import re
from asyncio import CancelledError
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
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
from connectors.wording import accepted_language, error_text

MAX_BODY_BYTES = 64 * 1024
RETRY_AFTER = {"Retry-After": "30"}  # seconds; a restarted PostgreSQL or Redis is back by then
MAX_METADATA_BYTES = 2048
MAX_METADATA_KEYS = 20
_SENDER = re.compile(r"^[\w.@:+-]{1,128}$")
# Other channels' conversation ids: Telegram chat ids and the widget's session ids.
_OTHER_CHANNELS = re.compile(r"^(?:-?\d+|[0-9a-f]{32})$")
Said = Callable[[str], tuple[str, str]]  # language -> (text, the language it is in)


@dataclass(frozen=True)
class RestRequest:
    """A checked request: who sends what."""

    sender: str
    message: str
    metadata: dict[str, Any] | None


class BadRequest(ValueError):
    """The request cannot be processed: a code (``connectors/wording``) and its values."""

    def __init__(self, code: str, **values: object) -> None:
        self.code, self.values = code, values
        super().__init__(error_text(code, values=values))


def parse_body(body: bytes) -> RestRequest:
    """Check a webhook body: a JSON object with string ``sender`` and ``message``."""
    if len(body) > MAX_BODY_BYTES:
        raise BadRequest("too_large", limit=MAX_BODY_BYTES)
    try:
        data = safe_json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BadRequest("bad_json") from error
    if not isinstance(data, dict):
        raise BadRequest("not_object")
    sender, message, metadata = data.get("sender"), data.get("message"), data.get("metadata")
    if not isinstance(sender, str) or not _SENDER.match(sender):
        raise BadRequest("sender_invalid")
    if _OTHER_CHANNELS.match(sender):
        raise BadRequest("sender_reserved")
    if not isinstance(message, str):
        raise BadRequest("message_missing")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest("metadata_not_object")
    if metadata and (len(metadata) > MAX_METADATA_KEYS
                     or len(json.dumps(metadata)) > MAX_METADATA_BYTES):  # fmt: skip
        raise BadRequest("metadata_too_large", keys=MAX_METADATA_KEYS, bytes=MAX_METADATA_BYTES)
    return RestRequest(sender, message, metadata)


def error_response(
    request: Request,
    code: str,
    status: int,
    said: Said | None = None,
    values: dict[str, object] | None = None,
) -> HTTPResponse:
    """``{"code", "error"}`` in the request's language (Accept-Language; German otherwise).

    ``said``: a text of the guard's (domain responses), as a function of the language,
    giving the text and the language it is really in.
    """
    language = accepted_language(request.headers.get("accept-language"))
    text, language = said(language) if said else (error_text(code, language, values), language)
    headers = {"Content-Language": language, "Vary": "Accept-Language"}
    return response.json({"code": code, "error": text}, status=status, headers=headers)


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
                return error_response(request, "content_type", 415)
            try:
                checked = parse_body(request.body or b"")
            except BadRequest as error:
                status = 413 if len(request.body or b"") > MAX_BODY_BYTES else 400
                return error_response(request, error.code, status, values=error.values)
            wait = limiter.wait_time(checked.sender)
            if wait > 0:
                said = partial(guard.spoken, "utter_too_many_messages")
                refused = error_response(request, "too_many_messages", 429, said)
                refused.headers["Retry-After"] = str(retry_after_seconds(wait))
                return refused
            collector = CollectingOutputChannel()
            message = UserMessage(checked.message, collector, checked.sender,
                                  input_channel=self.name(), metadata=checked.metadata)  # fmt: skip
            try:
                answered = await guard.handle_outages(on_new_message, message)
            except CancelledError:
                return error_response(request, "timeout", 503)
            if not answered:  # a store is down: the polite message, and when to try again
                return response.json(collector.messages, status=503, headers=RETRY_AFTER)
            return response.json(collector.messages)

        return webhook
