"""Dense sentence features for DIET from the knowledge base's embedding model.

Each message gets one sentence feature: its multilingual-e5-small vector
(:mod:`knowledge.embedding`, "query: " prefix), next to the sparse word and
character features. A paraphrase or a question in Turkish lands near the
German training examples of the same intent, which word counts cannot see.

The model's identity (name and weight hash) is stored with the trained Rasa
model; loading it with another embedding model refuses to start, since DIET's
weights were fitted to the old vectors.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knowledge.embedding import (
    HANDOVER_KEY,
    EmbeddingModelMismatch,
    ModelIdentity,
    check_identity,
    default_embedder,
    handover,
)

logger = logging.getLogger(__name__)
_IDENTITY_FILE = "embedding_model.json"
BATCH = 64


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the e5 sentence vector of a message's text as a dense sentence feature."""

    def __init__(
        self,
        config: dict[str, Any],
        name: str,
        model_storage: ModelStorage,
        resource: Resource,
    ) -> None:
        """A featurizer node; the model loads on first use."""
        super().__init__(name, config)
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        """A new node for training."""
        return cls(config, execution_context.node_name or cls.__name__, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SentenceEmbeddingFeaturizer:
        """Loading a trained model: refuse one trained with another embedding model."""
        with model_storage.read_from(resource) as directory:
            stored = json.loads((directory / _IDENTITY_FILE).read_text(encoding="utf-8"))
        try:
            check_identity(ModelIdentity(**stored), default_embedder().identity, "Das NLU-Modell")
        except EmbeddingModelMismatch as mismatch:  # Rasa would log it and serve without NLU
            logger.error(mismatch)
            raise SystemExit(f"Rasa refuses to start: {mismatch}") from mismatch
        return cls.create(config, model_storage, resource, execution_context)

    def train(self, training_data: TrainingData) -> Resource:
        """Nothing to fit; records which embedding model the features come from."""
        identity = default_embedder().identity
        with self._model_storage.write_to(self._resource) as directory:
            payload = {"name": identity.name, "sha256": identity.sha256}
            (directory / _IDENTITY_FILE).write_text(json.dumps(payload), encoding="utf-8")
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Featurizes every training example."""
        self._featurize(training_data.training_examples, hand_over=False)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the sentence feature to each message that has text.

        The vector also goes with the parse (``HANDOVER_KEY``), so that the
        action server need not embed the same text again.
        """
        self._featurize(messages, hand_over=True)
        return messages

    def _featurize(self, messages: list[Message], hand_over: bool) -> None:
        embedder = default_embedder()
        texted = [m for m in messages if m.get(TEXT)]
        for start in range(0, len(texted), BATCH):
            batch = texted[start : start + BATCH]
            vectors = embedder.queries([str(m.get(TEXT)) for m in batch])
            for message, vector in zip(batch, vectors, strict=True):
                message.add_features(
                    Features(
                        vector.reshape(1, -1),
                        FEATURE_TYPE_SENTENCE,
                        TEXT,
                        self._config[FEATURIZER_CLASS_ALIAS],
                    )
                )
                if hand_over:
                    message.set(HANDOVER_KEY, handover(embedder, vector), add_to_output=True)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to validate: the backend is chosen by the environment."""
