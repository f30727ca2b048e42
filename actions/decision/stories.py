"""Situations told at length, and the NLU's "out of scope"."""

from __future__ import annotations

from actions.decision.follow_ups import (
    correction,
    details_only,
    not_said_of_project,
    project_follow_up,
    where_asked,
)
from actions.decision.kinds import Decision, Kind, Step, first, via
from actions.decision.limits import CONTACT_STORY_EXTRA, NEED_STORY_WORDS, STORY_WORDS
from actions.decision.lists import search
from actions.decision.nothing_fits import lacking
from actions.decision.picks import more_only, pick_only
from actions.decision.plan_questions import plan_question
from actions.decision.signals import asks_other_than_projects, clear_story, reads_contact
from actions.focus import Focus
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.text import key

# Intents a situation told at length is often read as ("wohne am Clarenberg" -> contact).
_STORY_INTENTS = frozenset({"district_contact", "project_office_contact", "inform", "nlu_fallback"})
# ... and, when the story clearly fits projects (clear_story), the plan's overview or its places.
_CLEAR_STORY_INTENTS = frozenset({"topic_overview", "district_list"})

# What only the focus can answer, also under the NLU's "out of scope" (see out_of_scope).
_FROM_THE_FOCUS: tuple[Step, ...] = (pick_only, more_only, details_only, correction, where_asked,
                                     not_said_of_project, project_follow_up)  # fmt: skip


def situation(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A situation told at length, with what fits it: the fitting projects, whatever intent.

    "Bin 38, alleinerziehend, wohne am Clarenberg und will wieder arbeiten" names a
    place, but asks for help with a need, not for the contact there; a contact
    detail, a person, the Projektbüro or the report asked for keep their answers.
    A story that clearly fits (:func:`clear_story`) needs no extra words when the
    NLU read a contact request ("..., wer hilft mir?"), and is no question for the
    overview, the list of places or a Schwerpunkt its words name.
    """
    clear = clear_story(turn)
    intents = _STORY_INTENTS | (_CLEAR_STORY_INTENTS if clear else frozenset())
    least = STORY_WORDS + (CONTACT_STORY_EXTRA if reads_contact(turn) and not clear else 0)
    if clear and turn.need_fits:  # a need told in everyday words is the story's point
        least = NEED_STORY_WORDS
    if turn.intent not in intents or turn.words < least or not turn.hits:
        return None
    if asks_other_than_projects(turn) or turn.asks_contact or turn.topics:
        return None
    if turn.errand_asked:  # "Wie kündige ich im Sportverein? Mein Mann ...": the errand asked
        return None
    if turn.word_topics and not (clear or turn.elsewhere):  # "Hilfe gegen Armut" names a
        return None  # Schwerpunkt; another language's words name none of the German ones
    return via("situation", search(turn, kb))


def out_of_scope(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The NLU's "out of scope": the city's portal, unless the plan has the answer.

    A story that clearly fits projects gets them, unless its request runs an errand
    (:attr:`Turn.errand_asked`: "Ich habe 3 Kinder, wer vermietet mir eine Wohnung?");
    "Gibt es X?" for a social offer the
    plan lacks gets "Nein". A project's name alone does not count: an off-topic
    question often has one ("Wo kann ich das blaue Haus mieten?").

    What only the focus can answer ("what is its aim?", "der zweite", "und die
    Mail?") is answered from it; nothing else of the general decision is tried,
    as a question about the city names places and words the plan also has
    ("Welche Pizzeria liefert nach Hörde?" is no question for Hörde's contact).
    """
    decision = first(_FROM_THE_FOCUS, turn, focus, kb)
    if decision is not None:
        return decision
    if clear_story(turn) and not (asks_other_than_projects(turn) or turn.errand_asked):
        return via("out_of_scope.story", search(turn, kb))
    if turn.plan_fact and turn.asks_why and not turn.plan_by_meaning:  # "warum gerade die 13?
        asked = plan_question(turn, focus, kb)  # nach welchem Kriterium": the page's reason
        if asked is not None:
            return via("out_of_scope.plan", asked)
    if _asks_for_a_missing_offer(turn):
        return Decision(Kind.PROJECT_NONE, answer="no", rule="out_of_scope.lacking")
    if _terms_of_a_project(turn):  # "Was kostet das Windel-Cafe?": the Projektbüro knows
        return Decision(Kind.FALLBACK, projects=turn.projects, german=turn.german,
                        rule="out_of_scope.terms_of_project")  # fmt: skip
    portal = Decision(Kind.OUT_OF_SCOPE, rule="out_of_scope")
    if turn.elsewhere and not (turn.errand or turn.errand_elsewhere):  # "is there X?" in another
        return lacking(turn, portal)  # language: as when the NLU reads no intent
    return portal


def _terms_of_a_project(turn: Turn) -> bool:
    """The terms of one project named (price, signing up), no errand: the page does not say them.

    "Wo kann ich das blaue Haus mieten?" asks no terms of the project: the city's portal.
    """
    terms = turn.asks_terms or turn.asks_price
    if len(turn.projects) != 1 or not terms or turn.errand:
        return False
    title = key(turn.projects[0].title)  # "Sperrmüll anmelden? Der Straßenkümmerer ...": the
    return all(thing in title for thing in turn.things)  # thing asked is the errand's


def _asks_for_a_missing_offer(turn: Turn) -> bool:
    """An offer the plan lacks ("Gibt es eine kostenlose Fahrradwerkstatt?"): "Nein".

    An existence question for a thing the plan has none of (:attr:`Turn.things_missing`),
    asked for a group or as a social offer (lexicon ``social_offers``: free, help, advice),
    is a question for the plan; "Gibt es in Hörde ein Schwimmbad?" and errands are not.
    """
    if not (turn.asks_existence and turn.things_missing) or turn.words >= STORY_WORDS:
        return False
    return not (turn.errand or turn.asks_terms) and bool(turn.groups or turn.social_offer)
