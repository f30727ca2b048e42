"""knowledge.heads: whether the thing a question asks for is in the plan, not only its group."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.heads import split_compound, thing_fits, told_in_situations
from knowledge.situations import situations
from knowledge.text import is_noun, terms


def test_a_compound_splits_into_its_first_and_last_part() -> None:
    assert split_compound("schwangerschaftsberatung") == ("schwangerschaft", "beratung")
    assert split_compound("tanzschule") == ("tanz", "schule")
    assert split_compound("computer") is None


def test_every_noun_of_a_project_title_is_a_thing_the_plan_has(kb: KnowledgeBase) -> None:
    nouns = {max(terms(word), key=len) for p in kb.projects() for word in p.title.split()
             if word[:1].isupper() and len(word) > 5 and terms(word)}  # fmt: skip
    assert nouns
    assert [noun for noun in nouns if not thing_fits(kb, noun)] == []


@pytest.mark.parametrize(
    "thing",
    [
        "schachkurse",
        "rechtsberatung",
        "hundetraining",
        "tanzschule",
        "kinderarzt",
        "sprachreise",
        "sportschuhe",
    ],  # fmt: skip
)
def test_a_thing_the_plan_lacks_does_not_fit_by_its_group_or_last_part(
    kb: KnowledgeBase, thing: str
) -> None:
    assert not thing_fits(kb, thing)


@pytest.mark.parametrize("thing", ["drogenprobleme", "schuldenprobleme"])
def test_a_compound_whose_last_part_names_no_thing_fits_by_its_first(
    kb: KnowledgeBase, thing: str
) -> None:
    """ "Sport|schuhe" asks for shoes; "Drogen|probleme" for help with drugs."""
    assert thing_fits(kb, thing)


@pytest.mark.parametrize(
    "word", ["schachkurse", "kita", "wohnung", "strickkreis", "tierarztpraxis", "Tanzschule"]
)
def test_a_noun_typed_in_lower_case_is_read_as_a_noun(word: str) -> None:
    assert is_noun(word)


@pytest.mark.parametrize("word", ["laden", "essen", "suche", "brauche", "riesige", "wo", "gibts"])
def test_a_verb_an_adjective_or_a_small_word_in_lower_case_is_no_noun(word: str) -> None:
    assert not is_noun(word)


def test_a_noun_of_a_projects_situations_is_told_also_inflected(kb: KnowledgeBase) -> None:
    """The situations say what citizens call a project's offer ("Lehrstelle", "Azubi")."""
    told = situations(kb.projects())
    nouns = [w for t in told for w in t.text.split() if w.istitle() and w.isalpha() and len(w) > 6]
    assert nouns, "the situations name things"
    word = nouns[0].lower()
    assert told_in_situations(kb, word)
    assert told_in_situations(kb, word + "s")  # "Azubis" of "Azubi"


@pytest.mark.parametrize("thing", ["hebamme", "ferienlager", "suppenkueche", "umzugshelfer"])
def test_a_thing_no_situation_tells_is_not_told(kb: KnowledgeBase, thing: str) -> None:
    assert not told_in_situations(kb, thing)
