"""The frozen sets of issue 19 (tests/eval/semantic/, tests/eval/languages/) and the frozen
situations set (tests/eval/situations/, written by a helper who never read the training
data): they parse, are large enough per class and per language, every expectation names
something the knowledge base finds, and none of their sentences is trained on or taken from
another set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import KnowledgeBase
from scripts.eval_checker import Checker, plan_sentences
from scripts.evaluate import ISSUE19_SETS, NO_FAILURE_FILE, SETS, load_set
from scripts.reply_language import LANGUAGES
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
SEMANTIC = ROOT / "tests" / "eval" / "semantic" / "questions.yml"
LANGUAGE_SET = ROOT / "tests" / "eval" / "languages" / "questions.yml"
BLIND = ROOT / "tests" / "eval" / "blind" / "questions.yml"
SITUATIONS = ROOT / "tests" / "eval" / "situations" / "questions.yml"
MIN_SITUATIONS, MIN_DIALOGUES, MIN_TURNS = 300, 40, 110
MIN_PER_LANGUAGE, MIN_GERMAN_COMPARISON = 40, 32
MIN_PER_CLASS = {1: 100, 2: 30, 3: 30, 4: 20, 5: 15, 7: 40}  # German single questions
# The situations set: single questions, per class, dialogues and their turns.
SITUATIONS_SINGLES, SITUATIONS_DIALOGUES, SITUATIONS_TURNS = 200, 30, 100
SITUATIONS_PER_CLASS = {1: 130, 2: 25, 3: 15, 7: 25}
ITEM_KEYS = {"t", "i", "c", "l", "e", "x"}
MODIFIER_KINDS = {"detail", "from"}


def _load(path: Path) -> dict[str, Any]:
    return {"questions": [], "dialogues": [], **yaml.safe_load(path.read_text(encoding="utf-8"))}


FROZEN_SETS = {"semantic": SEMANTIC, "languages": LANGUAGE_SET, "situations": SITUATIONS}


@pytest.fixture(scope="module", params=list(FROZEN_SETS))
def frozen_set(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    path = FROZEN_SETS[request.param]
    return path, _load(path)


def test_semantic_set_size_and_classes() -> None:
    data = _load(SEMANTIC)
    german = [q for q in data["questions"] if q.get("l", "de") == "de"]
    assert len(german) >= MIN_SITUATIONS
    classes = Counter(q["c"] for q in german)
    assert all(classes[c] >= n for c, n in MIN_PER_CLASS.items()), classes
    turns = [t for d in data["dialogues"] for t in d["d"]]
    assert len(data["dialogues"]) >= MIN_DIALOGUES and len(turns) >= MIN_TURNS
    assert all(len(d["d"]) >= 3 for d in data["dialogues"])
    turn_classes = Counter(t["c"] for t in turns)
    assert all(turn_classes[c] >= 5 for c in (5, 8, 9, 10)), turn_classes  # corrections, ...
    assert {t.get("l", "de") for t in turns} == set(LANGUAGES)


def test_situations_set_size_and_classes() -> None:
    data = _load(SITUATIONS)
    singles = data["questions"]
    assert len(singles) >= SITUATIONS_SINGLES
    classes = Counter(q["c"] for q in singles)
    assert all(classes[c] >= n for c, n in SITUATIONS_PER_CLASS.items()), classes
    turns = [t for d in data["dialogues"] for t in d["d"]]
    assert len(data["dialogues"]) >= SITUATIONS_DIALOGUES and len(turns) >= SITUATIONS_TURNS
    turn_classes = Counter(t["c"] for t in turns)
    assert all(turn_classes[c] >= 5 for c in (5, 8, 9, 10)), turn_classes


def test_language_set_size() -> None:
    languages = Counter(q["l"] for q in _load(LANGUAGE_SET)["questions"])
    assert languages.pop("de") >= MIN_GERMAN_COMPARISON
    assert set(languages) == set(LANGUAGES) - {"de"}
    assert all(n >= MIN_PER_LANGUAGE for n in languages.values()), languages


def test_items_are_well_formed(frozen_set: tuple[Path, dict[str, Any]]) -> None:
    path, data = frozen_set
    assert "NEVER TRAIN ON THIS FILE" in path.read_text(encoding="utf-8")[:400]
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    texts = [item["t"] for item in data["questions"]]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]
    for item in all_items(data):
        assert set(item) <= ITEM_KEYS and {"t", "i", "c", "x"} <= set(item), item
        assert item["i"] in DESIGN_INTENTS and item.get("l", "de") in LANGUAGES, item
        for kind, value in item["x"].items():
            assert hasattr(Checker, f"_{kind}") or kind in MODIFIER_KINDS, item
            if kind in {"response", "not_response"}:
                names = [value] if isinstance(value, str) else value
                assert all(name in responses for name in names), item


def test_expectations_resolve(
    frozen_set: tuple[Path, dict[str, Any]],
    kb: KnowledgeBase,  # noqa: F811
) -> None:
    _, data = frozen_set
    sentences = plan_sentences(kb)
    for item in all_items(data):
        assert_resolves(item, kb, sentences)
        for fragment in item["x"].get("top", []):
            assert kb.find_project(fragment).status == "one", (fragment, item)


def test_dialogue_references_fit(
    frozen_set: tuple[Path, dict[str, Any]],
    kb: KnowledgeBase,  # noqa: F811
) -> None:
    for dialogue in frozen_set[1]["dialogues"]:
        assert_references_fit(dialogue["d"], kb)


def test_sentences_are_new(frozen_set: tuple[Path, dict[str, Any]]) -> None:
    """No sentence of four words or more is an NLU example or a question of another set."""
    path, data = frozen_set
    seen = training_sentences() | old_set_sentences()
    for other in (FROZEN, BLIND, SEMANTIC, LANGUAGE_SET, SITUATIONS):
        if other != path:
            seen |= {_norm(item["t"]) for item in all_items(_load(other))}
    long_enough = [item["t"] for item in all_items(data) if len(item["t"].split()) >= 4]
    assert [t for t in long_enough if _norm(t) in seen] == []


def test_the_evaluator_asks_the_sets_of_issue_19() -> None:
    """``--set semantic`` and ``--set languages`` (and ``--set all``) read these files."""
    assert SETS["semantic"] == SEMANTIC and SETS["languages"] == LANGUAGE_SET
    singles, dialogues = load_set(SETS["semantic"])
    assert len(singles) >= MIN_SITUATIONS and len(dialogues) >= MIN_DIALOGUES
    singles, _ = load_set(SETS["languages"])
    assert len(singles) >= MIN_PER_LANGUAGE * (len(LANGUAGES) - 1) + MIN_GERMAN_COMPARISON


def test_the_evaluator_asks_the_situations_set() -> None:
    """``--set situations`` reads it, with issue 19's classes and no failure file."""
    assert SETS["situations"] == SITUATIONS
    assert "situations" in ISSUE19_SETS and "situations" in NO_FAILURE_FILE
    singles, dialogues = load_set(SETS["situations"])
    assert len(singles) >= SITUATIONS_SINGLES and len(dialogues) >= SITUATIONS_DIALOGUES
