"""Aktionsräume found by what citizens type; compared with the parsed names."""

from __future__ import annotations

import pytest

from knowledge.aliases import OTHER_PLACES, PLACE_ALIASES
from knowledge.knowledge_base import KnowledgeBase
from knowledge.records import PageContent


def names_with(content: PageContent, part: str) -> list[str]:
    """Parsed district names containing ``part``, in page order."""
    return [d.name for d in content.districts if part in d.name]


def test_every_district_is_found_by_its_exact_name(kb: KnowledgeBase, content: PageContent) -> None:
    for district in content.districts:
        assert kb.find_districts(district.name).items == [district]


def test_alias_targets_are_districts_on_the_page(content: PageContent) -> None:
    names = {d.name for d in content.districts}
    assert {t for targets in PLACE_ALIASES.values() for t in targets} <= names


@pytest.mark.parametrize(
    ("typed", "part"),
    [
        ("hoerde", "Hörde"),
        ("Hörd", "Hörde"),
        ("horde", "Hörde"),
        ("HÖRDE", "Hörde"),
        ("in Hörde", "Hörde"),
        ("Clarenberg", "Hörde"),
        ("dorstfelder bruecke", "Dorstfelder"),
        ("Dorstfeld", "Dorstfelder"),
        ("in dorstfeld", "Dorstfelder"),
        ("Westerfilde", "Westerfilde"),
        ("bodelschwingh", "Bodelschwingh"),
        ("Kemminghausen", "Kemminghausen"),
        ("lindenhorst", "Lindenhorst"),
        ("Eving II", "Eving II"),
        ("eving 2", "Eving II"),
        ("Wickde", "Wickede"),
        ("wickede", "Wickede"),
        ("nete", "Nette"),
        ("in nette", "Nette"),
        ("Borsigplaz", "Borsigplatz"),
        ("marten", "Marten"),
        ("alt-scharnhorst", "Alt-Scharnhorst"),
        ("Alt Scharnhorst", "Alt-Scharnhorst"),
        ("scharnhorst ost", "Scharnhorst Ost"),
        ("nordmarkt", "Nordmarkt"),
        ("wer ist für den hafen zuständig", "Hafen"),
    ],
)
def test_one_district_for_names_typos_and_aliases(
    kb: KnowledgeBase, content: PageContent, typed: str, part: str
) -> None:
    matches = kb.find_districts(typed)
    assert matches.status == "one", matches
    assert matches.items[0].name in names_with(content, part)


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        ("Scharnhorst", ["Scharnhorst"]),
        ("in scharnhorst", ["Scharnhorst"]),
        ("Eving", ["Eving"]),
        ("wer is in eving zustaendig", ["Eving"]),
        ("Evinger", ["Eving"]),
        ("Nordstadt", PLACE_ALIASES["Nordstadt"]),
        ("in der Nordstadt", PLACE_ALIASES["Nordstadt"]),
        ("nordstadt", PLACE_ALIASES["Nordstadt"]),
    ],
)
def test_ambiguous_places_return_every_candidate(
    kb: KnowledgeBase, content: PageContent, typed: str, parts: list[str]
) -> None:
    expected = [name for part in parts for name in names_with(content, part)]
    matches = kb.find_districts(typed)
    assert matches.status == "several"
    assert sorted(matches.items, key=lambda d: d.name) == sorted(
        (d for d in content.districts if d.name in expected), key=lambda d: d.name
    )


@pytest.mark.parametrize("typed", ["Huckarde", "Aplerbeck", "Berlin", "Mengede", "warten", "haben"])
def test_places_that_are_no_aktionsraum_find_nothing(kb: KnowledgeBase, typed: str) -> None:
    assert kb.find_districts(typed).status == "none"


def test_suggestions_for_a_near_miss(kb: KnowledgeBase) -> None:
    assert [d.name for d in kb.suggest_districts("Marteen")][:1] == ["Marten"]


def test_projects_in_a_district_are_those_whose_text_names_it(
    kb: KnowledgeBase, content: PageContent
) -> None:
    [nette] = kb.find_districts("Nette").items
    projects = kb.projects_in([nette])
    assert projects and all("Nette" in f"{p.title} {p.goal}" for p in projects)
    [hoerde] = kb.find_districts("Hörde").items
    assert [p.title for p in kb.projects_in([hoerde])] == [
        p.title for p in content.projects if "Clarenberg" in p.title
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [("wer ist in Wambel zuständig", "Wambel"), ("ich wohne in kirchhoerde", "Kirchhörde"),
     ("kontakt oespel", "Oespel"), ("Kreuzviertel", "Kreuzviertel"),
     # written in another script, as residents write them
     ("Лютгендортмунд Aktionsraum ли е", "Lütgendortmund"),
     ("Аплербек входит в план?", "Aplerbeck"),
     ("هل أبلربيك من المناطق؟", "Aplerbeck")],
)  # fmt: skip
def test_other_dortmund_places_are_recognised(kb: KnowledgeBase, text: str, place: str) -> None:
    assert kb.other_place(text) == place
    assert not kb.find_districts(text)


@pytest.mark.parametrize(
    "text", ["die im Viertel nach dem Rechten sehen", "Wer hat das Rechte gemacht?"]
)
def test_a_common_word_is_no_typo_of_a_place(kb: KnowledgeBase, text: str) -> None:
    """ "nach dem Rechten" is no "Brechten", though one letter apart; typos still are."""
    assert kb.other_place(text) is None
    assert kb.other_place("wohne in Brechtn") == "Brechten"


def test_a_place_without_its_umlauts_dots_is_still_that_place(kb: KnowledgeBase) -> None:
    """ "korne" is a dictionary word's neighbour too, but written as Körne without dots."""
    place = next(p for p in OTHER_PLACES if "ö" in p)
    assert kb.other_place(f"wer ist in {place.replace('ö', 'o').lower()} zuständig?") == place


def test_an_aktionsraum_is_never_an_other_place(kb: KnowledgeBase, content: PageContent) -> None:
    for district in content.districts:
        assert kb.other_place(f"wer ist in {district.name} zuständig") is None


def test_area_words_are_cut_from_place_names(kb: KnowledgeBase, content: PageContent) -> None:
    district = next(d for d in content.districts if " " not in d.name and "/" not in d.name)
    assert kb.find_districts(f"{district.name}viertel").items == [district]


@pytest.mark.parametrize(
    "text", ["ein netter Mann war das", "ich will nette leute kennenlernen", "nettes team haha"]
)
def test_the_adjective_a_place_also_is_names_no_place(kb: KnowledgeBase, text: str) -> None:
    assert not kb.find_districts(text).items, text


@pytest.mark.parametrize(
    "text", ["in nette angebote für senioren?", "ansprechpartner nette", "Nette Projekte?"]
)
def test_the_place_beside_a_noun_is_still_the_place(kb: KnowledgeBase, text: str) -> None:
    assert [d.name for d in kb.find_districts(text).items] == ["Nette"], text
