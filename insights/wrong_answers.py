"""Answers that probably missed, found in the conversations themselves.

Four signs, shown apart in the report: the citizen rated the answer "nicht
hilfreich"; the citizen rephrased or corrected the question right after ("nein,
ich meinte Nette"); the bot searched and found no clear leader ("Meinten Sie
…?", "Welches Projekt meinen Sie?"); the bot fell back (not understood, nothing
found). One answer can show several signs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from insights.events import Exchange
from knowledge.text import is_stop_word, key

FALLBACK_INTENT = "nlu_fallback"
HELPFUL_INTENT = "feedback_helpful"
UNHELPFUL_INTENT = "feedback_unhelpful"
RATING_INTENTS = frozenset([HELPFUL_INTENT, UNHELPFUL_INTENT])
FALLBACK_RESPONSES = frozenset(
    ["utter_fallback_none", "utter_default", "utter_no_answer", "utter_fallback_language",
     "utter_project_search_none"]
)  # fmt: skip
NO_LEADER_RESPONSES = frozenset(
    ["utter_fallback_suggest", "utter_project_choose", "utter_district_suggest",
     "utter_district_suggest_generic"]
)  # fmt: skip
REPHRASE_WINDOW_S = 180.0  # a new question later than this is no rephrasing
SIMILAR = 0.5  # share of shared content words that makes two questions one
_CORRECTION = re.compile(
    r"^(?:nein|ne|nee|noe|falsch|doch nicht|nicht das|nicht die|nicht den)\b"
    r"|\b(?:ich meinte|ich meine|meinte ich|gemeint war|gemeint ist|sondern)\b"
)


class Signal(str, Enum):
    """A sign that an answer missed."""

    UNHELPFUL = "unhelpful"
    REPHRASED = "rephrased"
    NO_LEADER = "no_leader"
    FALLBACK = "fallback"


SIGNAL_LABELS = {
    Signal.UNHELPFUL: "Als „nicht hilfreich“ bewertet",
    Signal.REPHRASED: "Gleich danach umformuliert oder korrigiert",
    Signal.NO_LEADER: "Suche ohne klaren Treffer",
    Signal.FALLBACK: "Fallback: nicht verstanden oder nichts gefunden",
}


@dataclass(frozen=True)
class Finding:
    """One answer and the signs that it missed."""

    exchange: Exchange
    signals: tuple[Signal, ...]


def is_question(exchange: Exchange) -> bool:
    """A message that asks something: not a rating."""
    return exchange.intent not in RATING_INTENTS


def ratings(exchanges: list[Exchange]) -> tuple[int, int]:
    """How many answers were rated helpful, and how many not."""
    counted = Counter(e.intent for e in exchanges)
    return counted[HELPFUL_INTENT], counted[UNHELPFUL_INTENT]


def find(exchanges: list[Exchange]) -> list[Finding]:
    """Every answer with at least one sign that it missed, in the order asked."""
    found = []
    for index, exchange in enumerate(exchanges):
        if not is_question(exchange):
            continue
        following = exchanges[index + 1] if index + 1 < len(exchanges) else None
        if following is not None and following.sender != exchange.sender:
            following = None
        signals = _signals(exchange, following)
        if signals:
            found.append(Finding(exchange, signals))
    return found


def per_rule(
    exchanges: list[Exchange], findings: list[Finding]
) -> list[tuple[str, int, Counter[Signal]]]:
    """Per answer rule (or kind): how many answers, and how many showed each sign."""
    answers = Counter(e.kind for e in exchanges if is_question(e))
    signs: dict[str, Counter[Signal]] = {}
    for finding in findings:
        signs.setdefault(finding.exchange.kind, Counter()).update(finding.signals)
    return sorted(((rule, answers[rule], signs[rule]) for rule in signs),
                  key=lambda row: (-sum(row[2].values()), row[0]))  # fmt: skip


def _signals(exchange: Exchange, following: Exchange | None) -> tuple[Signal, ...]:
    responses = set(exchange.responses)
    found = []
    if following is not None and following.intent == UNHELPFUL_INTENT:
        found.append(Signal.UNHELPFUL)
    if following is not None and _rephrases(exchange, following):
        found.append(Signal.REPHRASED)
    if responses & NO_LEADER_RESPONSES:
        found.append(Signal.NO_LEADER)
    if exchange.intent == FALLBACK_INTENT or responses & FALLBACK_RESPONSES:
        found.append(Signal.FALLBACK)
    return tuple(found)


def _rephrases(question: Exchange, following: Exchange) -> bool:
    """The next message corrects the question or asks it again in other words, soon after."""
    if not is_question(following) or following.text.startswith("/"):
        return False
    if following.timestamp - question.timestamp > REPHRASE_WINDOW_S:
        return False
    if _CORRECTION.search(key(following.text)):
        return True
    before, after = _content_words(question.text), _content_words(following.text)
    return bool(before and after) and len(before & after) / len(before | after) >= SIMILAR


def _content_words(text: str) -> set[str]:
    return {word for word in key(text).split() if len(word) > 2 and not _stop_word(word)}


def _stop_word(word: str) -> bool:
    try:
        return is_stop_word(word)
    except RuntimeError:  # without spaCy: every word counts
        return False
