"""A project named by title or told by what it does, whatever the intent."""

from __future__ import annotations

from actions.decision.kinds import Decision, Kind
from actions.decision.limits import DESCRIBED_WORDS
from actions.decision.signals import reads_contact
from actions.focus import Focus
from actions.turn import Close, Turn
from knowledge import KnowledgeBase


def one_named_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project named by title or nickname under a search or an unclear intent.

    A button of an older list ("#23") whose project left the page gets that said.
    """
    if turn.removed and not turn.projects:
        return Decision(Kind.PROJECT_REMOVED, removed=turn.removed, rule="named_project.removed")
    absorbing = ("project_search", "project_detail", "nlu_fallback", "topic_overview", "inform")
    if turn.intent not in absorbing or len(turn.projects) != 1 or turn.more or turn.topics:
        return None
    if turn.asks_existence and turn.things_missing and turn.misfit:  # "Gibt es Lesepaten für
        return None  # Grundschüler?": a title word beside what the plan lacks names no project
    return Decision(Kind.PROJECT_DETAIL, projects=turn.projects, rule="named_project")


def described_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project told by what it does, a detail asked: "das Café für Eltern mit Babys – für wen?".

    Whatever the intent, the best fitting project is answered when it leads even a
    little (:data:`knowledge.ranking.DESCRIBED_LEAD`), its close runners-up offered
    beside it ("Oder meinten Sie …?"); two essentially tied are asked for. A contact,
    a person, a Schwerpunkt or a name the page does not have keeps its own answer.
    """
    if not turn.described or not turn.hits or turn.projects or turn.topics or turn.only_places:
        return None
    if turn.details or turn.names_someone or reads_contact(turn):
        return None
    if (turn.plan_fact and not turn.plan_by_meaning) or turn.plan_overview:  # "der Aktionsplan"
        return None
    if turn.asks_contact or turn.pick is not None:  # not asks_someone: "für wen ist das?"
        return None
    if turn.unknown_name and turn.words < DESCRIBED_WORDS:  # "das Projekt Kinderzirkus – Ziel?"
        return None
    if turn.leader is not None:
        return Decision(Kind.PROJECT_DETAIL, projects=(turn.leader,),
                        close=Close(projects=turn.also_meant), rule="described")  # fmt: skip
    if not turn.also_meant:  # nothing fits by meaning, only a word of a title: as asked
        return None
    tied = (turn.hits[0].item, *turn.also_meant)
    return Decision(Kind.PROJECT_CHOICE, projects=tied, rule="described.tied")
