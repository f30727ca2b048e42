"""Place names written in another script: "Хёрде", "Эвинг", "هورده" -> Hörde, Eving.

A citizen writing Russian or Arabic spells Dortmund's places in their own
letters. :mod:`anyascii` writes any script in Latin letters ("Хёрде" ->
"Kherde"); both sides are then reduced to how they sound ("kh" = "h",
"w" = "v", "z" = "s", double letters single; "ö" as "e" or "o": "Хорде") and compared:
- alphabets with vowels (Cyrillic, Greek): the whole sound, an inflected form
  ("Эвингом") or a near spelling at ``cutoffs.script_place``, never a shorter
  word ("в марте", in March, is not Marten);
- Arabic writes no short vowels: the consonants must agree (a long skeleton
  at ``cutoffs.script_skeleton``), and a short one also needs the first syllable's vowel letter
  ("مارتن" is Marten, "مرتين", twice, is not); an attached "ال", "ب", "ل",
  "و", "ف" or "ك" is tried off.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz

MAX_ENDING = 2  # letters an inflection adds: "Эвинге", "Эвингом"
SHORT_SKELETON = 4  # consonants; a shorter Arabic skeleton needs its first vowel too
MIN_SKELETON = 3  # fewer consonants say nothing ("نيته": Nette stays unmatched)
_SOUNDS = (("sch", "sh"), ("kh", "h"), ("ck", "k"), ("oe", "e"), ("ue", "u"), ("ae", "e"),
           ("ph", "f"), ("gh", "g"), ("sht", "st"), ("w", "v"), ("z", "s"), ("c", "k"))  # fmt: skip
_CONSONANTS = str.maketrans({"v": "f", "g": "k", "q": "k", "j": "k", "p": "b"})
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"(.)\1+")
_ALIF = str.maketrans({"ا": "a", "أ": "a", "إ": "a", "آ": "a", "ٱ": "a"})  # anyascii drops alif
_ARABIC_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "ب", "ل", "و", "ف", "ك")


def script(word: str) -> str:
    """The script of a word's first letter: "latin", "cyrillic", "arabic", "greek" or ""."""
    for char in word:
        if char.isalpha():
            return unicodedata.name(char, "").split(" ")[0].lower()
    return ""


def sound(latin: str) -> str:
    """Latin letters as they sound in a transliteration: "Kherde" and "hoerde" -> "herde"."""
    text = re.sub(r"[^a-z]", "", latin.lower())
    for written, said in _SOUNDS:
        text = text.replace(written, said)
    return _DOUBLE.sub(r"\1", text)


def skeleton(said: str) -> str:
    """The consonants of a sound, as Arabic letters tell them apart: "herde" -> "hrd"."""
    consonants = _VOWELS.sub("", said.replace("sh", "s")).translate(_CONSONANTS)
    return _DOUBLE.sub(r"\1", consonants)


@dataclass(frozen=True)
class _Place:
    key: str  # the place key of knowledge.places
    said: str
    consonants: str
    opens: str  # how the word opens (:func:`_opening`): "cv" for "herde", "v" for "eving"


def _opening(said: str) -> str:
    """How a word opens: "v" (a vowel), else "cv" or "cc" by its second letter."""
    kinds = "".join("v" if _VOWELS.fullmatch(c) else "c" for c in said[:2])
    return "v" if kinds.startswith("v") else kinds


class ScriptPlaces:
    """One-word place keys, matched by words of another script."""

    def __init__(self, keys: list[str], cutoff: float, skeleton_cutoff: float) -> None:
        self._cutoff = cutoff
        self._skeleton_cutoff = skeleton_cutoff
        self._places = [
            _Place(k, said, skeleton(said), _opening(said))
            for k in keys
            if " " not in k
            for said in dict.fromkeys([sound(k), sound(k.replace("oe", "o"))])
        ]

    def match(self, word: str) -> list[tuple[str, float]]:
        """Place keys the word names, with a score 0-100; empty for a Latin word."""
        kind = script(word)
        if kind == "arabic":
            return [m for form in _arabic_forms(word) for m in self._arabic(form)]
        if kind in ("", "latin"):
            return []
        said = sound(anyascii(word))
        return [(p.key, s) for p in self._places if (s := self._alphabet_score(said, p))]

    def _alphabet_score(self, said: str, place: _Place) -> float:
        if said.startswith(place.said) and len(said) - len(place.said) <= MAX_ENDING:
            return 100.0
        if len(said) < len(place.said):
            return 0.0
        score = fuzz.ratio(said, place.said)
        return score if score >= self._cutoff else 0.0

    def _arabic(self, form: str) -> list[tuple[str, float]]:
        letters = re.sub(r"[^a-z]", "", anyascii(form.translate(_ALIF)).lower())
        letters = re.sub(r"h$", "", letters.replace("w", "u").replace("y", "i"))
        said = sound(letters)
        consonants = skeleton(said)
        if len(consonants) < MIN_SKELETON:
            return []
        found = []
        for place in self._places:
            if consonants == place.consonants:
                short = len(consonants) <= SHORT_SKELETON
                if not short or _opening(said) == place.opens:
                    found.append((place.key, 100.0))
            elif len(consonants) > SHORT_SKELETON:
                score = fuzz.ratio(consonants, place.consonants)
                if score >= self._skeleton_cutoff:
                    found.append((place.key, score))
        return found


def _arabic_forms(word: str) -> list[str]:
    """The word, and the word without an attached article or preposition."""
    forms = [word]
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_SKELETON:
            forms.append(word[len(prefix) :])
    return forms
