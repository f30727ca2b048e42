"""What a turn says beyond its referents, as the decision steps read it."""

from __future__ import annotations

from actions.decision.limits import (
    MIN_WORDS_BY_MEANING,
    NEED_STORY_WORDS,
    STORY_FIT,
    STORY_WORDS,
)
from actions.focus import Focus, ListKind, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.ranking import FITS
from knowledge.records import Project


def names_anything(turn: Turn) -> bool:
    """A place, person, project, group or Schwerpunkt named, or a place the plan lacks."""
    return bool(turn.places or turn.people or turn.projects or turn.groups or turn.topics
                or turn.other_place or turn.unknown_place)  # fmt: skip


def names_the_plan(turn: Turn) -> bool:
    """A referent of the plan besides places and groups: a project, person, Schwerpunkt ..."""
    named = (turn.projects, turn.names_someone, turn.unknown_person, turn.topics, turn.plan_fact,
             turn.removed)  # fmt: skip
    return any(named)


def reads_contact(turn: Turn) -> bool:
    """The NLU's best reading, also under low confidence, is a contact request."""
    readings = [name for name, _ in turn.ranking if name != "nlu_fallback"] or [turn.intent]
    return readings[0] in ("district_contact", "project_office_contact")


def asks_other_than_projects(turn: Turn) -> bool:
    """A contact detail, a person, a project, the Projektbüro or the report asked for."""
    return bool(turn.details or turn.names_someone or turn.projects)


def is_follow_up(turn: Turn) -> bool:
    """No content of its own: "Was ist das Ziel davon?", "an wen richtet sich das?"."""
    return not turn.projects and turn.follow_up


def only_a_place(turn: Turn, kb: KnowledgeBase) -> bool:
    """The message names a place and nothing else ("und Brackel?", "Westerfilde")."""
    named = turn.places or turn.other_place or turn.unknown_place
    return bool(named) and not turn.details and turn.only_place_names


def clear_story(turn: Turn) -> bool:
    """A situation told at length whose need clearly fits projects (:data:`STORY_FIT`).

    "Ich koche gern und bin 19, wo kann ich lernen, im Restaurant zu arbeiten?"
    tells something (:attr:`Turn.tells`) and fits one project well, though the
    NLU may read it as out of scope, a contact or the plan's overview; "Ich bin
    Rentner und mein Ausweis läuft ab, wo bekomme ich einen Termin?" fits nothing
    clearly, "Welche Pizzeria liefert nach Hörde?" only asks. A shorter story fits
    clearly when it tells a need in everyday words that a listed project answers
    (:attr:`Turn.need_fits`: "Unsere Straße sieht aus wie eine Müllkippe").
    """
    if not (turn.tells and turn.hits):
        return False
    if turn.need_fits and turn.words >= NEED_STORY_WORDS:
        return True
    return fits_at_length(turn)


def fits_at_length(turn: Turn) -> bool:
    """A message of a story's length that fits projects well (:data:`STORY_FIT`), any language."""
    return bool(turn.hits) and turn.words >= STORY_WORDS and turn.fit >= STORY_FIT


def clear_leader(turn: Turn) -> Project | None:
    """The project clearly ahead in words and meaning (knowledge.ranking), if one is."""
    if turn.unknown_name or not turn.hits or turn.only_places:
        return None
    return turn.leader


def another_place_for_the_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> bool:
    """A bare place ("und in Nette?") while the focus is a list of projects found by place."""
    bare = turn.places and not turn.details and turn.only_places
    return bool(bare) and focus.subject == Subject.PROJECT and focus.query.kind == ListKind.PLACES


def outside_the_plan(turn: Turn) -> bool:
    """A readable question that names nothing of the plan and fits no project at all.

    "Wo beantrage ich einen Anwohnerparkausweis?" has no place, person, project,
    group, Schwerpunkt, statement of the plan or contact detail, nothing the
    words come close to, and the ranking's "nothing fits" (knowledge.ranking).
    """
    if not turn.german or turn.words < MIN_WORDS_BY_MEANING or turn.hits or turn.fit >= FITS:
        return False
    return turn.names_nothing and not turn.comes_close
