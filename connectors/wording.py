"""What the channels understand and say outside the conversation, per language.

``connectors/wording/<code>.yml`` (one file per language, like ``responses/``,
so a translator reviews a language in one place) holds:

- ``delete_history``: the words of a typed request to delete the conversation
  ("Verlauf löschen", "delete my history", "Geçmişimi sil"): a short message
  with a word beginning with one of the ``verbs`` and one beginning with one of
  the ``objects`` (after one of the language's ``prefixes``, e.g. Arabic "ال");
- ``errors``: the REST channel's error texts, by a code that is the same in
  every language; the language comes from the request's ``Accept-Language``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.data_files import read_yaml
from knowledge.language import GERMAN
from knowledge.lexicon import fold_any

DIRECTORY = Path(__file__).resolve().parent / "wording"
MAX_DELETE_WORDS = 6
DELETE_PAYLOAD = "/delete_history"
_WORD = re.compile(r"\w+")
_LANGUAGE_RANGE = re.compile(  # "tr-TR", "en;q=0.8"
    r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q=([0-9.]+))?\s*$"
)


@dataclass(frozen=True)
class DeleteWords:
    """One language's words of a request to delete the conversation (folded)."""

    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    prefixes: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # words of a question about deleting ("wer", "when")

    def forms(self, word: str) -> list[str]:
        """The word, and the word without each prefix it begins with."""
        return [word] + [word[len(p) :] for p in self.prefixes if word.startswith(p) and word != p]

    def begins(self, word: str, stems: tuple[str, ...]) -> bool:
        """Whether the word (or the word without a prefix) begins with one of the stems."""
        return any(form.startswith(stems) for form in self.forms(word))

    def asked(self, words: list[str]) -> bool:
        """Whether the words hold a verb and an object of deleting (two different words).

        A question about deleting ("Wer löscht meine Daten?", "When is my chat
        deleted?") asks for information, not for the deletion.
        """
        if any(word in self.questions for word in words):
            return False
        verbs = {i for i, w in enumerate(words) if self.begins(w, self.verbs)}
        objects = {i for i, w in enumerate(words) if self.begins(w, self.objects)}
        return bool(verbs and objects and (len(verbs | objects) > 1))


@lru_cache(maxsize=1)
def _files() -> dict[str, dict[str, object]]:
    """Every ``<code>.yml`` of the directory, by language code."""
    return {path.stem: read_yaml(path) for path in sorted(DIRECTORY.glob("*.yml"))}


def languages() -> tuple[str, ...]:
    """The languages with a wording file."""
    return tuple(_files())


@lru_cache(maxsize=1)
def _delete_words() -> dict[str, DeleteWords]:
    found: dict[str, DeleteWords] = {}
    for code, data in _files().items():
        words = data["delete_history"]
        assert isinstance(words, dict), code
        parts = ("verbs", "objects", "prefixes", "questions")
        found[code] = DeleteWords(*(tuple(fold_any(w) for w in words.get(p, [])) for p in parts))
    return found


def delete_request_languages(text: str) -> tuple[str, ...]:
    """The languages in which the text asks to delete the conversation; () when it does not.

    The widget's button sends ``/delete_history``, which is no one's language:
    ``("",)`` then.
    """
    if text.strip() == DELETE_PAYLOAD:
        return ("",)
    words = _WORD.findall(fold_any(text))
    if not words or len(words) > MAX_DELETE_WORDS:
        return ()
    return tuple(code for code, delete in _delete_words().items() if delete.asked(words))


def error_text(code: str, language: str = GERMAN, values: dict[str, object] | None = None) -> str:
    """The REST error ``code`` in the language (German when it has no text), filled in."""
    texts = _files().get(language, {}).get("errors") or {}
    assert isinstance(texts, dict)
    german = _files()[GERMAN]["errors"]
    assert isinstance(german, dict)
    text = str(texts.get(code) or german[code])
    for name, value in (values or {}).items():  # not str.format: the texts hold JSON's braces
        text = text.replace("{" + name + "}", str(value))
    return text


def accepted_language(header: str | None) -> str:
    """The first language of an ``Accept-Language`` header that has texts; German otherwise.

    "tr-TR,tr;q=0.9,en;q=0.8" -> "tr"; "fr, en;q=0.5" -> "en"; "*" or nothing -> "de".
    """
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "")[:500].split(",")):
        match = _LANGUAGE_RANGE.match(part)
        if not match:
            continue
        try:
            weight = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        code = match.group(1).lower()
        if weight > 0 and code in _files():
            ranked.append((-weight, position, code))
    return min(ranked)[2] if ranked else GERMAN
