"""Cleaning what citizens type before the NLU sees it, and checking REST bodies."""

from __future__ import annotations

import json

import pytest

from connectors.guard import MAX_MESSAGE_CHARS, clean_text
from connectors.rest import MAX_BODY_BYTES, BadRequest, parse_body


def test_control_characters_go_and_text_stays() -> None:
    assert clean_text("wer ist\u0000 in\u0007 hörde\u200b zuständig") == (
        "wer ist in hörde zuständig", False)  # fmt: skip


@pytest.mark.parametrize("text", ["", "   ", "\u0000\u0001", "\n\t", None, 42, ["x"]])
def test_nothing_left_is_empty(text: object) -> None:
    assert clean_text(text) == ("", False)


def test_long_pastes_are_cut_at_a_word() -> None:
    cleaned, cut = clean_text("wort " * 3000)
    assert cut and len(cleaned) <= MAX_MESSAGE_CHARS and cleaned.endswith("wort")


def test_emoji_and_other_scripts_are_kept() -> None:
    assert clean_text("😀 مرحبا Привет") == ("😀 مرحبا Привет", False)


def _body(data: object) -> bytes:
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "body",
    [b"", b"[]", b"[1, 2]", b"null", b'"text"', b"\xff\xfe", b"{bad json",
     _body({"message": "hallo"}), _body({"sender": "", "message": "hallo"}),
     _body({"sender": 5, "message": "hallo"}), _body({"sender": "a b", "message": "x"}),
     _body({"sender": "x" * 129, "message": "x"}), _body({"sender": "s1"}),
     _body({"sender": "s1", "message": 7}), _body({"sender": "s1", "message": "x", "metadata": []}),
     b"x" * (MAX_BODY_BYTES + 1)],
)  # fmt: skip
def test_malformed_bodies_are_refused_with_a_reason(body: bytes) -> None:
    with pytest.raises(BadRequest) as error:
        parse_body(body)
    assert str(error.value)


def test_a_good_body_is_read() -> None:
    checked = parse_body(_body({"sender": "buerger-1", "message": "hallo", "metadata": {"a": 1}}))
    assert (checked.sender, checked.message, checked.metadata) == ("buerger-1", "hallo", {"a": 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Verlauf löschen", True), ("bitte meinen verlauf loeschen", True),
     ("meine Daten löschen!", True), ("/delete_history", True), ("Verlauf", False),
     ("wie kann ich beim aktionsplan mitmachen und daten löschen lassen, wenn ich umziehe", False),
     ("wer ist in hörde zuständig", False)],
)  # fmt: skip
def test_delete_requests(text: str, expected: bool) -> None:
    from connectors.guard import asks_to_delete_history

    assert asks_to_delete_history(text) is expected
