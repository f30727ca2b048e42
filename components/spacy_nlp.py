"""Rasa's ``SpacyNLP``, loading each spaCy model once per process instead of twice.

Rasa 3.6 places ``SpacyNLP`` in its graph twice, as the node that provides the
spaCy model to the tokenizer and featurizer and as the node that processes
messages, and each node loads the model with ``spacy.load``. The second copy is
never used for processing (that node is handed the provider's model), yet it
stays in memory: about 120 MB with the offline pipeline's lemma table. This
subclass loads a model name once and hands both nodes the same object.

It also refuses, when a trained model is loaded to serve (``rasa run``,
``rasa shell``, ``rasa test``; not while training), a spaCy model that is not
for production: the offline stand-in pipeline unless
``SOZIALE_STADT_ALLOW_OFFLINE_MODEL=1``, or a path that does not exist
(:mod:`components.model_check`).

The class keeps Rasa's name ``SpacyNLP``: the tokenizer and featurizer find
their model provider by that class name.
"""

from __future__ import annotations

import functools
import logging
from typing import Any, cast

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.nlu.utils.spacy_utils import SpacyNLP as RasaSpacyNLP

from components.model_check import offline_allowed, refusal

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(RasaSpacyNLP):
    """``SpacyNLP`` whose nodes share one loaded spaCy model."""

    @staticmethod
    @functools.cache
    def load_model(spacy_model_name: str) -> SpacyModel:
        """Rasa's loading and version checks, once per model name and process."""
        return RasaSpacyNLP.load_model(spacy_model_name)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SpacyNLP:
        """Loading a trained model to serve: refuse a spaCy model not fit for it."""
        problem = refusal(config.get("model"), allow_offline=offline_allowed())
        if problem:  # Rasa would log an Exception and serve without a model: silence
            logger.error(problem)
            raise SystemExit(f"Rasa refuses to start: {problem}")
        loaded = super().load(config, model_storage, resource, execution_context, **kwargs)
        return cast(SpacyNLP, loaded)  # Rasa's load builds cls(...) but is typed GraphComponent
