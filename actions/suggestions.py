"""Buttons for what an unclear message may have meant ("Meinten Sie …?")."""

from __future__ import annotations

from actions.formatting import button, project_buttons, topic_buttons
from knowledge import KnowledgeBase

MAX_SUGGESTIONS = 4
PROJECT_SUGGESTIONS = 3


def suggestions(kb: KnowledgeBase, text: str) -> list[dict[str, str]]:
    """Buttons for places, people, Schwerpunkte and projects the text comes close to."""
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
