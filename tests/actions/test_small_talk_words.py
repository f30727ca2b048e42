"""Thanks alone, a human asked for and "show them", read in every language (session 13).

A need told with the same words is none of them: "mit anderen Menschen Deutsch
sprechen" asks for a language offer, not for the Projektbüro.
"""

from __future__ import annotations

import pytest

from actions import parsing


@pytest.mark.parametrize(
    ("text", "human"),
    [
        ("bist du ein mensch? ich will mit nem echten menschen reden", True),
        ("i want to talk to a real human", True),
        ("gerçek bir insanla konuşmak istiyorum", True),
        ("Chcę porozmawiać z prawdziwym człowiekiem", True),
        ("أريد أن أتكلم مع إنسان حقيقي", True),
        ("vreau să vorbesc cu un om real", True),
        ("искам да говоря с жив човек", True),
        ("хочу поговорити з живою людиною", True),
        ("хочу поговорить с живым человеком", True),
        ("Wo kann ich mit anderen Menschen Deutsch sprechen?", False),
        ("meine oma möchte mit menschen reden, sie ist einsam", False),
        ("Gibt es was für ältere Menschen?", False),
    ],
)
def test_a_human_asked_for(text: str, human: bool) -> None:
    assert parsing.asks_for_a_human(text) is human


@pytest.mark.parametrize(
    ("text", "thanks"),
    [
        ("sağol evladım", True),
        ("vielen dank, sehr nett", True),
        ("thanks a lot, mate", True),
        ("спасибо большое", True),
        ("danke, und wer ist in Eving zuständig?", False),
        ("Dank der Stadt gibt es hier was für Kinder?", False),
    ],
)
def test_nothing_but_thanks(text: str, thanks: bool) -> None:
    assert parsing.only_thanks(text) is thanks


@pytest.mark.parametrize(
    ("text", "show"),
    [("zeig die mal", True), ("show me them", True), ("покажите их", True),
     ("zeig mir Projekte für Senioren", False)],
)  # fmt: skip
def test_show_the_list(text: str, show: bool) -> None:
    assert parsing.shows_the_list(text) is show
