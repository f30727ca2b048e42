"""Rasa's ``SpacyNLP``, loading each spaCy model once per process instead of twice.

Rasa 3.6 places ``SpacyNLP`` in its graph twice, as the node that provides the
spaCy model to the tokenizer and featurizer and as the node that processes
messages, and each node loads the model with ``spacy.load``. The second copy is
never used for processing (that node is handed the provider's model), yet it
stays in memory: about 120 MB with the offline pipeline's lemma table. This
subclass loads a model name once and hands both nodes the same object.

The class keeps Rasa's name ``SpacyNLP``: the tokenizer and featurizer find
their model provider by that class name.
"""

from __future__ import annotations

import functools

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils.spacy_utils import SpacyModel
from rasa.nlu.utils.spacy_utils import SpacyNLP as RasaSpacyNLP


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
