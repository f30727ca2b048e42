"""Plain, immutable records of what the city page says.

The parser produces them, the store persists them and the search functions
return them, so callers never hold ORM rows or open sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Generic, Literal, TypeVar

T = TypeVar("T")


class Role(str, Enum):
    """Which contact list of the page a person stands in."""

    DISTRICT = "district"  # "vor Ort in den Aktionsräumen"
    OFFICE = "office"  # Projektbüro „Aktionsplan Soziale Stadt“
    REPORT = "report"  # Sozialplanung, for the social report


COUNT_LABELS = {
    "topics": "Schwerpunkte",
    "projects": "Projekte",
    "districts": "Aktionsräume",
    "contacts": "Ansprechpersonen",
    "reports": "Berichte",
    "links": "Links",
}


@dataclass(frozen=True)
class Topic:
    """A Schwerpunkt of the plan: a list heading and its numbered Arbeitsschwerpunkt."""

    number: int
    name: str
    work_focus: str


@dataclass(frozen=True)
class Project:
    """One of the projects; ``goal_label`` is "Ziel" or "Zielgruppe" as on the page.

    ``number`` identifies the project across content updates: the parser counts
    in page order, the store keeps the number a project had in the previous
    build (:mod:`knowledge.identity`). It is no position in a list.
    """

    number: int
    title: str
    goal: str
    goal_label: str
    topic: str


@dataclass(frozen=True)
class RemovedProject:
    """A project an earlier version of the page had: its number is never given to another.

    Buttons ("#23") and lists in open conversations hold project numbers; when
    the project is gone, the bot says so instead of opening a different one.
    """

    number: int
    title: str


@dataclass(frozen=True)
class Contact:
    """A person as one contact list of the page gives them."""

    name: str
    phone: str
    email: str
    role: Role
    unit: str

    @property
    def phone_uri(self) -> str:
        """The number for a ``tel:`` link: "+49 231 50-2 12 34" -> "+492315021234"."""
        return "+" + "".join(ch for ch in self.phone if ch.isdigit())


@dataclass(frozen=True)
class District:
    """An Aktionsraum with its contact person on site."""

    name: str
    contact: Contact


@dataclass(frozen=True)
class Report:
    """A social report ("Bericht zur sozialen Lage", "Sozialstrukturatlas")."""

    title: str
    description: str


class StrEnum(str, Enum):
    """Names that are strings and print as their value.

    ``enum.StrEnum`` arrives with Python 3.11; the project runs on 3.10, where a
    ``(str, Enum)`` prints as ``Kind.HELP``. Members compare and hash like their
    values (Enum hashes the name), so ``"report" in {PlanFactKey.REPORT}`` holds
    and slots and database rows keep holding plain strings.
    """

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return str(self.value)


class PlanFactKey(StrEnum):
    """Which statement of the page about the plan (:class:`PlanFact`)."""

    INITIATOR = "initiator"
    PARTICIPATION = "participation"
    LESSON = "lesson"
    AKTIONSRAEUME = "aktionsraeume"
    ARBEITSSCHWERPUNKTE = "arbeitsschwerpunkte"
    PROJECTS = "projects"
    STRATEGY = "strategy"
    REPORT = "report"


PLAN_FACT_KEYS = tuple(key.value for key in PlanFactKey)


@dataclass(frozen=True)
class PlanFact:
    """One statement of the page about the plan, in the page's own words.

    ``key`` is one of :data:`PLAN_FACT_KEYS` ("initiator": who started the plan,
    "participation": how many citizens took part, ...); ``text`` is the
    sentence (or sentences, or a sentence with its numbered list) as parsed.
    """

    key: str
    text: str


@dataclass(frozen=True)
class PageContent:
    """Everything the parser read from one version of the page."""

    topics: tuple[Topic, ...]
    projects: tuple[Project, ...]
    districts: tuple[District, ...]
    contacts: tuple[Contact, ...]
    reports: tuple[Report, ...]
    links: tuple[str, ...]
    plan_summary: tuple[str, ...]
    plan_facts: tuple[PlanFact, ...]
    stated_counts: dict[str, int] = field(default_factory=dict, compare=False)

    def counts(self) -> dict[str, int]:
        """Number of records of each kind, as used by stats and build checks."""
        return {
            "topics": len(self.topics),
            "projects": len(self.projects),
            "districts": len(self.districts),
            "contacts": len({(c.name, c.role) for c in self.contacts}),
            "reports": len(self.reports),
            "links": len(self.links),
        }


@dataclass(frozen=True)
class Person:
    """Everything the page says about one person, across all contact lists."""

    name: str
    contacts: tuple[Contact, ...]
    districts: tuple[str, ...]

    @property
    def roles(self) -> tuple[Role, ...]:
        """The lists the person stands in, in page order, without repeats."""
        return tuple(dict.fromkeys(contact.role for contact in self.contacts))


@dataclass(frozen=True)
class Hit(Generic[T]):
    """One found record, its score (higher is better) and the text that matched."""

    item: T
    score: float
    matched: str


@dataclass(frozen=True)
class Matches(Generic[T]):
    """Ranked hits that tell "none", "one" and "several" apart; never a silent guess."""

    hits: tuple[Hit[T], ...] = ()

    @property
    def status(self) -> Literal["none", "one", "several"]:
        """How many records matched."""
        return "none" if not self.hits else "one" if len(self.hits) == 1 else "several"

    @property
    def items(self) -> list[T]:
        """The records, best first."""
        return [hit.item for hit in self.hits]

    def __bool__(self) -> bool:
        return bool(self.hits)
