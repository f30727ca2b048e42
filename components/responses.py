"""Responses in the citizen's language: one file per language, German in domain.yml.

Rasa loads this class as its natural-language generator (``nlg: type:`` in
endpoints.yml). It reads ``responses/<code>.yml`` (one file per language, so a
translator reviews a language in one place) and turns every entry into
conditional response variations of the German response in ``domain.yml``, on
the slot ``language``, keeping its buttons' payloads and its channel. Rasa's
own variation filter then picks them: a conversation whose ``language`` slot
is ``tr`` gets the Turkish text, one without (or in a language without a file)
the German. Each German variation, also the ``channel: queue`` one for
``rasa shell``, gets its own language copy, because Rasa prefers a channel
variation without a condition over a conditional one without a channel.

A translation file lists, per response, ``text`` and (when the German has
buttons) the button titles in the same order::

    utter_greet:
      text: "Merhaba! ..."
      buttons: ["Mahallenizdeki irtibat kişisi", ...]

Every generated message also carries ``lang`` (the language it is written
in), which the widget puts on the message (WCAG 3.1.2).
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from components.language import conversation_language
from knowledge.data_files import read_yaml

logger = logging.getLogger(__name__)

SLOT_LANGUAGE = "language"
GERMAN = "de"
OPTIONS = "utter_options"  # the line that lists buttons where none can be shown
DIRECTORY = Path(__file__).resolve().parent.parent / "responses"
Variation = dict[str, Any]
Responses = dict[str, list[Variation]]


class MultilingualResponses(TemplatedNaturalLanguageGenerator):
    """Rasa's templated generator over the German responses plus one file per language."""

    def __init__(self, endpoint_config: EndpointConfig | None = None,
                 domain: Domain | None = None) -> None:  # fmt: skip
        """Merge the translations of ``directory`` (endpoint option; default responses/)."""
        options = endpoint_config.kwargs if endpoint_config else {}
        self.translations = load_translations(Path(options.get("directory") or DIRECTORY))
        super().__init__(domain.responses if domain else {})

    @property
    def responses(self) -> Responses:
        """The German responses with their translations."""
        return self._responses

    @responses.setter
    def responses(self, german: Responses) -> None:
        """Rasa sets the domain's responses again once the model is loaded: translate them too."""
        self._responses = with_translations(german, self.translations)

    async def generate(
        self, utter_action: str, tracker: DialogueStateTracker, output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        """Rasa's choice of variation, plus the language the message is written in.

        The language is the slot's, unless the latest message only guessed one of a
        script's languages (:func:`components.language.conversation_language`).
        """
        filled = tracker.current_slot_values()
        said = (e.entities for e in reversed(tracker.events) if isinstance(e, UserUttered))
        filled[SLOT_LANGUAGE] = conversation_language(filled.get(SLOT_LANGUAGE), said)
        message = self.generate_from_slots(utter_action, filled, output_channel, **kwargs)
        if message is not None:
            message["lang"] = str(message.get("lang") or GERMAN)
        return message


def load_translations(directory: Path) -> dict[str, dict[str, Variation]]:
    """Every ``<code>.yml`` of the directory: language code -> response name -> translation."""
    translations: dict[str, dict[str, Variation]] = {}
    for path in sorted(directory.glob("*.yml")):
        data = read_yaml(path) or {}
        translations[path.stem] = dict(data.get("responses") or {})
    return translations


def with_translations(
    german: Responses, translations: dict[str, dict[str, Variation]]
) -> Responses:
    """The German responses, each with a conditional copy per language that translates it."""
    merged: Responses = {}
    for name, variations in german.items():
        merged[name] = [dict(v) for v in variations]
        for code, responses in translations.items():
            if name in responses:
                options = str((responses.get(OPTIONS) or {}).get("text") or "{options}")
                merged[name] += [_translated(v, responses[name], code, options) for v in variations]
    return merged


def _translated(variation: Variation, translation: Variation, code: str, options: str) -> Variation:
    """A copy of a German variation with the translated text and button titles.

    The shell's variation (a channel, no buttons) lists the titles in a line, as
    the German one does ("Zur Auswahl: …"), in the language of the translation.
    """
    result = copy.deepcopy(variation)
    result["text"] = translation["text"]
    titles = translation.get("buttons") or []
    for button, title in zip(result.get("buttons") or [], titles, strict=False):
        button["title"] = title
    if titles and variation.get("channel") and not variation.get("buttons"):
        line = options.replace("{options}", " | ".join(titles))
        result["text"] = f"{translation['text']}\n{line}"
    condition = {"type": "slot", "name": SLOT_LANGUAGE, "value": code}
    result["condition"] = [*(variation.get("condition") or []), condition]
    result["lang"] = code
    return result
