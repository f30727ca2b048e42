"""A story's turn finds the projects that fit it (session 12, tests/dev/stories.yml).

A story in another language names needs its language file knows ("debts" ->
"Schulden") among words it does not ("landlord", "evict"): the turn ranks it by
its meaning and those German words, not by its meaning alone (which clears no
threshold for a text in another language than the page). A need told only in
the background ("Seit mein Mann gestorben ist, ...") is read when the rest names
nothing the page has.
"""

from __future__ import annotations

import pytest

from actions.turn import read_text
from knowledge import KnowledgeBase


def _title(kb: KnowledgeBase, fragment: str) -> str:
    found = [p.title for p in kb.projects() if fragment in p.title]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("story", "fragment"),
    [
        ("We have debts and the landlord is threatening to evict us.", "Quartiersmanagement"),
        ("Almanca öğrenmek istiyorum, iki küçük çocuğum var.", "Niederschwellige Sprachförderung"),
        ("Я пенсіонерка і почуваюся дуже самотньою.", "ältere Menschen"),
    ],
)
def test_a_story_in_another_language_finds_its_project(
    kb: KnowledgeBase, story: str, fragment: str
) -> None:
    found = [hit.item.title for hit in read_text(kb, story).hits]
    assert _title(kb, fragment) in found[:3], found


def test_a_need_told_only_in_the_background_is_read(kb: KnowledgeBase) -> None:
    found = [hit.item.title for hit in read_text(kb, "Seit mein Mann gestorben ist, weiß ich "
                                                     "nicht, wohin mit mir.").hits]  # fmt: skip
    assert _title(kb, "Begegnungshäuser") in found[:3], found
