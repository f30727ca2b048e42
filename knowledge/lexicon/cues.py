"""Phrases of every language, matched in a message whatever language it is written in.

A section of the language files (``membership``, ``correction``) lists phrases
per language; short messages ("Hörde dahil mi?") say too little for the
language detector, so a phrase counts in any message. Phrases are written as a
translator would write them and folded like the message by
:func:`knowledge.lexicon.fold_any`: lower case, accents and other marks dropped
("mı" = "mi", "należy" = "nalezy", "й" = "и"), Arabic letter variants unified;
German writes umlauts out ("gehört" = "gehoert"), as
:func:`knowledge.text.key` does. ``word*`` may go on ("należ*": "należą"),
``*word`` may have a prefix (Arabic "*خطه": "الخطة").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from knowledge.lexicon import DEFAULT_LANGUAGE, _lexicon, fold_any, languages
from knowledge.text import fold

_TOKEN = re.compile(r"\w+|[^\w\s]+")
MAX_NEGATED = 3  # words a negation covers: "nicht der Hafen", "not Hörde"
Span = tuple[int, int]  # words first .. last + 1


def _folded(word: str, lang: str) -> str:
    return fold(word) if lang == DEFAULT_LANGUAGE else fold_any(word)


@dataclass(frozen=True)
class Tokens:
    """A message's words as typed, folded the German way and the plain way, and its breaks."""

    typed: tuple[str, ...]
    german: str  # folded words joined by single spaces
    other: str
    breaks: frozenset[int]  # words that follow a punctuation mark ("nicht Hörde, | Brackel")

    def text(self, lang: str) -> str:
        """The folded words, as the phrases of ``lang`` are folded."""
        return self.german if lang == DEFAULT_LANGUAGE else self.other


@lru_cache(maxsize=64)
def tokens(text: str) -> Tokens:
    """The message's words, once per text."""
    typed: list[str] = []
    breaks = set()
    for token in _TOKEN.findall(text):
        if token[0].isalnum() or token[0] == "_":
            typed.append(token)
        else:
            breaks.add(len(typed))
    german = " ".join(fold(w) or w for w in typed)
    other = " ".join(fold_any(w) or w for w in typed)
    return Tokens(tuple(typed), german, other, frozenset(breaks))


@lru_cache(maxsize=8)
def languages_with(section: str) -> tuple[str, ...]:
    """The languages whose file has this section."""
    return tuple(lang for lang in languages() if _section(section, lang))


def _section(section: str, lang: str) -> dict[str, Any]:
    data = _lexicon(lang).get(section)
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=256)
def phrases(section: str, name: str, lang: str) -> re.Pattern[str] | None:
    """The phrases ``section.name`` of one language as a regex of whole words (None if empty)."""
    alternatives = []
    for phrase in (str(p) for p in _section(section, lang).get(name) or ()):
        words = [_folded(w.strip("*"), lang) for w in phrase.split()]
        if not all(words):
            continue
        parts = [re.escape(w) for w in words]
        if phrase.startswith("*"):
            parts[0] = r"\w*" + parts[0]
        if phrase.endswith("*"):
            parts[-1] += r"\w*"
        alternatives.append(" ".join(parts))
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def found(section: str, name: str, text: str) -> bool:
    """Whether the text has any language's phrases ``section.name``."""
    return bool(spans(section, name, text))


def spans(section: str, name: str, text: str) -> list[Span]:
    """Which words the phrases ``section.name`` of any language cover."""
    folded = tokens(text)
    found = []
    for lang in languages_with(section):
        pattern = phrases(section, name, lang)
        joined = folded.text(lang)
        for match in pattern.finditer(joined) if pattern else ():
            first = joined.count(" ", 0, match.start())
            found.append((first, first + match.group().count(" ") + 1))
    return found


def together(section: str, first: str, second: str, text: str) -> bool:
    """Whether phrases ``section.first`` and ``section.second`` stand in one clause.

    Word order that parts them ("wird ein Kind jeden Tag geschlagen") is read so;
    a punctuation mark between them parts the clauses.
    """
    breaks = tokens(text).breaks
    return any(
        not any(min(a, b) < brk <= max(a, b) for brk in breaks)
        for a, _ in spans(section, first, text)
        for b, _ in spans(section, second, text)
    )


def negated(section: str, text: str) -> list[Span]:
    """What a negation covers: "nicht der Hafen, ..." and Turkish "Hörde değil, ...".

    ``section.negations`` go before the words, ``section.negations_after`` after
    them; either reaches to the next punctuation mark or word of ``section.ends``,
    and at most ``MAX_NEGATED`` words besides ``section.light_words`` ("nicht das mit der
    aufsuchenden Arbeit, ...").
    """
    folded = tokens(text)
    ends = {first for first, _ in spans(section, "ends", text)} | folded.breaks
    light = {i for first, last in spans(section, "light_words", text) for i in range(first, last)}
    found = []
    for first, last in spans(section, "negations", text):
        end = min([e for e in ends if e >= last] + [len(folded.typed)])
        found.append((first, _reach(last, end, light)))
    for first, last in spans(section, "negations_after", text):
        begin = max([b for b in folded.breaks if b <= first] + [0, first - MAX_NEGATED])
        found.append((begin, last))
    return found


def _reach(start: int, end: int, light: set[int]) -> int:
    """Where ``MAX_NEGATED`` words from ``start`` end.

    Light words before the first counted one are not counted ("nicht das mit der
    aufsuchenden Arbeit"); one after it ends the negation ("nicht der Borsigplatz der
    Nordmarkt").
    """
    counted, at = 0, start
    while at < end and counted < MAX_NEGATED:
        if at in light and counted:
            break
        counted += at not in light
        at += 1
    return at


def without(covered: list[Span], text: str) -> tuple[str, ...]:
    """The words as typed that none of the spans cover."""
    inside = {i for first, last in covered for i in range(first, last)}
    return tuple(w for i, w in enumerate(tokens(text).typed) if i not in inside)


def language_of(text: str, sections: tuple[str, ...] = ("membership", "correction")) -> str | None:
    """The one language whose question phrases (``<section>.cues``) the text has, not German.

    Evidence for a message too short for the detector: "Hörde dahil mi?" is Turkish,
    "Brackel теж?" Ukrainian; phrases of several languages, or German ones, prove nothing.
    """
    found = {
        lang
        for section in sections
        for name in ("cues", "also")
        for lang in languages_with(section)
        if (pattern := phrases(section, name, lang))
        and any(len(m.group()) > 2 for m in pattern.finditer(tokens(text).text(lang)))
    }
    return found.pop() if len(found) == 1 and DEFAULT_LANGUAGE not in found else None
