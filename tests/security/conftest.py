"""One bot for the whole security suite: REST, socket.io, Telegram (fake Bot API), HTTP API.

The HTTP API is on with a JWT secret of this stack (as ``RASA_ENABLE_API=1``
would run it), so the suite can check that nothing answers without it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import yaml

from scripts.stack import MODEL, ROOT, Stack, running_stack
from tests.connectors.fake_telegram import BOT_NAME, FakeTelegram, fake_telegram

SECRET = "security-secret_123"
TOKEN = "123456:SECURITY-token"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK = "/webhooks/telegram/webhook"


@dataclass
class Bot:
    """The running stack and the fake Telegram it talks to."""

    stack: Stack
    telegram: FakeTelegram

    @property
    def url(self) -> str:
        """Base URL of the Rasa server."""
        return self.stack.rasa_url

    def sent_to(self, chat_id: int, timeout: float = 30, at_least: int = 1) -> list[str]:
        """The texts the bot sent to one Telegram chat (waits for the first ones)."""
        deadline = time.monotonic() + timeout
        while True:
            texts = [c["text"] for c in self.telegram.of("sendMessage")
                     if c.get("chat_id") == str(chat_id)]  # fmt: skip
            if len(texts) >= at_least or time.monotonic() > deadline:
                return texts
            time.sleep(0.2)

    def telegram_post(self, update: object, path: str = WEBHOOK, **kwargs: object
                      ) -> requests.Response:  # fmt: skip
        """POST an update to the webhook (with the secret unless headers are given)."""
        headers = kwargs.pop("headers", {HEADER: SECRET})
        return requests.post(f"{self.url}{path}", json=update, headers=headers, timeout=60,
                             **kwargs)  # fmt: skip


@pytest.fixture(scope="package")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    tracker_db = tmp_path_factory.mktemp("security") / "tracker.db"
    with fake_telegram() as fake:
        env = {
            "TELEGRAM_TOKEN": TOKEN,
            "TELEGRAM_BOT_NAME": BOT_NAME,
            "TELEGRAM_WEBHOOK_URL": f"https://bot.example.invalid{WEBHOOK}",
            "TELEGRAM_SECRET_TOKEN": SECRET,
            "TELEGRAM_API_URL": fake.url,
        }
        with running_stack(tracker_store=str(tracker_db), env=env) as stack:
            yield Bot(stack, fake)


def said(response: str) -> str:
    """The text of a domain response (first variant)."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return domain["responses"][response][0]["text"]


def message(text: str, chat_id: int, **extra: object) -> dict:
    """A Telegram ``message`` object as the Bot API sends it (private chat)."""
    return {"message_id": chat_id % 1000 + 1, "date": 1733000000, "text": text,
            "chat": {"id": chat_id, "type": "private", "first_name": "Erika"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Erika",
                     "language_code": "de"}, **extra}  # fmt: skip


def update(chat_id: int, **fields: object) -> dict:
    """A Telegram update with the given fields (``message=...``, ``callback_query=...``)."""
    return {"update_id": 100000 + chat_id, **fields}
