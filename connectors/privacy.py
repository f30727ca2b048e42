"""Personal data citizens type is masked before conversations are stored.

Phone numbers, e-mail addresses, IBANs, street addresses (also "Muster
Straße 12", "Musterstr. 12", "Am Westpark 3"), postcodes with a city, dates of
birth and names after a self-introduction ("ich heiße …", "mein Name ist …",
"ich bin die …") in *user* messages become placeholders ("[Telefon]",
"[Name]") in the tracker store, and the metadata of user messages is not
stored at all; place names without a house number ("ich wohne in Hörde",
"am Nordmarkt") stay as they are. The bot's own
answers (the city's contacts) stay as they are. The NLU still sees the
original text of the message being answered, so "ich wohne Borsigplatz 12"
is understood, but what is stored is "ich wohne [Adresse]".

Use ``connectors.privacy.MaskingSQLTrackerStore`` as ``tracker_store.type`` in
endpoints.yml (same settings as Rasa's SQL tracker store).
"""

from __future__ import annotations

import logging
import re

from rasa.shared.core.constants import SESSION_START_METADATA_SLOT
from rasa.shared.core.events import SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from connectors.tracker_store import LeanSQLTrackerStore

logger = logging.getLogger(__name__)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.I)
_PHONE = re.compile(r"(?<![\w#])(?:\+|00)?\d[\d /().-]{4,}\d(?!\w)")
_SUFFIXES = r"(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|markt|hof)"
_HOUSE_NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?![\w.])"
_STREET = re.compile(
    rf"\b[A-ZÄÖÜ][\wäöüß.-]*\s?{_SUFFIXES}"
    rf"\s*{_HOUSE_NUMBER}",
    re.I,
)
_PREFIXED_STREET = re.compile(
    r"\b(?:Am|An der|An den|Im|In der|Auf dem|Auf der|Zum|Zur|Hinter dem|Unter den)"
    r"\s+(?!(?:Jahr|Jahre|Schwerpunkt|Nummer|Projekt|Alter|Punkt|Seite|Monat|Tag)\b)"
    r"[A-ZÄÖÜ][\wäöüß-]+\s+\d{1,3}\s?[a-zA-Z]?(?![\w.])"
)
_POSTCODE_CITY = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?\b")
_MONTHS = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Nov\.|Dez\.)"
)
_DATE = rf"\d{{1,2}}\.\s?(?:\d{{1,2}}\.|{_MONTHS})\s?(?:\d{{4}}|\d{{2}})(?!\d)"
_BIRTH = re.compile(
    rf"\b(?P<word>geb\.|geboren|geburtsdatum|geburtstag|geb\.-datum)(?P<gap>:?\s*(?:am\s+)?)"
    rf"(?P<date>{_DATE})|(?P<date2>{_DATE})(?=\s+geboren)",
    re.I,
)
_INTRO = re.compile(
    r"\b(?:ich\s+hei(?:ß|ss)e|mein\s+name\s+ist|mein\s+name\s*:|name\s*:|ich\s+bin\s+(?:die|der)"
    r"|(?:ich\s+bin|hier\s+(?:ist|spricht))\s+(?:frau|herr))(?P<name>(?:\s+[^\s,.;:!?()]+){1,3})",
    re.I,
)
_NOT_NAMES = frozenset(
    [
        "und",
        "oder",
        "aus",
        "von",
        "ich",
        "wohne",
        "wohnen",
        "bin",
        "in",
        "im",
        "am",
        "an",
        "mit",
        "habe",
        "hab",
        "suche",
        "brauche",
        "bitte",
        "der",
        "die",
        "das",
        "hier",
        "wer",
        "was",
        "wie",
        "wo",
        "ist",
        "sind",
        "mein",
        "meine",
        "möchte",
        "moechte",
        "will",
        "komme",
        "lebe",
        "bei",
        "für",
        "fuer",
        "zu",
        "zum",
        "zur",
        "auch",
        "schon",
        "so",
        "jahre",
        "jahren",
        "alt",
        "neu",
        "neue",
        "neuer",
        "mutter",
        "vater",
        "oma",
        "opa",
        "tochter",
        "sohn",
        "meinung",
        "ansicht",
        "nachbarin",
        "nachbar",
        "frau",
        "herr",
        "eltern",
        "mama",
        "papa",
        "rentnerin",
        "rentner",
    ]
)
MIN_PHONE_DIGITS = 6
PLACEHOLDERS = {
    "email": "[E-Mail]",
    "iban": "[IBAN]",
    "phone": "[Telefon]",
    "street": "[Adresse]",
    "birth": "[Geburtsdatum]",
    "name": "[Name]",
}


def mask_personal_data(text: str) -> str:
    """The text with e-mails, IBANs, addresses, dates of birth, names and phones replaced."""
    text = _EMAIL.sub(PLACEHOLDERS["email"], text)
    text = _IBAN.sub(PLACEHOLDERS["iban"], text)
    for pattern in (_STREET, _PREFIXED_STREET, _POSTCODE_CITY):
        text = pattern.sub(PLACEHOLDERS["street"], text)
    text = _BIRTH.sub(_birth_date, text)
    text = _INTRO.sub(_name, text)
    return _PHONE.sub(_phone_or_keep, text)


def _birth_date(match: re.Match[str]) -> str:
    if match.group("date2"):
        return PLACEHOLDERS["birth"]
    return f"{match.group('word')}{match.group('gap')}{PLACEHOLDERS['birth']}"


def _name(match: re.Match[str]) -> str:
    """The introduction with the name's words (up to the first ordinary word) replaced."""
    words = match.group("name").split()
    kept = 0
    while kept < len(words) and words[kept].lower() not in _NOT_NAMES:
        kept += 1
    if kept == 0:
        return match.group()
    introduction = match.group()[: match.start("name") - match.start()]
    rest = " ".join(words[kept:])
    return f"{introduction} {PLACEHOLDERS['name']}" + (f" {rest}" if rest else "")


def _phone_or_keep(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return PLACEHOLDERS["phone"] if digits >= MIN_PHONE_DIGITS else match.group()


def mask_user_events(tracker: DialogueStateTracker) -> None:
    """Mask the text of every user message of the tracker and drop its metadata, in place.

    Rasa copies the metadata of a session's first message into the session's
    start events and the ``session_started_metadata`` slot; those go too.
    """
    for event in tracker.events:
        if isinstance(event, (UserUttered, SessionStarted)):
            event.metadata = {}
        if isinstance(event, UserUttered) and isinstance(event.parse_data, dict):
            event.parse_data.pop("metadata", None)
        if isinstance(event, SlotSet) and event.key == SESSION_START_METADATA_SLOT:
            event.value = None
        if isinstance(event, UserUttered) and event.text:
            masked = mask_personal_data(event.text)
            if masked != event.text:
                event.text = masked
                if isinstance(event.parse_data, dict) and "text" in event.parse_data:
                    event.parse_data["text"] = masked


class MaskingSQLTrackerStore(LeanSQLTrackerStore):
    """The lean SQL tracker store that masks personal data and can forget a conversation."""

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Mask the user's messages, then store as usual."""
        mask_user_events(tracker)
        await super().save(tracker)

    def delete(self, sender_id: str) -> int:
        """Delete every stored event of one conversation; returns how many."""
        with self.session_scope() as session:
            deleted: int = (
                session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            )
            session.commit()
        self.forget(sender_id)
        logger.info("Deleted the stored conversation of one sender (%d events)", deleted)
        return deleted
