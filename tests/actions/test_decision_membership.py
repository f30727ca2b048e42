"""Short membership questions and corrections in the nine languages, whatever the NLU says.

Each row: the message, the focus before it (notation of ``test_decision_table``),
the answer kind, the referent and "yes"/"no". The sentences are the team's own,
written for personas (a pensioner moving to Marten, a student in the Nordstadt,
a Turkish-speaking mother in Hörde, a Polish worker in Eving, ...). Every row is
read under one of the intents the NLU gives such messages, in turn: the decision
must not depend on it.
"""

from __future__ import annotations

import pytest

from actions.decision import Decision, Kind, decide
from actions.focus import Focus
from actions.parsing import asks_membership, correction_target, is_correction
from actions.turn import read_text
from tests.actions.test_decision_table import Notation

K = Kind
INTENTS = ("district_list", "district_contact", "inform", "nlu_fallback", "project_search",
           "topic_overview")  # fmt: skip
# fmt: off
ROWS: dict[str, list[tuple[str, str, Kind, str, str]]] = {
    "de": [
        ("Wickede auch mit im Programm?", "", K.MEMBER, "Wickede", "yes"),
        ("Marten – Aktionsraum oder nicht?", "", K.MEMBER, "Marten", "yes"),
        ("Zählt Brackel dazu?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Lütgendortmund dabei oder nicht?", "", K.NOT_A_PLACE, "?Lütgendortmund", "no"),
        ("Eving im Plan?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch, ja oder nein", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Nette ein Aktionsgebiet?", "", K.MEMBER, "Nette", "yes"),
        ("Kirchlinde auch?", "", K.NOT_A_PLACE, "?Kirchlinde", "no"),
        ("Hafen auch?", "places:Hörde", K.MEMBER, "Hafen", "yes"),
        ("und was ist mit Husen?", "member:Hörde", K.NOT_A_PLACE, "?Husen", "no"),
        ("Borsigplatz gehört dazu, oder?", "", K.MEMBER, "Borsigplatz", "yes"),
        ("Wir ziehen nach Wambel, ist das eins der Gebiete?", "", K.NOT_A_PLACE, "?Wambel", "no"),
        ("Dorstfeld wirklich dabei?", "", K.MEMBER, "Dorstfeld", "yes"),
        ("Westerfilde mit drin oder nicht?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Wie sieht es mit Asseln aus, dabei?", "", K.NOT_A_PLACE, "?Asseln", "no"),
        ("nee, nicht Wickede – Wambel", "places:Wickede", K.NOT_A_PLACE, "?Wambel", ""),
        ("ach quatsch, Marten meinte ich", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("falsch, ich lebe in Huckarde", "places:Nette", K.NOT_A_PLACE, "?Huckarde", ""),
        ("Korrektur: Nordmarkt statt Hafen", "places:Hafen", K.PLACE_CONTACT, "Nordmarkt", ""),
        ("nein, nicht Hörde, ich meinte Brackel", "member:Hörde", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Nette, nicht Marten", "member:Marten", K.MEMBER, "Nette", "yes"),
    ],
    "en": [
        ("Is Marten part of the plan?", "", K.MEMBER, "Marten", "yes"),
        ("does wickede belong to the programme", "", K.MEMBER, "Wickede", "yes"),
        ("Hombruch included or not?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Is Nette one of the action areas?", "", K.MEMBER, "Nette", "yes"),
        ("Brackel covered?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("My gran lives in Eving - is it in the programme?", "", K.MEMBER, "Eving", "yes"),
        ("Is Aplerbeck on the list?", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen too?", "", K.MEMBER, "Hafen", "yes"),
        ("and Kirchlinde?", "member:Hörde", K.NOT_A_PLACE, "?Kirchlinde", "no"),
        ("what about Borsigplatz?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Does Derne count as an action area?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Huckarde - yes or no?", "", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("Westerfilde, is that included?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Are Scharnhorst and Marten both included?", "", K.MEMBER, "Scharnhorst, Marten", "yes"),
        ("sorry, I meant Nette", "places:Hörde", K.PLACE_CONTACT, "Nette", ""),
        ("not Hafen, Wambel", "member:Hafen", K.NOT_A_PLACE, "?Wambel", "no"),
        ("wrong one, I live in Kurl", "places:Marten", K.NOT_A_PLACE, "?Kurl", ""),
    ],
    "tr": [
        ("Marten de dahil mi?", "", K.MEMBER, "Marten", "yes"),
        ("Brackel dahil mi", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Wickede programda mı?", "", K.MEMBER, "Wickede", "yes"),
        ("Eving planın içinde mi?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch eylem bölgesi mi?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Annem Nette'de oturuyor, orası da dahil mi?", "", K.MEMBER, "Nette", "yes"),
        ("Aplerbeck planda var mi", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen de mi?", "", K.MEMBER, "Hafen", "yes"),
        ("peki Huckarde?", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("Borsigplatz ya?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Derne bu bölgelerden biri mi?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde dahil mi degil mi", "", K.MEMBER, "Westerfilde", "yes"),
        ("Scharnhorst programa dahil mi?", "", K.MEMBER, "Scharnhorst", "yes"),
        ("Hörde değil, Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("pardon, Nette'yi kastettim", "places:Hafen", K.PLACE_CONTACT, "Nette", ""),
        ("yanlış, Wambel'de oturuyorum", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
    "ar": [
        ("هل Marten ضمن البرنامج؟", "", K.MEMBER, "Marten", "yes"),
        ("Brackel ضمن الخطة؟", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("هل Wickede من مناطق العمل؟", "", K.MEMBER, "Wickede", "yes"),
        ("هل Eving داخل الخطة؟", "", K.MEMBER, "Eving", "yes"),
        ("هل Hombruch منطقة عمل؟", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("أسكن في Nette، هل هي ضمن الخطة؟", "", K.MEMBER, "Nette", "yes"),
        ("هل Aplerbeck مشمولة في البرنامج؟", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen أيضا؟", "", K.MEMBER, "Hafen", "yes"),
        ("و Huckarde؟", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("ماذا عن Borsigplatz؟", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("هل Derne جزء من الخطة؟", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde تابعة للبرنامج؟", "", K.MEMBER, "Westerfilde", "yes"),
        ("هل Scharnhorst من المناطق؟ نعم أم لا", "", K.MEMBER, "Scharnhorst", "yes"),
        ("عذرا، قصدت Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("لا، أقصد Wambel", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
    "pl": [
        ("Czy Marten należy do programu?", "", K.MEMBER, "Marten", "yes"),
        ("Brackel nalezy do planu?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Wickede jest w programie?", "", K.MEMBER, "Wickede", "yes"),
        ("Czy Eving to obszar działania?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch jest objęty planem?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Mieszkam w Nette, czy to część programu?", "", K.MEMBER, "Nette", "yes"),
        ("Aplerbeck wchodzi do planu?", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen też?", "", K.MEMBER, "Hafen", "yes"),
        ("a Huckarde?", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("a co z Borsigplatz?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Czy Derne jest uwzględnione w planie?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde nalezy czy nie?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Czy Scharnhorst zalicza się do obszarów?", "", K.MEMBER, "Scharnhorst", "yes"),
        ("nie Hörde, tylko Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("przepraszam, chodziło mi o Wambel", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
    "ro": [
        ("Marten face parte din program?", "", K.MEMBER, "Marten", "yes"),
        ("Brackel este inclus în plan?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Wickede e inclusa?", "", K.MEMBER, "Wickede", "yes"),
        ("Este Eving o zonă de acțiune?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch face parte?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Locuiesc în Nette, este și ea în program?", "", K.MEMBER, "Nette", "yes"),
        ("Aplerbeck aparține planului?", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen de asemenea?", "", K.MEMBER, "Hafen", "yes"),
        ("și Huckarde?", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("ce zici de Borsigplatz?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Derne este una dintre zone?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde da sau nu?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Scharnhorst e cuprins în plan?", "", K.MEMBER, "Scharnhorst", "yes"),
        ("nu Hörde, ci Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("scuze, mă refeream la Wambel", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
    "bg": [
        ("Marten влиза ли в програмата?", "", K.MEMBER, "Marten", "yes"),
        ("Brackel включен ли е в плана?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Wickede част ли е от програмата?", "", K.MEMBER, "Wickede", "yes"),
        ("Eving район за действие ли е?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch участва ли?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Живея в Nette, тя в плана ли е?", "", K.MEMBER, "Nette", "yes"),
        ("Aplerbeck обхванат ли е?", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen също ли?", "", K.MEMBER, "Hafen", "yes"),
        ("а Huckarde?", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("ами Borsigplatz?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Derne включва ли се?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde да или не?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Scharnhorst влиза ли?", "", K.MEMBER, "Scharnhorst", "yes"),
        ("не Hörde, а Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("извинете, имах предвид Wambel", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
    "uk": [
        ("Marten входить до програми?", "", K.MEMBER, "Marten", "yes"),
        ("Чи належить Brackel до плану?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Wickede є частиною плану?", "", K.MEMBER, "Wickede", "yes"),
        ("Чи Eving зона дії?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch бере участь?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Я живу в Nette, вона входить у програму?", "", K.MEMBER, "Nette", "yes"),
        ("Aplerbeck включено?", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen теж?", "", K.MEMBER, "Hafen", "yes"),
        ("а Huckarde?", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("а як щодо Borsigplatz?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Derne у списку?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde так чи ні?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Scharnhorst також?", "", K.MEMBER, "Scharnhorst", "yes"),
        ("а Marten?", "", K.MEMBER, "Marten", "yes"),
        ("не Hörde, а Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("вибачте, я мав на увазі Wambel", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
    "ru": [
        ("Marten входит в программу?", "", K.MEMBER, "Marten", "yes"),
        ("Brackel является частью плана?", "", K.NOT_A_PLACE, "?Brackel", "no"),
        ("Wickede участвует в программе?", "", K.MEMBER, "Wickede", "yes"),
        ("Eving это зона действия?", "", K.MEMBER, "Eving", "yes"),
        ("Hombruch относится к плану?", "", K.NOT_A_PLACE, "?Hombruch", "no"),
        ("Я живу в Nette, она входит в план?", "", K.MEMBER, "Nette", "yes"),
        ("Aplerbeck включен?", "", K.NOT_A_PLACE, "?Aplerbeck", "no"),
        ("Hafen тоже?", "", K.MEMBER, "Hafen", "yes"),
        ("а Huckarde?", "member:Hörde", K.NOT_A_PLACE, "?Huckarde", "no"),
        ("а как насчет Borsigplatz?", "member:Hafen", K.MEMBER, "Borsigplatz", "yes"),
        ("Derne в списке?", "", K.NOT_A_PLACE, "?Derne", "no"),
        ("Westerfilde да или нет?", "", K.MEMBER, "Westerfilde", "yes"),
        ("Scharnhorst также?", "", K.MEMBER, "Scharnhorst", "yes"),
        ("и Kurl?", "", K.NOT_A_PLACE, "?Kurl", "no"),
        ("не Hörde, а Marten", "places:Hörde", K.PLACE_CONTACT, "Marten", ""),
        ("нет, я имела в виду Wambel", "member:Nette", K.NOT_A_PLACE, "?Wambel", "no"),
    ],
}
# Questions with a place and a membership-like word that ask something else.
NOT_MEMBERSHIP = [
    "Welche Projekte gibt es im Aktionsraum Eving?", "Telefonnummer vom Aktionsraum Nette",
    "Wer ist in Hörde dabei zuständig?", "Who is the contact for the Hafen action area?",
    "Hörde'de hangi projeler var?", "Какие проекты входят в программу в Hörde?",
    "Jakie projekty są w planie dla Eving?", "Кой е контактът за Marten в плана?",
    "Cine este persoana de contact pentru Nette din program?", "ما هي مشاريع الخطة في Hörde؟",
]
# fmt: on
CASES = [(lang, *row) for lang, rows in ROWS.items() for row in rows]


@pytest.fixture(scope="module")
def resolve(kb):  # type: ignore[no-untyped-def]
    """The decision table's notation."""
    return Notation(kb)


@pytest.mark.parametrize(
    ("lang", "text", "focus_spec", "kind", "referent", "answer"),
    CASES,
    ids=[f"{c[0]}:{c[1][:40]}|{c[2]}" for c in CASES],
)
def test_membership_and_corrections(
    lang: str, text: str, focus_spec: str, kind: Kind, referent: str, answer: str,
    resolve: Notation,
) -> None:  # fmt: skip
    intent = INTENTS[CASES.index((lang, text, focus_spec, kind, referent, answer)) % len(INTENTS)]
    focus = resolve.focus(focus_spec)
    decision: Decision = decide(read_text(resolve.kb, text, intent=intent), focus, resolve.kb)
    assert decision.kind is kind, f"{text!r} ({intent}): {decision.kind} by {decision.rule}"
    assert decision.referent == resolve.referent(referent, focus), text
    if answer:
        assert decision.answer == answer, text


def test_every_language_has_rows_enough() -> None:
    assert set(ROWS) == {"de", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru"}
    assert all(len(rows) >= 15 for rows in ROWS.values())


@pytest.mark.parametrize("text", NOT_MEMBERSHIP)
def test_a_question_for_something_else_is_no_membership_question(text: str) -> None:
    assert not asks_membership(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [("nicht hörde, sondern brackel", "brackel"), ("Nette meinte ich, nicht Marten", "Nette"),
     ("oops, I meant Hafen not Hörde", "Hafen"), ("Nette değil, Marten", "Marten"),
     ("нет, я имел в виду Hafen", "Hafen"), ("nu Nette, ci Hafen", "Hafen")],
)  # fmt: skip
def test_the_corrected_thing_is_read_in_every_language(text: str, target: str) -> None:
    assert is_correction(text) and correction_target(text) == target


def test_a_negated_question_is_no_correction() -> None:
    assert not is_correction("Ist Brackel nicht dabei?")
    assert not is_correction("Hörde dahil değil mi?")


@pytest.mark.parametrize(
    ("text", "kind", "referent", "answer"),
    [("Aktionsräume: Marten?", K.MEMBER, "Marten", "yes"), ("Kurl?", K.NOT_A_PLACE, "?Kurl", "no"),
     ("Hafen", K.MEMBER, "Hafen", "yes")],
)  # fmt: skip
def test_the_list_asked_with_one_place_asks_whether_it_is_on_it(
    text: str, kind: Kind, referent: str, answer: str, resolve: Notation
) -> None:
    """The NLU reads "the list of areas"; with a place named, the question is yes or no."""
    decision = decide(read_text(resolve.kb, text, intent="district_list"), Focus(), resolve.kb)
    assert (decision.kind, decision.answer) == (kind, answer), decision.rule
    assert decision.referent == resolve.referent(referent, Focus())


def test_a_negation_with_nothing_right_named_is_no_correction() -> None:
    assert not is_correction("Nicht mehr aktuell, oder?")
