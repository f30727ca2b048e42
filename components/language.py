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

When the script is clear but not which of its languages ("а Hafen?", "да": Bulgarian,
Ukrainian or Russian), the entity has the role ``guess`` and the likeliest language
as its value. The slot's mapping takes entities without a role only, so a guess
leaves the conversation's language as it is; the response generator
(:mod:`components.responses`) answers in the guess only when the conversation is
not already in one of the script's languages (a new conversation that begins with
"да").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knowledge.language import Evidence, detect, family

ENTITY = "language"
GUESS = "guess"  # the role of a likeliest language among a script's (see the module docstring)
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
        """Add the language entity where the evidence is clear (a guess where it is not)."""
        for message in messages:
            evidence = message_evidence(message)
            if evidence is not None and evidence.language:
                text = str(message.get("text") or "")
                start = len(text) - len(text.lstrip())  # the language of the whole message
                entity = {"entity": ENTITY, "value": evidence.language, "start": start,
                          "end": len(text.rstrip()), "confidence": 1.0,
                          "extractor": self.__class__.__name__}  # fmt: skip
                if evidence.family:
                    entity["role"] = GUESS
                message.set("entities", [*message.get("entities", []), entity], add_to_output=True)
        return messages


def message_evidence(message: Message) -> Evidence | None:
    """What a typed message says about its language, with the channel's hint."""
    text = str(message.get("text") or "")
    if not text.strip() or text.startswith("/"):
        return None
    metadata = message.get("metadata") or {}
    hint = metadata.get(HINT) if isinstance(metadata, dict) else None
    return detect(text, hint=str(hint)[:2].lower() if hint else None)


def conversation_language(
    current: str | None, messages: Iterable[Sequence[dict[str, Any]]]
) -> str | None:
    """The language to answer in: the slot's, or a guess when the slot is no kin of it.

    Args:
        current: the slot ``language``.
        messages: the entities of the citizen's messages, the latest first. The
            latest message with a language entity counts: a clear one has set the
            slot already; a guess counts when the slot is not among its script's
            languages. "да" in a Russian conversation is answered in Russian; a
            conversation that begins with it gets the likeliest language, Bulgarian,
            and keeps it through "Hafen" (no evidence) until a message is clear.
    """
    for entities in messages:
        found = [e for e in entities if e.get("entity") == ENTITY and e.get("value")]
        if found:
            guess = str(found[-1]["value"]) if found[-1].get("role") == GUESS else None
            return current if guess is None or current in family(guess) else guess
    return current
