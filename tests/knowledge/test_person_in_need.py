"""Whom a message names as the one it asks for, in each language (knowledge.person_in_need)."""

from __future__ import annotations

import pytest

from knowledge.person_in_need import person_in_need


@pytest.mark.parametrize(
    ("text", "stages", "groups"),
    [
        ("nein, für meine Tochter, die ist 7", {"Kinder"}, set()),
        ("eigentlich für meine Nachbarin, die ist 80", {"Senioren"}, set()),
        ("ne, für meinen Kleinen, der ist erst 2", {"Kleinkinder"}, set()),
        ("und für meine Frau?", set(), {"Frauen"}),
        ("actually it's for my grandmother, she is 78", {"Senioren"}, set()),
        ("hayır, oğlum için, 16 yaşında", {"Jugendliche"}, set()),
        ("нет, для моей дочери, у неё малыш, ему год", {"Kleinkinder"}, set()),
        ("ні, це для моєї доньки, їй 20 років", {"Jugendliche"}, set()),
        ("przepraszam, chodzi o mojego syna, ma 14 lat", {"Jugendliche"}, set()),
        ("لا، لزوجتي، هي أم لطفلين", set(), {"Frauen"}),
        ("nu, pentru fratele meu, are 17 ani", {"Jugendliche"}, set()),
        ("не, за жена ми", set(), {"Frauen"}),
    ],
)
def test_a_person_alone_is_read(text: str, stages: set[str], groups: set[str]) -> None:
    found = person_in_need(text)
    assert found is not None, text
    assert (set(found.stages), set(found.groups)) == (stages, groups)


@pytest.mark.parametrize(
    "text",
    [
        "nicht für mich, für meine Mutter. Sie braucht Hilfe beim Einkaufen",  # a need of its own
        "und für seine Mutter? die ist auch seit Jahren arbeitslos",
        "nicht für mich, für meine Mutter",  # whom, the words do not tell
        "ich meinte eigentlich was in Nette",
        "das zweite",
        "was kostet das?",
    ],
)
def test_a_need_or_no_person_is_not(text: str) -> None:
    assert person_in_need(text) is None
