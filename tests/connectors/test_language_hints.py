"""The channels' language hints: Telegram's language_code and the browser's language, codes only."""

from __future__ import annotations

from typing import Any

import pytest

from connectors.socketio import language_hint
from connectors.telegram_updates import read_update


@pytest.mark.parametrize(
    ("sender", "hint"),
    [({"id": 7, "language_code": "tr"}, "tr"), ({"id": 7, "language_code": "uk-UA"}, "uk"),
     ({"id": 7}, None), ({"id": 7, "language_code": "<b>"}, None),
     ({"id": 7, "language_code": 5}, None), ("x", None)],
)  # fmt: skip
def test_telegram_language_code_becomes_a_two_letter_hint(sender: Any, hint: str | None) -> None:
    message = {"chat": {"id": 7, "type": "private"}, "from": sender, "text": "Merhaba"}
    incoming = read_update({"update_id": 1, "message": message})
    assert incoming is not None and incoming.language == hint


@pytest.mark.parametrize(
    ("data", "kept"),
    [({"message": "x", "metadata": {"language_hint": "ar-SY"}}, {"language_hint": "ar"}),
     ({"message": "x", "metadata": {"language_hint": "de", "tracking": "4711"}},
      {"language_hint": "de"}),
     ({"message": "x", "metadata": {"tracking": "4711"}}, None),
     ({"message": "x", "metadata": {"language_hint": "x" * 500}}, None),
     ({"message": "x", "metadata": "de"}, None), ("x", None)],
)  # fmt: skip
def test_the_widget_keeps_only_a_language_hint(data: Any, kept: dict[str, str] | None) -> None:
    assert language_hint(data) == kept
