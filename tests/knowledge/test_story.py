"""A story's background names people who are not the ones in need (knowledge.story)."""

from __future__ import annotations

import pytest

from knowledge.knowledge_base import KnowledgeBase
from knowledge.story import clauses, need_part, tells
from knowledge.text import key


@pytest.mark.parametrize(
    ("story", "background", "need"),
    [
        ("Ich bin ganz allein, seit meine Kinder nach Berlin gezogen sind", "kinder", "allein"),
        ("Nachdem meine Tochter ausgezogen ist, sitze ich nur noch vor dem Fernseher",
         "tochter", "fernseher"),
        ("Obwohl die Kinder schon groß sind, komme ich als Rentner kaum unter Leute",
         "kinder", "rentner"),
        ("Opa sitzt seit dem Tod meiner Großmutter nur noch zu Hause", "grossmutter", "opa"),
        ("Nach der Trennung von meinem Freund kann ich die Miete nicht zahlen", "freund", "miete"),
        ("Mein Vater ist seit Mamas Tod ganz allein", "mamas", "vater"),
        ("Nach Opas Umzug ins Heim sitzt Oma nur noch vor dem Fernseher", "opas", "oma"),
    ],
)  # fmt: skip
def test_the_background_is_left_out_and_the_need_kept(
    story: str, background: str, need: str
) -> None:
    words = key(need_part(story)).split()
    assert background not in words
    assert need in words


@pytest.mark.parametrize(
    "question",
    [
        "Seit zwei Jahren finde ich keine Arbeit",
        "seit 3 Monaten kommen Mahnungen",
        "Seit langem fühle ich mich einsam",
        "seit meine Frau tot ist",  # nothing else left to read
    ],
)
def test_a_time_or_a_story_without_anything_else_is_kept_whole(question: str) -> None:
    assert need_part(question) == question


def test_a_story_is_read_clause_by_clause() -> None:
    parts = clauses("Mein Bruder ist arbeitslos, schon lange, und er trinkt jeden Abend.")
    assert parts == ["Mein Bruder ist arbeitslos", "und er trinkt jeden Abend"]


def test_people_of_the_background_do_not_lead_the_ranking(kb: KnowledgeBase) -> None:
    for_children = {hit.item for hit in kb.projects_for_target_group("Kinder")}
    first = kb.rank_projects("Seit meine Kinder studieren, bin ich oft einsam.").ranked[0].item
    assert first not in for_children


def test_the_clause_that_carries_the_need_finds_its_project(kb: KnowledgeBase) -> None:
    story = "Mein Mann ist arbeitslos, seit Jahren, und trinkt zu viel."
    for_unemployed = [hit.item for hit in kb.projects_for_target_group("Arbeitslose")]
    assert {hit.item for hit in kb.search_projects(story)} & set(for_unemployed[:2])


def test_a_clause_does_not_fit_against_the_meaning_of_the_whole(kb: KnowledgeBase) -> None:
    question = "Wir möchten unser Haus blau anstreichen, braucht man dafür eine Erlaubnis?"
    assert kb.search_projects(question) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Ich koche gern und bin 19, wo kann ich lernen, im Restaurant zu arbeiten?", True),
        ("Wo kann mein Kind toben? Der Spielplatz ist seit Monaten gesperrt", True),
        ("Die Jungs vor dem Haus prügeln sich ständig, was macht die Stadt da?", True),
        ("Mein Baby und ich sind den ganzen Tag allein zu Hause", True),
        ("Welche Pizzeria liefert abends noch nach Hörde?", False),
        ("Ist die Buslinie nach Scharnhorst am Sonntag unterwegs oder fällt sie aus?", False),
        ("Welche Projekte gehören zum Bereich Arbeit, Bildung, Sprache und Integration?", False),
        ("wann macht der weihnachtsmarkt auf", False),
        ("Handy kaputt, wo ist ein Reparaturladen in der Nordstadt", False),
    ],
)  # fmt: skip
def test_a_story_tells_something_a_question_only_asks(text: str, told: bool) -> None:
    assert tells(text) is told


def test_a_clause_of_time_after_und_is_background_too() -> None:
    words = key(need_part("Ich bin 67 und seit meine Frau tot ist, rede ich mit niemandem mehr"))
    assert "frau" not in words.split()
    assert "67" in words.split()
