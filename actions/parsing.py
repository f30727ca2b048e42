"""Read what the citizen asked from the tracker: entities, details, ordinals.

Dialogue-level reading only; matching against the page lives in ``knowledge/``.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.slots import DETAIL_EMAIL, DETAIL_PHONE, ENTITY_CONTACT_DETAIL
from knowledge.text import key, terms

MAX_ECHO_CHARS = 40
_PHONE_WORDS = re.compile(r"\b(tel\w*|telefon\w*|nummer\w*|nr|anruf\w*|handy|durchwahl)\b")
_EMAIL_WORDS = re.compile(r"\b(e ?mail\w*|mail\w*|email\w*|adresse)\b")
_ORDINALS = {
    "1": 1, "eins": 1, "erste": 1, "ersten": 1, "erstes": 1, "erster": 1,
    "2": 2, "zwei": 2, "zweite": 2, "zweiten": 2, "zweites": 2, "zweiter": 2,
    "3": 3, "drei": 3, "dritte": 3, "dritten": 3, "drittes": 3, "dritter": 3,
    "4": 4, "vier": 4, "vierte": 4, "vierten": 4, "viertes": 4,
    "5": 5, "fuenf": 5, "fuenfte": 5, "fuenften": 5, "letzte": -1, "letzten": -1,
}  # fmt: skip
_MORE_WORDS = frozenset(
    ["mehr", "weitere", "weiteren", "weiter", "noch", "andere", "anderen", "sonst", "zeig",
     "zeige", "zeigen", "gibt", "es", "was", "bitte", "ja", "und", "die", "der", "naechste",
     "naechsten", "projekte", "angebote", "alle"]
)  # fmt: skip
_PICK_FILLERS = frozenset(
    ["der", "die", "das", "den", "dem", "nummer", "nr", "projekt", "bitte", "ich", "nehme",
     "will", "moechte", "mehr", "zu", "zum", "ueber", "was", "ist", "mit", "und", "eintrag",
     "erzaehl", "mir", "infos", "info", "zeig", "zeige", "davon", "aus", "liste", "ok", "gerne"]
)  # fmt: skip
# Words of a follow-up about the project just shown ("Was ist das Ziel davon?").
_FOLLOW_UP_WORDS = frozenset(
    ["was", "ist", "sind", "das", "die", "der", "den", "dem", "des", "es", "da", "dort", "und",
     "ziel", "ziele", "zielgruppe", "davon", "dazu", "darueber", "dahinter", "mehr", "details",
     "detail", "genau", "konkret", "worum", "geht", "gehts", "wen", "wer", "fuer", "infos", "info",
     "informationen", "erzaehl", "erzaehlen", "erklaer", "erklaeren", "mir", "bitte", "projekt",
     "gemacht", "wird", "macht", "man", "wie", "welches", "ueber", "noch", "bedeutet", "heisst",
     "soll", "erreicht", "werden", "damit", "gemeint", "beschreibung", "naeher", "zum", "zu"]
)  # fmt: skip
_MORE_TRIGGERS = frozenset({"mehr", "weitere", "weiteren", "weiter", "naechsten"})
_PLACE_LIKE = re.compile(r"^[^\W\d_]+(?:[ \-/][^\W\d_]+){0,3}$")


def text_of(tracker: Tracker) -> str:
    """The latest message's text ("" for a button payload or nothing)."""
    text = tracker.latest_message.get("text") or ""
    return "" if text.startswith("/") else text


def entity_values(tracker: Tracker, entity: str) -> list[str]:
    """Values of one entity in the latest message, in order, without repeats.

    Values made only of stop words are dropped: the NLU sometimes tags the
    article of a title on its own ("den" in "über den Walkingbus").
    """
    values = [
        str(found.get("value"))
        for found in tracker.latest_message.get("entities") or []
        if found.get("entity") == entity and found.get("value") not in (None, "")
    ]
    return [value for value in dict.fromkeys(values) if terms(value) or value.isdigit()]


def asked_detail(tracker: Tracker) -> str | None:
    """Which contact detail the citizen asked for: phone, email, or None for all."""
    for value in entity_values(tracker, ENTITY_CONTACT_DETAIL):
        if value in (DETAIL_PHONE, DETAIL_EMAIL):
            return value
    folded = key(text_of(tracker))
    if _PHONE_WORDS.search(folded):
        return DETAIL_PHONE
    if _EMAIL_WORDS.search(folded):
        return DETAIL_EMAIL
    return None


def ordinal(text: str) -> int | None:
    """Position the citizen picks from a list: "der zweite" -> 2, "den letzten" -> -1.

    Only short picks count: every word must be an ordinal or a filler, so "alert(1)"
    or "wer ist in hörde 2 mal zuständig" pick nothing.
    """
    words = key(text).split()
    picks = [_ORDINALS[word] for word in words if word in _ORDINALS]
    if len(picks) != 1 or any(w not in _ORDINALS and w not in _PICK_FILLERS for w in words):
        return None
    return picks[0]


def asks_for_more(text: str) -> bool:
    """True for "mehr", "gibt es noch mehr?", "weitere Projekte", "zeig die nächsten"."""
    words = set(key(text).split())
    return bool(words & _MORE_TRIGGERS) and words <= _MORE_WORDS


def is_follow_up(text: str) -> bool:
    """True for "Was ist das Ziel davon?", "mehr dazu", a button payload ("").

    Anything with other words is a new question, not a reference to the last project.
    """
    return set(key(text).split()) <= _FOLLOW_UP_WORDS


def echoable_place(text: str) -> str | None:
    """A place name safe to repeat back: letters only, short; else None.

    Whatever a citizen types could reach a web page, so only plain words are
    echoed ("Huckarde"), never markup or long pastes.
    """
    candidate = " ".join(text.split())
    if len(candidate) > MAX_ECHO_CHARS or not _PLACE_LIKE.match(candidate):
        return None
    return candidate[:1].upper() + candidate[1:]
