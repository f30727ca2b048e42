"""Telegram: a full update -> answer round trip against a fake Bot API, and the secret check."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
import yaml

from knowledge import KnowledgeBase
from scripts.stack import MODEL, ROOT, Stack, running_stack
from tests.connectors.fake_telegram import BOT_NAME, FakeTelegram, fake_telegram

SECRET = "test-secret_123"
TOKEN = "123456:TEST-token"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture(scope="module")
def telegram() -> Iterator[tuple[Stack, FakeTelegram]]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    with fake_telegram() as fake:
        env = {
            "TELEGRAM_TOKEN": TOKEN,
            "TELEGRAM_BOT_NAME": BOT_NAME,
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.invalid/webhooks/telegram/webhook",
            "TELEGRAM_SECRET_TOKEN": SECRET,
            "TELEGRAM_API_URL": fake.url,
        }
        with running_stack(env=env) as stack:
            yield stack, fake


def _update(text: str, chat_id: int) -> dict:
    return {
        "update_id": chat_id,
        "message": {"message_id": 1, "date": 0, "text": text,
                    "chat": {"id": chat_id, "type": "private"},
                    "from": {"id": chat_id, "is_bot": False, "first_name": "Bürgerin"}},
    }  # fmt: skip


def _post(stack: Stack, update: dict, headers: dict[str, str]) -> requests.Response:
    return requests.post(f"{stack.rasa_url}/webhooks/telegram/webhook", json=update,
                         headers=headers, timeout=60)  # fmt: skip


def _sent_to(fake: FakeTelegram, chat_id: int, timeout: float = 30) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        texts = [c["text"] for c in fake.of("sendMessage") if c.get("chat_id") == str(chat_id)]
        if texts:
            return texts
        time.sleep(0.2)
    return []


def test_webhook_is_registered_with_the_secret(telegram: tuple[Stack, FakeTelegram]) -> None:
    _, fake = telegram
    registered = fake.of("setWebhook")
    assert registered and registered[-1]["secret_token"] == SECRET


def test_update_with_secret_gets_the_contact_from_the_knowledge_base(
    telegram: tuple[Stack, FakeTelegram],
) -> None:
    stack, fake = telegram
    district = KnowledgeBase().districts()[0]
    reply = _post(stack, _update(f"Wer ist in {district.name} zuständig?", 1001), {HEADER: SECRET})
    assert reply.status_code == 200
    answer = "\n".join(_sent_to(fake, 1001))
    assert district.contact.name in answer and district.contact.phone in answer


@pytest.mark.parametrize("headers", [{}, {HEADER: "wrong"}, {HEADER: SECRET + "x"}])
def test_update_without_the_right_secret_is_refused(
    telegram: tuple[Stack, FakeTelegram], headers: dict[str, str]
) -> None:
    stack, fake = telegram
    chat_id = 2000 + len(headers.get(HEADER, ""))
    reply = _post(stack, _update("hallo", chat_id), headers)
    assert reply.status_code == 403
    assert _sent_to(fake, chat_id, timeout=2) == []


def _greeting(language: str | None) -> str:
    """The greeting's text in responses/<code>.yml, or the German one in domain.yml."""
    if language is None:
        domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
        return " ".join(domain["responses"]["utter_greet"][0]["text"].split())
    path = ROOT / "responses" / f"{language}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return " ".join(data["responses"]["utter_greet"]["text"].split())


STARTS = [("tr", 1101, "tr"), ("ru-RU", 1102, "ru"), ("fr", 1103, None)]


@pytest.mark.parametrize(("code", "chat_id", "language"), STARTS)
def test_start_greets_in_the_telegram_language_the_assistant_speaks(
    telegram: tuple[Stack, FakeTelegram], code: str, chat_id: int, language: str | None
) -> None:
    stack, fake = telegram
    update = _update("/start", chat_id)
    update["message"]["from"]["language_code"] = code
    assert _post(stack, update, {HEADER: SECRET}).status_code == 200
    assert " ".join(" ".join(_sent_to(fake, chat_id)).split()) == _greeting(language)
