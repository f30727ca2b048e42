"""The blind set (tests/eval/blind/questions.yml), kept for one final figure: it parses, is
large enough, covers every class, every expectation names something the knowledge base
finds, and none of its sentences is trained on or taken from another set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import KnowledgeBase
from scripts.eval_checker import Checker, plan_sentences
from scripts.evaluate import NO_FAILURE_FILE, SETS, load_set
from tests.eval.test_checker import (  # noqa: F401  (kb is a fixture)
    DESIGN_INTENTS,
    FROZEN,
    _norm,
    all_items,
    assert_references_fit,
    assert_resolves,
    kb,
    old_set_sentences,
    training_sentences,
)

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "tests" / "eval" / "blind" / "questions.yml"
MIN_QUESTIONS, MIN_DIALOGUES, MIN_TURNS = 160, 35, 110
MIN_PER_CLASS = 10  # each of the ten classes of issue 12
ITEM_KEYS = {"t", "i", "c", "e", "x"}
MODIFIER_KINDS = {"detail", "from"}


@pytest.fixture(scope="module")
def blind() -> dict[str, Any]:
    return yaml.safe_load(BLIND.read_text(encoding="utf-8"))


def test_blind_set_size_and_classes(blind: dict[str, Any]) -> None:
    assert "NEVER TRAIN" in BLIND.read_text(encoding="utf-8")[:300]
    turns = [t for d in blind["dialogues"] for t in d["d"]]
    assert len(blind["questions"]) >= MIN_QUESTIONS
    assert len(blind["dialogues"]) >= MIN_DIALOGUES
    assert len(turns) >= MIN_TURNS
    classes = Counter(item["c"] for item in all_items(blind))
    assert set(classes) == set(range(11)), classes
    assert all(classes[c] >= MIN_PER_CLASS for c in range(1, 11)), classes


def test_blind_items_are_well_formed(blind: dict[str, Any]) -> None:
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    texts = [item["t"] for item in blind["questions"]]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]
    for item in all_items(blind):
        assert set(item) <= ITEM_KEYS and {"t", "i", "c"} <= set(item), item
        assert item["i"] in DESIGN_INTENTS, item
        for kind, value in (item.get("x") or {}).items():
            assert hasattr(Checker, f"_{kind}") or kind in MODIFIER_KINDS, item
            if kind in {"response", "not_response"}:
                names = [value] if isinstance(value, str) else value
                assert all(name in responses for name in names), item


def test_blind_expectations_resolve(blind: dict[str, Any], kb: KnowledgeBase) -> None:  # noqa: F811
    sentences = plan_sentences(kb)
    for item in all_items(blind):
        assert_resolves(item, kb, sentences)


def test_blind_dialogue_references_fit(blind: dict[str, Any], kb: KnowledgeBase) -> None:  # noqa: F811
    for dialogue in blind["dialogues"]:
        assert_references_fit(dialogue["d"], kb)


def test_blind_sentences_are_new(blind: dict[str, Any]) -> None:
    """No sentence of four words or more is an NLU example, in the team's set or the frozen one."""
    frozen = yaml.safe_load(FROZEN.read_text(encoding="utf-8"))
    seen = training_sentences() | old_set_sentences()
    seen |= {_norm(item["t"]) for item in all_items(frozen)}
    long_enough = [item["t"] for item in all_items(blind) if len(item["t"].split()) >= 4]
    assert [t for t in long_enough if _norm(t) in seen] == []


def test_the_evaluator_asks_the_blind_set() -> None:
    """``--set blind`` (and ``--set all``) reads this file; its single failures stay unwritten."""
    singles, dialogues = load_set(SETS["blind"])
    assert SETS["blind"] == BLIND and "blind" in NO_FAILURE_FILE
    assert len(singles) >= MIN_QUESTIONS and len(dialogues) >= MIN_DIALOGUES
