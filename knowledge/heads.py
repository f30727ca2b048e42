"""Whether the thing a question asks for is in the plan at all, not only its group.

"Gibt es Schachkurse für Senioren?" names a group the plan serves, but the
thing asked for ("Schachkurse") is nowhere in it: a "Ja" with the projects for
older people would be a confident wrong answer. A thing fits when the page has
the word (also inside one of its compounds: "Sprachkurse", "Schuldner" of
"Schuldnerberatung"), when the thesaurus leads to a page word, or when the
ranking finds a project for it alone ("Streetworker"). A compound whose last
part alone is on the page fits only when its first part does too:
"Rechtsberatung" and "Schwangerschaftsberatung" are no "Sozialberatung",
"Tanzschule" is no "Grundschule". A first part that names a group asks for the
last part: "Kinderarzt" is a doctor, "Seniorentreff" a meeting place. Words of
the language only; facts come from the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lexicon
from knowledge.knowledge_base import KnowledgeBase
from knowledge.page_words import vocabulary
from knowledge.records import Project
from knowledge.situations import situations
from knowledge.text import fold, is_german_word
from knowledge.thesaurus import expansions

__all__ = ["split_compound", "thing_fits", "told_in_situations"]

MIN_PART = 4  # letters of a compound's first part: "Tanz", "Reit" ("Not|dienst" is read whole)
MIN_BASE = 4  # letters of its last part: "kurs", "amme"
MIN_INSIDE = 6  # a word this long is looked for inside the page's compounds
LINKS = ("es", "en", "s", "n", "e")  # linking letters: "Schwangerschafts|beratung"
INFLECTION = 2  # letters a thing may have beyond a situation's word: "Azubis" of "Azubi"
_LETTERS = re.compile(r"[^\W\d_]+")


def thing_fits(kb: KnowledgeBase, term: str) -> bool:
    """Whether the plan has the thing a folded noun names (see the module docstring)."""
    if _on_page(term) or term in expansions():
        return True
    parts = split_compound(term)
    if parts is None:
        return bool(kb.rank_projects(term).hits)
    first, base = parts
    if kb.target_group(first) is not None:  # "Kinder|arzt": the group is no thing, the base is
        return _fits(kb, base)
    raw = term[: len(term) - len(base)]  # "drogen|probleme": with its linking letters too
    if not (_fits(kb, first) or (raw != first and _fits(kb, raw))):
        return False
    # "Schul|bibliothek" is a library: a last part the plan lacks is the thing asked, unless
    # it names no thing of its own ("Drogen|probleme") or the whole word fits a project
    if _fits(kb, base) or base in lexicon.words("vague_things"):
        return True
    return bool(kb.rank_projects(term).hits)  # "Schulden|falle": the whole word still fits


def told_in_situations(kb: KnowledgeBase, term: str) -> bool:
    """Whether a citizen's word for the thing is in the situations told for the projects.

    The page says "Ausbildungsplatzakquise", the situations written for that project
    say "Lehrstelle"; "Mittagessen", "Azubis" and "Paten" are told there too, while
    "Hebamme", "Ferienlager" or "Suppenküche" are told for no project
    (:mod:`knowledge.situations`). A folded noun is found as a word, the beginning of
    one, inside a long one, or inflected (:data:`INFLECTION`).
    """
    if len(term) < MIN_BASE:
        return False
    inside = len(term) >= MIN_INSIDE
    return any(
        word.startswith(term)
        or (inside and term in word)
        or (len(word) >= MIN_PART + 1 and term.startswith(word)
            and len(term) - len(word) <= INFLECTION)
        for word in _situation_words(kb.projects())
    )  # fmt: skip


@lru_cache(maxsize=4)
def _situation_words(projects: tuple[Project, ...]) -> frozenset[str]:
    """The folded words of the German situations told for the page's projects."""
    return frozenset(
        fold(word)
        for told in situations(projects)
        if not told.language
        for word in _LETTERS.findall(told.text)
    )


def _fits(kb: KnowledgeBase, part: str) -> bool:
    return _on_page(part) or part in expansions() or bool(kb.rank_projects(part).hits)


def split_compound(term: str) -> tuple[str, str] | None:
    """A compound's first part and last part, both German words: "tanzschule" -> tanz, schule.

    The shortest first part wins ("schwangerschafts|beratung"); linking letters
    are dropped. None for a word that is no such compound ("ganztagsschule" is
    read whole when the word list lacks a part).
    """
    for cut in range(MIN_PART, len(term) - MIN_BASE + 1):
        first, base = term[:cut], term[cut:]
        if not is_german_word(base):
            continue
        for link in (*LINKS, ""):  # "schwangerschafts": without its linking "s" first
            stem = first[: -len(link)] if link and first.endswith(link) else first
            if link and stem == first:
                continue
            if len(stem) >= MIN_PART and is_german_word(stem):
                return stem, base
    return None


def _on_page(term: str) -> bool:
    """The page has the word, or a word beginning with it ("schuldner" -> "Schuldnerberatung")."""
    nouns = _page_nouns()
    if term in nouns:
        return True
    if len(term) < MIN_PART + 1:
        return False
    inside = len(term) >= MIN_INSIDE
    return any(noun.startswith(term) or (inside and term in noun) for noun in nouns)


def _page_nouns() -> frozenset[str]:
    """Folded nouns and names of the page (:func:`knowledge.page_words.vocabulary`)."""
    return _folded(vocabulary().strong)


@lru_cache(maxsize=1)
def _folded(words: frozenset[str]) -> frozenset[str]:
    """The words folded, once per version of the page (a frozenset keeps its hash)."""
    return frozenset(fold(word) for word in words)
