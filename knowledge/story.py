"""The part of a story that carries the need, without its background.

A citizen who tells a situation names more people than the one who needs help:
"Ich fühle mich einsam, seit meine Kinder weggezogen sind" is about a lonely
parent, not about children; "Mein Vater ist seit dem Tod meiner Mutter allein"
about a father, not about mothers. The background is told as a time or a
concession: a clause that opens with a conjunction of time or concession
("seit", "nachdem", "obwohl"), or an event of someone else's told as a time
("seit dem Tod meiner Mutter", "nach der Trennung von meinem Mann"). Left in,
its people words pull the ranking to projects for those people.

:func:`need_part` drops that background when something else is left to read.
The words are German (``background_*`` of ``knowledge/lexicon/de.yml``); a
text in another language passes unchanged. :func:`clauses` splits a story into
the clauses the ranking also reads one by one (:func:`knowledge.ranking.with_clauses`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lexicon
from knowledge.text import key, terms

MIN_LEFT = 3  # words the rest must keep to be read alone
MIN_CLAUSE = 3  # words of a clause read on its own
MAX_CLAUSES = 4
LONG_STORY = 12  # words: a question this long tells a situation too
_SEGMENT = re.compile(r"[^,.;:!?–—]+")
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@lru_cache(maxsize=256)
def need_part(text: str) -> str:
    """``text`` without the clauses and phrases of its background; else ``text`` itself."""
    segments = [
        part
        for m in _SEGMENT.finditer(text)
        for part in _joined().split(m.group())
        if _WORD.search(part)
    ]
    kept = [_without_events(s) for s in segments if not _background_clause(s)]
    kept = [s for s in kept if _WORD.search(s)]
    rest = ", ".join(" ".join(s.split()) for s in kept)
    if rest == ", ".join(" ".join(s.split()) for s in segments):
        return text
    return rest if len(_WORD.findall(rest)) >= MIN_LEFT else text


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    """Where "und" or "aber" joins a clause of time ("Ich bin 67 und seit meine Frau tot ist")."""
    starts = "|".join(re.escape(w) for w in sorted(lexicon.words("background_clause")))
    joins = "|".join(re.escape(w) for w in sorted(lexicon.words("background_join")))
    return re.compile(rf"\s+(?:{joins})\s+(?=(?:{starts})\b)", re.IGNORECASE)


def _background_clause(segment: str) -> bool:
    """A clause of time or concession ("seit meine Kinder weg sind"), not "seit Jahren"."""
    words = key(segment).split()
    if len(words) < 2 or words[0] not in lexicon.words("background_clause"):
        return False
    return words[0] != "seit" or not (
        words[1] in lexicon.words("preposition_after_seit") or words[1].isdigit()
    )


def _without_events(segment: str) -> str:
    """The segment without "seit dem Tod meiner Mutter" and the like."""
    return _event().sub(" ", segment)


@lru_cache(maxsize=1)
def _event() -> re.Pattern[str]:
    """An event of someone else's told as a time.

    Preposition, article, event, whose ("meiner", "von meinem", "von"), who; or
    preposition, a family member's genitive, event ("seit Mamas Tod").
    """

    def alternatives(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lexicon.words(name)))

    return re.compile(
        rf"\b(?:{alternatives('background_event')})\s+(?:{alternatives('event_articles')})\s+\w+"
        rf"\s+(?:{alternatives('someone_of')}|von(?:\s+(?:{alternatives('someone_from')}))?)"
        r"\s+\w+\b"
        rf"|\b(?:{alternatives('background_event')})\s+(?:{alternatives('someone_genitive')})\s+\w+\b",
        re.IGNORECASE,
    )


def told_in_any_language(text: str) -> bool:
    """A text that tells rather than only asks, in any language.

    No question mark at its end, or :data:`LONG_STORY` words ("We have debts and
    the landlord is threatening to evict us"). "Is there a free bicycle workshop
    for young people?" only asks: read in another language, it is no story whose
    meaning may carry the ranking.
    """
    return not text.rstrip().endswith("?") or len(_WORD.findall(text)) >= LONG_STORY


def tells(text: str) -> bool:
    """Whether ``text`` tells something: a clause of :data:`MIN_CLAUSE` words that asks nothing.

    A clause asks when it starts with a question word or a yes/no verb
    (``question_starts``, ``yes_no_starts``); in a sentence that ends with a
    question mark, so do the clauses after its question ("wo kann ich lernen,
    im Restaurant zu arbeiten?"). "Ich koche gern und bin 19, wo kann ich
    lernen ...?" tells; "Welche Pizzeria liefert nach Hörde?" and "Ist die
    Buslinie am Sonntag unterwegs oder fällt sie aus?" only ask.
    """
    asking = lexicon.words("question_starts") | lexicon.words("yes_no_starts")
    for sentence in _SENTENCE.finditer(text):
        for segment in _SEGMENT.findall(sentence.group()):
            words = key(segment).split()
            if words and words[0] in asking:
                if sentence.group().rstrip().endswith("?"):
                    break  # the rest of the sentence belongs to its question
                continue
            if len(words) >= MIN_CLAUSE:
                return True
    return False


def clauses(text: str) -> list[str]:
    """The clauses and sentences of ``text`` (split at punctuation) that can carry a need.

    At least :data:`MIN_CLAUSE` words with at least one content word ("was soll
    ich machen" has none); the first :data:`MAX_CLAUSES` (each is embedded at
    run time).
    """
    parts = (" ".join(m.group().split()) for m in _SEGMENT.finditer(text))
    return [p for p in parts if len(_WORD.findall(p)) >= MIN_CLAUSE and content_words(p)][
        :MAX_CLAUSES
    ]


def content_words(text: str) -> int:
    """How many words of ``text`` are no fillers ("gern ein blaues": one)."""
    return len(terms(text, drop_noise=True))
