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

import difflib
import logging
import time
from typing import Any

from rasa.shared.core.constants import SESSION_START_METADATA_SLOT
from rasa.shared.core.events import SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import event as sqlalchemy_event

from connectors.erase import checkpoint, secure_delete_on
from connectors.masking import PLACEHOLDERS, mask_personal_data
from connectors.tracker_store import LeanSQLTrackerStore
from knowledge.embedding import HANDOVER_KEY

__all__ = ["PLACEHOLDERS", "MaskingSQLTrackerStore", "mask_personal_data", "mask_user_events"]

logger = logging.getLogger(__name__)


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
            event.parse_data.pop(HANDOVER_KEY, None)  # derived from the typed text
        if isinstance(event, SlotSet) and event.key == SESSION_START_METADATA_SLOT:
            event.value = None
        if isinstance(event, UserUttered) and event.text:
            _mask_message(event)


def _mask_message(event: UserUttered) -> None:
    """Mask the text; entities move with it, token offsets of the typed text go.

    An entity inside a masked part ("Mustermann" as a ``person``) goes with it.
    """
    original = event.text or ""
    masked = mask_personal_data(original)
    if masked == original:
        return
    blocks = difflib.SequenceMatcher(None, original, masked, autojunk=False).get_matching_blocks()
    event.text = masked
    event.entities = [e for e in map(lambda e: _moved(e, blocks), event.entities) if e]
    if isinstance(event.parse_data, dict):
        event.parse_data["text"] = masked
        event.parse_data["entities"] = [dict(e) for e in event.entities]
        event.parse_data.pop("text_tokens", None)


def _moved(entity: dict[str, Any], blocks: list[difflib.Match]) -> dict[str, Any] | None:
    """The entity with offsets in the masked text; None when it overlaps a masked part."""
    start, end = entity.get("start"), entity.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    for block in blocks:
        if block.a <= start and end <= block.a + block.size:
            shift = block.b - block.a
            return {**entity, "start": start + shift, "end": end + shift}
    return None


class MaskingSQLTrackerStore(LeanSQLTrackerStore):
    """The lean SQL tracker store that masks personal data and can forget a conversation.

    On SQLite, deleting leaves no text in the files (:mod:`connectors.erase`).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            sqlalchemy_event.listen(self.engine, "connect", secure_delete_on)
            self.engine.dispose()  # connections made so far lack it

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Mask the user's messages, then store as usual."""
        mask_user_events(tracker)
        await super().save(tracker)

    def delete(self, sender_id: str) -> int:
        """Delete every stored event of one conversation, also from the files; returns how many."""
        began = time.perf_counter()
        table = self.SQLEvent.__table__
        with self.engine.begin() as connection:
            deleted = connection.execute(table.delete().where(table.c.sender_id == sender_id))
        with self.engine.connect() as connection:
            checkpoint(connection)
        self.forget(sender_id)
        logger.info("Deleted the stored conversation of one sender (%d events, %.0f ms)",
                    deleted.rowcount, (time.perf_counter() - began) * 1000)  # fmt: skip
        return int(deleted.rowcount)
