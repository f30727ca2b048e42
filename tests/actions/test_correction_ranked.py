"""A correction's turn ranks the projects for the right referent only (session 13).

"ne, nicht für die Kinder, für meine Oma, die spricht kaum Deutsch": the need is
the same, the person is the new one; the words corrected away ("die Kinder") rank
nothing, so the list is the one the corrected part alone finds.
"""

from __future__ import annotations

import pytest

from actions import parsing
from actions.turn import read_text
from knowledge import KnowledgeBase


@pytest.mark.parametrize(
    "correction",
    [
        "ne, nicht für die kinder, für meine oma, die spricht kaum deutsch",
        "nein, nicht für meinen Sohn, für meinen Vater, der sucht Arbeit",
    ],
)
def test_a_correction_ranks_its_right_part(correction: str) -> None:
    kb = KnowledgeBase()
    assert parsing.is_correction(correction)
    turn = read_text(kb, correction)
    right = read_text(kb, parsing.correction_target(correction))
    assert [hit.item.number for hit in turn.hits] == [hit.item.number for hit in right.hits]
    assert turn.hits
