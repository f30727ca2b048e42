"""Personal data citizens type is masked before conversations are stored.

Phone numbers, e-mail addresses, IBANs and street addresses in *user*
messages become placeholders ("[Telefon]") in the tracker store; the bot's own
answers (the city's contacts) stay as they are. The NLU still sees the
original text of the message being answered, so "ich wohne Borsigplatz 12"
is understood, but what is stored is "ich wohne [Adresse]".

Use ``connectors.privacy.MaskingSQLTrackerStore`` as ``tracker_store.type`` in
endpoints.yml (same settings as Rasa's SQL tracker store).
"""

from __future__ import annotations

import logging
import re

from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from connectors.tracker_store import LeanSQLTrackerStore

logger = logging.getLogger(__name__)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.I)
_PHONE = re.compile(r"(?<![\w#])(?:\+|00)?\d[\d /().-]{4,}\d(?!\w)")
_STREET = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)"
    r"\s+\d{1,4}\s?[a-zA-Z]?\b",
    re.I,
)
MIN_PHONE_DIGITS = 6
PLACEHOLDERS = {"email": "[E-Mail]", "iban": "[IBAN]", "phone": "[Telefon]", "street": "[Adresse]"}


def mask_personal_data(text: str) -> str:
    """The text with e-mails, IBANs, phone numbers and street addresses replaced."""
    text = _EMAIL.sub(PLACEHOLDERS["email"], text)
    text = _IBAN.sub(PLACEHOLDERS["iban"], text)
    text = _STREET.sub(PLACEHOLDERS["street"], text)
    return _PHONE.sub(_phone_or_keep, text)


def _phone_or_keep(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return PLACEHOLDERS["phone"] if digits >= MIN_PHONE_DIGITS else match.group()


def mask_user_events(tracker: DialogueStateTracker) -> None:
    """Mask the text of every user message of the tracker, in place."""
    for event in tracker.events:
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
            deleted = (
                session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            )
            session.commit()
        self.forget(sender_id)
        logger.info("Deleted the stored conversation of one sender (%d events)", deleted)
        return deleted
