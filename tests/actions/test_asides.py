"""A remark in a talk that asks nothing is no question for the NLU's weak next reading.

"ehrlich gesagt bin ich langsam echt genervt" read with a weak second reading of the
report, the links or the list of places got that answer, and the next follow-up
("und die Nummer?") lost what was shown. A remark that names its subject keeps it.
"""

from __future__ import annotations

from knowledge import KnowledgeBase
from tests.actions.asking import decided, table
from tests.actions.test_decision_table import Notation

REMARKS = [
    ("ehrlich gesagt nervt mich das alles schon seit wochen", "social_report"),
    ("Извинявайте, пиша от работа, малко бързам", "topic_overview"),
    ("haha ok das kenn ich von früher", "district_list"),
    ("sorry, I am writing from the bus", "links"),
]


@table("text, runner_up", REMARKS)
def test_a_remark_takes_no_weak_reading(kb: KnowledgeBase, text: str, runner_up: str) -> None:
    focus = Notation(kb).focus("places:Hafen")
    decision = decided(kb, text, "nlu_fallback", runner_up, focus)
    assert not decision.rule.startswith("runner_up"), (text, decision.rule)


def test_a_remark_that_names_the_report_is_answered(kb: KnowledgeBase) -> None:
    focus = Notation(kb).focus("places:Hafen")
    decision = decided(
        kb, "ich les gerade den Sozialbericht", "nlu_fallback", "social_report", focus
    )
    assert decision.rule.startswith("runner_up"), decision.rule
