"""The semantic layer: stored vectors, model identity, hybrid ranking, "nothing fits"."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from sqlalchemy.engine import Engine

from knowledge.embedding import EmbeddingModelMismatch, default_embedder
from knowledge.knowledge_base import KnowledgeBase
from knowledge.passages import Kind, passages
from knowledge.ranking import FITS, LIST_SHARE, MAX_LIST
from knowledge.records import PageContent
from knowledge.store import build, create_db_engine, load_vectors, read_build_info, stored_model
from knowledge.story import tells
from tests.knowledge.embedding_double import TrigramEmbedder
from tests.knowledge.semantic_tables import MULTILINGUAL_TABLE, NEW_SITUATION_TABLE, OFF_TOPIC
from tests.knowledge.test_search import (
    EVERYDAY_TABLE,
    HELD_OUT_TABLE,
    QUALITY_TABLE,
    SITUATION_TABLE,
    project_by_fragment,
)

Table = list[tuple[str, list[str]]]


def fits(kb: KnowledgeBase, content: PageContent, query: str, fragments: list[str]) -> bool:
    """Whether the short list (what clearly fits) holds each expected project."""
    shown = {hit.item.title for hit in kb.search_projects(query)}
    return all(
        any(project_by_fragment(content, alt).title in shown for alt in fragment.split("|"))
        for fragment in fragments
    )


def rate(kb: KnowledgeBase, content: PageContent, table: Table) -> float:
    return sum(fits(kb, content, q, f) for q, f in table) / len(table)


# --- vectors stored with the build --------------------------------------


def test_every_passage_has_a_vector_from_the_running_model(
    engine: Engine, content: PageContent
) -> None:
    vectors = load_vectors(engine)
    assert [(p.kind, p.ref) for p in passages(content)] == list(vectors.refs)
    assert vectors.matrix.shape == (len(vectors.refs), default_embedder().dim)
    assert stored_model(read_build_info(engine)) == default_embedder().identity
    kinds = {kind for kind, _ in vectors.refs}
    assert kinds == set(Kind)
    assert len(vectors.of(Kind.PROJECT)[0]) == len(content.projects)
    assert len(vectors.of(Kind.PLAN_FACT)[0]) == len(content.plan_facts)


def test_a_kb_built_with_another_model_refuses_to_load(
    tmp_path_factory: pytest.TempPathFactory, content: PageContent
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path_factory.mktemp('other') / 'kb.db'}")
    build(engine, content, embedder=TrigramEmbedder())
    with pytest.raises(EmbeddingModelMismatch) as refused:
        KnowledgeBase(engine).search_projects("Senioren")
    message = str(refused.value)
    assert "trigram-test-double" in message and default_embedder().identity.name in message
    assert "python -m knowledge build" in message


def test_a_new_model_rebuilds_the_same_content(
    tmp_path_factory: pytest.TempPathFactory, content: PageContent
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path_factory.mktemp('swap') / 'kb.db'}")
    first = build(engine, content, embedder=TrigramEmbedder("model-a"))
    assert build(engine, content, embedder=TrigramEmbedder("model-a")).changed is False
    second = build(engine, content, embedder=TrigramEmbedder("model-b"))
    assert second.changed and second.build_id != first.build_id
    assert stored_model(read_build_info(engine)) == TrigramEmbedder("model-b").identity
    kb = KnowledgeBase(engine, embedder=TrigramEmbedder("model-b"))
    assert kb.rank_projects("Senioren").ranked  # the swapped backend serves


def test_a_content_update_re_embeds_the_changed_passage(
    tmp_path_factory: pytest.TempPathFactory, content: PageContent
) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path_factory.mktemp('update') / 'kb.db'}")
    double = TrigramEmbedder()
    build(engine, content, embedder=double)
    before = load_vectors(engine)
    first = content.projects[0]
    changed = replace(first, goal=first.goal + " und Beratung für Eltern")
    build(engine, replace(content, projects=(changed, *content.projects[1:])), embedder=double)
    after = load_vectors(engine)
    refs, old = before.of(Kind.PROJECT_GOAL)
    _, new = after.of(Kind.PROJECT_GOAL)
    differs = [ref for ref, a, b in zip(refs, old, new, strict=True) if not (a == b).all()]
    assert differs == [str(first.number)]


# --- nothing fits ----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Ich will ein Haus kaufen, gern ein blaues – was kostet sowas?",
        "gibt es Lesepaten für Grundschulkinder?",
    ],
)
def test_an_off_topic_question_with_a_project_word_finds_nothing(
    kb: KnowledgeBase, question: str
) -> None:
    assert kb.search_projects(question) == []
    assert kb.rank_projects(question).leader is None


OFF_TOPIC_MIN_EMPTY = 0.9  # measured 11/12 at calibration


def test_off_topic_questions_mostly_find_nothing(kb: KnowledgeBase) -> None:
    empty = sum(not kb.search_projects(q) for q in OFF_TOPIC)
    assert empty / len(OFF_TOPIC) >= OFF_TOPIC_MIN_EMPTY, empty


# --- the short list ------------------------------------------------------

# Share of rows whose short list holds the expected project, as measured at
# calibration (README, "The semantic layer"); a drop is a regression.
SHORT_LIST_MIN_RATES: list[tuple[str, Table, float]] = [
    ("quality", QUALITY_TABLE, 0.95),
    ("everyday", EVERYDAY_TABLE, 0.95),
    ("situation", SITUATION_TABLE, 0.9),
    ("held out", HELD_OUT_TABLE, 0.7),
    ("new situations", NEW_SITUATION_TABLE, 0.6),
]


@pytest.mark.parametrize(("name", "table", "minimum"), SHORT_LIST_MIN_RATES)
def test_the_short_list_holds_what_fits(
    kb: KnowledgeBase, content: PageContent, name: str, table: Table, minimum: float
) -> None:
    assert rate(kb, content, table) >= minimum, name


def test_the_list_is_short_and_clearly_fits(kb: KnowledgeBase) -> None:
    lengths = []
    for query, _ in SITUATION_TABLE + NEW_SITUATION_TABLE:
        hits = kb.search_projects(query)
        assert len(hits) <= MAX_LIST
        assert not hits or hits[0].score >= FITS
        assert all(hit.score >= LIST_SHARE * hits[0].score for hit in hits)
        lengths.append(len(hits))
    assert sum(lengths) / len(lengths) <= 4.0  # measured 3.5; the lexical search listed 8-9


def test_a_situation_without_a_shared_word_ranks_its_project_high(
    kb: KnowledgeBase, content: PageContent
) -> None:
    query = "das Geld reicht nie bis zum Monatsende und die Briefe stapeln sich"
    assert kb.search_projects_by_words(query) == []
    top = [hit.item for hit in kb.rank_projects(query).ranked[:3]]
    assert project_by_fragment(content, "Quartiersmanagement") in top


# --- the clear leader -----------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("das Projekt mit der Gastronomie für junge Leute, für wen ist das?", "Kohldampf"),
        ("was macht das Projekt mit dem Frühstück an der Grundschule?", "Schulfrühstück"),
        ("was ist das Ziel von dem Projekt mit den Sportvereinen?", "Sportpaten"),
        ("für wen ist das Ding mit den Schulhöfen am Wochenende?", "Schulhöfen"),
    ],
)
def test_a_project_told_by_what_it_does_is_the_clear_leader(
    kb: KnowledgeBase, content: PageContent, question: str, fragment: str
) -> None:
    assert kb.rank_projects(question).leader == project_by_fragment(content, fragment)


def test_two_close_projects_have_no_leader(kb: KnowledgeBase) -> None:
    ranking = kb.rank_projects("Sprache")
    assert len(ranking.hits) >= 2 and ranking.leader is None


# --- other languages -------------------------------------------------------

MULTILINGUAL_MIN_RATE = 0.8  # measured 14/16 at calibration


def test_other_languages_rank_the_right_german_project_first(
    kb: KnowledgeBase, content: PageContent
) -> None:
    found = 0
    for query, fragments in MULTILINGUAL_TABLE:
        top = {hit.item.title for hit in kb.rank_projects(query).ranked[:3]}
        found += all(
            any(project_by_fragment(content, alt).title in top for alt in f.split("|"))
            for f in fragments
        )
    assert found / len(MULTILINGUAL_TABLE) >= MULTILINGUAL_MIN_RATE, found


# --- other passages --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("Wie viele Bürger haben sich am Aktionsplan beteiligt?", "participation"),
        ("Kaç kişi eylem planına katıldı?", "participation"),
        ("What does the social report describe?", "report"),
    ],
)
def test_plan_statements_are_found_by_meaning(kb: KnowledgeBase, question: str, key: str) -> None:
    assert kb.closest_passages(question, Kind.PLAN_FACT, limit=2)[0][0] == key


@pytest.mark.parametrize(
    ("word", "story"),
    [
        # A worker who lost his job, a pensioner with debts, a school leaver, a widower:
        # the story tells the need in everyday words the page does not use.
        ("Schulden", "Seit Monaten kommen Mahnungen vom Inkasso, ich kann die Raten nicht zahlen"),
        ("Schulden", "Der Gerichtsvollzieher war schon da, und jetzt droht noch eine Pfändung"),
        ("Schulden", "Mein Dispo ist komplett überzogen und die Bank will das Geld zurück"),
        ("langzeitarbeitslos", "Seit Jahren erwerbslos, und das Arbeitsamt hat nichts für mich"),
        ("Ausbildungsplatz", "Meine Tochter sucht nach dem Schulabschluss eine Ausbildungsstelle"),
        ("Begegnung", "Ich vereinsame hier, die Nachbarn kenne ich nicht"),
    ],
)  # fmt: skip
def test_a_need_told_in_everyday_words_fits_the_project_its_plain_word_finds(
    kb: KnowledgeBase, word: str, story: str
) -> None:
    """The plain word's projects (read by the search, not typed here) are among the first shown."""
    meant = {hit.item for hit in kb.search_projects(word)}
    assert meant
    assert meant & {hit.item for hit in kb.rank_projects(story).hits[:3]}


# --- needs told in everyday words (knowledge.synonyms.NEEDS, session 13) ---------


@pytest.mark.parametrize(
    ("story", "fragment"),
    [
        ("Seit ich verwitwet bin, rede ich tagelang mit niemandem", "Begegnungshäuser"),
        # two offers fit; since session 14 the services for older people lead so clearly (a
        # situation told for them) that the neighbourhood helpers fall below the list's share
        (
            "Meine Oma kann ihre Einkäufe nicht mehr die Treppe hochtragen",
            "Nachbarschaftshelfer|Serviceangebote",
        ),
        (
            "Mein Konto ist ständig im Minus und jetzt soll der Strom abgestellt werden",
            "Sozialberatung",
        ),
        ("ich werd in der schule gemobbt", "Maßnahmenkatalog"),
        ("Vor meinem Kiosk lungern Jugendliche herum und verticken Gras", "Chill out"),
        ("Neben den Containern stapeln sich alte Matratzen und Müllsäcke", "Straßenkümmerer"),
        (
            "Im Hinterhof wird ständig gegrillt und gelärmt, wir haben uns schon angeschrien",
            "Konfliktvermittlung",
        ),
    ],
)
def test_a_need_told_in_everyday_words_lists_its_offer(
    kb: KnowledgeBase, content: PageContent, story: str, fragment: str
) -> None:
    listed = [hit.item for hit in kb.rank_projects(story).hits[:3]]
    assert any(project_by_fragment(content, part) in listed for part in fragment.split("|"))


def test_a_question_that_names_a_need_is_no_story() -> None:
    """Only a story counts its need more: "Wann ist Sperrmüll?" asks for a date."""
    assert not tells("Wann ist Sperrmüll?")


def test_a_story_in_another_language_is_as_like_a_situation_as_a_german_one() -> None:
    """Cosines across languages sit lower: raised by their gap, the same story ranks the same."""
    from knowledge.ranking import GERMAN_MEAN_SITUATION, _at_german_level, _fused

    rng = np.random.default_rng(14)
    german = GERMAN_MEAN_SITUATION + rng.normal(0.0, 0.015, 34)
    german[7] = 0.91  # told very like one of project 8's situations
    title_goal, goal, words = np.full(34, 0.8), np.full(34, 0.8), np.zeros(34)
    story = "one two three four"
    in_german = _fused(story, words, title_goal, goal, situations=german)
    lower = german - (german.mean() - 0.80)  # the same story in Turkish, say
    raised = _at_german_level(lower, None)
    across = _fused(story, words, title_goal, goal, other_language=True, situations=raised)
    assert int(np.argmax(in_german)) == int(np.argmax(across)) == 7
    assert across[7] == pytest.approx(in_german[7], abs=0.02)


def test_situations_told_in_the_storys_own_language_count_at_a_german_storys_level() -> None:
    """e5 rates two English texts closer than two German ones: an English story's cosines to
    the English situations are moved to a German story's level, not taken as they are."""
    from knowledge.ranking import GERMAN_MEAN_SITUATION, _at_german_level

    rng = np.random.default_rng(15)
    german = GERMAN_MEAN_SITUATION + rng.normal(0.0, 0.015, 34)
    german[7] = 0.91
    across = german - 0.05  # the German situations, compared across languages
    own = german + 0.03  # the situations told in the story's own language
    level = _at_german_level(across, own)
    assert int(np.argmax(level)) == 7
    assert level[7] == pytest.approx(german[7], abs=0.01)
    assert level.mean() == pytest.approx(german.mean(), abs=0.01)
