"""The page's own words in a message: names and titles are no evidence of its language.

"Who is the contact person for Hörde?" is English, "Stadtteilmütter nedir" Turkish
and "ما هو مشروع Fitte Frauen im Clarenberg؟" Arabic, though the page's names
outweigh the citizen's words. :func:`own_words` leaves the citizen's words only:
it drops every word of the page's names (Aktionsräume, other Dortmund places,
people), every word the page writes capitalised only (its nouns and titles:
"Quartiersmanagement", "Aktionsplan", "Soziale", "Stadt"), and the small words of
a title inside a run of such words ("im" in "Fitte Frauen im Clarenberg", but not
"in" of "Who lives in Eving"). A Turkish suffix on a name stays: "Hörde'deki" ->
"deki". Everything is read from the page copy (``knowledge/source``) by the
parser, so a new project title is known without anyone typing it here. Every
build keeps the page it read as that copy, so the words follow a content update
without a restart: they are read again when the copy changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.aliases import OTHER_PLACES, PLACE_ALIASES
from knowledge.parse import DEFAULT_SOURCE, parse_text, read_page
from knowledge.records import PageContent
from knowledge.text import fold

__all__ = ["own_words", "vocabulary"]

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_APOSTROPHE = re.compile(r"['’]")
_QUOTED = re.compile(r"„([^“]+)“")
MIN_NOUN = 3  # shorter words of the page ("B" of "Plan B", "I" of "Eving I") are no names
PAGE = DEFAULT_SOURCE  # the page copy ``python -m knowledge build`` reads and keeps


@dataclass(frozen=True)
class Vocabulary:
    """Keys (see :func:`_keys`) of the page's words.

    Attributes:
        strong: names and words the page writes capitalised only: dropped anywhere.
        weak: the other words of names and titles: dropped next to a strong word.
    """

    strong: frozenset[str]
    weak: frozenset[str]


def own_words(words: Sequence[str]) -> list[str]:
    """The words of a message that are not the page's (see the module docstring)."""
    vocabulary_ = vocabulary()
    kinds = [_kind(word, vocabulary_) for word in words]
    kept: list[str] = []
    for i, (word, kind) in enumerate(zip(words, kinds, strict=True)):
        if kind == "strong" or (kind == "weak" and _next_to_strong(kinds, i)):
            continue
        if kind == "suffixed":
            kept.extend(_APOSTROPHE.split(word)[1:])
        else:
            kept.append(word)
    return kept


def vocabulary() -> Vocabulary:
    """The page's words, read from the page copy once per version of it (once per build)."""
    stat = PAGE.stat()
    return _vocabulary_of(PAGE, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=1)
def _vocabulary_of(path: Path, mtime_ns: int, size: int) -> Vocabulary:
    """The vocabulary of the page copy as it was at ``mtime_ns`` with ``size`` bytes."""
    page = read_page(path)
    lowercase = {word for word in WORD.findall(page) if word.islower()}
    return _vocabulary(parse_text(page), _QUOTED.findall(page), lowercase)


def _vocabulary(content: PageContent, quoted: list[str], lowercase: set[str]) -> Vocabulary:
    """The vocabulary of parsed content and the names the page quotes („Aktionsplan Soziale Stadt“).

    ``lowercase``: the words the page writes in lowercase (no nouns, no names).
    """
    names = [d.name for d in content.districts] + [c.name for c in content.contacts]
    names += [*PLACE_ALIASES, *(p for places in PLACE_ALIASES.values() for p in places)]
    names += OTHER_PLACES
    titles = [p.title for p in content.projects] + [t.name for t in content.topics]
    titles += [r.title for r in content.reports] + quoted
    prose = [p.goal for p in content.projects] + [t.work_focus for t in content.topics]
    prose += [*content.plan_summary, *(f.text for f in content.plan_facts)]
    prose += [r.description for r in content.reports]
    nouns = {word for text in titles + prose for word in WORD.findall(text)
             if word[0].isupper() and len(word) >= MIN_NOUN
             and word.lower() not in lowercase}  # fmt: skip
    strong = _all_keys(_with_parts(word for name in names for word in WORD.findall(name)))
    strong |= _all_keys(_with_parts(nouns))
    weak = _all_keys(word for text in names + titles for word in WORD.findall(text))
    return Vocabulary(strong=frozenset(strong), weak=frozenset(weak - strong))


def _kind(word: str, vocabulary_: Vocabulary) -> str:
    keys = _keys(word)
    if keys & vocabulary_.strong:
        return "strong"
    stem = _APOSTROPHE.split(word)[0]
    if stem != word and _keys(stem) & vocabulary_.strong:
        return "suffixed"  # "Hörde'deki": the name goes, the Turkish suffix stays
    return "weak" if keys & vocabulary_.weak else "own"


def _next_to_strong(kinds: Sequence[str], i: int) -> bool:
    """Whether a run of page words around position ``i`` holds a strong one."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(kinds) and kinds[j] != "own":
            if kinds[j] != "weak":
                return True
            j += step
    return False


def _with_parts(words: Iterable[str]) -> set[str]:
    """Words and the parts of hyphenated ones ("Wittig-Flick": also "Wittig", "Flick")."""
    whole = {word for word in words if len(word) >= MIN_NOUN}
    return whole | {part for word in whole for part in word.split("-") if len(part) > MIN_NOUN}


def _all_keys(words: Iterable[str]) -> set[str]:
    return {key for word in words for key in _keys(word)}


def _keys(word: str) -> set[str]:
    """Spellings that count as the same word: "Hörde", "hoerde", "horde"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(c))  # fmt: skip
    return {fold(word), bare}
