"""What the conversation is about: one slot, ``focus``, written only by the answering action.

It holds references, never texts: Aktionsraum names as the page spells them,
a person's name, project numbers. A follow-up ("und die Telefonnummer?",
"der zweite", "mehr", "ach nein, ich meinte Nette") is read against it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

SLOT_FOCUS = "focus"
PAGE_SIZE = 3


class Subject:
    """What the last answer was about (``Focus.subject``)."""

    PLACES = "places"
    PERSON = "person"
    PROJECT = "project"
    OFFICE = "office"
    REPORT = "report"
    PLAN = "plan"


MEMBERSHIP = "membership"  # Focus.question after "Gehört Brackel dazu?"


class Awaiting:
    """What the bot asked the citizen in its last answer (``Focus.awaiting``)."""

    PLACE = "place"  # "Für welchen Aktionsraum?" or place buttons
    PROJECT = "project"  # "Welches Projekt meinen Sie?" or project buttons


@dataclass(frozen=True)
class ListQuery:
    """How the last list of projects was found, so a correction can ask again.

    ``value`` is a reference (the places' names as the page spells them, a
    topic number), never the citizen's words: a search keeps only its kind and
    the projects it found (``Focus.projects``).
    """

    kind: str = ""  # "search" | "places" | "group" | "topic"
    value: str = ""


@dataclass(frozen=True)
class Focus:
    """The conversation's focus; see the module docstring."""

    subject: str | None = None
    places: tuple[str, ...] = ()
    person: str | None = None
    project: int | None = None
    details: tuple[str, ...] = ()  # the contact details asked last ("phone", "email")
    projects: tuple[int, ...] = ()  # the last list, as project numbers
    start: int = 0  # index of the first project on the page shown last
    query: ListQuery = field(default_factory=ListQuery)
    awaiting: str | None = None
    question: str | None = None  # the kind of the last question, for "und Brackel?"

    @property
    def shown(self) -> tuple[int, ...]:
        """The project numbers on the page shown last."""
        return self.projects[self.start : self.start + PAGE_SIZE]

    def but(self, **changes: Any) -> Focus:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_slot(self) -> dict[str, Any]:
        """The slot value (JSON)."""
        value = asdict(self)
        value["places"], value["details"] = list(self.places), list(self.details)
        value["projects"] = list(self.projects)
        return value

    @classmethod
    def from_slot(cls, value: Any) -> Focus:
        """Read the slot; anything malformed counts as no focus."""
        if not isinstance(value, dict):
            return cls()
        try:
            query = value.get("query") or {}
            return cls(
                subject=_text(value.get("subject")),
                places=tuple(str(p) for p in value.get("places") or ()),
                person=_text(value.get("person")),
                project=_number(value.get("project")),
                details=tuple(str(d) for d in value.get("details") or ()),
                projects=tuple(int(n) for n in value.get("projects") or ()),
                start=max(0, int(value.get("start") or 0)),
                query=ListQuery(str(query.get("kind", "")), str(query.get("value", ""))),
                awaiting=_text(value.get("awaiting")),
                question=_text(value.get("question")),
            )
        except (TypeError, ValueError, AttributeError):
            return cls()


def _text(value: Any) -> str | None:
    return str(value) if value else None


def _number(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
