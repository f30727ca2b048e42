"""The action server answers once before it listens, so the first citizen does not wait."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from actions import action_answer, knowledge_access, warm_up
from actions.action_answer import ActionAnswer
from knowledge import KnowledgeBase, KnowledgeBaseMissing


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """The decisions the warm-up made, with the switch on and a fresh process's state."""
    monkeypatch.setenv(warm_up.SWITCH, "1")
    monkeypatch.setattr(warm_up, "_warm", False)
    made: list[Any] = []
    real = action_answer.respond

    def respond(*args: Any) -> Any:
        decision, focus = real(*args)
        made.append(decision)
        return decision, focus

    monkeypatch.setattr(action_answer, "respond", respond)
    yield made


def test_building_the_action_answers_the_first_project_once(
    answered: list[Any], kb: KnowledgeBase
) -> None:
    ActionAnswer()
    ActionAnswer()  # the executor may build it again: warm once per process
    assert len(answered) == 1
    assert kb.projects()[0] in answered[0].projects


def test_switched_off_it_answers_nothing(
    answered: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(warm_up.SWITCH, "0")
    ActionAnswer()
    assert answered == []


def test_without_a_knowledge_base_the_server_still_starts(
    answered: list[Any], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Missing(KnowledgeBase):
        def projects(self, topic: Any = None) -> Any:
            raise KnowledgeBaseMissing("no build yet")

    monkeypatch.setattr(knowledge_access, "_kb", Missing.__new__(Missing))
    with caplog.at_level(logging.WARNING, logger="actions.warm_up"):
        ActionAnswer()
    assert answered == []
    assert "warm-up skipped" in caplog.text
