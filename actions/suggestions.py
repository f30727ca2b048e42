"""Buttons for what an unclear message may have meant ("Meinten Sie …?")."""

from __future__ import annotations

from actions.formatting import button, project_buttons, topic_buttons
from actions.turn import Close

MAX_SUGGESTIONS = 4


def suggestion_buttons(close: Close) -> list[dict[str, str]]:
    """Buttons for the places, people, Schwerpunkte and projects the text came close to."""
    found = [button(f"Ansprechperson {d.name}", "district_contact", district=d.name)
             for d in close.places]  # fmt: skip
    found += [button(f"Kontakt {p.name}", "district_contact", person=p.name) for p in close.people]
    found += topic_buttons(close.topics)
    found += project_buttons(close.projects)
    unique = {b["payload"]: b for b in found}
    return list(unique.values())[:MAX_SUGGESTIONS]
