"""How a citizen asks: contact details, picks, "mehr", yes/no, corrections.

Each message is normalised and split once (:func:`read`, memoised per text);
every question here reads that one :class:`Reading`. The words come from
:mod:`knowledge.lexicon`.

Words of the language only; what the words refer to on the page is found in
``knowledge/`` (see :mod:`actions.turn`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge import lexicon
from knowledge.text import key

MAX_ECHO_CHARS = 40
DETAIL_PHONE = "phone"
DETAIL_EMAIL = "email"
MAX_PICK = 99  # a bare number above this is no position in a list
_CLAUSE_END = re.compile(r"[.?!,;:]+")
_PLACE_LIKE = re.compile(r"^[^\W\d_]+(?:[ \-/][^\W\d_]+){0,3}$")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Reading:
    """One message normalised and split once: every question below reads this."""

    folded: str  # knowledge.text.key(): lower case, umlauts written out, words by single spaces
    words: tuple[str, ...]
    word_set: frozenset[str]
    clauses: tuple[tuple[str, ...], ...]  # the folded words of each sentence or clause
    tokens: tuple[str, ...]  # the words as typed (case kept: "Sie" addresses the bot)


@lru_cache(maxsize=64)
def read(text: str) -> Reading:
    """The message's reading, made once per text (the steps of one turn share it)."""
    folded = key(text)
    words = tuple(folded.split())
    clauses = tuple(c for part in _CLAUSE_END.split(text) if (c := tuple(key(part).split())))
    return Reading(folded, words, frozenset(words), clauses, tuple(_TOKEN.findall(text)))


@lru_cache(maxsize=1)
def _pick_numbers() -> dict[str, int]:
    """Ordinal and cardinal words and their position in a list."""
    return {**lexicon.cardinals(), **lexicon.ordinals()}


def asked_details(text: str, entity_values: list[str]) -> tuple[str, ...]:
    """The contact details asked for: ("phone",), ("email",), or () for the whole contact.

    "Name, Telefon und Mail bitte" asks for everything, so it gives ().
    """
    folded = read(text).folded
    wanted = {v for v in entity_values if v in (DETAIL_PHONE, DETAIL_EMAIL)}
    if lexicon.pattern("phone").search(folded):
        wanted.add(DETAIL_PHONE)
    if lexicon.pattern("email").search(folded):
        wanted.add(DETAIL_EMAIL)
    return tuple(sorted(wanted)) if len(wanted) == 1 else ()


def ordinal(text: str) -> int | None:
    """Position the citizen picks from a list: "der zweite" -> 2, "den letzten" -> -1.

    Every word must be an ordinal, a number after "Nummer" or a filler, so
    "alert(1)" or "wer ist in hörde 2 mal zuständig" pick nothing.
    """
    words = list(read(text).words)
    picks = _picks(words, strict=True)
    if len(picks) != 1 or any(not _pick_word(w) for w in words):
        return None
    return picks[0]


def loose_ordinal(text: str) -> int | None:
    """An ordinal word in a longer message: "zurück zu den Senioren: das erste" -> 1.

    Bare digits and cardinals count only after "Nummer"/"Nr", so "Eving 2" picks nothing.
    """
    picks = _picks(list(read(text).words), strict=False)
    return picks[0] if len(picks) == 1 else None


def _picks(words: list[str], strict: bool) -> list[int]:
    found = []
    for i, word in enumerate(words):
        marked = i > 0 and words[i - 1] in lexicon.number_markers()
        if word.isdigit() and (marked or strict) and 0 < int(word) <= MAX_PICK:
            found.append(int(word))
        elif word in _pick_numbers() and (marked or strict or word not in lexicon.cardinals()):
            found.append(_pick_numbers()[word])
    return found


def _pick_word(word: str) -> bool:
    return (
        word in _pick_numbers()
        or word in lexicon.words("pick_fillers")
        or (word.isdigit() and len(word) <= 2)
    )


def asks_for_more(text: str) -> bool:
    """True for "mehr", "gibt es noch mehr?", "habt ihr noch weitere?", "zeig die nächsten"."""
    words = read(text).word_set
    return bool(words & lexicon.words("more_triggers")) and words <= lexicon.words("more")


def is_yes_no(text: str) -> bool:
    """A question to be answered with yes or no: "Gehört Brackel auch dazu?".

    The question may follow a statement: "Ich wohne in Brechten. Ist das ein Aktionsraum?".
    """
    return any(words[0] in lexicon.words("yes_no_starts") for words in read(text).clauses)


def asks_membership(text: str) -> bool:
    """A yes/no question whether a place belongs to the plan ("Ist Hörde dabei?")."""
    return any(
        words[0] in lexicon.words("membership_starts")
        and bool(set(words) & lexicon.words("membership"))
        for words in read(text).clauses
    )


def is_correction(text: str) -> bool:
    """A correction: "ach nein, ich meinte Nette", "nicht Hörde, sondern Hafen"."""
    return bool(lexicon.pattern("correction").search(read(text).folded))


def correction_target(text: str) -> str:
    """The part of a correction that names the right thing: "nicht X, sondern Y" -> "Y"."""
    matches = list(lexicon.pattern("correction_target").finditer(text))
    rest = text[matches[-1].end() :].strip(" ,.:;!?-") if matches else ""
    return rest or text


def asks_same_person(text: str) -> bool:
    """Whether several places share one person: "dieselbe Person", "beide der gleiche"."""
    return bool(read(text).word_set & lexicon.words("same"))


def asks_why_or_what(text: str) -> bool:
    """An explanation is asked: "Warum gerade diese 13?", "Was ist ein Aktionsraum?"."""
    reading = read(text)
    starts = lexicon.word_list("what_is_starts")
    return bool(reading.word_set & lexicon.words("why")) or reading.folded.startswith(starts)


def asks_about_one(text: str) -> bool:
    """A question about one project's aim, audience or work: "wozu soll das gut sein?"."""
    return bool(lexicon.pattern("about_one").search(read(text).folded))


def names_a_project_word(text: str) -> bool:
    """The message says "Projekt" or "Angebot" ("das dritte Projekt von vorhin")."""
    prefixes = lexicon.word_list("project_prefixes")
    return any(w.startswith(prefixes) for w in read(text).words)


def asks_for_someone(text: str) -> bool:
    """A question for a person: "Ich suche jemanden für X", "Wen frage ich in X?"."""
    return bool(read(text).word_set & lexicon.words("someone"))


def asks_for_contact(text: str) -> bool:
    """A contact person asked in so many words: "Wer ist dafür zuständig?", "Kontakt"."""
    return bool(read(text).word_set & lexicon.words("contact_asks"))


def asks_for_a_list(text: str) -> bool:
    """A list asked for: "Was gehört alles dazu?", "Welche sind das?"."""
    return bool(read(text).word_set & lexicon.words("list_asks"))


def asks_for_areas(text: str) -> bool:
    """Which other areas someone serves: "welche Gebiete hat sie noch?", "auch andere Stadtteile".

    "Welche Aktionsräume gibt es?" asks for the list, not for someone's areas.
    """
    words = read(text).word_set
    return all(words & lexicon.words(kind) for kind in ("areas", "other", "serves"))


def mentions_person_pronoun(text: str) -> bool:
    """A pronoun for a person: "ist sie auch für Nette zuständig?", "seine Nummer".

    A capitalised "Sie"/"Ihre" inside a sentence addresses the bot politely ("Können Sie …").
    """
    tokens = read(text).tokens
    return any(
        key(token) in lexicon.words("person_pronouns")
        and not (i > 0 and token in lexicon.words("polite_forms"))
        for i, token in enumerate(tokens)
    )


def points_to_a_place(text: str) -> bool:
    """Whether the text points to the place just talked about: "da", "dort", "vor Ort"."""
    return bool(read(text).word_set & lexicon.words("place_pointers"))


def is_follow_up(text: str) -> bool:
    """True for "Was ist das Ziel davon?", "an wen richtet sich das?", a button payload ("").

    Anything with other words is a new question, not a reference to the last project.
    """
    return read(text).word_set <= lexicon.words("follow_up")


def echoable_place(text: str) -> str | None:
    """A place name safe to repeat back: letters only, short; else None.

    Whatever a citizen types could reach a web page, so only plain words are
    echoed ("Huckarde"), never markup or long pastes.
    """
    candidate = " ".join(text.split())
    if len(candidate) > MAX_ECHO_CHARS or not _PLACE_LIKE.match(candidate):
        return None
    return candidate[:1].upper() + candidate[1:]
