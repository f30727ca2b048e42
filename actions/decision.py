"""The one place that decides every answer: what is asked x what is named x the focus.

``decide(turn, focus, kb)`` returns the answer kind and its referent; the
renderers in :mod:`actions.answers` only turn it into messages. The NLU's
intent says what is asked; strong referents absorb a misread intent (one
project named by its title under a search intent gives that project's detail,
a question about the plan itself gets the page's statement whatever intent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from actions import parsing
from actions.focus import MEMBERSHIP, PAGE_SIZE, Focus, ListQuery, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.records import District, Hit, Person, PlanFact, Project, RemovedProject, Topic
from knowledge.text import is_german_word

RELATIVE_CUTOFF = 0.3  # search hits below this share of the best score are noise
RUNNER_UP_CONFIDENCE = 0.1  # an intent the NLU gives less is no reading of the message
MAX_RUNNERS_UP = 2
MAX_LIST = 12
MIN_NAME_LENGTH = 6
MAX_PICK_WORDS = 10
TOPICS_LISTED = "topics"  # the last list was the Schwerpunkte (overview)
AREAS_FACT = "aktionsraeume"  # the page's statement on how the 13 Aktionsräume came about
REPORT_FACT = "report"  # the page's statement about the social report: answered with its people


class Kind(str, Enum):
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
    NO_MORE = "no_more"
    NO_SUCH_NUMBER = "no_such_number"
    ASK_PROJECT = "ask_project"
    PROJECT_UNKNOWN = "project_unknown"
    TOPIC = "topic"
    OVERVIEW = "overview"
    PLAN_FACT = "plan_fact"
    LINKS = "links"
    HELP = "help"
    FALLBACK = "fallback"


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
    details: tuple[str, ...] = ()
    place: str | None = None  # a place outside the plan or unknown, as typed
    answer: str | None = None  # "yes" / "no" for yes/no questions
    removed: RemovedProject | None = None  # the project a number named, no longer on the page

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


def decide(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The answer to this turn; see the module docstring."""
    for absorb in (
        _pick_only,
        _correction,
        _yes_no,
        _one_named_project,
        _project_follow_up,
        _plan_question,
    ):
        decision = absorb(turn, focus, kb)
        if decision is not None:
            return decision
    decision = _BY_INTENT.get(turn.intent, _fallback)(turn, focus, kb)
    if decision.kind in _EMPTY_HANDED:
        for intent in _runners_up(turn):
            alternative = _BY_INTENT[intent](turn, focus, kb)
            if alternative.kind not in _EMPTY_HANDED:
                decision = alternative
                break
    return _as_yes_or_no(turn, decision)


def _as_yes_or_no(turn: Turn, decision: Decision) -> Decision:
    """Answer a yes/no question ("Gibt es was für Senioren?") with "Ja" or "Nein" first."""
    if not turn.yes_no or decision.answer is not None:
        return decision
    person = decision.person
    if decision.kind is Kind.PERSON_CONTACT and person and parsing.asks_for_areas(turn.text):
        return replace(decision, answer="yes" if len(person.districts) > 1 else "no")
    if decision.kind in _YES_KINDS:
        return replace(decision, answer="yes")
    if decision.kind in _NO_KINDS:
        return replace(decision, answer="no")
    return decision


def _runners_up(turn: Turn) -> list[str]:
    """The NLU's next readings of the message, when they are not far behind."""
    return [
        name
        for name, confidence in turn.ranking
        if name not in (turn.intent, "nlu_fallback")
        and name in _BY_INTENT
        and confidence >= RUNNER_UP_CONFIDENCE
    ][:MAX_RUNNERS_UP]


# --- signals that hold whatever the intent --------------------------------------------


def _pick_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick from the last list: "der zweite", "Nummer 5", "die dritte davon".

    After the plan's overview, whose list is its Schwerpunkte, "das zweite" is Schwerpunkt 2.
    """
    if parsing.ordinal(turn.text) is None:
        return _loose_pick(turn, focus, kb)
    topics_listed = focus.query.kind == TOPICS_LISTED
    asks_project = focus.projects and parsing.names_a_project_word(turn.text)
    if topics_listed and not asks_project and turn.pick and 0 < turn.pick <= len(kb.topics()):
        return Decision(Kind.TOPIC, topic=kb.topics()[turn.pick - 1])
    if focus.projects:
        return _pick(turn.pick or 0, focus, kb)
    return None


def _loose_pick(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick in a longer message: "erzähl mir mehr über das dritte".

    "zurück zu den Senioren: das erste" searches the list again.
    """
    if turn.pick is None or turn.more or turn.intent not in _PICK_INTENTS:
        return None
    if len(turn.text.split()) > MAX_PICK_WORDS:  # "im dritten Stock" in a story is no pick
        return None
    if turn.groups or turn.places:
        listed = _search(turn, kb)
        if listed.kind is not Kind.PROJECT_LIST:
            return None
        return _pick(turn.pick, Focus(projects=tuple(p.number for p in listed.projects)), kb)
    if focus.projects and not _names_anything(turn):
        return _pick(turn.pick, focus, kb)
    return None


def _project_follow_up(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up ("Welcher Schwerpunkt ist das?") on the project just shown, any intent."""
    asks_about_it = ("project_detail", "topic_overview", "nlu_fallback", "inform", "project_search")
    if turn.intent not in asks_about_it or turn.more or not _is_follow_up(turn):
        return None
    if focus.subject != Subject.PROJECT:
        return None
    current = _project_in_focus(focus, kb)
    if current is None and focus.project is not None:
        return _numbered(focus.project, kb)
    return Decision(Kind.PROJECT_DETAIL, projects=(current,)) if current else None


def _correction(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A correction ("ach nein, ich meinte Nette"): the last question, for the right referent."""
    if not turn.correction or not focus.subject:
        return None
    if turn.details and not _names_anything(turn):  # "nein, ich meinte die Telefonnummer"
        return _focus_contact(turn, focus, kb)
    return _bare(turn, focus, kb, details=turn.details or focus.details)


def _names_anything(turn: Turn) -> bool:
    return bool(turn.places or turn.people or turn.projects or turn.groups or turn.topics
                or turn.other_place or turn.unknown_place)  # fmt: skip


def _yes_no(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A yes/no question: "Gehört Brackel auch dazu?", "Ist sie auch für Nette zuständig?".

    After one, a bare place ("und Hörde?") asks the same question again.
    """
    if turn.yes_no and len(turn.places) > 1 and parsing.asks_same_person(turn.text):
        names = {d.contact.name for d in turn.places}
        return Decision(Kind.SAME_PERSON, turn.places, answer="yes" if len(names) == 1 else "no")
    again = focus.question == MEMBERSHIP and _only_a_place(turn, kb)
    if not (turn.membership or again) or turn.projects or turn.groups:
        return None
    person = turn.people[0] if turn.people else _person_in_focus(turn, focus, kb)
    if person is not None and turn.places:
        serves = {d.name for d in turn.places} <= set(person.districts)
        return Decision(Kind.PERSON_SERVES, turn.places, person, answer="yes" if serves else "no")
    if turn.places:
        return Decision(Kind.MEMBER, turn.places, details=turn.details, answer="yes")
    place = turn.other_place or turn.unknown_place
    if place:
        return Decision(Kind.NOT_A_PLACE, place=place, answer="no")
    return None


def _plan_question(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A question about the plan itself, answered by the page's own statement."""
    if turn.plan_fact is None or turn.places or turn.people or turn.projects or turn.groups:
        return None
    if turn.intent in ("social_report", "links") or turn.report:
        return None
    if turn.plan_fact.key == REPORT_FACT:
        return Decision(Kind.REPORT)
    return Decision(Kind.PLAN_FACT, fact=turn.plan_fact)


def _one_named_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project named by title or nickname under a search or an unclear intent.

    A button of an older list ("#23") whose project left the page gets that said.
    """
    if turn.removed and not turn.projects:
        return Decision(Kind.PROJECT_REMOVED, removed=turn.removed)
    absorbing = ("project_search", "project_detail", "nlu_fallback", "topic_overview", "inform")
    if turn.intent in absorbing and len(turn.projects) == 1 and not (turn.more or turn.topics):
        return Decision(Kind.PROJECT_DETAIL, projects=turn.projects)
    return None


# --- by intent -------------------------------------------------------------------------


def _contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Who is the contact: for a person, a place, the office, a project, or the focus."""
    if turn.people:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=turn.details)
    if turn.unknown_person:
        return Decision(Kind.PERSON_UNKNOWN)
    if _another_place_for_the_list(turn, focus, kb):  # "und in Nette?" after projects in Hörde
        return _search(turn, kb)
    named = _places_or_unknown(turn, details=turn.details)
    if named is not None:
        return named
    if turn.report:
        return Decision(Kind.REPORT, details=turn.details)
    if turn.office:
        return Decision(Kind.OFFICE_CONTACT, details=turn.details)
    if turn.projects:
        return _project_contact(turn.projects[0], turn.details, kb)
    if turn.near:  # "wer ist in evnig zuständig": a misspelt place, whatever is in focus
        return Decision(Kind.SUGGEST_PLACES, turn.near)
    in_focus = _focus_contact(turn, focus, kb)
    if in_focus is not None:
        return in_focus
    if "projekt" in turn.text.lower():  # the page sends questions about the projects there
        return Decision(Kind.OFFICE_CONTACT, details=turn.details)
    return Decision(Kind.ASK_PLACE)


def _district_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The Aktionsräume; or those of a person ("Ist der Herr auch für andere Stadtteile da?")."""
    person = turn.people[0] if turn.people else _person_of_places(turn, focus, kb)
    if person is not None:
        return Decision(Kind.PERSON_CONTACT, person=person, details=turn.details)
    if turn.places and turn.details:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details)
    areas = [f for f in kb.plan_facts() if f.key == AREAS_FACT]
    if areas and not turn.places and parsing.asks_why_or_what(turn.text):  # "Warum diese 13?"
        return Decision(Kind.PLAN_FACT, fact=areas[0])
    return Decision(Kind.DISTRICT_LIST)


def _project_search(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Projects for a need, group, theme or place; "mehr" pages on.

    "Ich suche jemanden für Westerfilde" asks for a person, not for projects.
    """
    if turn.places and not turn.groups and parsing.asks_for_someone(turn.text):
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details)
    if turn.more and not turn.groups and not turn.places and not turn.topics:
        return _next_page(focus, kb)
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0])
    if not (turn.content or turn.places or turn.groups):
        in_focus = tuple(d for d in kb.districts() if d.name in focus.places)
        if in_focus and parsing.points_to_a_place(turn.text):  # "welche Projekte gibt es da?"
            return _search(replace(turn, places=in_focus), kb)
        return _next_page(focus, kb) if not turn.text else Decision(Kind.OVERVIEW)
    return _search(turn, kb)


def _project_detail(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """One project: named, picked, or the one in focus."""
    if len(turn.projects) > 1:
        return Decision(Kind.PROJECT_CHOICE, projects=turn.projects[:PAGE_SIZE])
    if turn.pick is not None and focus.projects:
        return _pick(turn.pick, focus, kb)
    if _is_follow_up(turn):
        current = _project_in_focus(focus, kb)
        return Decision(Kind.PROJECT_DETAIL, projects=(current,)) if current else _ask_project()
    if turn.groups or turn.places:
        return _search(turn, kb)
    if turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place)
    hits = [] if _names_an_unknown_project(turn, kb) else _hits(kb, turn.text)
    leader = kb.rank_projects(turn.text).leader if hits else None
    if leader is not None:  # one clearly meant (knowledge.ranking: words and meaning)
        return Decision(Kind.PROJECT_DETAIL, projects=(leader,))
    if hits:
        return _search(turn, kb)
    return Decision(Kind.PROJECT_UNKNOWN)


def _topic_overview(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0])
    return Decision(Kind.OVERVIEW)


def _report(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.REPORT, details=turn.details)


def _office(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The Projektbüro, unless the message names a place or a person of its own."""
    if (turn.places or turn.people) and not turn.office:
        return _contact(turn, focus, kb)
    return Decision(Kind.OFFICE_CONTACT, details=turn.details)


def _links(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.LINKS)


def _help(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.HELP)


def _inform(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """A bare answer: "Wickede", "Nummer vier", a project's name, a person's name."""
    if turn.pick is not None and focus.projects and not (turn.groups or turn.content[1:]):
        return _pick(turn.pick, focus, kb)
    return _bare(turn, focus, kb, details=focus.details if turn.correction else turn.details)


def _fallback(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Low confidence: a strong referent still answers; otherwise "Meinten Sie ...?"."""
    if turn.people and turn.details:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=turn.details)
    if turn.places and turn.details:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details)
    return Decision(Kind.FALLBACK)


# --- shared steps -----------------------------------------------------------------------


def _bare(turn: Turn, focus: Focus, kb: KnowledgeBase, details: tuple[str, ...]) -> Decision:
    """The referent of a bare answer or a correction, answered as the focus asks."""
    if turn.places and focus.query.kind == "places" and focus.subject == Subject.PROJECT:
        return _search(turn, kb)
    if turn.places:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=details)
    if turn.people:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=details)
    if turn.projects:
        kind = Kind.PROJECT_DETAIL if len(turn.projects) == 1 else Kind.PROJECT_CHOICE
        return Decision(kind, projects=turn.projects[:PAGE_SIZE])
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0])
    named = _places_or_unknown(turn, details=details)
    if named is not None:
        return named
    if turn.groups or turn.content:
        found = _search(turn, kb)
        if found.kind is not Kind.PROJECT_NONE:
            return found
    if turn.near:
        return Decision(Kind.SUGGEST_PLACES, turn.near)
    return Decision(Kind.FALLBACK)


def _only_a_place(turn: Turn, kb: KnowledgeBase) -> bool:
    """The message names a place and nothing else ("und Brackel?", "Westerfilde")."""
    named = turn.places or turn.other_place or turn.unknown_place
    others = [w for w in turn.content if not kb.find_districts(w) and not kb.other_place(w)]
    return bool(named) and not turn.details and not others


def _another_place_for_the_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> bool:
    """A bare place ("und in Nette?") while the focus is a list of projects found by place."""
    bare = turn.places and not turn.details and all(kb.find_districts(w) for w in turn.content)
    return bool(bare) and focus.subject == Subject.PROJECT and focus.query.kind == "places"


def _places_or_unknown(turn: Turn, details: tuple[str, ...]) -> Decision | None:
    if turn.places:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=details)
    if turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place)
    if turn.suggestions:
        return Decision(Kind.SUGGEST_PLACES, turn.suggestions, place=turn.unknown_place)
    if turn.unknown_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.unknown_place)
    return None


def _focus_contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up ("und die Telefonnummer?"): the contact of what the last answer was about."""
    person = _person_in_focus(turn, focus, kb) or _person_of_places(turn, focus, kb)
    if person is not None:
        return Decision(Kind.PERSON_CONTACT, person=person, details=turn.details)
    if focus.subject == Subject.OFFICE:
        return Decision(Kind.OFFICE_CONTACT, details=turn.details)
    if focus.subject == Subject.REPORT:
        return Decision(Kind.REPORT, details=turn.details)
    project = _project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    if project is not None:
        return _project_contact(project, turn.details, kb)
    if focus.subject == Subject.PROJECT and focus.shown:
        return _list_contact(focus, turn.details, kb)
    places = tuple(d for d in kb.districts() if d.name in focus.places)
    if places:
        return Decision(Kind.PLACE_CONTACT, places, details=turn.details)
    return None


def _person_of_places(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    """The one person on site for the places in focus ("Welche Gebiete hat sie noch?")."""
    if focus.subject != Subject.PLACES or not (turn.pronoun or parsing.asks_for_areas(turn.text)):
        return None
    names = {d.contact.name for d in kb.districts() if d.name in focus.places}
    return kb.person_named(names.pop()) if len(names) == 1 else None


def _list_contact(focus: Focus, details: tuple[str, ...], kb: KnowledgeBase) -> Decision:
    """The people on site for the projects just listed, else the Projektbüro."""
    shown = kb.projects_numbered(focus.shown)
    districts = {d.name for p in shown for d in kb.districts_of(p)}
    places = tuple(d for d in kb.districts() if d.name in districts)
    if places:
        return Decision(Kind.PLACE_CONTACT, places, details=details)
    return Decision(Kind.OFFICE_CONTACT, details=details)


def _project_contact(project: Project, details: tuple[str, ...], kb: KnowledgeBase) -> Decision:
    """The people on site where the page places the project, else the Projektbüro."""
    districts = kb.districts_of(project)
    if districts:
        return Decision(Kind.PLACE_CONTACT, tuple(districts), details=details)
    return Decision(Kind.OFFICE_CONTACT, details=details)


def _person_in_focus(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    if focus.subject != Subject.PERSON or not focus.person:
        return None
    return kb.person_named(focus.person)


def _project_in_focus(focus: Focus, kb: KnowledgeBase) -> Project | None:
    number = focus.project
    if number is None and len(focus.shown) == 1:
        number = focus.shown[0]
    found = kb.projects_numbered([number]) if number is not None else ()
    return found[0] if found else None


def _names_an_unknown_project(turn: Turn, kb: KnowledgeBase) -> bool:
    """A name that is no German word and that the page does not have ("Quantencomputer-Club")."""
    return any(
        len(word) >= MIN_NAME_LENGTH and not is_german_word(word) and not kb.search_projects(word)
        for word in turn.content
    )


def _is_follow_up(turn: Turn) -> bool:
    """No content of its own: "Was ist das Ziel davon?", "an wen richtet sich das?"."""
    return not turn.projects and parsing.is_follow_up(turn.text)


def _ask_project() -> Decision:
    return Decision(Kind.ASK_PROJECT)


def _pick(position: int, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The picked project of the last list; lists are numbered across pages."""
    numbers, shown, start = focus.projects, focus.shown, focus.start
    if start < position <= start + len(shown):
        number = numbers[position - 1]
    elif 0 < position <= len(shown):
        number = shown[position - 1]
    elif position == -1 and shown:
        number = shown[-1]
    elif 0 < position <= len(numbers):
        number = numbers[position - 1]
    else:
        return Decision(Kind.NO_SUCH_NUMBER)
    return _numbered(number, kb)


def _numbered(number: int, kb: KnowledgeBase) -> Decision:
    """The project with this (lasting) number, or word that it left the plan."""
    found = kb.projects_numbered([number])
    if found:
        return Decision(Kind.PROJECT_DETAIL, projects=found)
    removed = kb.removed_project(number)
    return Decision(Kind.PROJECT_REMOVED, removed=removed) if removed else _ask_project()


def _next_page(focus: Focus, kb: KnowledgeBase) -> Decision:
    """The next page of the last list ("mehr")."""
    if not focus.projects:
        return _ask_project()
    projects = kb.projects_numbered(focus.projects)
    # Projects a content update removed from the pages already shown do not shift the next page.
    start = len(kb.projects_numbered(focus.projects[: focus.start + PAGE_SIZE]))
    if start >= len(projects):
        return Decision(Kind.NO_MORE)
    return Decision(Kind.PROJECT_LIST, projects=projects, start=start, query=focus.query)


def _search(turn: Turn, kb: KnowledgeBase) -> Decision:
    """Projects for places, groups or words; the ones on site first."""
    in_places = list(kb.projects_in(list(turn.places))) if turn.places else []
    has_need = any(not kb.find_districts(w) for w in turn.content) or bool(turn.groups)
    if turn.places and not has_need:
        if in_places:
            return _listed(in_places, ListQuery("places", _names(turn.places)))
        return Decision(Kind.PROJECT_NONE_IN_PLACES, turn.places)
    found = [hit.item for hit in _hits(kb, turn.text)]
    if not found and not _asks_more_than_a_group(turn, kb):
        found = [hit.item for g in turn.groups for hit in kb.projects_for_target_group(g)]
    if not found and turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place)
    if not found:  # a Schwerpunkt's own words ("Hilfe gegen Armut"), not a number
        topic = kb.find_topic(turn.text).items if turn.pick is None else []
        return Decision(Kind.TOPIC, topic=topic[0]) if len(topic) == 1 else _none(turn)
    ordered = [p for p in found if p in in_places] + [p for p in found if p not in in_places]
    return _listed(list(dict.fromkeys(ordered)), ListQuery("search"))  # what was found, not typed


def _asks_more_than_a_group(turn: Turn, kb: KnowledgeBase) -> bool:
    """A need beside the group, which the search found nothing to fit.

    "Lesepaten für Grundschulkinder" asks for no project for children in general;
    short words are fillers ("was gibts für kinner").
    """
    return any(len(w) >= MIN_NAME_LENGTH and kb.target_group(w) is None for w in turn.content)


def _none(turn: Turn) -> Decision:
    return Decision(Kind.PROJECT_NONE, place=turn.other_place)


def _listed(projects: list[Project], query: ListQuery) -> Decision:
    if len(projects) == 1:
        return Decision(Kind.PROJECT_DETAIL, projects=tuple(projects), query=query)
    return Decision(Kind.PROJECT_LIST, projects=tuple(projects[:MAX_LIST]), query=query)


def _hits(kb: KnowledgeBase, text: str) -> list[Hit[Project]]:
    hits = kb.search_projects(text) if text else []
    if not hits:
        return []
    best = hits[0].score
    return [hit for hit in hits if hit.score >= RELATIVE_CUTOFF * best]


def _names(districts: tuple[District, ...]) -> str:
    return ", ".join(d.name for d in districts)


_BY_INTENT: dict[str, Handler] = {
    "district_contact": _contact,
    "district_list": _district_list,
    "project_search": _project_search,
    "project_detail": _project_detail,
    "topic_overview": _topic_overview,
    "social_report": _report,
    "project_office_contact": _office,
    "links": _links,
    "help": _help,
    "inform": _inform,
    "nlu_fallback": _fallback,
}

# Answers that give nothing of substance: the NLU's next reading may do better.
_EMPTY_HANDED = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.PROJECT_NONE, Kind.ASK_PLACE,
                           Kind.ASK_PROJECT})  # fmt: skip
_PICK_INTENTS = frozenset({"inform", "project_detail", "project_search", "nlu_fallback",
                           "topic_overview"})  # fmt: skip
# Answers that say "yes" or "no" to a yes/no question by what they contain.
_YES_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.PERSON_CONTACT, Kind.OFFICE_CONTACT, Kind.REPORT,
                        Kind.PROJECT_DETAIL, Kind.PROJECT_LIST, Kind.TOPIC})  # fmt: skip
_NO_KINDS = frozenset({Kind.PROJECT_NONE, Kind.PROJECT_NONE_IN_PLACES, Kind.NO_MORE})
# Kinds whose own first sentence says yes or no.
OWN_YES_NO = frozenset({Kind.MEMBER, Kind.NOT_A_PLACE, Kind.PERSON_SERVES, Kind.SAME_PERSON})
