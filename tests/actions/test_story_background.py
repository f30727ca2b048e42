"""A story's background names people who are not the ones in need: their projects are not listed."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from tests.actions.asking import decided


@pytest.mark.parametrize(
    "story",
    [
        "Ich fühle mich einsam, seit meine Kinder weggezogen sind",
        "Ich bin Rentnerin und fühle mich einsam, seit meine Kinder weggezogen sind",
    ],
)
def test_children_of_the_background_get_no_childrens_projects(
    kb: KnowledgeBase, story: str
) -> None:
    for_children = {hit.item for hit in kb.projects_for_target_group("Kinder")}
    decision = decided(kb, story)
    assert not set(decision.projects) & for_children, decision.rule
