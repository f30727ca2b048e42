"""What a decision is: the answer kinds and the decision with its referent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from actions.focus import Focus, ListQuery
from actions.turn import Close, Turn
from knowledge import KnowledgeBase
from knowledge.records import District, Person, PlanFact, Project, RemovedProject, StrEnum, Topic


class Kind(StrEnum):
    """Answer kinds; each has one renderer."""

    PLACE_CONTACT = "place_contact"
    PERSON_CONTACT = "person_contact"
    PERSON_UNKNOWN = "person_unknown"
    PERSON_SERVES = "person_serves"  # yes/no: "Ist sie auch für Nette zuständig?"
    SAME_PERSON = "same_person"  # yes/no: "Haben Hafen und Nordmarkt dieselbe Person?"
    OFFICE_CONTACT = "office_contact"
    REPORT = "report"
    ASK_PLACE = "ask_place"
    NOT_A_PLACE = "not_a_place"
    SUGGEST_PLACES = "suggest_places"
    MEMBER = "member"  # yes: the place is an Aktionsraum
    DISTRICT_LIST = "district_list"
    PROJECT_DETAIL = "project_detail"
    PROJECT_REMOVED = "project_removed"  # an old list's or button's project, gone from the page
    PROJECT_CHOICE = "project_choice"
    PROJECT_LIST = "project_list"
    PROJECT_NONE = "project_none"
    PROJECT_NONE_IN_PLACES = "project_none_in_places"
    PROJECT_ELSEWHERE = "project_elsewhere"  # what fits stands at other places than those named
    # What fits names no place, and the page places no project at those named: said first.
    PROJECT_UNPLACED = "project_unplaced"
    # What fits is for other ages than the age group asked: said first, then that group's.
    PROJECT_OTHER_AGE = "project_other_age"
    NO_MORE = "no_more"
    PROJECT_RELATED = "project_related"  # "mehr" after all that fit: the Schwerpunkt's others
    NO_SUCH_NUMBER = "no_such_number"
    ASK_PROJECT = "ask_project"
    PROJECT_UNKNOWN = "project_unknown"
    TOPIC = "topic"
    OVERVIEW = "overview"
    PLAN_FACT = "plan_fact"
    LINKS = "links"
    HELP = "help"
    FALLBACK = "fallback"
    OUT_OF_SCOPE = "out_of_scope"  # nothing of the plan named: the city's portal
    # Small talk, each answered by its own short response:
    GREET = "greet"
    GOODBYE = "goodbye"
    THANK = "thank"
    AFFIRM = "affirm"
    DENY = "deny"
    BOT_CHALLENGE = "bot_challenge"
    COMPLAINT = "complaint"  # about the answers: thanks for the feedback, the Projektbüro
    LANGUAGE_OK = "language_ok"  # an apology for one's German: no problem, write as you can
    ASIDE = "aside"  # a remark about one's day: noted, the focus stays
    HUMAN = "human"  # a person asked for: the bot says it is none, and names the Projektbüro
    CRISIS = "crisis"  # acute danger told: the emergency numbers first, no list of projects


@dataclass(frozen=True)
class Decision:
    """An answer kind and what it is about."""

    kind: Kind
    districts: tuple[District, ...] = ()
    person: Person | None = None
    projects: tuple[Project, ...] = ()
    start: int = 0
    query: ListQuery = field(default_factory=ListQuery)
    topic: Topic | None = None
    fact: PlanFact | None = None
    also: PlanFact | None = None  # a second statement, as near in meaning as the first
    details: tuple[str, ...] = ()
    place: str | None = None  # a place outside the plan or unknown, as typed
    answer: str | None = None  # "yes" / "no" for yes/no questions
    rule: str = ""  # the branch that decided, e.g. "contact.focus>focus.person" (see decide)
    close: Close = field(default_factory=Close)  # offered when nothing fits ("Meinten Sie …?")
    german: bool = True  # a language the bot speaks (else the fallback names its languages)
    removed: RemovedProject | None = None  # the project a number named, no longer on the page
    listed: tuple[int, ...] = ()  # the list a pick is from, when not the last one (an earlier)
    terms: bool = False  # prices, times or signing up asked too: the Projektbüro beside it

    @property
    def referent(self) -> str:
        """A short, stable description of the referent (for tests and the staff report)."""
        parts = [d.name for d in self.districts]
        parts += [self.person.name] if self.person else []
        parts += [f"#{p.number}" for p in self.projects]
        parts += [f"#{self.removed.number}"] if self.removed else []
        parts += [f"Schwerpunkt {self.topic.number}"] if self.topic else []
        parts += [self.fact.key] if self.fact else []
        parts += [self.place] if self.place else []
        return ", ".join(parts)


Handler = Callable[[Turn, Focus, KnowledgeBase], Decision]
Step = Callable[[Turn, Focus, KnowledgeBase], Decision | None]  # None: not this step's turn


def first(steps: tuple[Step, ...], turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The decision of the first step that takes the turn, if one does."""
    for step in steps:
        decision = step(turn, focus, kb)
        if decision is not None:
            return decision
    return None


def via(rule: str, decision: Decision) -> Decision:
    """The decision of a shared step, its rule prefixed with the branch that called it."""
    return replace(decision, rule=f"{rule}>{decision.rule}")


# Kinds whose own first sentence says yes or no.
OWN_YES_NO = frozenset({Kind.MEMBER, Kind.NOT_A_PLACE, Kind.PERSON_SERVES, Kind.SAME_PERSON})
