"""The widget's own wording: one file per language, the same labels in each, used by the page.

web/i18n/<code>.json holds the buttons, labels and status messages of the chat
widget in each of the bot's languages (no browser needed here; test_widget.py
shows them in Chromium).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from knowledge.language import SUPPORTED
from scripts.stack import ROOT

I18N = ROOT / "web" / "i18n"
CHAT_JS = (ROOT / "web" / "js" / "chat.js").read_text(encoding="utf-8")
# Elements of index.html and the label each shows (as text, or in aria-label).
IN_PAGE = {"chat-open": "opener", "chat-title": "title", "chat-clear": "clear",
           "chat-close": "close", "chat-retry": "retry", "chat-input-label": "input",
           "chat-send": "send", "chat-hint": "hint"}  # fmt: skip


def labels(language: str) -> dict[str, str]:
    return dict(json.loads((I18N / f"{language}.json").read_text(encoding="utf-8")))


class Texts(HTMLParser):
    """The text and aria-label of each element with an id."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str | None] = []
        self.text: dict[str, str] = {}
        self.aria: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id") and found.get("aria-label"):
            self.aria[str(found["id"])] = str(found["aria-label"])
        if tag not in ("input", "meta", "link", "br"):
            self.open.append(found.get("id"))

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("input", "meta", "link", "br") and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for element in filter(None, self.open):
            self.text[element] = self.text.get(element, "") + data


def test_every_language_has_every_label_as_plain_text() -> None:
    assert sorted(p.stem for p in I18N.glob("*.json")) == sorted(SUPPORTED)
    german = labels("de")
    for language in SUPPORTED:
        translated = labels(language)
        assert translated.keys() == german.keys(), language
        for name, text in translated.items():
            assert text.strip() == text and text, (language, name)
            assert not re.search(r"[<>&]", text), (language, name)  # shown as text, never markup
            if language != "de" and name not in ("botPrefix",):
                assert text != german[name] or "Soziale Stadt" in text, (language, name)


def test_the_pages_german_labels_are_the_german_file() -> None:
    """Before the script runs (and without it), the chat shows the German file's words."""
    page = Texts()
    page.feed((ROOT / "web" / "index.html").read_text(encoding="utf-8"))
    german = labels("de")
    shown = {name: " ".join(page.text.get(id_, "").split()) for id_, name in IN_PAGE.items()}
    assert shown == {name: german[name] for name in IN_PAGE.values()}
    assert page.aria["chat-log"] == german["log"]


@pytest.mark.parametrize("name", sorted(labels("de")))
def test_each_label_is_used_by_the_widget(name: str) -> None:
    assert f'"{name}"' in CHAT_JS or f"wording.{name}" in CHAT_JS


def test_the_widget_uses_no_label_the_files_lack() -> None:
    used = set(re.findall(r"wording\.(\w+)", CHAT_JS)) | set(re.findall(r'\["(\w+)"', CHAT_JS))
    assert used <= labels("de").keys()


def test_the_page_lists_the_widgets_languages() -> None:
    i18n = (ROOT / "web" / "js" / "i18n.js").read_text(encoding="utf-8")
    listed = re.search(r"LANGUAGES = \[([^\]]*)\]", i18n)
    assert listed and sorted(re.findall(r'"(\w+)"', listed.group(1))) == sorted(SUPPORTED)
