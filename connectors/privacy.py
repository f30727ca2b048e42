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
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine
from sqlalchemy import event as sqlalchemy_event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import SingletonThreadPool

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


def _sqlite_normal_sync(connection: Any, _: Any) -> None:
    """Per connection (SQLite connections are not pooled here): no fsync per commit in WAL."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def mask_user_events(tracker: DialogueStateTracker) -> None:
    """Mask the text of every user message of the tracker, in place."""
    for event in tracker.events:
        if isinstance(event, UserUttered) and event.text:
            masked = mask_personal_data(event.text)
            if masked != event.text:
                event.text = masked
                if isinstance(event.parse_data, dict) and "text" in event.parse_data:
                    event.parse_data["text"] = masked


class MaskingSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store that masks personal data and can forget a conversation.

    On SQLite it also switches to write-ahead logging with normal syncing: a
    commit then costs no fsync of the whole database, and readers never wait.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            # Rasa's engine opens a new SQLite connection per session (NullPool); keep one
            # per thread instead, in WAL mode with normal syncing.
            self.engine.dispose()
            self.engine = create_engine(self.engine.url, poolclass=SingletonThreadPool)
            sqlalchemy_event.listen(self.engine, "connect", _sqlite_normal_sync)
            with self.engine.connect() as connection:  # the journal mode stays with the file
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            self.sessionmaker = sessionmaker(bind=self.engine)

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
        logger.info("Deleted the stored conversation of one sender (%d events)", deleted)
        return deleted
