"""The REST channel end to end: clear 4xx for bad requests, an answer for every message.

Also the faults: the action server stopped mid-conversation, and a restart of
the Rasa server that must not lose the conversation (SQLite tracker store).
"""

from __future__ import annotations

from functools import lru_cache

import pytest
import requests
import yaml

from knowledge import KnowledgeBase
from scripts.stack import ROOT, Stack


@lru_cache(maxsize=1)
def said(response: str) -> str:
    """The text of a domain response (these have no variables)."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return domain["responses"][response][0]["text"]


def post(stack: Stack, body: object = None, raw: bytes | None = None) -> requests.Response:
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    if raw is not None:
        return requests.post(
            url, data=raw, headers={"Content-Type": "application/json"}, timeout=60
        )
    return requests.post(url, json=body, timeout=60)


def texts(reply: requests.Response) -> list[str]:
    assert reply.status_code == 200, reply.text
    return [m.get("text", "") for m in reply.json()]


@pytest.mark.parametrize("raw", [b"", b"[]", b'{"message": "hallo"}', b"\xff\xfe{", b"{x"])
def test_bad_requests_get_a_clear_400(stack: Stack, raw: bytes) -> None:
    reply = post(stack, raw=raw)
    assert reply.status_code == 400 and reply.json()["error"]


def test_oversized_requests_get_413(stack: Stack) -> None:
    assert (
        post(stack, raw=b'{"sender": "s", "message": "' + b"x" * 70_000 + b'"}').status_code == 413
    )


@pytest.mark.parametrize("message", ["", "   ", "\u0000\u0007"])
def test_empty_messages_get_a_polite_prompt(stack: Stack, message: str) -> None:
    assert texts(post(stack, {"sender": "empty-1", "message": message})) == [
        said("utter_empty_message")
    ]


def test_a_long_paste_is_cut_with_a_note_and_answered(stack: Stack) -> None:
    district = KnowledgeBase().districts()[0]
    message = f"Wer ist in {district.name} zuständig? " + "bla " * 3000
    answer = texts(post(stack, {"sender": "long-1", "message": message}))
    assert answer[0] == said("utter_message_too_long") and len(answer) > 1


def test_typed_restart_is_answered(stack: Stack) -> None:
    assert texts(post(stack, {"sender": "restart-1", "message": "/restart"})) == [
        said("utter_restarted")
    ]


def test_senders_do_not_share_a_conversation(stack: Stack) -> None:
    district = KnowledgeBase().districts()[0]
    texts(post(stack, {"sender": "alice", "message": f"wer ist in {district.name} zuständig"}))
    answer = "\n".join(texts(post(stack, {"sender": "bob", "message": "und die telefonnummer?"})))
    assert district.contact.phone not in answer


def test_action_server_down_gets_a_polite_answer_and_recovers(stack: Stack) -> None:
    district = KnowledgeBase().districts()[1]
    question = {"sender": "fault-1", "message": f"wer ist in {district.name} zuständig"}
    stack.stop("actions")
    try:
        assert texts(post(stack, question)) == [said("utter_no_answer")]
    finally:
        stack.start("actions")
    assert district.contact.name in "\n".join(texts(post(stack, question)))


def test_conversation_survives_a_rasa_restart(stack: Stack) -> None:
    district = KnowledgeBase().districts()[2]
    texts(post(stack, {"sender": "persist-1", "message": f"wer ist in {district.name} zuständig"}))
    stack.stop("rasa")
    stack.start("rasa")
    answer = texts(post(stack, {"sender": "persist-1", "message": "und die telefonnummer?"}))
    assert district.contact.phone in "\n".join(answer)


def test_personal_data_is_masked_in_the_store_but_city_contacts_are_not(stack: Stack) -> None:
    district = KnowledgeBase().districts()[0]
    sender = "privacy-1"
    message = f"ich wohne Musterstraße 12, Tel 0231 1234567, wer ist in {district.name} zuständig?"
    answer = "\n".join(texts(post(stack, {"sender": sender, "message": message})))
    assert district.contact.phone in answer
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", headers=stack.api_headers, timeout=30
    ).json()
    stored = [e["text"] for e in tracker["events"] if e["event"] == "user"]
    assert stored and "1234567" not in stored[0] and "Musterstraße" not in stored[0]
    assert "[Telefon]" in stored[0] and "[Adresse]" in stored[0]
    bot = "\n".join(e.get("text") or "" for e in tracker["events"] if e["event"] == "bot")
    assert district.contact.phone in bot


def test_verlauf_loeschen_forgets_the_conversation(stack: Stack) -> None:
    district = KnowledgeBase().districts()[0]
    sender = "privacy-2"
    texts(post(stack, {"sender": sender, "message": f"wer ist in {district.name} zuständig"}))
    assert texts(post(stack, {"sender": sender, "message": "Verlauf löschen"})) == [
        said("utter_history_deleted")]  # fmt: skip
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", headers=stack.api_headers, timeout=30
    ).json()
    assert not [e for e in tracker["events"] if e["event"] in ("user", "bot")]
    follow_up = "\n".join(
        texts(post(stack, {"sender": sender, "message": "und die telefonnummer?"}))
    )
    assert district.contact.phone not in follow_up


def _translation(language: str, response: str) -> str:
    data = yaml.safe_load((ROOT / "responses" / f"{language}.yml").read_text(encoding="utf-8"))
    return str(data["responses"][response]["text"])


def _wording(language: str) -> dict[str, str]:
    path = ROOT / "connectors" / "wording" / f"{language}.yml"
    return dict(yaml.safe_load(path.read_text(encoding="utf-8"))["errors"])


@pytest.mark.parametrize(
    ("accept", "language"),
    [("tr-TR,tr;q=0.9,en;q=0.8", "tr"), ("ar", "ar"), ("fr", "de"), ("", "de")],
)
def test_errors_keep_a_code_and_speak_the_accept_language(
    stack: Stack, accept: str, language: str
) -> None:
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    headers = {"Accept-Language": accept} if accept else {}
    bad = requests.post(url, json={"sender": "42", "message": "x"}, headers=headers, timeout=60)
    assert bad.status_code == 400 and bad.headers["Content-Language"] == language
    assert bad.json() == {"code": "sender_reserved", "error": _wording(language)["sender_reserved"]}
    form = requests.post(url, data={"sender": "s"}, headers=headers, timeout=60)
    assert form.status_code == 415
    assert form.json() == {"code": "content_type", "error": _wording(language)["content_type"]}


def test_typed_deletion_in_english_forgets_and_answers_in_english(stack: Stack) -> None:
    district = KnowledgeBase().districts()[0]
    sender = "privacy-3"
    texts(post(stack, {"sender": sender, "message": f"Who is the contact in {district.name}?"}))
    assert texts(post(stack, {"sender": sender, "message": "Please delete my chat history"})) == [
        _translation("en", "utter_history_deleted")]  # fmt: skip
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", headers=stack.api_headers, timeout=30
    ).json()
    assert not [e for e in tracker["events"] if e["event"] in ("user", "bot")]


def _greeting(stack: Stack, sender: str, hint: str) -> str:
    """The widget's first message with a browser language: the greeting, in one text."""
    body = {"sender": sender, "message": "/greet", "metadata": {"language_hint": hint}}
    return " ".join(" ".join(texts(post(stack, body))).split())


@pytest.mark.parametrize(("hint", "language"), [("tr-TR", "tr"), ("uk", "uk"), ("ar-SY", "ar")])
def test_the_first_greeting_speaks_the_browsers_language(
    stack: Stack, hint: str, language: str
) -> None:
    expected = " ".join(_translation(language, "utter_greet").split())
    assert _greeting(stack, f"greet-{language}", hint) == expected


def test_the_greeting_is_german_for_a_language_the_assistant_does_not_speak(stack: Stack) -> None:
    assert _greeting(stack, "greet-fr", "fr-FR") == " ".join(said("utter_greet").split())


def test_clear_german_after_a_turkish_greeting_is_answered_in_german(stack: Stack) -> None:
    """The browser's language is a hint: what the citizen clearly writes decides."""
    district, sender = KnowledgeBase().districts()[0], "greet-then-german"
    _greeting(stack, sender, "tr")
    asked = {"sender": sender, "message": f"Wer ist in {district.name} zuständig?",
             "metadata": {"language_hint": "tr"}}  # fmt: skip
    answer = "\n".join(texts(post(stack, asked)))
    assert district.contact.name in answer and district.contact.phone in answer
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", headers=stack.api_headers, timeout=30
    ).json()
    assert tracker["slots"]["language"] == "de"  # the next answers are German too
