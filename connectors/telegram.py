"""Rasa's Telegram connector, configured from the environment, that checks Telegram's secret.

Rasa's ``TelegramInput`` accepts any POST to its webhook, so anyone who knows
the URL can inject fake updates. Telegram signs each update with the
``X-Telegram-Bot-Api-Secret-Token`` header when the webhook is registered with
a ``secret_token``; this subclass registers it that way and rejects every
update without the right header (403).

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

from connectors.guard import AnswerGuard

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
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
        """Rasa's Telegram routes behind a secret check; an empty blueprint when off."""
        if not self.enabled:
            logger.info("Telegram is off (TELEGRAM_TOKEN is not set).")
            off = Blueprint("telegram_off", __name__)

            @off.route("/", methods=["GET"])
            async def status(_: Request) -> HTTPResponse:
                return response.json({"status": "off"})

            return off
        self._check_settings()
        guard = AnswerGuard()
        webhook = guard.attach(super().blueprint(guard.wrap(on_new_message)))

        @webhook.middleware("request")
        async def check_secret(request: Request) -> HTTPResponse | None:
            if request.path.endswith("/webhook") and not self.has_valid_secret(request):
                logger.warning("Telegram update rejected: missing or wrong secret token")
                return response.json({"error": "forbidden"}, status=403)
            return None

        return webhook

    def has_valid_secret(self, request: Request) -> bool:
        """Constant-time comparison of the header with the configured secret."""
        sent = request.headers.get(SECRET_HEADER, "")
        return bool(self.secret_token) and hmac.compare_digest(sent, self.secret_token or "")

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
