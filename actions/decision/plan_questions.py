"""Questions about the plan itself, answered by the page's own statements."""

from __future__ import annotations

from actions import parsing
from actions.decision.kinds import Decision, Kind
from actions.decision.limits import MIN_WORDS_BY_MEANING, SHORT_FOLLOW_UP, STORY_WORDS, WEAK_FIT
from actions.focus import Focus, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.records import PlanFactKey

# Intents that answer a Schwerpunkt themselves, or ask for someone, not for its projects.
_ANSWER_TOPICS = frozenset({"project_search", "topic_overview", "inform", "district_contact",
                            "project_office_contact", "district_list"})  # fmt: skip

# Intents about places and contacts: a reading by meaning alone does not overrule them.
_NOT_ABOUT_THE_PLAN = frozenset({"district_contact", "district_list", "help",
                                 "project_office_contact"})  # fmt: skip


def plan_question(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A question about the plan itself, answered by the page's own statement.

    A Schwerpunkt named in other words ("der Schwerpunkt mit den Kindern") lists
    its projects; what the page does not say ("Wie viel Geld hat der Plan?") is
    said plainly, with the Projektbüro, instead of a paragraph that does not
    answer it. A reading by meaning alone is weaker than one by the page's words:
    it leaves follow-ups, contact questions and what the intent answers anyway, and
    an errand asked (:attr:`Turn.errand_asked`) to the city's portal.
    """
    if turn.people or turn.projects or (turn.places and not _why_a_place(turn)):
        return None
    if turn.errand_asked or turn.errand_elsewhere:  # "Where can I buy a house, which bank is
        return None  # best?" comes near the plan in meaning, but asks an errand
    if _terms_of_the_projects(turn):  # "Ist die Teilnahme an den Projekten kostenlos?"
        return Decision(Kind.FALLBACK, german=turn.german, rule="plan.terms_not_said")
    fact = turn.plan_fact
    where_to_read = turn.intent == "links" and fact is not None and fact.key == PlanFactKey.REPORT
    if (turn.intent in ("social_report", "links") and not where_to_read) or turn.report:
        return None  # "Wo kann ich Zahlen zur Armut nachlesen?" is the report, not the links
    all_topics = fact is not None and fact.key == PlanFactKey.ARBEITSSCHWERPUNKTE
    if turn.topics and not all_topics and turn.intent not in _ANSWER_TOPICS:
        return Decision(Kind.TOPIC, topic=turn.topics[0], rule="plan.topic")  # "mit den Kindern"
    if turn.plan_by_meaning and (turn.topics or not _may_read_by_meaning(turn, focus)):
        return None
    if turn.groups and not turn.plan_by_meaning:
        return None
    if turn.plan_not_said:
        return Decision(Kind.FALLBACK, german=turn.german, rule="plan.not_said")
    if turn.plan_overview and turn.intent != "topic_overview":
        return Decision(Kind.OVERVIEW, rule="plan.overview")
    if fact is None:
        return None
    if fact.key == PlanFactKey.REPORT:  # answered with the report's people
        return Decision(Kind.REPORT, rule="plan.report")
    return Decision(Kind.PLAN_FACT, fact=fact, also=turn.plan_also, rule="plan.fact")


def _why_a_place(turn: Turn) -> bool:
    """Why a place is an Aktionsraum: "warum ist der Hafen überhaupt ein Aktionsraum?"."""
    fact = turn.plan_fact
    return turn.asks_why and fact is not None and fact.key == PlanFactKey.AKTIONSRAEUME


def _may_read_by_meaning(turn: Turn, focus: Focus) -> bool:
    """Whether a reading by meaning alone may answer: not a contact question or follow-up.

    "und die telefonnummer?", "welche Gebiete hat sie noch?", "welche Projekte
    gibt es da?" or, after a project, "для кого это?" come near a plan question
    in meaning; so may "Hilfe gegen Armut", which names a Schwerpunkt, "nein,
    ich meinte Brackel", and a language the bot does not speak.
    """
    if not turn.german:
        return False
    if turn.details or turn.pronoun or turn.points_there or turn.words < MIN_WORDS_BY_MEANING:
        return False
    if turn.office or turn.other_place or turn.unknown_place or turn.intent in _NOT_ABOUT_THE_PLAN:
        return False
    elsewhere = focus.subject not in (None, "", Subject.PLAN)
    if elsewhere and turn.words <= SHORT_FOLLOW_UP and turn.intent != "topic_overview":
        return False
    if turn.intent == "project_detail":  # one project asked about: any that fits
        return not (turn.hits or turn.word_topics)
    weak = turn.fit < WEAK_FIT  # a search that fits little leaves a plan question to the plan
    return not (turn.intent == "project_search" and ((turn.hits and not weak) or turn.word_topics))


def _terms_of_the_projects(turn: Turn) -> bool:
    """Terms of taking part in the projects as a whole, which the page states for none.

    "Ist die Teilnahme an den Projekten kostenlos?", "Как да се запиша за някой проект?"
    (a project word of any language, lexicon ``project_words``): said plainly, with the
    Projektbüro, not a paragraph about the plan. A group, person, errand or thing of its
    own named ("Kostet das Schwimmbad Eintritt?") is another question.
    """
    elsewhere = turn.terms_elsewhere and parsing.asks_terms_elsewhere(turn.text, counting=False)
    terms = turn.asks_terms or elsewhere or turn.asks_price  # "Колко проекта ...?" counts
    if not terms or turn.words >= STORY_WORDS or turn.groups or turn.names_someone:
        return False
    if turn.errand or turn.errand_elsewhere or turn.intent == "project_office_contact":
        return False  # the office's contact answers "Wie melde ich mich für ein Projekt an?"
    if turn.fit >= WEAK_FIT or turn.leader is not None or turn.need_words:
        return False  # "ehrenamtlich für ein Projekt anmelden": the search finds the projects
    own_things = [t for t in turn.things if not parsing.says_word_of("project_words", t)]
    return not own_things and parsing.says_word_of("project_words", turn.text)
