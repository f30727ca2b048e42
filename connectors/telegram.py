"""Rasa's Telegram connector, configured from the environment, that checks Telegram's secret.

Rasa's ``TelegramInput`` accepts any POST to its webhook, so anyone who knows
the URL can inject fake updates. Telegram signs each update with the
``X-Telegram-Bot-Api-Secret-Token`` header when the webhook is registered with
a ``secret_token``; this subclass registers it that way (at start-up only) and
rejects every update without the right header (403), checked in the webhook's
own handler, so path variants (``/webhook/``, ``/webhook//``) cannot skip it:
they are not routes at all (404). Only POST, only JSON; the update kinds are
read by :mod:`connectors.telegram_updates`; each chat has a message limit
(:mod:`connectors.limits`).

Off unless ``TELEGRAM_TOKEN`` is set. Settings (environment):
``TELEGRAM_TOKEN``, ``TELEGRAM_BOT_NAME`` (the bot's username),
``TELEGRAM_WEBHOOK_URL`` (public https URL of ``/webhooks/telegram/webhook``),
``TELEGRAM_SECRET_TOKEN`` (1-256 of ``A-Z a-z 0-9 _ -``), and optionally
``TELEGRAM_API_URL`` (a local Bot API server, or a fake one in tests).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from connectors import safe_json
from connectors.guard import AnswerGuard
from connectors.limits import SenderLimiter
from connectors.telegram_updates import Incoming, read_update

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 256 * 1024
_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class CachedTelegramOutput(TelegramOutput):
    """Rasa's Telegram output, optionally against another API server, with getMe cached.

    Rasa asks Telegram for the bot's name on every update; the name does not change.
    """

    def __init__(self, access_token: str, api_url: str | None = None) -> None:
        # TelegramOutput.__init__ only forwards the token; Bot's takes the server too.
        server = TelegramAPIServer.from_base(api_url) if api_url else TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)
        self._me: Any = None

    async def get_me(self) -> Any:
        """The bot's own user, asked once per process."""
        if self._me is None:
            self._me = await super().get_me()
        return self._me


def read_body(request: Request) -> tuple[Any, tuple[int, str] | None]:
    """The update's JSON, or the status and reason why it cannot be read."""
    body = request.body or b""
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind != "application/json":
        return None, (415, "Content-Type application/json expected")
    if len(body) > MAX_UPDATE_BYTES:
        return None, (413, "update too large")
    try:
        return safe_json.loads(body.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError):
        return None, (400, "invalid JSON")


class SecretTokenTelegramInput(TelegramInput):
    """Telegram webhook that only accepts updates carrying the configured secret token."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SecretTokenTelegramInput:
        """Settings come from the environment; credentials.yml only names the class."""
        settings = credentials or {}
        channel = cls(
            os.environ.get("TELEGRAM_TOKEN") or settings.get("access_token"),
            os.environ.get("TELEGRAM_BOT_NAME") or settings.get("verify"),
            os.environ.get("TELEGRAM_WEBHOOK_URL") or settings.get("webhook_url"),
            debug_mode=False,
        )
        channel.secret_token = os.environ.get("TELEGRAM_SECRET_TOKEN") or settings.get(
            "secret_token"
        )
        channel.api_url = os.environ.get("TELEGRAM_API_URL") or settings.get("api_url")
        return channel

    secret_token: str | None = None
    api_url: str | None = None

    @property
    def enabled(self) -> bool:
        """Whether a bot token is configured at all."""
        return bool(self.access_token)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The webhook (POST only, strict slashes, secret checked in its handler); empty when off.

        Rasa's own blueprint also has a public ``set_webhook`` route that anyone
        could call to register the webhook again without the secret; here the
        webhook is registered once at start-up only.
        """
        if not self.enabled:
            logger.info("Telegram is off (TELEGRAM_TOKEN is not set).")
            off = Blueprint("telegram_off", __name__)

            @off.route("/", methods=["GET"])
            async def status(_: Request) -> HTTPResponse:
                return response.json({"status": "off"})

            return off
        self._check_settings()
        guard = AnswerGuard(SenderLimiter.from_env())
        webhook = guard.attach(Blueprint("telegram_webhook", __name__, strict_slashes=True))
        out_channel = self.get_output_channel()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.has_valid_secret(request):
                logger.warning("Telegram update rejected: missing or wrong secret token")
                return response.json({"error": "forbidden"}, status=403)
            update, problem = read_body(request)
            if problem:
                return response.json({"error": problem[1]}, status=problem[0])
            incoming = read_update(update, self.verify)
            if incoming is not None:
                await self._answer(incoming, out_channel, guard, on_new_message)
            return response.text("success")

        return webhook

    async def _answer(self, incoming: Incoming, out_channel: TelegramOutput, guard: AnswerGuard,
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:  # fmt: skip
        """Let Rasa answer the text, or send the channel's own response; never raise."""
        try:
            if incoming.callback_id:
                await out_channel.answer_callback_query(incoming.callback_id)
            hint = {"language_hint": incoming.language} if incoming.language else None
            message = UserMessage(incoming.text or "", out_channel, incoming.chat_id,
                                  input_channel=self.name(), metadata=hint)  # fmt: skip
            if incoming.text is not None:
                await guard.handle_outages(on_new_message, message)
            elif incoming.response and not await guard.over_limit(out_channel, incoming.chat_id,
                                                                  message):  # fmt: skip
                await guard.say(out_channel, incoming.chat_id, incoming.response,
                                await guard.language(message, ""))  # fmt: skip
        except Exception:  # noqa: BLE001 (Telegram would resend the update on an error status)
            logger.exception("Telegram update could not be answered")

    def has_valid_secret(self, request: Request) -> bool:
        """Exactly one header, compared in constant time as bytes (any bytes never raise)."""
        sent = request.headers.getall(SECRET_HEADER, [])
        if len(sent) != 1 or not self.secret_token:
            return False
        given = sent[0].encode("utf-8", "surrogateescape")
        return hmac.compare_digest(given, self.secret_token.encode())

    def get_output_channel(self) -> TelegramOutput:
        """The output channel; registers the webhook with the secret once at start-up."""
        channel = CachedTelegramOutput(self.access_token or "", self.api_url)
        if self.webhook_url:
            try:
                asyncio.run(self._register_webhook(channel))
            except Exception as error:  # noqa: BLE001 (aiogram raises many kinds)
                raise RasaException(f"Failed to set the Telegram webhook: {error}") from error
        return channel

    async def _register_webhook(self, channel: TelegramOutput) -> None:
        payload = {"url": self.webhook_url, "secret_token": self.secret_token}
        try:
            await channel.request("setWebhook", payload)
        finally:
            await channel.session.close()

    def _check_settings(self) -> None:
        if not self.secret_token or not _SECRET_FORMAT.match(self.secret_token):
            raise RasaException(
                "TELEGRAM_SECRET_TOKEN must be set (1-256 characters A-Z, a-z, 0-9, _ and -) "
                "when TELEGRAM_TOKEN is set: without it anyone could post fake updates."
            )
        if not self.verify:
            raise RasaException("TELEGRAM_BOT_NAME must be set to the bot's username.")
