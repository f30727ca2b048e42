"""German text normalisation shared by every lookup.

Citizens type on phones: lowercase, no umlauts, inflected forms. Both sides of
a comparison therefore go through the same steps: words are split (hyphenated
compounds also kept whole), lemmatised with spaCy's German lookup table
("Kindern" -> "Kind", "älteren" -> "alt"), and folded ("Hörde" -> "hoerde").
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import ModuleType

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_FOLD = str.maketrans(_UMLAUTS)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# Words that say "I am asking about projects" but not which ones (as typed, folded).
_QUERY_NOISE = frozenset(
    [
        "projekt",
        "projekte",
        "projekten",
        "projekts",
        "angebot",
        "angebote",
        "angeboten",
        "angebots",
        "massnahme",
        "massnahmen",
        "programm",
        "programme",
        "aktionsplan",
        "aktionsplans",
        "dortmund",
        "dortmunder",
        "stadt",
        "suche",
        "suchen",
        "gib",
        "gibt",
        "gibts",
        "gibbet",
        "geben",
        "info",
        "infos",
        "information",
        "informationen",
        "etwas",
        "bitte",
        "hallo",
        "ziel",
        "ziele",
        "zielgruppe",
        "zielgruppen",
        "hilfe",
        # telling a situation, not naming a need ("Gibt es Unterstützung?", "wir wohnen in ...")
        "unterstuetzung",
        "unterstuetzen",
        "hilft",
        "weiss",
        "wissen",
        "moeglichkeit",
        "moeglichkeiten",
        "tipp",
        "tipps",
        "rat",
        "frage",
        "fragen",
        "sagen",
        "erzaehlen",
        "brauche",
        "braucht",
        "brauchen",
        "finde",
        "findet",
        "finden",
        "bekommen",
        "bekommt",
        "wohne",
        "wohnt",
        "wohnen",
        "lebe",
        "lebt",
        "leben",
    ]
)
# Stop words of spaCy that name a need here ("ganz allein").
_MEANINGFUL = frozenset(["allein"])
# Generic tails of compounds: "Sportangebote" asks for "Sport".
_NOISE_TAILS = ("angebote", "angeboten", "angebot", "projekte", "projekt", "massnahmen",
                "programme", "programm", "moeglichkeiten")  # fmt: skip
MIN_HEAD = 4
MIN_NOUN_TAIL = 4  # letters of the last part by which an unknown compound counts as a noun
MIN_NOUN_HEAD = 3  # ... and of its first part ("näh|kurs")
MIN_WORDS_FOR_LANGUAGE = 2  # fewer words say nothing about the language
GERMAN_SHARE = 0.5
MIN_CLIPPED = 3  # "Sag", "Such": shorter words are too often other languages' or typos


@lru_cache(maxsize=8192)  # called for the same words many times a message
def fold(text: str) -> str:
    """Lowercase, umlauts as "ae/oe/ue", ß as "ss", other accents dropped."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spell_without_umlauts(text: str) -> str:
    """Keep case, write umlauts out: "Hörde" -> "Hoerde" (as citizens type them)."""
    return text.translate(_FOLD)


def compact(text: str) -> str:
    """Folded letters and digits only: "Windel-Cafe im B3" -> "windelcafeimb3"."""
    return _NON_ALNUM.sub("", fold(text))


def key(text: str) -> str:
    """Folded words, single spaces: "Eving I/Kemminghausen" -> "eving i kemminghausen"."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def words(text: str) -> list[str]:
    """Words as written; a hyphenated compound yields its parts and the whole.

    "Alt-Scharnhorst" -> ["Alt", "Scharnhorst", "AltScharnhorst"].
    """
    found: list[str] = []
    for match in _WORD.finditer(text):
        parts = match.group().split("-")
        found += parts
        if len(parts) > 1:
            found.append("".join(parts))
    return found


def looks_german(text: str) -> bool:
    """False only when a message is clearly in another language.

    That is: mostly letters of another script ("مرحبا"), or at least two words of
    which fewer than half are German ("Merhaba, nasılsın?", "I need help with my
    rent"). A German word is a form or lemma of spaCy's German lemma table, or a
    stop word. One unknown word ("Wambel", a typo) proves nothing.
    """
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    if latin < len(letters) / 2:
        return False
    found = [word for word in _WORD.findall(text) if len(word) > 1 and not word.isdigit()]
    if len(found) < MIN_WORDS_FOR_LANGUAGE:
        return True
    return sum(map(_is_german_word, found)) >= GERMAN_SHARE * len(found)


def is_stop_word(word: str) -> bool:
    """Whether a word (as typed or folded) is one of spaCy's German stop words."""
    return fold(word) in _stop_words()


def is_german_word(word: str) -> bool:
    """A form or lemma of the German lemma table, or a stop word ("haben", "Kindern").

    Spoken forms count too: an imperative without its "e" ("Erzähl", "Zeig") and a
    verb with "es" clipped on ("gibts"). Language detection does not count them
    (:func:`looks_german`): "Find" or "Hands" would make English look German.
    """
    return _is_german_word(word) or any(map(_is_german_word, _unclipped(word)))


def _unclipped(word: str) -> tuple[str, ...]:
    """The written forms of a clipped spoken word: "Erzähl" -> "Erzähle", "gibts" -> "gibt".

    Folded terms are lemmas, so "erzaehl" -> "erzaehlen" too.
    """
    if len(word) < MIN_CLIPPED or not word.isalpha():
        return ()
    return (word + "e", word + "en") + ((word[:-1],) if word[-1] in "sS" else ())


def _is_german_word(word: str) -> bool:
    table, folded = _lemma_table(), fold(word.lower())
    return (
        folded in _stop_words()
        or folded in _german_lemmas()
        or any(variant in table for variant in (word, word.capitalize(), word.lower()))
    )


def is_noun(word: str) -> bool:
    """Whether German writes ``word`` as a noun: typed with a capital, or so in the lemma table.

    Citizens who type in lower case ("gibt es schachkurse für senioren") still
    name things: a lower-case word is a noun when spaCy's German lemma table
    knows it only capitalised ("kurse" as "Kurse", "kita" as the lemma "Kita"),
    not when it is also a verb or another word ("laden", "essen"). A compound
    the table lacks counts by its last part: "schach|kurse".
    """
    if not word or not word.isalpha():
        return False
    if word[0].isupper():
        return True
    lower = word.lower()
    if _known_lower(lower):
        return False
    if _known_noun(lower):
        return True
    return any(
        _known_noun(lower[cut:]) and not _known_lower(lower[cut:])
        for cut in range(MIN_NOUN_HEAD, len(lower) - MIN_NOUN_TAIL + 1)
    )


def _known_noun(lower: str) -> bool:
    capital = lower.capitalize()
    return capital in _lemma_table() or capital in _lemma_values()


def _known_lower(lower: str) -> bool:
    """A lower-case word of the table, also as an inflected verb or adjective ("suche")."""
    forms = (lower, lower + "n", lower[:-1], lower[:-2])
    table, values = _lemma_table(), _lemma_values()
    return fold(lower) in _stop_words() or any(
        form in table or form in values for form in forms if len(form) >= MIN_HEAD
    )


@lru_cache(maxsize=1)
def _lemma_values() -> frozenset[str]:
    """Every lemma of the German lemma table as written ("Arbeit", "essen")."""
    return frozenset(_lemma_table().values())


def lemma(word: str) -> str:
    """The folded lemma; tries the word as typed, capitalised and lowercased."""
    table = _lemma_table()
    for variant in (word, word.capitalize(), word.lower()):
        found = table.get(variant)
        if found:
            return fold(found)
    return fold(word)


def forms(text: str, *, drop_noise: bool = False) -> list[tuple[str, ...]]:
    """Per content word its folded forms, lemma first: "Leerstände" -> ("leerstand", "leerstaende").

    The surface form is kept because the lookup lemmatizer errs on some words
    ("sucht" -> "suchen", "Schulden" -> "schulde"). Stop words are dropped, and
    with ``drop_noise`` words like "Projekte" that name no subject.
    """
    stop = _stop_words()
    result = []
    for word in words(text):
        surface = fold(word)
        if (surface in stop and surface not in _MEANINGFUL) or (
            len(surface) < 2 and not surface.isdigit()
        ):
            continue
        if drop_noise and surface in _QUERY_NOISE:
            continue
        if drop_noise:
            word = _without_noise_tail(word)
            surface = fold(word)
        result.append(tuple(dict.fromkeys((lemma(word), surface))))
    return result


def _without_noise_tail(word: str) -> str:
    """Cut a generic tail: "Sportangebote" -> "sport"; other words stay as they are."""
    surface = fold(word)
    for tail in _NOISE_TAILS:
        if surface.endswith(tail) and len(surface) - len(tail) >= MIN_HEAD:
            return surface[: -len(tail)]
    return word


def terms(text: str, *, drop_noise: bool = False) -> list[str]:
    """Folded lemmas of the content words, in order."""
    return [word_forms[0] for word_forms in forms(text, drop_noise=drop_noise)]


def stem(term: str) -> str:
    """Strip a plural or linking ending before compound matching: "sprache" -> "sprach"."""
    for ending in ("en", "er", "e", "n", "s"):
        if term.endswith(ending) and len(term) - len(ending) >= 4:
            return term[: -len(ending)]
    return term


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """SpaCy's German stop words, read from its data file without importing spaCy.

    Importing spaCy pulls in thinc and TensorFlow (about 400 MB); the action
    server needs neither. ``stop_words.py`` is a plain set literal with no imports.
    """
    module = _spacy_data_module("lang/de/stop_words.py")
    return frozenset(fold(word) for word in module.STOP_WORDS)


@lru_cache(maxsize=1)
def _german_lemmas() -> frozenset[str]:
    """Every lemma of the German lemma table, folded ("zustaendig", "telefonnummer")."""
    return frozenset(fold(value.lower()) for value in _lemma_table().values())


@lru_cache(maxsize=1)
def _lemma_table() -> Mapping[str, str]:
    """The German lemma table of spacy-lookups-data, the one spaCy's lookup lemmatizer uses."""
    package = importlib.util.find_spec("spacy_lookups_data")
    if package is None or package.origin is None:
        raise RuntimeError("spacy-lookups-data is not installed")
    path = Path(package.origin).parent / "data" / "de_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as file:
        table: dict[str, str] = json.load(file)
    return table


def _spacy_data_module(relative: str) -> ModuleType:
    spacy = importlib.util.find_spec("spacy")
    if spacy is None or spacy.origin is None:
        raise RuntimeError("spaCy is not installed")
    spec = importlib.util.spec_from_file_location(
        "_spacy_data", Path(spacy.origin).parent / relative
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
