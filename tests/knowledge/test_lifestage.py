"""Whom a story is about by age, and whom the page's projects are for (knowledge.lifestage)."""

from __future__ import annotations

import re

import pytest

from knowledge.knowledge_base import KnowledgeBase
from knowledge.lifestage import project_stages, stages
from knowledge.ranking import Ranking, by_life_stage
from knowledge.records import Hit


@pytest.mark.parametrize(
    ("story", "stage"),
    [
        ("Ich bin 44, habe keine Ausbildung und suche wieder Arbeit", "Erwachsene"),
        ("Ich bin 67 und gehe kaum noch raus", "Senioren"),
        ("ich bin Rentnerin und wohne allein", "Senioren"),
        ("wir sind beide über 75", "Senioren"),
        ("ich bin 19 und weiß nicht weiter", "Jugendliche"),
        ("Mein 15-Jähriger hängt nur rum", "Jugendliche"),
        ("Ich bin Azubi im ersten Lehrjahr", "Jugendliche"),
        ("meine Tochter geht in die 3. Klasse", "Kinder"),
        ("Mein Sohn ist in der zweiten Klasse", "Kinder"),
        ("mein Baby ist 8 Monate", "Kleinkinder"),
        ("Unsere Kleine ist zwei Jahre alt", "Kleinkinder"),
    ],
)  # fmt: skip
def test_an_age_a_class_or_a_life_stage_is_read(story: str, stage: str) -> None:
    assert stage in stages(story)


@pytest.mark.parametrize(
    "story",
    [
        "Seit zwei Jahren finde ich keine Arbeit",
        "ich bin schon 2 Jahre arbeitslos",
        "Wir sind drei Jungs aus der Nordstadt",
        "seit 8 Monaten kommen Mahnungen",
        "Ich habe 3 Kinder und keine Arbeit",
        "Nach der Kündigung war ich drei Jahre beim Arbeitsamt gemeldet",
    ],
)
def test_a_time_or_a_count_is_no_age(story: str) -> None:
    assert stages(story) == frozenset()


def test_a_school_class_says_more_than_the_word_pupil() -> None:
    assert stages("Ich bin Schülerin in der zehnten Klasse") == {"Jugendliche"}


def test_the_projects_for_a_group_are_for_its_life_stage(kb: KnowledgeBase) -> None:
    for group in ("Senioren", "Jugendliche"):
        for hit in kb.projects_for_target_group(group):
            assert group in project_stages(hit.item.title, hit.item.goal), hit.item.title


def test_an_age_range_of_the_page_names_the_stage(kb: KnowledgeBase) -> None:
    with_range = [p for p in kb.content().projects if re.search(r"\d\s*[–-]\s*\d\s*Jahre", p.title)]
    assert with_range
    for project in with_range:
        assert "Kleinkinder" in project_stages(project.title, project.goal)
        assert "Senioren" not in project_stages(project.title, project.goal)


def test_over_forty_without_training_leads_with_work_for_adults(kb: KnowledgeBase) -> None:
    """Not the apprenticeships for school leavers that share the word "Ausbildung"."""
    for_unemployed = {hit.item for hit in kb.projects_for_target_group("Arbeitslose")}
    ranking = kb.rank_projects("Habe keine Ausbildung, bin über 40 und suche Arbeit")
    assert ranking.ranked[0].item in for_unemployed


def test_a_pensioner_is_shown_projects_for_older_people(kb: KnowledgeBase) -> None:
    for_seniors = {hit.item for hit in kb.projects_for_target_group("Senioren")}
    story = "Ich bin Rentnerin und fühle mich einsam, seit meine Kinder weggezogen sind"
    assert {hit.item for hit in kb.rank_projects(story).hits} & for_seniors


@pytest.mark.parametrize(
    ("story", "stage"),
    [("mein vater 80, wohnt allein", "Senioren"), ("ich mann 40, suche arbeit", "Erwachsene")],
)
def test_an_age_told_in_short_is_read(story: str, stage: str) -> None:
    assert stages(story) == {stage}


def test_the_stage_orders_the_list_but_singles_out_no_project(kb: KnowledgeBase) -> None:
    first, second = kb.content().projects[:2]
    before = Ranking((Hit(first, 0.5, ""), Hit(second, 0.4, "")),
                     (Hit(first, 0.5, ""), Hit(second, 0.4, "")))  # fmt: skip
    stages_of = {first.number: frozenset({"Senioren"}), second.number: frozenset()}
    after = by_life_stage(before, frozenset({"Senioren"}), stages_of)
    assert before.leader is None
    assert after.hits[0].item == first
    assert after.leader is None


@pytest.mark.parametrize(
    ("story", "stage"),
    [
        ("I'm 71 and my wife passed away last spring", "Senioren"),
        ("my daughter is 14 and skips school", "Jugendliche"),
        ("our boy is in 2nd grade", "Kinder"),
        ("I'm retired and hardly see anyone", "Senioren"),
        ("Annem 78 yaşında ve evde tek başına", "Senioren"),
        ("Emekliyim, komşularımı tanımıyorum", "Senioren"),
        ("عمري 70 سنة وأعيش وحيدا", "Senioren"),
        ("Mój syn ma 16 lat i nie wie, co dalej", "Jugendliche"),
        ("Jestem emerytem i nie mam z kim porozmawiać", "Senioren"),
        ("Fiica mea are 15 ani și nu are prieteni", "Jugendliche"),
        ("Sunt pensionar și locuiesc singur", "Senioren"),
        ("Синът ми е на 15 години", "Jugendliche"),
        ("Аз съм пенсионерка и живея сама", "Senioren"),
        ("Мені 69 років, живу сама", "Senioren"),
        ("Моя дочка в 3 класі", "Kinder"),
        ("Мне 74 года, дети далеко", "Senioren"),
        ("Я пенсионер, соседей не знаю", "Senioren"),
    ],
)  # fmt: skip
def test_an_age_or_a_life_stage_is_read_in_the_other_languages(story: str, stage: str) -> None:
    assert stage in stages(story)


@pytest.mark.parametrize(
    "story",
    [
        "I have been out of work for 4 years",
        "4 yıldır işsizim ve 3 çocuğum var",
        "Od 5 lat nie mam pracy",
        "De 5 ani sunt șomer",
        "5 лет без работы, что делать",
        "Wir wohnen im 3. Stock",
    ],
)
def test_a_time_in_another_language_is_no_age(story: str) -> None:
    assert stages(story) == frozenset()
