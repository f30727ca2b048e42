"""Words of the language, as data: one file per language beside this module (``de.yml``).

Every list of words the bot reads questions with (yes/no, follow-up, pick,
correction, ordinal and form-of-address words) and every fuzzy cutoff lives
there, once. German is the default; a module asks for another language by
its code: ``words("yes_no_starts", "tr")``. Another language's file holds the
sections that language needs so far (written as typed; :func:`fold_any` folds
them: ``folded_words``, ``folded_ordinals``, ``folded_pattern``); a missing file
or key is an error, never a silent German answer.
A module that owns a whole section reads it with :func:`section` (``search`` of
``en.yml``: :mod:`knowledge.crosslingual`).
The membership and correction cues are read by :mod:`knowledge.lexicon.cues`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from knowledge.data_files import read_yaml

DEFAULT_LANGUAGE = "de"
_HERE = Path(__file__).resolve().parent
_CODE = re.compile(r"[a-z]{2,3}")


class LexiconError(LookupError):
    """A language or an entry the lexicon does not have."""


@cache  # one entry per language file: a smaller cache thrashes (9 files)
def _lexicon(lang: str) -> dict[str, Any]:
    path = _HERE / f"{lang}.yml"
    if not path.is_file():
        raise LexiconError(f"no lexicon for language {lang!r} ({path.name} is missing)")
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise LexiconError(f"{path.name} is not a mapping")
    return data


@lru_cache(maxsize=1)  # the files are read once per process too (:func:`_lexicon`)
def languages() -> tuple[str, ...]:
    """The languages that have a lexicon file (``languages.yml`` is detection data, no language)."""
    return tuple(sorted(path.stem for path in _HERE.glob("*.yml") if _CODE.fullmatch(path.stem)))


def _entry(section: str, name: str, lang: str) -> Any:
    try:
        return _lexicon(lang)[section][name]
    except (KeyError, TypeError) as missing:
        raise LexiconError(f"{lang}.yml has no {section}.{name}") from missing


@lru_cache(maxsize=256)
def words(name: str, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """A list of words (``words.<name>``), e.g. ``words("yes_no_starts")``."""
    return frozenset(str(word) for word in _entry("words", name, lang))


def word_list(name: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The same words in the file's order (for phrases tried one after the other)."""
    return tuple(str(word) for word in _entry("words", name, lang))


@lru_cache(maxsize=64)
def cutoff(name: str, lang: str = DEFAULT_LANGUAGE) -> float:
    """A fuzzy-matching cutoff (``cutoffs.<name>``, rapidfuzz ratio 0-100)."""
    return float(_entry("cutoffs", name, lang))


@lru_cache(maxsize=64)
def pattern(name: str, lang: str = DEFAULT_LANGUAGE) -> re.Pattern[str]:
    """A phrase list (``patterns.<name>``) as one case-insensitive regex of whole words.

    ``word*`` may go on ("tel*" finds "telefonnummer"); a space between two
    words may be missing ("e mail" finds "email" too).
    """
    phrases = [str(p) for p in _entry("patterns", name, lang)]
    alternatives = [re.escape(p).replace(r"\ ", r"\s?").replace(r"\*", r"\w*") for p in phrases]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def ordinals(lang: str = DEFAULT_LANGUAGE) -> dict[str, int]:
    """Ordinal words and their position ("zweite" -> 2, "letzte" -> -1)."""
    return {str(w): int(n) for w, n in _entry("numbers", "ordinals", lang).items()}


@lru_cache(maxsize=8)
def cardinals(lang: str = DEFAULT_LANGUAGE) -> dict[str, int]:
    """Cardinal words below the tens ("drei" -> 3, "dreizehn" -> 13)."""
    return {str(w): int(n) for w, n in _entry("numbers", "cardinals", lang).items()}


@lru_cache(maxsize=8)
def number_markers(lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
    """Words after which a number is a pick ("Nummer 5")."""
    return frozenset(str(w) for w in _entry("numbers", "markers", lang))


def number_word(number: int, lang: str = DEFAULT_LANGUAGE) -> str | None:
    """A number written as a word ("13" -> "dreizehn", "34" -> "vierunddreissig"); None if unknown.

    Numbers up to 99: the cardinals, the tens, and units joined before the tens.
    """
    below = {n: w for w, n in cardinals(lang).items()}
    if number in below:
        return below[number]
    tens = {int(n): str(w) for w, n in _entry("numbers", "tens", lang).items()}
    ten, unit = number - number % 10, number % 10
    if ten not in tens:
        return None
    if unit == 0:
        return tens[ten]
    unit_word = below.get(unit)
    if unit_word is None:
        return None
    unit_word = _entry("numbers", "unit_before_tens", lang).get(unit_word, unit_word)
    return f"{unit_word}{_entry('numbers', 'tens_joiner', lang)}{tens[ten]}"


# --- other languages: words compared loosely, as any alphabet is typed --------------------

# Letters without a decomposition, Arabic letter variants written one way, the
# tatweel and apostrophes inside words dropped ("п'ятий", "Hörde'de").
_LOOSE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss",
                        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None,
                        "'": None, "’": None, "ʼ": None, "`": None, "´": None})  # fmt: skip
_LOOSE_WORD = re.compile(r"\w+")


def fold_any(text: str) -> str:
    """Text of any alphabet folded for comparison: "Üçüncüsü" -> "ucuncusu", "Їй" -> "іи".

    Lower case, accents and vowel marks dropped (Arabic hamza seats and short vowels,
    Cyrillic breves too), apostrophes inside words joined ("п'ятий"), letters without
    a decomposition written plain ("ı", "ł", "ø"), Arabic letter variants one way
    ("الخطّة" -> "الخطه"). The one folding of words of other languages: the lexicon,
    the cues (:mod:`knowledge.lexicon.cues`) and the needs
    (:func:`knowledge.crosslingual.fold`) all use it. German words are folded by
    ``knowledge.text.key`` instead ("ä" -> "ae").
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LOOSE))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_LOOSE)  # variants a compatibility form decomposed into ("ﺓ")


def loose_words(text: str) -> tuple[str, ...]:
    """The words of a text of any alphabet, folded by :func:`fold_any`."""
    return tuple(_LOOSE_WORD.findall(fold_any(text)))


def other_languages() -> tuple[str, ...]:
    """The languages besides German that have a lexicon file."""
    return tuple(code for code in languages() if code not in (DEFAULT_LANGUAGE, "languages"))


def has(section: str, name: str, lang: str) -> bool:
    """Whether the language's file has that entry (another language's file may be partial)."""
    entries = _lexicon(lang).get(section)
    return isinstance(entries, dict) and name in entries


@lru_cache(maxsize=256)
def folded_words(name: str, lang: str) -> frozenset[str]:
    """``words.<name>`` of any language, each folded by :func:`fold_any`."""
    return frozenset(w for word in _entry("words", name, lang) for w in loose_words(str(word)))


@lru_cache(maxsize=64)
def folded_phrases(name: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """``words.<name>`` as phrases of folded words, longest first ("by the way", "thanks")."""
    phrases = {loose_words(str(p)) for p in _entry("words", name, lang)}
    return tuple(sorted((p for p in phrases if p), key=len, reverse=True))


@lru_cache(maxsize=64)
def folded_ordinals(lang: str) -> dict[str, int]:
    """Ordinal words of any language, folded ("üçüncüsü" -> 3, "الثاني" -> 2, "last" -> -1)."""
    return {fold_any(str(w)): int(n) for w, n in _entry("numbers", "ordinals", lang).items()}


@lru_cache(maxsize=64)
def folded_cardinals(lang: str) -> dict[str, int]:
    """Cardinal words of any language, folded (picks after a number marker: "number two")."""
    if not has("numbers", "cardinals", lang):
        return {}
    return {fold_any(str(w)): int(n) for w, n in _entry("numbers", "cardinals", lang).items()}


_UMLAUT_SPELLING = re.compile(r"[aou]e")  # "ae", "oe", "ue" as German writes ä, ö, ü


@lru_cache(maxsize=64)
def folded_pattern(name: str, lang: str) -> re.Pattern[str]:
    """``patterns.<name>`` of any language, folded, as :func:`pattern` builds it.

    Loose folding drops the umlaut's dots ("dürfen" -> "durfen"): a German phrase spelled
    "duerf*" matches that spelling too.
    """
    spellings = [str(p) for p in _entry("patterns", name, lang)]
    if lang == DEFAULT_LANGUAGE:
        spellings += [_UMLAUT_SPELLING.sub(lambda m: m.group()[0], p) for p in spellings]
    phrases = [
        " ".join(loose_words(p)) + ("*" if p.endswith("*") else "")
        for p in dict.fromkeys(spellings)
    ]
    alternatives = [re.escape(p).replace(r"\ ", r"\s?").replace(r"\*", r"\w*") for p in phrases]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def prefixes(lang: str) -> dict[str, str]:
    """Clitics written onto a word and what is left of them ("وال" -> "ال": "and the ...")."""
    entries = _lexicon(lang).get("prefixes") or {}
    return {fold_any(str(k)): fold_any(str(v)) for k, v in entries.items()}


def section(name: str, lang: str) -> dict[str, Any]:
    """A whole top-level section of a language file (``search`` of ``tr.yml``).

    For modules that own a section: each reads its own and no other.
    """
    try:
        found = _lexicon(lang)[name]
    except KeyError as missing:
        raise LexiconError(f"{lang}.yml has no section {name}") from missing
    if not isinstance(found, dict):
        raise LexiconError(f"{lang}.yml: {name} is not a mapping")
    return found
