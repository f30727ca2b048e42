"""The answer of each intent (the NLU's reading of the message), and its runners-up."""

from __future__ import annotations

from dataclasses import replace

from actions.decision.contacts import (
    focus_contact,
    membership,
    person_meant,
    places_in_focus,
    places_or_unknown,
    project_contact,
    project_in_focus,
)
from actions.decision.follow_ups import bare
from actions.decision.kinds import Decision, Handler, Kind, via
from actions.decision.limits import MAX_RUNNERS_UP, RUNNER_UP_CONFIDENCE
from actions.decision.lists import next_page, pick, search
from actions.decision.nothing_fits import nothing
from actions.decision.signals import another_place_for_the_list, clear_leader, is_follow_up
from actions.focus import PAGE_SIZE, Focus
from actions.turn import Close, Turn
from knowledge import KnowledgeBase, lexicon
from knowledge.records import PlanFactKey


def contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Who is the contact: for a person, a place, the office, a project, or the focus.

    A group named with no contact asked ("und für Senioren?") asks for its projects.
    """
    if turn.groups and not _asks_a_contact(turn):
        found = search(turn, kb)
        if found.kind is not Kind.PROJECT_NONE:
            return via("contact.group", found)
    named = _named_contact(turn, focus, kb)
    if named is not None:
        return named
    if turn.near:  # "wer ist in evnig zuständig": a misspelt place, whatever is in focus
        return Decision(Kind.SUGGEST_PLACES, turn.near, rule="contact.near")
    in_focus = focus_contact(turn, focus, kb)
    if in_focus is not None:
        return via("contact.focus", in_focus)
    if turn.says_project:  # the page sends questions about the projects there
        return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="contact.projects")
    return Decision(Kind.ASK_PLACE, rule="contact.ask_place")


def _asks_a_contact(turn: Turn) -> bool:
    """A person, a contact or a detail asked, or the office, the report or a person named."""
    asked = (turn.asks_contact, turn.asks_someone, turn.details, turn.people, turn.names_someone,
             turn.unknown_person, turn.office, turn.report, turn.pronoun)  # fmt: skip
    return any(asked)


def _named_contact(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The contact of what the message names: a person, a place, the report, the office ..."""
    if turn.people:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=turn.details,
                        rule="contact.person")  # fmt: skip
    if turn.unknown_person:
        return Decision(Kind.PERSON_UNKNOWN, rule="contact.unknown_person")
    if another_place_for_the_list(turn, focus, kb):  # "und in Nette?" after projects in Hörde
        return via("contact.list_again", search(turn, kb))
    named = places_or_unknown(turn, details=turn.details)
    if named is not None:
        return via("contact", named)
    if turn.report:
        return Decision(Kind.REPORT, details=turn.details, rule="contact.report")
    if turn.office:
        return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="contact.office")
    if turn.projects:
        return via("contact.project", project_contact(turn.projects[0], turn.details, kb))
    return None


def _district_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The Aktionsräume; or those of a person ("Ist der Herr auch für andere Stadtteile da?")."""
    meant = person_meant(turn, focus, kb) if turn.pronoun or turn.asks_areas else None
    person = turn.people[0] if turn.people else meant
    if person is not None:
        return Decision(Kind.PERSON_CONTACT, person=person, details=turn.details,
                        rule="district_list.person")  # fmt: skip
    if turn.places and turn.details:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details,
                        rule="district_list.place")  # fmt: skip
    if turn.places or turn.other_place:  # the list asked with a place: is it on the list?
        member = membership(turn, focus, kb)
        if member is not None:
            return via("district_list", member)
    asks_places = bool(set(turn.which_nouns) & lexicon.words("areas"))  # "Welche Stadtteile
    if turn.topics and not turn.places and not asks_places:  # sind Aktionsräume?": the list
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="district_list.topic")
    areas = [f for f in kb.plan_facts() if f.key == PlanFactKey.AKTIONSRAEUME]
    if areas and not turn.places and turn.asks_why:  # "Warum diese 13?"
        return Decision(Kind.PLAN_FACT, fact=areas[0], rule="district_list.why")
    return Decision(Kind.DISTRICT_LIST, rule="district_list")


def _project_search(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Projects for a need, group, theme or place; "mehr" pages on.

    "Ich suche jemanden für Westerfilde" asks for a person, not for projects; "jemand
    in Eving, der sich um meine Mama kümmert" for a helper, found among the projects.
    """
    asks_someone = turn.asks_someone or (turn.asks_contact and not turn.hits)  # "من المسؤول"
    if turn.places and not turn.groups and asks_someone and not turn.someone_close:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details,
                        rule="project_search.someone")  # fmt: skip
    if turn.more and not turn.groups and not turn.places and not turn.topics:
        return via("project_search.more", next_page(focus, kb))
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="project_search.topic")
    leader = clear_leader(turn) if turn.asks_about_one else None
    if leader is not None:  # "das Projekt, das Lehrstellen einsammelt – was soll es erreichen?"
        return Decision(Kind.PROJECT_DETAIL, projects=(leader,), rule="project_search.clear_lead")
    in_focus = places_in_focus(focus, kb) if turn.points_there and not turn.places else ()
    if in_focus:  # "welche Projekte gibt es da?", "gibt es da auch was für Senioren?"
        return via("project_search.there", search(replace(turn, places=in_focus), kb))
    if not (turn.content or turn.places or turn.groups):
        if turn.payload:  # the "mehr" button
            return via("project_search.payload", next_page(focus, kb))
        return Decision(Kind.OVERVIEW, rule="project_search.overview")
    return via("project_search", search(turn, kb))


def _project_detail(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """One project: named, picked, or the one in focus."""
    if len(turn.projects) > 1:
        return Decision(Kind.PROJECT_CHOICE, projects=turn.projects[:PAGE_SIZE],
                        rule="project_detail.choice")  # fmt: skip
    if turn.pick is not None and focus.projects:
        return via("project_detail", pick(turn.pick, focus, kb))
    if is_follow_up(turn):
        current = project_in_focus(focus, kb)
        if current is None:
            return Decision(Kind.ASK_PROJECT, rule="project_detail.ask")
        return Decision(Kind.PROJECT_DETAIL, projects=(current,), rule="project_detail.follow_up")
    return _project_described(turn, kb)


def _project_described(turn: Turn, kb: KnowledgeBase) -> Decision:
    """A project asked for by a Schwerpunkt, its words, a group or place, else not known."""
    if turn.topics and not turn.projects:  # "Was zählt alles zum Bereich Zusammenleben?"
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="project_detail.topic")
    leader = clear_leader(turn)
    if leader is not None:  # one clearly meant, also when a group or place is part of the telling
        return Decision(Kind.PROJECT_DETAIL, projects=(leader,), rule="project_detail.clear_lead")
    if turn.groups or turn.places:
        return via("project_detail.named", search(turn, kb))
    if turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place, rule="project_detail.other_place")
    hits = () if turn.unknown_name else turn.hits
    if hits:
        return via("project_detail.search", search(turn, kb))
    if not (turn.elsewhere or turn.unknown_name or turn.says_project or turn.described):
        return nothing(turn, "project_detail.nothing")  # no name said: "Wo erstatte ich Anzeige?"
    close = Close(projects=turn.close.projects)
    return Decision(Kind.PROJECT_UNKNOWN, close=close, rule="project_detail.unknown")


def _topic_overview(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The plan's Schwerpunkte; or one, named by number or in its own words ("Armut bekämpfen")."""
    if turn.topics:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="topic_overview.topic")
    if turn.places and not turn.membership:  # the plan at a place ("وما هي المشاريع الموجودة
        return via("topic_overview.places", search(turn, kb))  # في Nette؟"): its projects
    if len(turn.word_topics) == 1 and (turn.says_project or turn.asks_list) and not turn.pick:
        return Decision(Kind.TOPIC, topic=turn.word_topics[0], rule="topic_overview.words")
    # "hat die Stadt was für Frauen?": their projects ("Gibt es ...?" is weighed as before)
    if turn.groups and not (turn.word_topics or turn.division or turn.asks_existence):
        return via("topic_overview.groups", search(turn, kb))
    return Decision(Kind.OVERVIEW, rule="topic_overview")


def _report(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.REPORT, details=turn.details, rule="social_report")


def _office(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The Projektbüro, unless the message names a place or a person of its own."""
    if (turn.places or turn.people) and not turn.office:
        return via("office.named", contact(turn, focus, kb))
    return Decision(Kind.OFFICE_CONTACT, details=turn.details, rule="office")


def _links(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    return Decision(Kind.LINKS, rule="links")


def _help(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """How the bot helps; "help with learning German" names a need (another language's words)."""
    if turn.need_words:
        return via("help.need", search(turn, kb))
    return Decision(Kind.HELP, rule="help")


def _inform(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """A bare answer: "Wickede", "Nummer vier", a project's name, a person's name."""
    if turn.pick is not None and focus.projects and not (turn.groups or turn.content[1:]):
        return via("inform", pick(turn.pick, focus, kb))
    if _need_at_place(turn, kb):  # "arbeit nette", "altengerechte wohnung scharnhorst"
        return via("inform.need_at_place", search(turn, kb))
    details = focus.details if turn.correction else turn.details
    return via("inform", bare(turn, focus, kb, details=details))


FALLBACK_INTENT = "nlu_fallback"  # the NLU's "no reading clear enough"
KEYWORDS = 5  # at most so many words: keywords typed as into a search box


def _need_at_place(turn: Turn, kb: KnowledgeBase) -> bool:
    """Keywords of a need beside a place, nothing else: a search there, not the place's contact."""
    if not turn.places or turn.bare_place or turn.correction or turn.details:
        return False
    if turn.people or turn.projects or turn.pick is not None or turn.words > KEYWORDS:
        return False
    if turn.asks_someone or turn.asks_contact:  # "Unser Haus steht in Nette. Wen frage ich?"
        return False
    needs = [w for w in turn.content if not (kb.find_districts(w).items or kb.other_place(w))]
    return bool(needs) and bool(turn.hits or turn.groups)


def fallback(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """Low confidence: a strong referent still answers; otherwise "Meinten Sie ...?"."""
    if turn.people and turn.details:
        return Decision(Kind.PERSON_CONTACT, person=turn.people[0], details=turn.details,
                        rule="fallback.person")  # fmt: skip
    if turn.places and turn.details:
        return Decision(Kind.PLACE_CONTACT, turn.places, details=turn.details,
                        rule="fallback.place")  # fmt: skip
    if turn.need_words:  # a target group or theme named in another language
        return via("fallback.need", search(turn, kb))
    return nothing(turn, "fallback")


BY_INTENT: dict[str, Handler] = {
    "district_contact": contact,
    "district_list": _district_list,
    "project_search": _project_search,
    "project_detail": _project_detail,
    "topic_overview": _topic_overview,
    "social_report": _report,
    "project_office_contact": _office,
    "links": _links,
    "help": _help,
    "inform": _inform,
    FALLBACK_INTENT: fallback,
}


def runners_up(turn: Turn) -> list[str]:
    """The NLU's next readings of the message, when they are not far behind."""
    return [
        name
        for name, confidence in turn.ranking
        if name not in (turn.intent, FALLBACK_INTENT)
        and name in BY_INTENT
        and confidence >= RUNNER_UP_CONFIDENCE
    ][:MAX_RUNNERS_UP]
