"""Questions about the plan read by meaning, in any language the model knows.

The word rules of :mod:`knowledge.plan_questions` know German only, and only
the phrasings they list. Here a question is compared, by the e5 cosine, with a
few German questions per statement of the page (``plan_questions.yml``,
embedded at build time): "Bu planı kim başlattı?" comes closest to "Wer hat den
Aktionsplan ins Leben gerufen?", so to the statement "initiator". Two more
kinds of question are there: those the page has no statement for (its budget,
how long it runs: :data:`NOT_SAID`) and those about the plan as a whole
(:data:`OVERVIEW`).

A reading counts only when it is clear: its nearest question scores at least
:data:`FLOOR`, and it stands :data:`AHEAD` above the nearest project passage
(a need, "Gibt es was für Senioren?", comes closer to a project). When two
statements come within :data:`CLOSE` of each other, both are given. The constants
were calibrated on the tables of ``tests/knowledge/test_plan_meaning.py`` and on
situations and contact questions as negatives (README, "Questions about the
plan"): of those, none was read as a plan question.

A Schwerpunkt named in other words ("der Schwerpunkt mit den Kindern") is read
the same way: when the message has a word for a Schwerpunkt
(:data:`topic_words`, several languages), the nearest Schwerpunkt counts if it
is :data:`TOPIC_MARGIN` ahead of the next and nearer than the questions about
all Schwerpunkte ("Welche Schwerpunkte hat der Plan?").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from knowledge.data_files import read_yaml
from knowledge.listed import Listed, best_by_label
from knowledge.text import fold

SOURCE = Path(__file__).resolve().parent / "plan_questions.yml"
NOT_SAID = "not_said"  # about the plan, but the page does not say it
OVERVIEW = "overview"  # about the plan as a whole
ALL_TOPICS = "arbeitsschwerpunkte"  # the statement that lists every Schwerpunkt
FLOOR = 0.84  # e5 cosine of a question to its nearest listed question; unrelated ~0.78-0.83
AHEAD = 0.05  # ... above the nearest project passage (situations come closer to projects)
CLOSE = 0.01  # a second statement this near is given too
TOPIC_MARGIN = 0.01  # the nearest Schwerpunkt ahead of the next ("Schwerpunkt zwei" ~ 0.009)


PlanQuestion = Listed  # a listed question, labelled by what it asks: a key, NOT_SAID, OVERVIEW


@lru_cache(maxsize=1)
def questions() -> tuple[PlanQuestion, ...]:
    """The listed questions, in file order."""
    data = read_yaml(SOURCE)
    found = [PlanQuestion(key, text) for key, texts in data["facts"].items() for text in texts]
    found += [PlanQuestion(label, text) for label in (NOT_SAID, OVERVIEW) for text in data[label]]
    return tuple(found)


@lru_cache(maxsize=1)
def topic_words() -> tuple[str, ...]:
    """Words that name a Schwerpunkt, folded, as word beginnings ("schwerpunkt", "öncelik")."""
    data = read_yaml(SOURCE)
    return tuple(fold(str(word)) for word in data["topic_words"])


def says_topic(text: str) -> bool:
    """Whether a word of the message names a Schwerpunkt ("im Schwerpunkt", "focus area")."""
    folded = f" {fold(text)}"
    return any(f" {word}" in folded for word in topic_words())


def read(by_question: dict[str, float], best_project: float) -> tuple[str, ...]:
    """What a question asks about the plan, given its cosine to each listed question.

    Args:
        by_question: cosine per listed question, by reference (:meth:`PlanQuestion.ref`).
        best_project: the cosine of the nearest project passage.

    Returns:
        A statement's key, :data:`NOT_SAID` or :data:`OVERVIEW`; with a second
        statement's key when that one comes within :data:`CLOSE` (the page's two
        sentences answer better than a guess between them); empty when unclear.
    """
    ranked = sorted(best_by_label(by_question).items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < FLOOR or ranked[0][1] - best_project < AHEAD:
        return ()
    (first, cosine), rest = ranked[0], ranked[1:]
    if first in (NOT_SAID, OVERVIEW) or not rest:
        return (first,)
    second, next_cosine = rest[0]
    close = second not in (NOT_SAID, OVERVIEW) and cosine - next_cosine < CLOSE
    return (first, second) if close else (first,)


def nearest_topic(by_topic: dict[str, float], all_topics: float) -> int | None:
    """The Schwerpunkt's number nearest in meaning, when it is clearly ahead of the next.

    ``all_topics`` is the cosine of the question to the nearest listed question
    about all Schwerpunkte ("Welche Schwerpunkte hat der Plan?"): a question that
    comes closer to that asks for all of them, not for one.
    """
    ranked = sorted(by_topic.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < all_topics:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < TOPIC_MARGIN:
        return None
    return int(ranked[0][0])


def nearest_of(label: str, by_question: dict[str, float]) -> float:
    """The cosine of the nearest listed question of one label (0 when none)."""
    return best_by_label(by_question).get(label, 0.0)
