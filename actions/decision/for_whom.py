"""A project asked for an age group it is not for: "Gibt es den Walkingbus auch für Senioren?"."""

from __future__ import annotations

from actions.decision.contacts import project_in_focus
from actions.decision.kinds import Decision, Kind
from actions.decision.limits import MAX_LIST, SHORT_FOLLOW_UP, STORY_WORDS
from actions.focus import Focus, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.lifestage import ADULTS, stage_names
from knowledge.records import Project

# Answers that name projects the citizen asked about.
_NAMING = frozenset({Kind.PROJECT_DETAIL, Kind.PROJECT_LIST})


def for_another_age(turn: Turn, focus: Focus, kb: KnowledgeBase, decision: Decision) -> Decision:
    """A "Nein" and the age group's projects, when what was found serves other ages.

    "Gibt es ein gemeinsames Frühstück für Senioren?" finds the school breakfast: the
    page says whom it is for (:func:`knowledge.lifestage.project_stages`, "Kinder"),
    and that age group is not the one asked. A "Ja" with it would be a confident wrong
    answer; the projects the page names for that group are the honest alternative.
    Only short questions whose every group named is an age group ("Senioren",
    "Kinder", "Jugendliche", "Kleinkinder"), and only when each project found is for
    other ages by its own words (one for every age, for adults or for none named may
    serve).
    "Ist das auch für Senioren?" asks so of the one project shown.
    """
    if decision.kind not in _NAMING or not (turn.yes_no or turn.asks_existence):
        return decision
    if turn.words >= STORY_WORDS or not turn.groups or decision.answer == "no":
        return decision
    asked = set(turn.groups)
    if not asked <= stage_names():
        return decision
    shown = _shown_alone(turn, focus, kb)
    if shown and kb.stages_of(shown[0]) & asked:  # it serves them: "Ja"
        return Decision(Kind.PROJECT_DETAIL, projects=shown, answer="yes",
                        rule=f"{decision.rule}>same_age")  # fmt: skip
    asked_of = shown or decision.projects
    if not all(_for_others(kb.stages_of(p), asked) for p in asked_of):
        return decision
    alternatives = [p for p in turn.group_projects if p not in asked_of]
    if not alternatives:
        return decision
    rule = f"{decision.rule}>other_age"
    return Decision(Kind.PROJECT_OTHER_AGE, projects=tuple(alternatives[:MAX_LIST]),
                    query=decision.query, answer="no", rule=rule)  # fmt: skip


def _shown_alone(turn: Turn, focus: Focus, kb: KnowledgeBase) -> tuple[Project, ...]:
    """The one project shown, when a short yes/no question asks of it ("Ist das auch für ...?").

    "Gibt es auch was für Senioren?" asks for something else (an existence question).
    """
    if turn.projects or turn.asks_existence or not turn.yes_no or turn.words > SHORT_FOLLOW_UP:
        return ()
    shown = project_in_focus(focus, kb) if focus.subject == Subject.PROJECT else None
    return (shown,) if shown else ()


def _for_others(stages: frozenset[str], asked: set[str]) -> bool:
    """The page addresses the project to ages, none of them asked (empty: every age or none).

    A project for adults ("Frauen", "junge Eltern", "Mütter") may serve people of any age
    from youth on: the page names their role, not their age.
    """
    return bool(stages) and ADULTS not in stages and not stages & asked
