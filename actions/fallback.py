"""Low NLU confidence: a ranked search of the knowledge base, offered as buttons."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction
from actions.formatting import bullet_list, button, contact_line, project_buttons, topic_buttons
from actions.parsing import text_of
from knowledge import KnowledgeBase
from knowledge.records import Role
from knowledge.text import looks_german

MAX_SUGGESTIONS = 4
PROJECT_SUGGESTIONS = 3


def suggestions(kb: KnowledgeBase, text: str) -> list[dict[str, str]]:
    """Buttons for what the text may have meant: places, people, Schwerpunkte, projects."""
    found = [button(f"Ansprechperson {d.name}", "district_contact", district=d.name)
             for d in kb.find_districts(text).items]  # fmt: skip
    found += [button(f"Kontakt {p.name}", "district_contact", person=p.name)
              for p in kb.find_people(text).items]  # fmt: skip
    found += topic_buttons(kb.find_topic(text).items)
    found += project_buttons(
        hit.item for hit in kb.search_projects(text, limit=PROJECT_SUGGESTIONS)
    )
    unique = {b["payload"]: b for b in found}
    return list(unique.values())[:MAX_SUGGESTIONS]


class ActionFallbackSearch(KnowledgeAction):
    """For "Meinten Sie …?" for unclear questions; else the Projektbüro as human contact.

    A message clearly in another language learns that the bot only understands German.
    """

    asks_feedback = False

    def name(self) -> str:
        """See domain.yml."""
        return "action_fallback_search"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Offer the best knowledge-base matches, or say honestly that nothing fits."""
        text = text_of(tracker)
        buttons = suggestions(kb, text) if text.strip() else []
        if buttons:
            dispatcher.utter_message(response="utter_fallback_suggest", buttons=buttons)
            return []
        dispatcher.utter_message(
            response="utter_fallback_none" if looks_german(text) else "utter_fallback_language",
            contacts=bullet_list(contact_line(c) for c in kb.contacts(Role.OFFICE)),
        )
        return []
