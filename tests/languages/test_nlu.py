"""The NLU on held-out questions in the eight other languages (never trained on).

The held-out file is Rasa NLU data, so `rasa test nlu --nlu tests/languages/heldout_nlu.yml`
gives the full report; this test loads the trained model once and checks the
intents, the German place names inside other scripts and suffixes, and the
language entity.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.stack import MODEL, ROOT

HELDOUT = Path(__file__).with_name("heldout_nlu.yml")
MIN_INTENT_ACCURACY = 0.85
_ANNOTATION = re.compile(r"\[([^\]]+)\]\((\w+)\)")


def examples(path: Path) -> list[tuple[str, str, list[str]]]:
    """(text, intent, annotated districts) of an NLU file."""
    found = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
        if "intent" not in block:
            continue
        for line in str(block["examples"]).splitlines():
            line = line.strip().removeprefix("- ").strip()
            if line:
                districts = [v for v, e in _ANNOTATION.findall(line) if e == "district"]
                found.append((_ANNOTATION.sub(r"\1", line), block["intent"], districts))
    return found


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def test_the_held_out_questions_are_not_in_the_training_data() -> None:
    trained = {_key(t) for p in (ROOT / "data").rglob("*.yml") for t, _, _ in examples(p)}
    assert not [t for t, _, _ in examples(HELDOUT) if _key(t) in trained]


@pytest.fixture(scope="module")
def parsed() -> list[tuple[str, str, list[str], dict[str, Any]]]:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    return [(t, i, d, asyncio.run(agent.parse_message(t))) for t, i, d in examples(HELDOUT)]


def test_held_out_questions_reach_their_intent(parsed: list) -> None:
    right = [t for t, intent, _, result in parsed if result["intent"]["name"] == intent]
    assert len(right) / len(parsed) >= MIN_INTENT_ACCURACY, sorted(
        (t, r["intent"]["name"]) for t, i, _, r in parsed if r["intent"]["name"] != i
    )


def test_german_place_names_are_tagged_in_every_script(parsed: list) -> None:
    for text, _, districts, result in parsed:
        found = [e for e in result["entities"] if e["entity"] == "district"]
        tagged = {text[e["start"] : e["end"]] for e in found}
        assert set(districts) <= tagged, (text, tagged)


def test_the_language_entity_names_a_language_when_the_evidence_is_clear(parsed: list) -> None:
    languages = [
        [e["value"] for e in result["entities"] if e["entity"] == "language"]
        for _, _, _, result in parsed
    ]
    assert all(len(found) <= 1 for found in languages)
    assert sum(found not in ([], ["de"]) for found in languages) / len(parsed) >= 0.9
