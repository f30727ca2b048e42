"""config.yml's SpacyNLP hands Rasa's provider node and message node one spaCy model."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rasa.nlu.model import InvalidModelError

from components.spacy_nlp import SpacyNLP

ROOT = Path(__file__).resolve().parents[2]


def _configured_model() -> str:
    """The spaCy model of the config this machine trains with (see var/rasa-config)."""
    chosen = ROOT / "var" / "rasa-config"
    config = ROOT / (chosen.read_text().strip() if chosen.exists() else "config.yml")
    pipeline = yaml.safe_load(config.read_text(encoding="utf-8"))["pipeline"]
    return next(step["model"] for step in pipeline if step["name"].endswith("SpacyNLP"))


def test_the_spacy_model_is_loaded_once_for_both_graph_nodes() -> None:
    try:
        provider = SpacyNLP.create({"model": _configured_model()}, None, None, None)
    except InvalidModelError as error:
        pytest.skip(f"spaCy model not installed (make setup): {error}")
    processor = SpacyNLP.create({"model": _configured_model()}, None, None, None)
    assert processor.provide().model is provider.provide().model
    doc = provider.provide().model("Projekte für Kinder")
    assert [token.text for token in doc] == ["Projekte", "für", "Kinder"]
