"""Ask and check: one message of a test table, asked as the action server or ``decide`` sees it.

Tables of the tests list messages as the NLU read them (text, intent, a place
it tagged, a weak next reading); :func:`decided` gives the decision alone (kind,
rule, referent), :func:`ask_in` what the citizen reads. :func:`table`
parametrizes a test by such rows, each named by its strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from actions.decision import Decision, decide
from actions.focus import Focus
from actions.turn import read_text
from knowledge import KnowledgeBase
from tests.actions.conftest import Reply, ask

BEST, NEXT, LAST = 0.5, 0.3, 0.1  # the NLU's confidences when a row names a weak next reading


def decided(
    kb: KnowledgeBase, text: str, intent: str = "project_search", runner_up: str = "",
    focus: Focus | None = None,
) -> Decision:  # fmt: skip
    """The decision for the text under the intent (and a weak next reading, if given)."""
    ranking = ((intent, BEST), (runner_up, NEXT), ("thank", LAST)) if runner_up else ()
    turn = read_text(kb, text, intent=intent, ranking=ranking)
    return decide(turn, focus or Focus(), kb)


def ask_in(text: str, intent: str, place: str = "", **kwargs: Any) -> Reply:
    """The answering action's reply to the text, the NLU having tagged the place (if any)."""
    return ask(text, intent, {"district": place} if place else None, **kwargs)


def table(names: str, rows: Sequence[tuple[Any, ...]]) -> pytest.MarkDecorator:
    """Parametrize a test by rows ("lang, text, group"), each named by its strings."""
    ids = ["-".join(cell for cell in row if isinstance(cell, str)) for row in rows]
    return pytest.mark.parametrize(names, rows, ids=ids)
