"""Reading a plan question by meaning: the calibrated rules, without the model.

The model end to end is in ``tests/actions/test_plan_questions.py``; here the
cosines are given, so each rule of :mod:`knowledge.plan_meaning` is seen alone.
"""

from __future__ import annotations

import pytest

from knowledge import plan_meaning
from knowledge.listed import label_of
from knowledge.plan_meaning import AHEAD, CLOSE, FLOOR, NOT_SAID, TOPIC_MARGIN, read


def cosines(**by_label: float) -> dict[str, float]:
    """One stored listed question per label, with its cosine."""
    return {f"{label}#{i}": cosine for i, (label, cosine) in enumerate(by_label.items())}


def test_every_listed_question_keeps_what_it_asks_in_its_reference() -> None:
    listed = plan_meaning.questions()
    labels = {q.label for q in listed}
    assert {"initiator", "participation", NOT_SAID, plan_meaning.OVERVIEW} <= labels
    assert all(label_of(q.ref(i)) == q.label for i, q in enumerate(listed))


def test_a_clear_reading_names_its_statement() -> None:
    assert read(cosines(initiator=FLOOR + 0.05, lesson=FLOOR), FLOOR - 0.05) == ("initiator",)


def test_below_the_floor_nothing_is_read() -> None:
    assert read(cosines(initiator=FLOOR - 0.001), 0.5) == ()


def test_a_need_nearer_to_a_project_is_no_plan_question() -> None:
    best = FLOOR + 0.04
    assert read(cosines(projects=best), best - AHEAD + 0.001) == ()


def test_two_statements_as_near_are_both_given() -> None:
    near = cosines(strategy=0.9, arbeitsschwerpunkte=0.9 - CLOSE / 2, lesson=0.8)
    assert read(near, 0.8) == ("strategy", "arbeitsschwerpunkte")


def test_what_the_page_does_not_say_comes_alone() -> None:
    assert read(cosines(not_said=0.9, initiator=0.9 - CLOSE / 2), 0.8) == (NOT_SAID,)


def test_a_schwerpunkt_needs_a_lead_and_must_not_be_all_of_them() -> None:
    clear = {"1": 0.86, "2": 0.86 - 2 * TOPIC_MARGIN, "3": 0.8}
    assert plan_meaning.nearest_topic(clear, all_topics=0.85) == 1
    assert plan_meaning.nearest_topic(clear, all_topics=0.87) is None  # "Welche Schwerpunkte?"
    tied = {"1": 0.86, "2": 0.86 - TOPIC_MARGIN / 2}
    assert plan_meaning.nearest_topic(tied, all_topics=0.0) is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Wie hieß der Schwerpunkt mit den Kindern?", True),
        ("Which projects belong to the focus area about jobs?", True),
        ("Çocuklar önceliğinde hangi projeler var?", True),
        ("Какие проекты относятся к направлению про работу?", True),
        ("Gibt es was zum Thema Schulden?", False),  # a theme of a need, not a Schwerpunkt
        ("Wer ist in Hörde zuständig?", False),
    ],
)
def test_a_word_for_a_schwerpunkt_in_several_languages(text: str, says: bool) -> None:
    assert plan_meaning.says_topic(text) is says
