"""Typed history deletion and the REST channel's error texts in the bot's nine languages."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered

from components.responses import DIRECTORY, load_translations
from connectors.guard import HISTORY_DELETED, AnswerGuard, asks_to_delete_history
from connectors.rest import BadRequest, error_response, parse_body
from connectors.wording import accepted_language, delete_request_languages, error_text, languages
from knowledge.language import SUPPORTED

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
TRANSLATIONS = load_translations(DIRECTORY)
WIDGET = ROOT / "web" / "i18n"
PLACEHOLDER = re.compile(r"\{(\w+)\}")

# Requests to delete the conversation as citizens type them (our own wording).
ASKED = [
    ("de", "Bitte löschen Sie meinen Chatverlauf"),
    ("en", "delete my history"),
    ("en", "Please erase this conversation"),
    ("tr", "Geçmişimi sil"),
    ("tr", "Lütfen sohbet geçmişimi silin"),
    ("ar", "احذف سجل المحادثة"),
    ("ar", "امسحوا الدردشة من فضلكم"),
    ("pl", "Proszę usunąć historię rozmowy"),
    ("ro", "Ștergeți istoricul conversației"),
    ("bg", "Моля, изтрийте историята на разговора"),
    ("uk", "Видаліть, будь ласка, історію чату"),
    ("ru", "Удалите, пожалуйста, историю переписки"),
]
# Questions that name deleting or a history, but do not ask to delete this conversation.
NOT_ASKED = [
    "Who is the contact person in Hörde?",
    "Geçmiş yıllarda hangi projeler vardı?",
    "Sil",
    "ما هو تاريخ خطة العمل؟",
    "Кто отвечает за историю района Хёрде в этом плане действий?",
    "history",
    "I would like to know how long you keep my data before you delete it",
]


@pytest.mark.parametrize(("language", "text"), ASKED)
def test_typed_deletion_is_understood_in_each_language(language: str, text: str) -> None:
    assert asks_to_delete_history(text)
    assert language in delete_request_languages(text)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_other_messages_delete_nothing(text: str) -> None:
    assert not asks_to_delete_history(text)


@pytest.mark.parametrize("language", SUPPORTED)
def test_the_widgets_delete_button_typed_deletes_in_its_language(language: str) -> None:
    """A citizen who types what the "Verlauf löschen" button says gets the same."""
    label = json.loads((WIDGET / f"{language}.json").read_text(encoding="utf-8"))["clear"]
    assert language in delete_request_languages(label), label


def test_every_language_has_wording_and_the_same_error_codes_and_placeholders() -> None:
    assert sorted(languages()) == sorted(SUPPORTED)
    german = yaml.safe_load((ROOT / "connectors" / "wording" / "de.yml").read_text())["errors"]
    for language in SUPPORTED:
        path = ROOT / "connectors" / "wording" / f"{language}.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["delete_history"]["verbs"] and data["delete_history"]["objects"], language
        assert data["errors"].keys() == german.keys(), language
        for code, text in data["errors"].items():
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(german[code])), code
            assert "<" not in text, (language, code)


@pytest.mark.parametrize(
    ("header", "language"),
    [("tr-TR,tr;q=0.9,en;q=0.8", "tr"), ("fr-FR, ar;q=0.5, en;q=0.4", "ar"), ("en;q=0, uk", "uk"),
     ("*", "de"), ("", "de"), (None, "de"), ("fr", "de"), ("ru;q=abc, pl;q=0.3", "pl"),
     ('"><script>', "de")],
)  # fmt: skip
def test_accept_language_is_a_hint_german_otherwise(header: str | None, language: str) -> None:
    assert accepted_language(header) == language


def _refusal(body: bytes, accept_language: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    """The JSON body and the (lower-cased) headers of the refusal of ``body``."""
    headers = {"accept-language": accept_language} if accept_language else {}
    request: Any = SimpleNamespace(headers=headers)
    with pytest.raises(BadRequest) as refused:
        parse_body(body)
    reply = error_response(request, refused.value.code, 400, values=refused.value.values)
    return json.loads(reply.body or b""), {k.lower(): v for k, v in reply.headers.items()}


def test_rest_errors_keep_a_code_and_speak_the_hinted_language() -> None:
    body = json.dumps({"sender": "1234", "message": "hallo"}).encode()  # a Telegram chat id
    german, headers = _refusal(body, None)
    assert german == {"code": "sender_reserved", "error": error_text("sender_reserved")}
    assert headers["content-language"] == "de"
    turkish, headers = _refusal(body, "tr-TR,tr;q=0.9")
    assert turkish == {"code": "sender_reserved", "error": error_text("sender_reserved", "tr")}
    assert headers["content-language"] == "tr" and headers["vary"] == "Accept-Language"
    assert turkish["error"] != german["error"]


def test_rest_error_values_are_filled_in_every_language() -> None:
    metadata = {f"k{i}": i for i in range(50)}
    body = json.dumps({"sender": "portal-1", "message": "x", "metadata": metadata}).encode()
    for language in SUPPORTED:
        said, _ = _refusal(body, language)
        assert said["code"] == "metadata_too_large"
        assert "20" in said["error"] and "2048" in said["error"] and "{" not in said["error"]


# --- The guard: typed deletion in another language deletes and answers in that language ---


class Recording(OutputChannel):
    """Keeps every message as sent, with ``lang`` and ``history_deleted``."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.sent.append(message)


def _conversation(language: str | None) -> tuple[AnswerGuard, InMemoryTrackerStore]:
    store = InMemoryTrackerStore(DOMAIN)
    guard = AnswerGuard()
    agent = SimpleNamespace(domain=DOMAIN, tracker_store=store, nlg=None)
    guard._app = SimpleNamespace(ctx=SimpleNamespace(agent=agent))  # type: ignore[assignment]

    async def chat() -> None:
        tracker = await store.get_or_create_tracker("citizen")
        tracker.update(UserUttered("/district_list"))
        if language:
            tracker.update(SlotSet("language", language))
        await store.save(tracker)

    asyncio.run(chat())
    return guard, store


def _delete(guard: AnswerGuard, text: str) -> list[dict[str, Any]]:
    output = Recording()

    async def rasa(_: UserMessage) -> None:
        raise AssertionError("a deletion request must not reach Rasa")

    asyncio.run(guard.handle(rasa, UserMessage(text, output, "citizen")))
    return output.sent


@pytest.mark.parametrize(
    ("conversation", "typed", "answered"),
    [("tr", "Geçmişimi sil", "tr"), (None, "delete my history", "en"),
     ("ar", "/delete_history", "ar"), ("uk", "Видаліть історію", "uk"),
     (None, "Verlauf löschen", "de")],
)  # fmt: skip
def test_a_typed_deletion_forgets_and_answers_in_its_language(
    conversation: str | None, typed: str, answered: str
) -> None:
    guard, store = _conversation(conversation)
    sent = _delete(guard, typed)
    text = (TRANSLATIONS[answered]["utter_history_deleted"] if answered != "de"
            else DOMAIN.responses["utter_history_deleted"][0])["text"]  # fmt: skip
    assert sent == [{"text": text, "lang": answered, HISTORY_DELETED: True}]
    assert "citizen" not in store.store  # the conversation is gone


@pytest.mark.parametrize(
    "text",
    [
        "Wer löscht meine Daten?",
        "Wann werden meine Daten gelöscht?",
        "Who deletes my data?",
        "When is my chat deleted?",
        "Verilerim silinir mi?",
        "Kto usuwa moje dane?",
        "Кто удаляет мои данные?",
        "Хто видаляє мої дані?",
        "متى تحذف بياناتي؟",
    ],
)
def test_a_question_about_deleting_deletes_nothing(text: str) -> None:
    """It asks for information; deleting the conversation would surprise the citizen."""
    assert delete_request_languages(text) == ()
