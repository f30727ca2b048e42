"""What the conversation is about: one slot, ``focus``, written only by the answering action.

It holds references, never texts: Aktionsraum names as the page spells them,
a person's name, project numbers. A follow-up ("und die Telefonnummer?",
"der zweite", "mehr", "ach nein, ich meinte Nette") is read against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, TypeVar

from knowledge.records import StrEnum

SLOT_FOCUS = "focus"
PAGE_SIZE = 3


class Subject(StrEnum):
    """What the last answer was about (``Focus.subject``)."""

    PLACES = "places"
    PERSON = "person"
    PROJECT = "project"
    OFFICE = "office"
    REPORT = "report"
    PLAN = "plan"


class Question(StrEnum):
    """The kind of the last question (``Focus.question``), for "und Brackel?"."""

    MEMBERSHIP = "membership"  # "Gehört Brackel dazu?"


class ListKind(StrEnum):
    """How the last list was found (``ListQuery.kind``)."""

    NONE = ""
    SEARCH = "search"  # words of the question
    PLACES = "places"  # the projects of some Aktionsräume
    TOPIC = "topic"  # the projects of one Schwerpunkt
    TOPICS = "topics"  # the Schwerpunkte themselves (the overview): "das zweite" picks one


@dataclass(frozen=True)
class ListQuery:
    """How the last list of projects was found, so a correction can ask again.

    ``value`` is a reference (the places' names as the page spells them, a
    topic number), never the citizen's words: a search keeps only its kind, the
    places said with it ("wir wohnen in Nette, gibt es Deutschkurse?") and the
    projects it found (``Focus.projects``).
    """

    kind: ListKind = ListKind.NONE
    value: str = ""

    @property
    def places(self) -> tuple[str, ...]:
        """The places the list was found for (a place's projects, a search said with places)."""
        if self.kind not in (ListKind.PLACES, ListKind.SEARCH) or not self.value:
            return ()
        return tuple(self.value.split(", "))


@dataclass(frozen=True)
class Focus:
    """The conversation's focus; see the module docstring."""

    subject: Subject | None = None
    places: tuple[str, ...] = ()
    person: str | None = None
    project: int | None = None
    details: tuple[str, ...] = ()  # the contact details asked last ("phone", "email")
    projects: tuple[int, ...] = ()  # the last list, as project numbers
    earlier: tuple[int, ...] = ()  # the list before it ("das dritte aus der ersten Liste")
    start: int = 0  # index of the first project on the page shown last
    query: ListQuery = field(default_factory=ListQuery)
    question: Question | None = None
    home: tuple[str, ...] = ()  # the Aktionsräume the citizen named last, kept across answers

    @property
    def listed_before(self) -> tuple[int, ...]:
        """The list "von vorhin" the citizen goes back to.

        The last list when something else was answered after it (a contact, a
        project of it, the overview), else the list before the last one.
        """
        a_list_last = self.subject == Subject.PROJECT and (
            self.project is None or self.projects == (self.project,)
        )
        return self.earlier if a_list_last or not self.projects else self.projects

    @property
    def shown(self) -> tuple[int, ...]:
        """The project numbers on the page shown last."""
        return self.projects[self.start : self.start + PAGE_SIZE]

    def but(self, **changes: Any) -> Focus:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_slot(self) -> dict[str, Any]:
        """The slot value (JSON)."""
        return {
            "subject": _value(self.subject),
            "places": list(self.places),
            "person": self.person,
            "project": self.project,
            "details": list(self.details),
            "projects": list(self.projects),
            "earlier": list(self.earlier),
            "start": self.start,
            "query": {"kind": str(self.query.kind), "value": self.query.value},
            "question": _value(self.question),
            "home": list(self.home),
        }

    @classmethod
    def from_slot(cls, value: Any) -> Focus:
        """Read the slot; anything malformed counts as no focus."""
        if not isinstance(value, dict):
            return cls()
        try:
            query = value.get("query") or {}
            return cls(
                subject=_member(Subject, value.get("subject")),
                places=tuple(str(p) for p in value.get("places") or ()),
                person=_text(value.get("person")),
                project=_number(value.get("project")),
                details=tuple(str(d) for d in value.get("details") or ()),
                projects=tuple(int(n) for n in value.get("projects") or ()),
                earlier=tuple(int(n) for n in value.get("earlier") or ()),
                start=max(0, int(value.get("start") or 0)),
                query=ListQuery(
                    _member(ListKind, query.get("kind")) or ListKind.NONE,
                    str(query.get("value", "")),
                ),
                question=_member(Question, value.get("question")),
                home=tuple(str(p) for p in value.get("home") or ()),
            )
        except (TypeError, ValueError, AttributeError):
            return cls()


E = TypeVar("E", bound=Enum)


def _member(names: type[E], value: Any) -> E | None:
    """The enum member of that value; None for anything else (an old or forged slot)."""
    try:
        return names(value)
    except ValueError:
        return None


def _value(member: StrEnum | None) -> str | None:
    return str(member) if member is not None else None  # a plain string passes too


def _text(value: Any) -> str | None:
    return str(value) if value else None


def _number(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
