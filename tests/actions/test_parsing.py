"""Reading what the citizen asked: ordinals, "mehr", details, corrections, safe echoes."""

from __future__ import annotations

import pytest

from actions.parsing import (
    DETAIL_EMAIL,
    DETAIL_PHONE,
    asked_details,
    asks_for_more,
    asks_membership,
    asks_which_division,
    correction_target,
    describes_one,
    echoable_place,
    is_correction,
    is_follow_up,
    loose_ordinal,
    ordinal,
    pauses,
    says_word_of,
)
from actions.turn import read_turn
from knowledge import KnowledgeBase
from tests.actions.conftest import tracker


@pytest.mark.parametrize(
    ("text", "expected"),
    [("der zweite", 2), ("Nummer 3", 3), ("das erste bitte", 1), ("den letzten", -1),
     ("die nummer drei bitte", 3), ("was ist das ziel", None),
     ("wer ist in hörde 2 mal zuständig gewesen", None),
     ("<script>alert(1)</script>", None), ("1 und 2", None)],
)  # fmt: skip
def test_ordinal(text: str, expected: int | None) -> None:
    assert ordinal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("zurück zu den Senioren: das erste", 1), ("Eving 2", None), ("Projekte in Nette", None)],
)
def test_loose_ordinal(text: str, expected: int | None) -> None:
    assert loose_ordinal(text) == expected


@pytest.mark.parametrize(
    "text", ["mehr", "Gibt es noch mehr?", "weitere Projekte", "zeig die nächsten",
             "habt ihr noch weitere?"]
)  # fmt: skip
def test_asks_for_more(text: str) -> None:
    assert asks_for_more(text)


@pytest.mark.parametrize(
    "text", ["mehr für Senioren", "Projekte in Nette", "", "mehr dazu über Sport"]
)
def test_is_a_new_search(text: str) -> None:
    assert not asks_for_more(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("und die Telefonnummer?", (DETAIL_PHONE,)), ("wie lautet die nummer?", (DETAIL_PHONE,)),
     ("Durchwahl bitte", (DETAIL_PHONE,)), ("und die mail?", (DETAIL_EMAIL,)),
     ("Name, Telefon und Mail bitte", ()), ("wer ist zuständig?", ()),
     ("Tel. bitte", (DETAIL_PHONE,)), ("Tell me about the Walkingbus", ())],
)  # fmt: skip
def test_asked_details(text: str, expected: tuple[str, ...]) -> None:
    assert asked_details(text, []) == expected


@pytest.mark.parametrize(
    "text", ["Gehört Brackel auch dazu?", "Ist Hörde ein Aktionsraum?", "Ist Aplerbeck dabei?"]
)
def test_membership_questions(text: str) -> None:
    assert asks_membership(text)


@pytest.mark.parametrize("text", ["Wer ist in Hörde zuständig?", "Projekte in Nette"])
def test_no_membership_question(text: str) -> None:
    assert not asks_membership(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [("ach nein, ich meinte Nette", "Nette"), ("nicht Hörde, sondern Hafen", "Hafen"),
     ("falsch, gemeint war Marten", "Marten")],
)  # fmt: skip
def test_correction_names_the_right_thing(text: str, target: str) -> None:
    assert is_correction(text) and correction_target(text) == target


def test_a_plain_question_is_no_correction() -> None:
    assert not is_correction("Wer ist in Hörde zuständig?")


@pytest.mark.parametrize(
    "text",
    ["Wie melde ich meine Tochter beim Walkingbus an?", "Kann ich meine Mutter da anmelden?"],
)
def test_ich_meine_before_a_person_of_ones_own_is_no_correction(text: str) -> None:
    assert not is_correction(text)


@pytest.mark.parametrize(
    "text", ["ich meine Hörde", "nein ich meine Frau Beispiel", "ach nein, ich meine Nette"]
)
def test_ich_meine_before_a_place_or_an_addressed_name_corrects(text: str) -> None:
    assert is_correction(text)


@pytest.mark.parametrize(
    "text",
    ["bin gleich zurück", "bin gleich wieder da", "moment, mein kind schreit", "es klingelt",
     "one sec, my baby is crying", "be right back", "Сейчас вернусь", "zaraz wracam"],
)  # fmt: skip
def test_a_moment_away_is_a_pause(text: str) -> None:
    assert pauses(text)


@pytest.mark.parametrize(
    "text", ["hmm, telefon?", "moment, telefon", "wait, my baby", "zurück", "back please",
             "mein kind weint ständig, was kann ich tun?"],
)  # fmt: skip
def test_words_of_a_scene_without_its_event_still_ask(text: str) -> None:
    assert not pauses(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [("Welcher Schwerpunkt kümmert sich um Jobs?", True), ("In welchem Bereich ist das?", True),
     ("Es gibt einen Bereich für Kinder, wie heißt der?", True),
     ("Welche Schwerpunkte hat der Plan?", False),
     ("Welche Projekte gibt es im Bereich Jugend?", False)],
)  # fmt: skip
def test_the_division_itself_is_asked(text: str, asked: bool) -> None:
    assert asks_which_division(text) is asked


@pytest.mark.parametrize(
    ("text", "more"),
    [("gibts noch was anderes?", True), ("А ще щось є?", True), ("başka bir şey var mı?", True),
     ("Има ли нещо друго?", True), ("noch was für Kinder?", False)],
)  # fmt: skip
def test_something_else_asks_for_more_in_every_language(text: str, more: bool) -> None:
    assert asks_for_more(text) is more


def test_only_plain_place_names_are_echoed() -> None:
    assert echoable_place("huckarde") == "Huckarde"
    assert echoable_place("Lütgendortmund") == "Lütgendortmund"
    for hostile in ["<img src=x onerror=alert(1)>", "a" * 100, "Robert'); DROP", "{{7*7}}"]:
        assert echoable_place(hostile) is None


def test_entity_values_drop_lone_articles(kb: KnowledgeBase) -> None:
    """The NLU sometimes tags "den" of "über den <title>" as a project of its own."""
    project = kb.projects()[3]
    pairs = [("project", "den"), ("project", project.title)]
    turn = read_turn(tracker(f"über den {project.title}", "project_detail", pairs), kb)
    assert turn.projects == (project,)


def test_a_button_payload_is_no_text_to_search(kb: KnowledgeBase) -> None:
    project = kb.projects()[0]
    payload = f'/project_detail{{"project":"#{project.number}"}}'
    turn = read_turn(tracker(payload, "project_detail", {"project": f"#{project.number}"}), kb)
    assert turn.payload and turn.text == "" and turn.projects == (project,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Was ist das Ziel davon?", True), ("mehr dazu", True), ("", True), ("Für wen ist das?", True),
     ("an wen richtet sich das?", True), ("was ist mit wambel", False),
     ("<script>alert(1)</script>", False), ("Sommerfest", False)],
)  # fmt: skip
def test_follow_up(text: str, expected: bool) -> None:
    assert is_follow_up(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("die Sache mit den Trainings gegen Gewalt, was genau wollen die?", True),
     ("Das Haus, in dem Arbeitslose wieder Fuß fassen sollen, wozu gibt es das?", True),
     ("Dieses Café für Eltern mit Babys, was machen die da?", True),
     ("Die Projekte mit dem Essen an Schulen, wozu sollen die gut sein?", False),
     ("Welche Angebote gibt es für Senioren und was ist ihr Ziel?", False),
     ("sohn 12, prügelt sich dauernd, was machen?", False),
     ("Mein Vater ist allein, was soll ich machen?", False),
     # "alle" or "welche" in the telling of one thing, a request to explain or tell about it
     ("Das Programm, das ein gesundes Essen für alle sichert, was ist das Ziel davon?", True),
     ("Erklär mir mal das Ding mit den Müttern, die Deutsch lernen.", True),
     ("eine Nachbarin hat mir von einem Sprachkurs erzählt", False),
     # the other languages, each with its own words for one and for several projects
     ("that café where young parents meet their babies' friends, who is it for?", True),
     ("What projects are there for kids and what are their goals?", False),
     ("Gençlerin çalıştığı o restoran, kimler için?", True),
     ("Gençler için hangi projeler var, amaçları ne?", False),
     ("Проект с наставниками для учеников, какая у него цель?", True),
     ("Какие проекты есть для детей и какая у них цель?", False),
     ("Projekt, gdzie wolontariusze pomagają sąsiadom – dla kogo to jest?", True),
     ("Jakie projekty są dla dzieci i jaki jest ich cel?", False)],
)  # fmt: skip
def test_a_question_about_one_project_told_by_what_it_does(text: str, expected: bool) -> None:
    assert describes_one(text) is expected


@pytest.mark.parametrize(
    ("text", "narrows"),
    [("also gibt es in Eving was?", False), ("also wer ist in Hörde zuständig", False),
     ("und in eving auch?", True), ("Is there something in Eving too?", True),
     ("those also?", True)],
)  # fmt: skip
def test_narrowing_words_are_read_in_the_message_language(text: str, narrows: bool) -> None:
    """The German filler "also" is no English "also": a German message narrows by German words."""
    assert says_word_of("narrowing_words", text) is narrows
