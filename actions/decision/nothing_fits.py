"""What the plan does not have is said so: "nothing fits" steps after the intent's answer."""

from __future__ import annotations

from dataclasses import replace

from actions.decision.kinds import Decision, Kind
from actions.decision.limits import (
    ERRAND_WORDS,
    MIN_WORDS_BY_MEANING,
    NOTHING_NEAR,
    STORY_WORDS,
    WEAK_FIT,
)
from actions.decision.signals import is_follow_up, names_the_plan, outside_the_plan, reads_contact
from actions.turn import Turn
from knowledge.ranking import FITS
from knowledge.situations import ERRANDS, UNMET

# Answers to "is there X?" that mean the plan has no X (not "which place?", "which project?").
_NOTHING_THERE = frozenset({Kind.FALLBACK, Kind.PROJECT_UNKNOWN, Kind.PROJECT_NONE,
                            Kind.OUT_OF_SCOPE})  # fmt: skip


# Readings an existence question gets by loose words ("Erste-Hilfe-Kurse" as a pick) or as a
# question about the page (links, a Schwerpunkt, the overview).
_LOOSE_KINDS = frozenset({Kind.PROJECT_LIST, Kind.PROJECT_DETAIL, Kind.LINKS, Kind.TOPIC,
                          Kind.OVERVIEW, Kind.PROJECT_ELSEWHERE,
                          Kind.PROJECT_UNPLACED})  # fmt: skip

# Answers an errand gets by the words it shares with the plan ("Bus", "Imbiss", a place).
_ERRAND_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.PROJECT_LIST, Kind.PROJECT_DETAIL,
                           Kind.PROJECT_NONE, Kind.FALLBACK, Kind.MEMBER, Kind.LINKS,
                           Kind.DISTRICT_LIST, Kind.ASK_PLACE, Kind.OVERVIEW, Kind.TOPIC,
                           Kind.SUGGEST_PLACES, Kind.PROJECT_NONE_IN_PLACES,
                           Kind.PROJECT_ELSEWHERE, Kind.PROJECT_UNPLACED,
                           Kind.PROJECT_UNKNOWN, Kind.REPORT})  # fmt: skip

# ... and a question about everyday things by its words (see _everyday), also "no Aktionsraum";
# not the plan's pages, report or Schwerpunkte, which the NLU read as asked for.
_EVERYDAY_KINDS = (_ERRAND_KINDS | {Kind.NOT_A_PLACE}) - {Kind.LINKS, Kind.OVERVIEW, Kind.TOPIC,
                                                          Kind.REPORT}  # fmt: skip

# Answers a place named only as context may have come to (see _place_as_context).
_CONTEXT_KINDS = frozenset({Kind.PLACE_CONTACT, Kind.FALLBACK, Kind.PROJECT_NONE})

# Rules of a search by the question's words or groups (not by a place or a name).
_BY_WORDS = ("search.words", "search.groups", "clear_lead")


def nothing_fits(turn: Turn, decision: Decision) -> Decision:
    """What the plan does not have is said so, whatever the branch came to.

    Each check reads the same "names nothing of the plan" of the turn
    (:attr:`Turn.names_nothing`); how a language asks "is there X?" is data of
    its lexicon (``existence``; German: a yes/no verb first, ``yes_no_starts``).
    """
    for check in (lacking, _place_as_context, _unasked_page, _unsure_yes, _asked_lacking,
                  _asked_elsewhere, _errand, _everyday, answer_beyond_plan):  # fmt: skip
        decision = check(turn, decision)
    return decision


def lacking(turn: Turn, decision: Decision) -> Decision:
    """Another language's "is there X?" that nothing of the plan fits: "No", with the Projektbüro.

    German gets the same answer by :func:`_unsure_yes` ("Gibt es einen Strickkreis?").
    """
    if not (turn.asks_existence and turn.names_nothing) or decision.kind not in _NOTHING_THERE:
        return decision
    return Decision(Kind.PROJECT_NONE, answer="no", rule=f"{decision.rule}>lacking")


def _place_as_context(turn: Turn, decision: Decision) -> Decision:
    """A place named only as context: "Wo leihe ich in Hörde ein Fahrrad?" is out of scope.

    The nouns besides the place come nowhere near any project (well below the
    ranking's "nothing fits"), and the message asks for no contact, list or
    membership there, nor does the NLU read a contact request: the place's
    contact, or "no project", would answer another question than the one asked.
    Things the plan has none of ("Welche Apotheke in Marten hat Notdienst?",
    :attr:`Turn.things_missing`) are out of scope whatever the NLU read.
    """
    if decision.kind not in _CONTEXT_KINDS or turn.words < MIN_WORDS_BY_MEANING:
        return decision
    if turn.places_beside_missing_things:
        return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>place_as_context.things")
    if not turn.places_as_context or reads_contact(turn):
        return decision
    if turn.beside_places is None or turn.beside_places >= NOTHING_NEAR:
        return decision
    return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>place_as_context")


def _unsure_yes(turn: Turn, decision: Decision) -> Decision:
    """Loose matches are no "Ja": "Gibt es einen Strickkreis für Rentnerinnen?".

    A short yes/no question that names a thing no project fits on its own,
    while the question as a whole fits only loosely (:attr:`Turn.misfit`), asks
    for what the plan does not have: say so, with the Projektbüro, instead of
    listing projects that merely share its group. "Is there X?" whose things
    the plan has none of (:attr:`Turn.things_missing`) gets the same answer
    whatever the reading came to: a loose pick ("Erste-Hilfe-Kurse"), the
    page's links or a Schwerpunkt, unless it asks about the plan itself.
    """
    if not (turn.german and turn.words < STORY_WORDS):
        return decision
    found = decision.kind in (Kind.PROJECT_LIST, Kind.PROJECT_DETAIL)
    searched = found and any(step in decision.rule for step in _BY_WORDS)
    # "gibts in Nette was Ähnliches?" asks for projects like the one shown, not for an X
    if searched and turn.yes_no and turn.misfit and not turn.similar:
        return Decision(Kind.PROJECT_NONE, rule=f"{decision.rule}>unsure")
    if searched and turn.yes_no and len(decision.projects) > 1 and _by_loose_words(turn):
        return Decision(Kind.PROJECT_NONE, rule=f"{decision.rule}>unsure.loose")
    loose = decision.kind in _LOOSE_KINDS or _place_for_a_thing(turn, decision)
    lacking = turn.asks_existence and turn.things_missing and loose
    about_the_page = turn.plan_fact or turn.plan_not_said or turn.report or turn.asks_pages
    if lacking and not (about_the_page or turn.office):
        return Decision(Kind.PROJECT_NONE, rule=f"{decision.rule}>unsure.things")
    return decision


def _by_loose_words(turn: Turn) -> bool:
    """Words alone found projects: nothing fits the question in words and meaning together.

    "Gibt es Projekte für Menschen mit Behinderung?" shares "Menschen" with the projects for
    older people, while their fused score stays below the ranking's "nothing fits"
    (:data:`knowledge.ranking.FITS`). A group, Schwerpunkt, project, place or person named
    is found by its name, not by loose words; the caller keeps one project the words found
    alone ("Gibt es was mit der Uni?").
    """
    named = turn.groups or turn.topics or turn.projects or turn.places or turn.people
    return turn.fit < FITS and not named


# Answers an existence question gets for what it does not ask: loose projects, the places.
_UNASKED_KINDS = _LOOSE_KINDS | {Kind.MEMBER, Kind.DISTRICT_LIST}


def _asked_lacking(turn: Turn, decision: Decision) -> Decision:
    """An existence question for an X the plan lacks: "Nein", with the Projektbüro, however long.

    The first thing an existence question names is what it asks for ("Gibt es
    eine Kleiderkammer? Wir sind aus der Ukraine gekommen und ..."); when no
    project has it (:attr:`Turn.asked_thing_missing`), projects found by the
    other words ("Kinder"), the list of places or a place's membership answer
    another question. A project or Schwerpunkt named, the plan's own pages, the
    office or the report keep their answer.
    """
    if not (turn.asks_existence and turn.things) or decision.kind not in _UNASKED_KINDS:
        return decision
    about_the_page = turn.plan_fact or turn.plan_not_said or turn.report or turn.asks_pages
    if about_the_page or turn.office or turn.projects or not turn.asked_thing_missing:
        return decision
    if turn.topics and decision.kind is Kind.TOPIC:  # a Schwerpunkt named keeps its projects
        return decision
    if turn.errand_asked:  # "Gibt es beim Finanzamt eine Beratung?": the errand's (see _errand)
        return decision
    return Decision(Kind.PROJECT_NONE, answer="no", rule=f"{decision.rule}>lacking.asked")


def _asked_elsewhere(turn: Turn, decision: Decision) -> Decision:
    """A question for a thing the plan lacks, answered by loose matches: the city's portal.

    "Wo kann ich mich gegen Grippe impfen lassen?", "Ich will ein Haus kaufen, welche
    Bank gibt mir Kredit?": the question's first thing is in no project and the
    question fits only loosely (:attr:`Turn.question_thing_missing`); projects that
    share its other words ("Kinder", "Haus") answer another question. A yes/no
    question gets "Nein" (:func:`_asked_lacking`, :func:`_unsure_yes`); a project,
    person, the office or the report named, or projects asked for, keep their answer.
    """
    if turn.yes_no or turn.asks_existence or not turn.german:
        return decision
    searched = decision.kind in (Kind.PROJECT_LIST, Kind.PROJECT_DETAIL) and any(
        step in decision.rule for step in _BY_WORDS
    )
    if not searched or turn.projects or turn.names_someone or turn.topics or turn.says_project:
        return decision  # "Welche Angebote gibt es für ...?" asks the plan for its projects
    if not turn.question_thing_missing:
        return decision
    return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>asked_elsewhere")


def _unasked_page(turn: Turn, decision: Decision) -> Decision:
    """A yes/no question for a thing, answered by a page it never asked for: "Nein".

    "Gibt es in der Stadt einen Verein, der alten Leuten das Handy erklärt?" read
    as a question for the overview, the links or the Projektbüro gets a paragraph,
    links or the office under a "Ja". When it names things and fits the plan only
    loosely (:attr:`Turn.misfit`; the overview also for any "Gibt es ...?"), and
    names neither the plan, its pages nor the office, it asks for what the plan
    does not have: "Nein", with the Projektbüro. Long questions too: the words
    that make them long are the thing's description, not a story.
    """
    if not (turn.german and turn.yes_no and turn.things) or turn.office or turn.report:
        return decision
    if turn.plan_fact or turn.plan_overview or turn.plan_not_said or turn.asks_pages:
        return decision
    overview = decision.kind is Kind.OVERVIEW and (turn.misfit or turn.asks_existence)
    page = decision.kind is Kind.LINKS and turn.misfit
    office = decision.kind is Kind.OFFICE_CONTACT and turn.misfit and turn.asks_existence
    if not (overview or page or office):
        return decision
    return Decision(Kind.PROJECT_NONE, rule=f"{decision.rule}>unsure.page")


def _place_for_a_thing(turn: Turn, decision: Decision) -> bool:
    """A place's contact for "Gibt es eine Tafel in der Nordstadt?", which asks for no one."""
    asks_someone = turn.asks_contact or turn.asks_someone or turn.details
    return decision.kind is Kind.PLACE_CONTACT and not asks_someone


def _errand(turn: Turn, decision: Decision) -> Decision:
    """Errands and service terms the plan never states: the city's portal, not a project.

    "Wo kaufe ich in Hörde Babykleidung?", "Wann fährt der Bus in Eving?" (an
    errand, lexicon ``errands``; in another language its ``errands`` phrases:
    "When is the rubbish collected in Marten?"; a place as its only noun: "wo gibts in
    der nordstadt die billigsten sneaker") whatever else they name; "Was kostet das
    Hallenbad?", "Wie melde ich ein Gewerbe an?" (``service_terms``) when what
    they name is not in the plan or no project clearly leads. A project, person,
    Schwerpunkt, the Projektbüro or the report named keeps the plan's answer
    ("Was kostet die Teilnahme bei Kohldampf?"), and so does a "Nein". A longer story
    is background to the errand its request runs (:attr:`Turn.errand_asked`: "Ich bin
    Lehrerin ... Kann man in der Jugendherberge für die Klassenfahrt buchen?").
    """
    errand = turn.errand or turn.errand_elsewhere  # other languages: no nouns read
    # an errand's things, or its place: "wo gibts in der nordstadt die billigsten sneaker"
    named = turn.things or turn.errand_elsewhere or (turn.errand and turn.places)
    if not (named and (errand or turn.asks_terms)):
        return decision
    # A German story's "zu teuer" or "einkaufen" tells a need, not an errand; another
    # language's errand phrases ("o programare pentru pașaport") name the errand itself.
    if turn.words >= ERRAND_WORDS and not (turn.errand_asked or turn.errand_elsewhere):
        return decision
    if decision.kind not in _ERRAND_KINDS or decision.answer == "no":
        return decision
    if names_the_plan(replace(turn, plan_fact=None) if turn.plan_by_meaning else turn):
        return decision  # a statement of the plan read by meaning alone names nothing of it
    if not errand and turn.leader is not None and not turn.things_missing:
        return decision
    return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>errand")


def _everyday(turn: Turn, decision: Decision) -> Decision:
    """A question about everyday things: the city's portal, whatever its words came to.

    "Welcher Sportverein in Eving hat am Wochenende gewonnen?", "Ich suche ein gemütliches
    Café für ein Date am Phoenix-See" use the plan's words in an everyday sense
    (:attr:`Turn.everyday`); a place's contact, the list of places or a search answer
    another question. The plan's names, a contact asked and a "Nein" (also the one a
    yes/no question gets for no project) keep their answer.
    """
    if not turn.everyday or decision.kind not in _EVERYDAY_KINDS or decision.answer == "no":
        return decision
    if decision.kind is Kind.PROJECT_NONE and (turn.yes_no or turn.asks_existence):
        return decision  # "Bietet die VHS Sprachkurse für Japanisch an?": "Nein" says it
    asked = turn.asks_contact or turn.asks_someone or turn.details or turn.membership
    if asked or names_the_plan(turn) or turn.office or turn.report or turn.asks_pages:
        return decision
    return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>everyday")


# Answers a need or errand no project is for gets by its words: projects, a place's people.
_BEYOND_KINDS = frozenset({Kind.PROJECT_LIST, Kind.PROJECT_DETAIL, Kind.PROJECT_UNPLACED,
                           Kind.PROJECT_ELSEWHERE, Kind.PROJECT_NONE_IN_PLACES, Kind.TOPIC,
                           Kind.PLACE_CONTACT, Kind.ASK_PLACE, Kind.FALLBACK, Kind.PROJECT_NONE,
                           Kind.PROJECT_UNKNOWN, Kind.OUT_OF_SCOPE})  # fmt: skip


def answer_beyond_plan(turn: Turn, decision: Decision) -> Decision:
    """What no project is for: the Projektbüro for a social need, the portal for an errand.

    "Meine Wohnung wurde gekündigt und ich muss in vier Wochen raus, wo komme ich dann
    unter?" tells a need the plan has nothing for (:attr:`Turn.beyond_plan`: nearer to
    such needs than to any project's situations): "no project", with the Projektbüro as
    the human contact, not the projects its words share. "Die Straßenlaterne vor unserem
    Haus ist seit Wochen kaputt" is an errand: the city's portal. What the plan names (a
    project, person, Schwerpunkt, the office, the report, its pages), a contact asked, a
    follow-up, a lexicon errand and projects the words found clearly keep their answer.
    """
    if decision.kind not in _BEYOND_KINDS or decision.answer == "no" or names_the_plan(turn):
        return decision  # a "Nein" says the plan lacks it ("Ücretsiz köpek kuaförü var mı?")
    if turn.office or turn.report or turn.asks_pages or turn.membership or reads_contact(turn):
        return decision
    if is_follow_up(turn) or decision.rule.startswith("follow_up"):  # "Wie meld ich mich da
        return decision  # an?": the project in focus, not an errand
    if turn.details or decision.kind is Kind.PLACE_CONTACT and turn.asks_contact:
        return decision  # "мейл Nordmarkt": a contact asked of a place
    if _found_clearly(turn, decision):  # "Mein Sohn ist 16 und trinkt jeden Tag ...": #2
        return decision
    beyond = turn.beyond_plan
    errand = turn.errand or turn.errand_elsewhere  # the lexicon's errands stay the portal's
    if beyond == UNMET and decision.kind is not Kind.PROJECT_NONE and not errand:
        yes_no = turn.yes_no or turn.asks_existence
        return Decision(Kind.PROJECT_NONE, answer="no" if yes_no else None,
                        rule=f"{decision.rule}>beyond.unmet")  # fmt: skip
    # another language's "nothing found" stays with the Projektbüro: its few errands told
    # meet a need ("أنا بلا مأوى ... أين يمكنني أن أنام؟") as near as an errand
    kept = decision.kind is Kind.PROJECT_NONE and turn.elsewhere
    if beyond == ERRANDS and decision.kind is not Kind.OUT_OF_SCOPE and not kept:
        return Decision(Kind.OUT_OF_SCOPE, rule=f"{decision.rule}>beyond.errand")
    return decision


def _found_clearly(turn: Turn, decision: Decision) -> bool:
    """Projects found by the words for a group named, or one clearly ahead, answer the need."""
    found = decision.kind in (Kind.PROJECT_LIST, Kind.PROJECT_DETAIL)
    clear = turn.leader is not None or "clear_lead" in decision.rule
    return found and (bool(turn.groups) or clear) and turn.fit >= WEAK_FIT


def nothing(turn: Turn, rule: str) -> Decision:
    """Nothing fits: offer what the words come close to; nothing of the plan named: out of scope."""
    if outside_the_plan(turn):
        return Decision(Kind.OUT_OF_SCOPE, rule=f"{rule}.out_of_scope")
    return Decision(Kind.FALLBACK, close=turn.close, german=turn.german, rule=rule)
