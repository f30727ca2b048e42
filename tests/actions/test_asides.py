"""A remark in a talk that asks nothing is no question for the NLU's weak next reading.

"ehrlich gesagt bin ich langsam echt genervt" read with a weak second reading of the
report, the links or the list of places got that answer, and the next follow-up
("und die Nummer?") lost what was shown. A remark that names its subject keeps it.
"""

from __future__ import annotations

import pytest

from actions.parsing import tells_aside
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


REMARKS_OF_THE_DAY = [
    "bin grade im Bus nach Hörde, Empfang ist schlecht",
    "hab heute mit den Kindern gefrühstückt, war schön",
    "I'm on the bus right now, bad signal",
    "мы сегодня уже позавтракали, внук в школе",
    "bugün çocuklarla parka gittik haha",
    "sorry bin grad im bus, netz is mies",  # colloquial German "is", no English blocker
]

NO_REMARKS = [
    "lol ich hab schulden",  # an English marker beside a German trouble
    "hahaha I need help",
    "heute kam die Kündigung vom Vermieter",
    "ich wohne übrigens in Hörde",  # where one lives narrows a list
    "nochmal zur Liste von vorhin",
    "сегодня надо найти работу",
]


@pytest.mark.parametrize("text", REMARKS_OF_THE_DAY)
def test_a_remark_about_ones_day_is_an_aside(text: str) -> None:
    assert tells_aside(text), text


@pytest.mark.parametrize("text", NO_REMARKS)
def test_a_trouble_a_wish_or_a_list_is_no_aside(text: str) -> None:
    assert not tells_aside(text), text
