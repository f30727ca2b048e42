"""Tags each message with its language, when the evidence is clear.

An NLU component: it adds the entity ``language`` (an ISO 639-1 code) to a
message whose language :func:`knowledge.language.detect` finds clearly, and
nothing otherwise. The slot ``language`` takes it (``from_entity``) in
``action_extract_slots``, before any action answers, so the language sticks
to the conversation until a message clearly is in another one: "Hörde'deki
irtibat kişisi kim?" switches to Turkish, a following "Hörde" or "ok" stays
Turkish. A language hint from the channel (``metadata.language_hint``: Telegram's
``language_code``, the browser's language) only decides between plausible
languages. Button payloads ("/district_list") are no evidence.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knowledge.language import detect
from knowledge.lexicon import cues

ENTITY = "language"
HINT = "language_hint"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LanguageDetector(GraphComponent, EntityExtractorMixin):
    """Adds the entity ``language`` on clear evidence (see the module docstring)."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageDetector:
        """Nothing to train or load: the detector is built on first use."""
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left as it is: the language entity is not learnt."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Add the language entity where the evidence is clear."""
        for message in messages:
            language = message_language(message)
            if language:
                text = str(message.get("text") or "")
                start = len(text) - len(text.lstrip())  # the language of the whole message
                entity = {"entity": ENTITY, "value": language, "start": start,
                          "end": len(text.rstrip()), "confidence": 1.0,
                          "extractor": self.__class__.__name__}  # fmt: skip
                message.set("entities", [*message.get("entities", []), entity], add_to_output=True)
        return messages


def message_language(message: Message) -> str | None:
    """The clear language of a typed message, with the channel's hint."""
    text = str(message.get("text") or "")
    if not text.strip() or text.startswith("/"):
        return None
    metadata = message.get("metadata") or {}
    hint = metadata.get(HINT) if isinstance(metadata, dict) else None
    found = detect(text, hint=str(hint)[:2].lower() if hint else None).language
    return found or cues.language_of(text)  # "Hörde dahil mi?": too short for the detector
