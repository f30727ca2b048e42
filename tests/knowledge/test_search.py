"""Search quality: citizen-style queries and the projects that must come first.

Expected projects are named by a fragment of their title; the test checks that
the fragment picks exactly one parsed title, so nothing is retyped whole.
"""

from __future__ import annotations

import pytest

from knowledge.knowledge_base import KnowledgeBase
from knowledge.records import PageContent, Project

# (what a citizen types, title fragments of projects that must be in the top 3)
QUALITY_TABLE: list[tuple[str, list[str]]] = [
    ("Angebote für Senioren", ["ältere Menschen", "Seniorenwohnungen"]),
    ("ältere Menschen", ["ältere Menschen"]),
    ("was gibt es für alte leute", ["ältere Menschen"]),
    ("senoiren", ["ältere Menschen"]),
    ("seniorenwohnung", ["Seniorenwohnungen"]),
    ("jugendliche", ["Übergangs Schule"]),
    ("junge erwachsene", ["Kohldampf"]),
    ("jugentliche beruf", ["Übergangs Schule"]),
    ("Sprachförderung", ["Niederschwellige Sprachförderung"]),
    ("sprache lernen", ["Niederschwellige Sprachförderung"]),
    ("deutschkurs", ["Niederschwellige Sprachförderung", "Sprachkurse"]),
    ("sprachkurse für alle", ["Sprachkurse"]),
    ("essen", ["Ganztagsbetreuung"]),
    ("gesundes essen für kinder", ["Ganztagsbetreuung", "Schulfrühstück"]),
    ("frühstück", ["Schulfrühstück"]),
    ("fruehstueck schule", ["Schulfrühstück"]),
    ("migranten", ["Interkulturelle", "Multikulturelle", "Niederschwellige Sprachförderung"]),
    ("migrationshintergrund", ["Niederschwellige Sprachförderung"]),
    ("interkulturell", ["Interkulturelle"]),
    ("ausbildung", ["Ausbildungsplatzakquise"]),
    ("ausbildungsplatz", ["Ausbildungsplatzakquise"]),
    ("Ausbildungsabbruch", ["Mentoring"]),
    ("mentoring", ["Mentoring"]),
    ("frauen", ["Fitte Frauen"]),
    ("fitness für frauen", ["Fitte Frauen"]),
    ("mütter", ["Niederschwellige Sprachförderung", "Stadtteilmütter"]),
    ("zweisprachige mütter", ["Stadtteilmütter"]),
    ("gewalt", ["Maßnahmenkatalog"]),
    ("streitschlichter", ["Maßnahmenkatalog"]),
    ("sucht", ["Aufsuchende Arbeit"]),
    ("schulden", ["Quartiersmanagement"]),
    ("schuldnerberatung", ["Quartiersmanagement"]),
    ("leerstand", ["Quartiersmanagement"]),
    ("nachbarschaftshilfe", ["Nachbarschaftshelfer"]),
    ("ehrenamt", ["Nachbarschaftshelfer"]),
    ("konflikte mit nachbarn", ["Interkulturelle"]),
    ("mediation", ["Interkulturelle"]),
    ("sport", ["Sportpaten"]),
    ("sportverein eving", ["Sportpaten"]),
    ("bewegung", ["Schulhöfen"]),
    ("schulhof wochenende", ["Schulhöfen"]),
    ("spielplatz", ["Schulhöfen"]),
    ("hochschule", ["Hochschulen"]),
    ("studenten", ["Hochschulen"]),
    ("baby", ["Windel-Cafe"]),
    ("junge eltern", ["Windel-Cafe"]),
    ("kita", ["Frühkindliche"]),
    ("kinder ohne kita", ["Frühkindliche"]),
    ("forschen", ["Forschungshaus"]),
    ("schulweg", ["Walkingbus"]),
    ("walking bus", ["Walkingbus"]),
    ("gastronomie", ["Kohldampf"]),
    ("kochen lernen", ["Kohldampf"]),
    ("existenzgründung", ["Gründerinnenzentrum"]),
    ("gründerinnen", ["Gründerinnenzentrum"]),
    ("Gibt es Hilfe für Existenzgründerinnen?", ["Gründerinnenzentrum"]),
    ("ich bin existenzgründer", ["Gründerinnenzentrum"]),
    ("produktionsschule", ["Plan B", "Kooperationsprojekt"]),
    ("langzeitarbeitslose", ["blaue Haus", "Fitte Frauen"]),
    ("arbeitslose erwachsene", ["blaue Haus"]),
    ("nette", ["Attraktivität und Beschäftigung", "Sprachkurse"]),
    ("Projekte in Scharnhorst", ["ältere Menschen", "Seniorenwohnungen"]),
    ("chill out", ["Chill out"]),
    ("straßenkümmerer", ["Straßenkümmerer"]),
    ("strassenkuemmerer", ["Straßenkümmerer"]),
    ("familienarbeit schule", ["Familienarbeit"]),
    ("quartier service", ["Straßenkümmerer"]),
    ("begegnungshaus", ["Multikulturelle"]),
]


def project_by_fragment(content: PageContent, fragment: str) -> Project:
    """The one parsed project whose title contains ``fragment``."""
    found = [p for p in content.projects if fragment in p.title]
    assert len(found) == 1, f"{fragment!r} must name exactly one project, names {len(found)}"
    return found[0]


def test_quality_table_is_large_enough() -> None:
    assert len(QUALITY_TABLE) >= 50


@pytest.mark.parametrize(("query", "fragments"), QUALITY_TABLE)
def test_expected_projects_are_in_the_top_three(
    kb: KnowledgeBase, content: PageContent, query: str, fragments: list[str]
) -> None:
    top = [hit.item.title for hit in kb.search_projects(query, limit=3)]
    for fragment in fragments:
        assert project_by_fragment(content, fragment).title in top, f"{query!r}: {top}"


def test_ranking_is_deterministic_with_scores_exposed(kb: KnowledgeBase) -> None:
    first = kb.search_projects("kinder und jugendliche")
    assert first == kb.search_projects("kinder und jugendliche")
    scores = [hit.score for hit in first]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    for a, b in zip(first, first[1:], strict=False):
        assert a.score > b.score or a.item.title <= b.item.title


@pytest.mark.parametrize(
    ("nickname", "fragment"),
    [
        ("Kohldampf", "Kohldampf"),
        ("kohldampf", "Kohldampf"),
        ("Walkingbus", "Walkingbus"),
        ("walking bus", "Walkingbus"),
        ("blaues Haus", "blaue Haus"),
        ("das blaue haus", "blaue Haus"),
        ("Windelcafe", "Windel-Cafe"),
        ("windel cafe", "Windel-Cafe"),
        ("Chill out", "Chill out"),
        ("Plan B", "Plan B"),
        ("Stadtteilmütter", "Stadtteilmütter"),
        ("stadtteilmuetter", "Stadtteilmütter"),
        ("Straßenkümmerer", "Straßenkümmerer"),
        ("Nachbarschaftshelfer", "Nachbarschaftshelfer"),
        ("Forschungshaus", "Forschungshaus"),
        ("Gründerinnenzentrum", "Gründerinnenzentrum"),
        ("Perspektivenwechsel", "Perspektivenwechsel"),
        ("Ausbildungsplatzakquise", "Ausbildungsplatzakquise"),
        ("das projekt kohldampf", "Kohldampf"),
    ],
)
def test_project_by_nickname(
    kb: KnowledgeBase, content: PageContent, nickname: str, fragment: str
) -> None:
    matches = kb.find_project(nickname)
    assert matches.status == "one", matches.items
    assert matches.items[0] == project_by_fragment(content, fragment)


def test_every_project_is_found_by_its_full_title(kb: KnowledgeBase, content: PageContent) -> None:
    for project in content.projects:
        assert kb.find_project(project.title).items[0] == project


def test_a_generic_word_names_several_projects(kb: KnowledgeBase) -> None:
    assert kb.find_project("Schule").status == "several"


@pytest.mark.parametrize(
    ("group", "fragment"),
    [
        ("Senioren", "ältere Menschen"),
        ("ältere Menschen", "Seniorenwohnungen"),
        ("Jugendliche", "Kohldampf"),
        ("junge Erwachsene", "Übergangs Schule"),
        ("Migranten", "Multikulturelle"),
        ("Frauen", "Fitte Frauen"),
        ("Kinder", "Walkingbus"),
        ("Arbeitslose", "blaue Haus"),
        ("Eltern", "Windel-Cafe"),
    ],
)
def test_projects_for_target_group(
    kb: KnowledgeBase, content: PageContent, group: str, fragment: str
) -> None:
    titles = [hit.item.title for hit in kb.projects_for_target_group(group)]
    assert project_by_fragment(content, fragment).title in titles


@pytest.mark.parametrize(
    ("typed", "number"),
    [("Schwerpunkt 2", 2), ("der dritte schwerpunkt", 3), ("Arbeitsplätze", 1),
     ("kinder und eltern", 2), ("aktionsräume", 3), ("armut", 2), ("zusammenhalt", 3)],
)  # fmt: skip
def test_topic_by_number_or_words(kb: KnowledgeBase, typed: str, number: int) -> None:
    assert [t.number for t in kb.find_topic(typed).items] == [number]


def test_projects_by_topic_partition_all_projects(kb: KnowledgeBase, content: PageContent) -> None:
    by_topic = [kb.projects(topic) for topic in kb.topics()]
    assert sum(len(projects) for projects in by_topic) == len(content.projects)
    assert all(projects for projects in by_topic)
