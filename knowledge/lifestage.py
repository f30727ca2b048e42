"""Whom a story is about by age, and whom each project is for.

"ich such Arbeit, hab keine Ausbildung und bin schon über 40" shares the word
"Ausbildung" with the projects for school leavers; "Ich bin 67 und ..." or
"meine Tochter geht in die 3. Klasse" tell an age that no project's words
match. :func:`stages` reads the life stages a text tells: ages ("bin 67",
"mein Sohn ist 15", "15-Jähriger", "8 Monate alt"), school classes ("in die 3.
Klasse", "der zehnten Klasse") and words of a life stage ("Rentnerin",
"Azubi"). :func:`project_stages` reads whom a project is for from the page's
title and goal ("Jugendliche", "ältere Menschen", "(0–3 Jahre)"). The ranking
(:func:`knowledge.ranking.by_life_stage`) raises the projects for the stage
told a little and lowers those for other stages only; a project the page
addresses to no age is left as it is.

The words are German (``life_stages`` of ``knowledge/lexicon/de.yml``): the
stage names are the target groups' of :mod:`knowledge.synonyms`, and
"Erwachsene" besides. A story in another language tells its stage in that
language's words ("I'm 67", "oğlum 15 yaşında", "мне 67 лет", "emerytka"):
the ``life_stages`` section of each other lexicon holds its age and class
patterns and its words of a life stage, read on the text folded by
:func:`knowledge.lexicon.fold_any`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from knowledge import lexicon
from knowledge.language import detect
from knowledge.text import key, spell_without_umlauts

SECTION = "life_stages"
ADULTS = "Erwachsene"
MAX_AGE = 120
_RANGE = re.compile(r"\b(\d{1,3})\s*[-–]\s*(\d{1,3})\s*(?:Jahre|Jahren|J\.)", re.IGNORECASE)


def stages(text: str) -> frozenset[str]:
    """The life stages ``text`` tells of its people (empty: it tells none)."""
    by_age: set[str] = set()
    for age in ages(text):
        by_age |= _stages_of(age, age)
    found = set(by_age)
    for word in set(key(text).split()):
        told = _person_words().get(word, frozenset())
        if not told & by_age:  # "Schülerin in der 10. Klasse": the class says which
            found |= told
    if _parent_self().search(key(text)):
        found.add(ADULTS)
    return frozenset(found | _told_in_other_languages(text))


@lru_cache(maxsize=1)
def _parent_self() -> re.Pattern[str]:
    """A speaker who tells themselves a parent: "ich bin Vater", "als alleinerziehende Mutter"."""
    before = _alternatives("self_before")
    return re.compile(rf"\b(?:{before})\s+(?:\w+\s+)?(?:{_alternatives('parent_self')})\b")


def _told_in_other_languages(text: str) -> set[str]:
    """The life stages a text in another language tells in its words (empty for German)."""
    lang = detect(text).language
    if lang == lexicon.DEFAULT_LANGUAGE or lang not in lexicon.other_languages():
        return set()
    folded = lexicon.fold_any(text)
    by_age: set[str] = set()
    for age in _other_ages(folded, lang):
        by_age |= _stages_of(age, age)
    found = set(by_age)
    for word in set(lexicon.loose_words(text)):
        told = _other_person_words(word, lang)
        if not told & by_age:  # "my son is in 7th grade, a pupil": the class says which
            found |= told
    return found


def _other_ages(folded: str, lang: str) -> list[int]:
    """Ages and school classes (as ages) that the language's patterns find in folded text."""
    shift = int(_section()["class_age"])
    found = [int(m.group("n")) for p in _other_patterns("age", lang) for m in p.finditer(folded)]
    classes = [m for p in _other_patterns("class", lang) for m in p.finditer(folded)]
    found += [int(m.group("n")) + shift for m in classes]
    return [age for age in found if 0 <= age <= MAX_AGE]


@lru_cache(maxsize=32)
def _other_patterns(name: str, lang: str) -> tuple[re.Pattern[str], ...]:
    """The ``age`` or ``class`` patterns of a language (their group ``n``: the number)."""
    return tuple(re.compile(str(raw)) for raw in _other_section(lang).get(name) or ())


@lru_cache(maxsize=16)
def _other_person_table(lang: str) -> tuple[dict[str, frozenset[str]], tuple[tuple[str, str], ...]]:
    """A language's words of a life stage, folded: whole words, and prefixes ("пенсионер*")."""
    whole: dict[str, set[str]] = {}
    prefixes: list[tuple[str, str]] = []
    for stage, entries in (_other_section(lang).get("person") or {}).items():
        for entry in entries or ():
            folded = lexicon.fold_any(str(entry))
            if folded.endswith("*"):
                prefixes.append((folded[:-1], str(stage)))
            else:
                whole.setdefault(folded, set()).add(str(stage))
    return {w: frozenset(s) for w, s in whole.items()}, tuple(prefixes)


def _other_person_words(word: str, lang: str) -> frozenset[str]:
    """The stages a folded word of another language tells ("emekliyim": Senioren)."""
    whole, prefixes = _other_person_table(lang)
    told = set(whole.get(word, frozenset()))
    told |= {stage for prefix, stage in prefixes if word.startswith(prefix)}
    return frozenset(told)


def _other_section(lang: str) -> dict[str, Any]:
    """The ``life_stages`` section of another language."""
    return lexicon.section(SECTION, lang)


@lru_cache(maxsize=1)
def _person_words() -> dict[str, frozenset[str]]:
    """Each word of a life stage and the stages it may tell ("schueler": children, youth)."""
    found: dict[str, set[str]] = {}
    for stage, entries in _section()["person"].items():
        for entry in entries or ():
            found.setdefault(str(entry), set()).add(str(stage))
    return {word: frozenset(told) for word, told in found.items()}


@lru_cache(maxsize=512)
def ages(text: str) -> tuple[int, ...]:
    """The ages ``text`` tells, in years: "bin 67", "ist 15", "15-Jähriger", "3. Klasse" (9)."""
    written = spell_without_umlauts(text)
    found = [
        _number(next(g for g in m.groups() if g))
        for pattern in _age_patterns()
        for m in pattern.finditer(written)
    ]
    found += [0 for _ in _month_pattern().finditer(written)]
    shift = int(_section()["class_age"])
    found += [n + shift for m in _class_pattern().finditer(written) if (n := _class(m.group("n")))]
    return tuple(a for a in found if a is not None and 0 <= a <= MAX_AGE)


@lru_cache(maxsize=256)
def for_every_age(title: str, goal: str) -> bool:
    """The page says the project is for every age ("für alle Altersgruppen")."""
    text = f" {key(title)} {key(goal)} "
    return any(word in text for word in _section()["every_age"])


def project_stages(title: str, goal: str) -> frozenset[str]:
    """The life stages a project is for, by the page's words (empty: every age, or none named)."""
    text = f" {key(title)} {key(goal)} "
    if for_every_age(title, goal):
        return frozenset()
    found: set[str] = set()
    for low, high in _age_ranges(f"{title} {goal}"):
        found |= _stages_of(low, high)
    for stage, entries in _section()["project"].items():
        for entry in (str(e) for e in entries or ()):
            pattern = rf"\b{re.escape(entry)}\b" if " " in entry else rf"\w*{re.escape(entry)}\w*"
            text, count = re.subn(pattern, " ", text)
            if count:
                found.add(str(stage))
    return frozenset(found)


def stage_names() -> frozenset[str]:
    """The life stages' names ("Kinder", "Senioren", ...; ``life_stages.ages``)."""
    return frozenset(_section()["ages"])


def _age_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of age the page gives: "(0–3 Jahre)" -> (0, 3)."""
    return [(int(m[1]), int(m[2])) for m in _RANGE.finditer(text)]


def _stages_of(low: int, high: int) -> set[str]:
    """The stages whose ages meet ``low``..``high``."""
    return {
        str(stage)
        for stage, (first, last) in _section()["ages"].items()
        if low <= int(last) and int(first) <= high
    }


@lru_cache(maxsize=1)
def _section() -> dict[str, Any]:
    return lexicon.section(SECTION, lexicon.DEFAULT_LANGUAGE)


@lru_cache(maxsize=1)
def _numbers() -> dict[str, int]:
    """Number words up to :data:`MAX_AGE` ("vierzig", "zweiundachtzig") and their value."""
    named = {lexicon.number_word(n): n for n in range(1, 100)}
    return {word: n for word, n in named.items() if word}


def _number(written: str) -> int | None:
    return int(written) if written.isdigit() else _numbers().get(written.lower())


def _class(written: str) -> int | None:
    if written.rstrip(".").isdigit():
        return int(written.rstrip("."))
    position = lexicon.ordinals().get(written.lower())
    return position if position and position > 0 else None


def _alternatives(name: str) -> str:
    """A word list of the section as regex alternatives, longest first ("jahr*" goes on)."""
    entries = sorted((str(w) for w in _section()[name]), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\*", r"\w*") for w in entries)


def _number_alternatives() -> str:
    words = "|".join(sorted(_numbers(), key=len, reverse=True))
    return rf"\d{{1,3}}|{words}"


@lru_cache(maxsize=1)
def _age_patterns() -> tuple[re.Pattern[str], ...]:
    """An age after "bin", "ist", "über" (not "sind drei Jungs": a noun follows); "-jährig".

    After a person ("ich", "mein vater 80") a time is no age: "war ich drei Jahre beim Amt".
    """
    number = _number_alternatives()
    return (
        re.compile(
            rf"\b(?i:{_alternatives('before_age')})\s+(?P<n>(?i:{number}))\b"
            rf"(?!\s*[-.]?\s*[A-Z])(?!\s+(?i:{_alternatives('count_words')}"
            rf"|{_alternatives('time_words')})\b)"
        ),
        re.compile(
            rf"\b(?i:{_alternatives('person_before_age')})\s+(?P<n>(?i:{number}))\b"
            rf"(?!\s*[-.]?\s*[A-IK-Z])(?!\s+(?i:{_alternatives('count_words')})\b)"
            rf"(?!\s+(?i:{_alternatives('time_words')})\b(?!\s+(?i:alt)\b))"  # "ich drei Jahre"
        ),
        re.compile(
            rf"(?i:\b(?P<n>{number})\s*-?\s*(?:{_alternatives('year_words')})\b)"
            rf"|(?i:\b(?P<m>{number})\s+jahren?\s+alt\b)"
        ),
    )


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern[str]:
    """A baby's age: "ist 8 Monate", "acht Wochen alt" (not "seit 8 Monaten")."""
    return re.compile(
        rf"(?i:\b(?:{_alternatives('before_age')})\s+(?:{_number_alternatives()})\s+"
        rf"(?:{_alternatives('month_words')})\b)"
        rf"|(?i:\b(?:{_number_alternatives()})\s+(?:{_alternatives('month_words')})\s+alt\b)"
    )


@lru_cache(maxsize=1)
def _class_pattern() -> re.Pattern[str]:
    """A school class: "in die 3. Klasse", "der zehnten Klasse"."""
    ordinal = "|".join(sorted(map(re.escape, lexicon.ordinals()), key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?P<n>\d{{1,2}}\.?|{ordinal})\s*(?:{_alternatives('class_words')})\b)"
    )
