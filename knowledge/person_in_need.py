"""The person a message names as the one it asks for, and nothing else.

"nein, für meine Mutter, die ist 80", "und für meine Frau?", "ne, es geht um
meinen Sohn, der ist 17", "hayır, oğlum için, 16 yaşında": after a list, such a
message asks the same need again for another person. :func:`person_in_need`
reads whom it names: the life stages (:mod:`knowledge.lifestage`: the age or a
stage word told) or the target group a word tells alone ("Frau": Frauen,
"Oma": Senioren). It reads them only when every other word of the message is
one that asks nothing of its own (the ``around`` words of the language's
``person_in_need`` section: "nein", "für", "meine", "ist", "Jahre"); a message
that also tells a need ("für meine Mutter, sie braucht Hilfe beim Einkaufen")
is a question of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from knowledge import lexicon
from knowledge.language import detect
from knowledge.lifestage import stage_names, stages
from knowledge.text import key

SECTION = "person_in_need"
NO_STAGE = ""  # the people words that tell no stage alone ("Sohn": the age tells)


@dataclass(frozen=True)
class PersonInNeed:
    """Whom a message names: life stages (``Senioren``) and target groups (``Frauen``)."""

    stages: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Words:
    """A language's words, folded: whole words and prefixes ("nachbar*")."""

    whole: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]

    def told(self, word: str) -> str | None:
        """What the word tells (a stage, a group, or ``NO_STAGE``); None: not one of them."""
        if word in self.whole:
            return self.whole[word]
        return next((told for prefix, told in self.prefixes if word.startswith(prefix)), None)


def person_in_need(text: str) -> PersonInNeed | None:
    """Whom the message names, when it names a person and asks nothing else (else None)."""
    lang = detect(text).language
    lang = lang if lang in lexicon.languages() else lexicon.DEFAULT_LANGUAGE
    people, around = _words(lang, "people"), _words(lang, "around")
    told: set[str] = set()
    named = False
    for word in _folded(text, lang):
        if word.isdigit() or around.told(word) is not None:
            continue
        said = _told(people, word, lang)
        if said is None:
            return None  # a word of its own: the message asks more than a person
        named = True
        told.add(said)
    if not named:
        return None
    by_age = stages(text)
    names = stage_names()
    found_stages = by_age or frozenset(t for t in told if t in names)
    groups = frozenset(t for t in told if t and t not in names)
    if not (found_stages or groups):
        return None  # "für meine Mutter": whom, the words do not tell
    return PersonInNeed(frozenset(found_stages), groups)


def is_person_word(word: str, lang: str = lexicon.DEFAULT_LANGUAGE) -> bool:
    """A folded word that names a person ("mutter", "nachbarin"), in ``lang``'s words."""
    return _told(_words(lang, "people"), word, lang) is not None


def _told(people: _Words, word: str, lang: str) -> str | None:
    """What a people word tells, also with a prefix of the language ("لزوجتي": ل + زوجتي)."""
    said = people.told(word)
    if said is not None:
        return said
    for prefix in ("ل", "و", "ال", *lexicon.prefixes(lang)) if lang == "ar" else ():
        if word.startswith(prefix) and (said := people.told(word[len(prefix) :])) is not None:
            return said
    return None


@lru_cache(maxsize=32)
def _words(lang: str, name: str) -> _Words:
    """The ``people`` (word -> what it tells) or ``around`` words of a language, folded."""
    entries = lexicon.section(SECTION, lang).get(name) or {}
    table = entries if isinstance(entries, dict) else {NO_STAGE: entries}
    whole: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for told, words in table.items():
        for entry in words or ():
            for folded in _folded(str(entry), lang, entry=True):
                if folded.endswith("*"):
                    prefixes.append((folded[:-1], str(told)))
                else:
                    whole.setdefault(folded, str(told))
    return _Words(whole, tuple(prefixes))


def _folded(text: str, lang: str, entry: bool = False) -> tuple[str, ...]:
    """Words folded as the language's words are: German by ``key`` ("für" -> "fuer")."""
    if lang != lexicon.DEFAULT_LANGUAGE:
        return tuple(lexicon.fold_any(text).split()) if entry else lexicon.loose_words(text)
    if entry:  # keep "*" of a prefix
        return tuple(key(part) + ("*" if part.endswith("*") else "") for part in text.split())
    return tuple(key(text).split())
