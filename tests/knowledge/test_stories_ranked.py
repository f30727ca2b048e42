"""Stories told in citizens' own words: the projects that really fit lead (session 12).

Written from personas (a single mother, an unemployed father, a pensioner, a
teenager, a migrant family; tests/dev/stories.yml holds more): the need told in
everyday words ("suche Arbeit", "Stromrechnung", "gemobbt", "Lärm") leads to
the project whose title or goal says so in the page's words, not to a project
that only shares a word in another sense ("Aufsuchende Arbeit", "sucht").
Projects are named by fragments of their parsed titles, never retyped.
"""

from __future__ import annotations

import pytest

from knowledge import lifestage
from knowledge.knowledge_base import KnowledgeBase
from knowledge.records import PageContent
from knowledge.search import rewrite
from knowledge.text import key
from tests.knowledge.test_search import project_by_fragment

# (story, fragments: the first project that clearly fits is one of them)
LEADS: list[tuple[str, list[str]]] = [
    ("Ich bin alleinerziehend und suche Arbeit.", ["Fitte Frauen", "blaue Haus"]),
    ("Die Nachbarn beschweren sich ständig über den Lärm unserer Kinder.", ["Konfliktvermittlung"]),
    ("Ich kann die Stromrechnung nicht mehr bezahlen.", ["Quartiersmanagement"]),
    ("Ich bin seit Jahren erwerbslos und die Jobsuche macht mich fertig",
     ["Fitte Frauen", "blaue Haus"]),
]  # fmt: skip

# (story, fragment of a project among the first three of the ranking)
AMONG_THREE: list[tuple[str, str]] = [
    ("Ich bin Vater von zwei Kindern und seit drei Jahren arbeitslos, ich brauche wieder einen "
     "Job.", "blaue Haus"),
    ("ich werd in der schule gemobbt", "Maßnahmenkatalog"),
    # a compound ending in the last word of the page's phrase still finds it
    ("Gibt es Jugendarbeit in der Nordstadt?", "Aufsuchende Arbeit"),
    ("Sozialarbeit auf der Straße", "Aufsuchende Arbeit"),
]  # fmt: skip

# (story, fragment of a project that shares only a word in another sense: not listed)
NOT_LISTED: list[tuple[str, str]] = [
    ("Ich bin alleinerziehend und suche Arbeit.", "Aufsuchende Arbeit"),
    ("Mein Mann ist seit Jahren arbeitslos.", "Aufsuchende Arbeit"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "fragments"), LEADS)
def test_the_project_that_fits_the_need_leads(
    kb: KnowledgeBase, content: PageContent, story: str, fragments: list[str]
) -> None:
    hits = kb.rank_projects(story).hits
    wanted = {project_by_fragment(content, fragment) for fragment in fragments}
    assert hits and hits[0].item in wanted, [hit.item.title for hit in hits]


@pytest.mark.parametrize(("story", "fragment"), AMONG_THREE)
def test_the_project_that_fits_the_need_is_among_the_first_three(
    kb: KnowledgeBase, content: PageContent, story: str, fragment: str
) -> None:
    top = [hit.item for hit in kb.rank_projects(story).ranked[:3]]
    assert project_by_fragment(content, fragment) in top


@pytest.mark.parametrize(("story", "fragment"), NOT_LISTED)
def test_a_word_in_another_sense_lists_nothing(
    kb: KnowledgeBase, content: PageContent, story: str, fragment: str
) -> None:
    hits = [hit.item for hit in kb.rank_projects(story).hits]
    assert project_by_fragment(content, fragment) not in hits


@pytest.mark.parametrize(
    ("story", "addiction"),
    [
        ("mein Mann sucht seit langem Arbeit", False),
        ("sie sucht eine Wohnung für uns", False),
        ("Mein Sohn hat eine Sucht", True),
        ("Hilfe bei Sucht und Gewalt", True),
    ],
)
def test_sucht_after_a_person_or_before_what_is_sought_is_the_verb(
    story: str, addiction: bool
) -> None:
    assert ("sucht" in key(rewrite(story)).split()) is addiction


# (a story in another language, the German words of its needs, the project that leads)
OTHER_LANGUAGES: list[tuple[str, str, str]] = [
    ("We have debts and the landlord is threatening to evict us.", "Schulden",
     "Quartiersmanagement"),
    ("Almanca öğrenmek istiyorum, iki küçük çocuğum var.", "Sprachkurs Sprachförderung",
     "Niederschwellige Sprachförderung"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "german", "fragment"), OTHER_LANGUAGES)
def test_a_story_in_another_language_is_ranked_by_its_meaning_and_the_needs_it_names(
    kb: KnowledgeBase, content: PageContent, story: str, german: str, fragment: str
) -> None:
    hits = kb.rank_projects(story, german).hits
    assert hits and hits[0].item == project_by_fragment(content, fragment)


def test_a_title_translated_word_by_word_fits_nothing_in_another_language(
    kb: KnowledgeBase,
) -> None:
    assert not kb.rank_projects("I want to buy a blue house, with a garden").hits


@pytest.mark.parametrize(
    ("story", "adult"),
    [
        ("Ich bin Vater von zwei Kindern und arbeitslos", True),
        ("Als alleinerziehende Mutter schaffe ich das nicht", True),
        ("ich mama allein, deutsch nicht gut", True),
        ("Meine Mutter ist 80 und vereinsamt", False),
        ("Mein Vater wohnt allein", False),
    ],
)
def test_a_speaker_who_tells_themselves_a_parent_is_an_adult(story: str, adult: bool) -> None:
    assert (lifestage.ADULTS in lifestage.stages(story)) is adult


# The writer's own father or mother, left alone (a widower, a widow): session 15 personas.
@pytest.mark.parametrize(
    "story",
    [
        "Meine Mama ist seit Papas Tod ganz allein in der Wohnung, gibt es da was?",
        "Mein Papa lebt jetzt allein und fühlt sich nutzlos, was könnte ihm helfen?",
        "Unser Vater ist seit Omas Beerdigung immer allein zu Hause",
    ],
)
def test_the_writers_parent_left_alone_is_no_parent_of_young_children(
    kb: KnowledgeBase, story: str
) -> None:
    for_the_lonely = set(kb.projects_for_needs("Ich bin so einsam"))
    for_parents = {hit.item for hit in kb.projects_for_target_group("Eltern")}
    first = kb.rank_projects(story).hits[0].item
    assert first in for_the_lonely - for_parents, first.title


@pytest.mark.parametrize(
    ("story", "lonely"),
    [
        ("Er ist seitdem ganz allein", True),
        ("ich fühle mich so allein", True),
        ("Ich bin allein mit drei Kindern", False),  # a single parent
        ("Das schaffe ich nicht allein", False),
        ("Wir sind alle allein erziehend", False),
    ],
)
def test_being_alone_is_told_as_loneliness(story: str, lonely: bool) -> None:
    assert ("einsam" in key(rewrite(story)).split()) is lonely
