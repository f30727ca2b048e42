"""Contacts and the referent in focus: places, people, projects, membership."""

from __future__ import annotations

from actions.decision.kinds import Decision, Kind, via
from actions.decision.lists import pick
from actions.focus import Focus, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.records import District, Person, Project


def places_or_unknown(turn: Turn, details: tuple[str, ...]) -> Decision | None:
    """The place named: its contact; a place outside the plan or unknown: said so."""
    if turn.places:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=details, rule="place")
    if turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place, rule="place.other")
    if turn.suggestions:
        return Decision(Kind.SUGGEST_PLACES, turn.suggestions, place=turn.unknown_place,
                        rule="place.near_miss")  # fmt: skip
    if turn.unknown_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.unknown_place, rule="place.unknown")
    return None


def focus_contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A follow-up ("und die Telefonnummer?"): the contact of what the last answer was about.

    A pick names one project of the list: "who is the contact for the second one?".
    """
    if turn.pick is not None and focus.projects and focus.subject == Subject.PROJECT:
        picked = pick(turn.pick, focus, kb)
        if picked.kind is Kind.PROJECT_DETAIL:
            return via("focus.pick", project_contact(picked.projects[0], turn.details, kb))
    person = _person_in_focus(turn, focus, kb) or _person_of_places(turn, focus, kb)
    if person is not None:
        return Decision(Kind.PERSON_CONTACT, person=person, details=turn.details,
                        rule="focus.person")  # fmt: skip
    if focus.subject == Subject.OFFICE:
        return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="focus.office")
    if focus.subject == Subject.REPORT:
        return Decision(Kind.REPORT, details=turn.details, rule="focus.report")
    project = project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    if project is not None:
        return via("focus.project", project_contact(project, turn.details, kb))
    places = places_in_focus(focus, kb)
    if focus.subject == Subject.PROJECT and focus.shown:
        if places:  # "wir wohnen in Nette, ...": the people there, not at the projects' places
            return Decision(Kind.PLACE_CONTACT, places, details=turn.details,
                            rule="focus.list_places")  # fmt: skip
        return via("focus.list", _list_contact(focus, turn.details, kb))
    if places:
        return Decision(Kind.PLACE_CONTACT, places, details=turn.details, rule="focus.places")
    return None


def _person_of_places(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    """The one person on site for the places in focus ("Welche Gebiete hat sie noch?")."""
    asked = turn.pronoun or turn.person_asked or turn.asks_areas
    if focus.subject != Subject.PLACES or not asked:
        return None
    names = {d.contact.name for d in kb.districts() if d.name in focus.places}
    return kb.person_named(names.pop()) if len(names) == 1 else None


def _list_contact(focus: Focus, details: tuple[str, ...], kb: KnowledgeBase) -> Decision:
    """The people on site for the projects just listed, else the Projektbüro."""
    shown = kb.projects_numbered(focus.shown)
    districts = {d.name for p in shown for d in kb.districts_of(p)}
    places = tuple(d for d in kb.districts() if d.name in districts)
    if places:
        return Decision(Kind.PLACE_CONTACT, places, details=details, rule="list_contact.places")
    return Decision(Kind.OFFICE_CONTACT, details=details, rule="list_contact.office")


def project_contact(project: Project, details: tuple[str, ...], kb: KnowledgeBase) -> Decision:
    """The people on site where the page places the project, else the Projektbüro."""
    districts = kb.districts_of(project)
    if districts:
        return Decision(Kind.PLACE_CONTACT, tuple(districts), details=details,
                        rule="project_contact.places")  # fmt: skip
    return Decision(Kind.OFFICE_CONTACT, details=details, rule="project_contact.office")


def person_meant(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    """The person in focus, or the one person on site for the places in focus.

    "Ist er auch für Hörde zuständig?" after Scharnhorst asks about its person.
    """
    return _person_in_focus(turn, focus, kb) or _person_of_places(turn, focus, kb)


def _person_in_focus(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Person | None:
    if focus.subject != Subject.PERSON or not focus.person:
        return None
    return kb.person_named(focus.person)


def project_in_focus(focus: Focus, kb: KnowledgeBase) -> Project | None:
    """The one project the last answer was about, if one was."""
    number = focus.project
    if number is None and len(focus.shown) == 1:
        number = focus.shown[0]
    found = kb.projects_numbered([number]) if number is not None else ()
    return found[0] if found else None


def places_in_focus(focus: Focus, kb: KnowledgeBase) -> tuple[District, ...]:
    """The Aktionsräume the conversation is about; none after the list of all of them."""
    places = tuple(d for d in kb.districts() if d.name in focus.places)
    return () if len(places) == len(kb.districts()) else places


def contact_of_project(focus: Focus) -> bool:
    """The last answer gave the contact of the project in focus (its places', the office's)."""
    return focus.subject in (Subject.PLACES, Subject.OFFICE) and focus.project is not None


def membership(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Yes or no: the place is an Aktionsraum (its contact), or not (the 13); or the person's."""
    person = turn.people[0] if turn.people else person_meant(turn, focus, kb)
    if person is not None and turn.places:
        serves = {d.name for d in turn.places} <= set(person.districts)
        return Decision(Kind.PERSON_SERVES, turn.places, person, answer="yes" if serves else "no",
                        rule="yes_no.person_serves")  # fmt: skip
    if turn.places:
        return Decision(Kind.MEMBER, turn.places, details=turn.details, answer="yes",
                        rule="yes_no.member")  # fmt: skip
    place = turn.other_place or turn.unknown_place
    if place:
        return Decision(Kind.NOT_A_PLACE, place=place, answer="no", rule="yes_no.not_a_place")
    return None
