"""Checks of a turn that embed single words are made when a decision reads them, not before."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from actions.decision import decide
from actions.focus import Focus
from actions.turn import Later, read_text
from knowledge import KnowledgeBase
from knowledge.embedding import Embedder, ModelIdentity, Vectors, default_embedder
from knowledge.records import PageContent

# Made up for these tests: a long story about a car, a short question about chess courses.
STORY = (
    "Unser Auto ist seit letzter Woche kaputt, die Werkstatt verlangt furchtbar viel Geld, "
    "und ich weiß nicht, wie ich morgens pünktlich zur Frühschicht kommen soll."
)
CHESS = "Gibt es Schachkurse für Senioren?"


class Recording:
    """The process's embedder, recording the texts it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self.asked: list[str] = []

    @property
    def identity(self) -> ModelIdentity:
        """The real model's."""
        return self._inner.identity

    @property
    def dim(self) -> int:
        """The real model's."""
        return self._inner.dim

    def queries(self, texts: list[str]) -> Vectors:
        """Recorded, then embedded by the real model."""
        self.asked += texts
        return self._inner.queries(texts)

    def passages(self, texts: list[str]) -> Vectors:
        """Embedded by the real model."""
        return self._inner.passages(texts)


@pytest.fixture
def recording() -> Recording:
    return Recording(default_embedder())


@pytest.fixture
def kb_recorded(engine: Engine, recording: Recording) -> KnowledgeBase:
    return KnowledgeBase(engine, embedder=recording)


def test_a_long_story_is_answered_without_embedding_its_words_one_by_one(
    kb_recorded: KnowledgeBase, recording: Recording
) -> None:
    turn = read_text(kb_recorded, STORY)
    decision = decide(turn, Focus(), kb_recorded)
    assert decision.rule
    single_words = [text for text in recording.asked if len(text.split()) == 1]
    assert single_words == []


def test_whether_the_plan_lacks_the_thing_asked_for_is_checked_when_read(
    kb_recorded: KnowledgeBase, recording: Recording, content: PageContent
) -> None:
    page = " ".join(f"{p.title} {p.goal}" for p in content.projects).lower()
    assert "schach" not in page  # the page has no chess, so the plan lacks what is asked for
    turn = read_text(kb_recorded, CHESS)
    asked_while_reading = list(recording.asked)
    assert turn.things_missing and turn.misfit
    assert len(recording.asked) > len(asked_while_reading)  # the thing was ranked on reading
    assert decide(turn, Focus(), kb_recorded).answer != "yes"


def test_a_later_check_runs_once() -> None:
    calls: list[int] = []
    later = Later(lambda: calls.append(1) is None)
    assert later() and later()
    assert calls == [1]
