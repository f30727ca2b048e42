"""A project's words in an everyday sense name no project; the project's name still does.

"ein blaues Haus streichen" shares two words with "Das blaue Haus", "Welcher Sportverein
in Eving hat gewonnen?" names the Sportpaten's word and their place: the question is nearer
to the everyday senses listed for the projects' words (knowledge/situations/not_meant) than
to any situation or description of a project, so no project fits, none is named by a word
of its title, and the city's portal answers. The rows are phrased here, not taken from the
listed texts or an evaluation set.
"""

from __future__ import annotations

from dataclasses import replace

from actions.decision import Decision, Kind
from actions.decision.nothing_fits import nothing_fits
from actions.turn import read_text
from knowledge import KnowledgeBase
from tests.actions.asking import decided, table
from tests.knowledge.test_search import project_by_fragment

EVERYDAY = [
    ("ich will ein blaues haus streichen, welche farbe?", "project_detail"),
    ("Ich suche ein gemütliches Café für ein Date am Phoenix-See", "project_search"),
    ("Welcher Sportverein in Eving hat am Wochenende gewonnen?", "district_contact"),
]

NAMED = [
    ("das blaue haus", "inform", "blaue Haus"),
    ("Was ist das Ziel vom blauen Haus?", "project_detail", "blaue Haus"),
    ("wer macht chill out?", "project_detail", "Chill out"),
    ("Was ist der Walkingbus?", "project_detail", "Walkingbus"),
]


@table("text, intent", EVERYDAY)
def test_an_everyday_sense_names_no_project(kb: KnowledgeBase, text: str, intent: str) -> None:
    decision = decided(kb, text, intent)
    assert decision.kind is Kind.OUT_OF_SCOPE, (text, decision.rule)
    assert not decision.projects
    assert kb.rank_projects(text).everyday


@table("text, intent, fragment", NAMED)
def test_the_projects_name_still_names_it(
    kb: KnowledgeBase, text: str, intent: str, fragment: str
) -> None:
    decision = decided(kb, text, intent)
    assert decision.kind is Kind.PROJECT_DETAIL, (text, decision.rule)
    assert decision.projects == (project_by_fragment(kb.content(), fragment),)


def test_a_need_told_is_no_everyday_question(kb: KnowledgeBase) -> None:
    ranking = kb.rank_projects("Mein Sohn ist 17 und findet keinen Ausbildungsplatz")
    assert not ranking.everyday
    assert ranking.hits


def test_the_plans_pages_asked_stay_whatever_the_words(kb: KnowledgeBase) -> None:
    """Read as everyday, a question the NLU took for the page's links keeps its answer."""
    text = "Welcher Verein hat am Wochenende gewonnen?"
    turn = replace(read_text(kb, text, intent="links"), everyday=True)
    for kind in (Kind.LINKS, Kind.REPORT, Kind.OVERVIEW):
        assert nothing_fits(turn, Decision(kind, rule="links")).kind is kind
    place = Decision(Kind.PLACE_CONTACT, rule="contact>place")
    assert nothing_fits(turn, place).kind is Kind.OUT_OF_SCOPE
