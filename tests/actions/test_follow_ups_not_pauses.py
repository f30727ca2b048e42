"""Ordinary questions with a word of a follow-up (wait, earlier, other) in seven languages.

Each must stay a question: not a pause, not the list from before.
"""

from __future__ import annotations

from knowledge import KnowledgeBase
from tests.actions.asking import decided, table

ROWS = [
    ("tr", "bir dakika, Hörde'de kim sorumlu?"),
    ("ar", "لحظة، من المسؤول في هورده؟"),
    ("pl", "chwileczkę, kto jest odpowiedzialny w Hörde?"),
    ("ro", "stai puțin, cine este responsabil în Hörde?"),
    ("bg", "момент, кой отговаря за Хьорде?"),
    ("uk", "зачекайте, хто відповідає за Хьорде?"),
    ("ru", "подождите, кто отвечает за Хёрде?"),
]


@table("lang, text", ROWS)
def test_a_question_with_a_pause_word_is_no_pause(kb: KnowledgeBase, lang: str, text: str) -> None:
    decision = decided(kb, text, intent="district_contact")
    assert "pause" not in decision.rule and "earlier_list" not in decision.rule, (lang, decision)
