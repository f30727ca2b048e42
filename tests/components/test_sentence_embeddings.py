"""The dense featurizer: e5 sentence features for DIET, refused with another model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.sentence_embeddings import SentenceEmbeddingFeaturizer
from knowledge import embedding
from knowledge.embedding import default_embedder


@pytest.fixture()
def storage(tmp_path: Path) -> LocalModelStorage:
    return LocalModelStorage(tmp_path)


@pytest.fixture()
def context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), node_name="sentence_embeddings")


@pytest.fixture()
def fresh_backend() -> Iterator[None]:
    default_embedder.cache_clear()
    yield
    default_embedder.cache_clear()


def _train(storage: LocalModelStorage, context: ExecutionContext) -> Resource:
    resource = Resource("sentence_embeddings")
    config = SentenceEmbeddingFeaturizer.get_default_config()
    featurizer = SentenceEmbeddingFeaturizer.create(config, storage, resource, context)
    return featurizer.train(TrainingData([Message({TEXT: "Hallo"})]))


def _trained(storage: LocalModelStorage, context: ExecutionContext) -> SentenceEmbeddingFeaturizer:
    config = SentenceEmbeddingFeaturizer.get_default_config()
    return SentenceEmbeddingFeaturizer.load(config, storage, _train(storage, context), context)


def test_messages_get_the_e5_sentence_vector(
    storage: LocalModelStorage, context: ExecutionContext
) -> None:
    featurizer = _trained(storage, context)
    text = "Ich suche einen Deutschkurs"
    message = Message({TEXT: text})
    featurizer.process([message])
    _, sentence = message.get_dense_features(TEXT)
    assert sentence is not None
    expected = default_embedder().queries([text])[0]
    assert np.allclose(sentence.features[0], expected)


def test_a_model_trained_with_another_embedding_model_refuses_to_start(
    storage: LocalModelStorage,
    context: ExecutionContext,
    monkeypatch: pytest.MonkeyPatch,
    fresh_backend: None,
) -> None:
    resource = _train(storage, context)  # with multilingual-e5-small
    monkeypatch.setenv(embedding.EMBEDDER_ENV, "tests.knowledge.embedding_double:TrigramEmbedder")
    default_embedder.cache_clear()
    config = SentenceEmbeddingFeaturizer.get_default_config()
    with pytest.raises(SystemExit, match="trigram-test-double"):
        SentenceEmbeddingFeaturizer.load(config, storage, resource, context)


def test_the_vector_goes_with_the_parse_to_the_action_server(
    storage: LocalModelStorage, context: ExecutionContext
) -> None:
    """A parsed message carries its vector (model and values); training examples do not."""
    featurizer = _trained(storage, context)
    text = "Wer hilft beim Deutschlernen?"
    parsed, example = Message({TEXT: text}), Message({TEXT: text})
    featurizer.process([parsed])
    featurizer.process_training_data(TrainingData([example]))
    handed = parsed.as_dict(only_output_properties=True)[embedding.HANDOVER_KEY]
    assert handed["model"] == default_embedder().identity.sha256
    assert np.array_equal(np.float32(handed["vector"]), default_embedder().queries([text])[0])
    assert embedding.HANDOVER_KEY not in example.as_dict(only_output_properties=True)
