"""Reading what the citizen asked: ordinals, "mehr", safe echoes."""

from __future__ import annotations

import pytest

from actions.parsing import asks_for_more, echoable_place, ordinal


@pytest.mark.parametrize(
    ("text", "expected"),
    [("der zweite", 2), ("Nummer 3", 3), ("das erste bitte", 1), ("den letzten", -1),
     ("was ist das ziel", None), ("wer ist in hörde 2 mal zuständig gewesen", None),
     ("<script>alert(1)</script>", None), ("1 und 2", None)],
)  # fmt: skip
def test_ordinal(text: str, expected: int | None) -> None:
    assert ordinal(text) == expected


@pytest.mark.parametrize(
    "text", ["mehr", "Gibt es noch mehr?", "weitere Projekte", "zeig die nächsten"]
)
def test_asks_for_more(text: str) -> None:
    assert asks_for_more(text)


@pytest.mark.parametrize(
    "text", ["mehr für Senioren", "Projekte in Nette", "", "mehr dazu über Sport"]
)
def test_is_a_new_search(text: str) -> None:
    assert not asks_for_more(text)


def test_only_plain_place_names_are_echoed() -> None:
    assert echoable_place("huckarde") == "Huckarde"
    assert echoable_place("Lütgendortmund") == "Lütgendortmund"
    for hostile in ["<img src=x onerror=alert(1)>", "a" * 100, "Robert'); DROP", "{{7*7}}"]:
        assert echoable_place(hostile) is None


def test_entity_values_drop_lone_articles() -> None:
    from actions.parsing import entity_values
    from tests.actions.conftest import tracker

    pairs = [("project", "den"), ("project", "Sommerfest"), ("district", "Ort")]
    found = tracker("über den Sommerfest", "project_detail", pairs)
    assert entity_values(found, "project") == ["Sommerfest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Was ist das Ziel davon?", True), ("mehr dazu", True), ("", True), ("Für wen ist das?", True),
     ("was ist mit wambel", False), ("<script>alert(1)</script>", False), ("Sommerfest", False)],
)  # fmt: skip
def test_follow_up(text: str, expected: bool) -> None:
    from actions.parsing import is_follow_up

    assert is_follow_up(text) is expected
