"""Conversations that go on from what was just shown: its place, its project, its list.

Each is a persona's, in the notation of ``test_follow_ups_languages`` (a start focus,
then turns with the NLU's intent, often a misreading, and what the answer must be).
Besides its expectations these are checked here, against the knowledge base:

- "place_contact": the people on site for the places in focus, nobody else's number;
- "project_contact": the contact of the project in focus (its places', else the Projektbüro);
- "report": the social report's people, since the message names the report;
- "topic:N": the projects of Schwerpunkt N, its name shown;
- "places_list": the list of all Aktionsräume, which a later ordinal picks from;
- "serves:yes|no": whether the person on site for the places in focus serves the place named;
- "person": the areas of the person in focus;
- "titled:word": the one project of the list before whose title has the word;
- "ask_place": the bot asks which place is meant (nobody's number);
- "places:Eving": the people on site for the places named;
- "from:Kinder:2": the 2nd project of the list a search for that word gives, that list kept;
- "aside": a short word, the focus unchanged;
- "apology": an apology for one's German answered "no problem", the focus unchanged;
- "remark": a remark about one's day noted ("Alles klar"), the focus unchanged;
- "thanked": thanks with a remark beside them: "Gern geschehen", the focus unchanged.
- "listed": a list of projects shown;
- "office": the Projektbüro's people, nobody else's number.
"""

from __future__ import annotations

import re

import pytest

from actions.focus import Focus, ListKind, ListQuery, Subject
from knowledge import KnowledgeBase
from knowledge.records import Role
from knowledge.text import key
from tests.actions.conftest import Reply, ask
from tests.actions.test_decision_table import Notation
from tests.actions.test_follow_ups_languages import _check as check_follow_up
from tests.actions.test_follow_ups_languages import _contacts

Turn = tuple[str, str, str]  # text, the NLU's intent, expectation
# fmt: off
CONVERSATIONS: dict[str, tuple[str, list[Turn]]] = {
    # --- who is responsible there, after a place; the NLU reads the report or the office ---
    # A Polish-speaking mother in Dorstfeld.
    "pl-mother-dorstfeld": ("member:Dorstfelder Brücke", [
        ("kto tam jest odpowiedzialny?", "social_report", "place_contact"),
        ("i numer telefonu?", "district_contact", "phone"),
    ]),
    "pl-thanks-first": ("member:Nette", [
        ("dziękuję! a kto tam jest odpowiedzialny?", "thank", "place_contact"),
    ]),
    # A Turkish-speaking father in Marten.
    "tr-father-marten": ("member:Marten", [
        ("orada kim sorumlu?", "social_report", "place_contact"),
        ("telefon numarası?", "nlu_fallback", "phone"),
    ]),
    "en-student-hoerde": ("member:Hörde", [
        ("who is responsible there?", "social_report", "place_contact"),
        ("and the email?", "project_office_contact", "email"),
    ]),
    "ar-father-nordmarkt": ("places:Nordmarkt", [
        ("من المسؤول هناك؟", "project_office_contact", "place_contact"),
    ]),
    "ro-builder-wickede": ("member:Wickede", [
        ("cine este responsabil acolo?", "nlu_fallback", "place_contact"),
        ("și numărul de telefon?", "social_report", "phone"),
    ]),
    "bg-woman-eving": ("member:Eving", [
        ("кой отговаря там?", "social_report", "place_contact"),
    ]),
    "uk-pensioner-scharnhorst": ("member:Alt-Scharnhorst", [
        ("хто там відповідальний?", "project_office_contact", "place_contact"),
    ]),
    "ru-grandmother-westerfilde": ("member:Westerfilde", [
        ("кто там отвечает?", "social_report", "place_contact"),
        ("а электронная почта?", "nlu_fallback", "email"),
    ]),
    # A pensioner who names the report on purpose: the report's people.
    "de-pensioner-report": ("member:Hörde", [
        ("und wer ist beim Sozialbericht zuständig?", "social_report", "report"),
    ]),
    # "er" after a place is its person on site: does he serve another place, which ones?
    "de-pensioner-pronoun": ("member:Wickede", [
        ("Ist er auch für Nette zuständig?", "district_contact", "serves:no"),
        ("Welche Gebiete betreut er alle?", "district_list", "person"),
    ]),
    "de-neighbour-pronoun": ("places:Hafen", [
        ("Ist sie auch für Nordmarkt zuständig?", "district_contact", "serves:yes"),
    ]),
    # --- a project in focus: its contact, then back to the project --------------------------
    "tr-father-walkingbus": ("project:~Walkingbus", [
        ("kim sorumlu?", "district_contact", "project_contact"),
        ("hedefi ne?", "nlu_fallback", "same"),
        ("kimler için?", "nlu_fallback", "same"),
    ]),
    "pl-mother-list": ("list:Kinder", [
        ("trzeci", "nlu_fallback", "pick:3"),
        ("kto jest za to odpowiedzialny?", "social_report", "project_contact"),
        ("a jaki jest cel tego projektu?", "project_detail", "same"),
    ]),
    "ru-grandmother-breakfast": ("project:~Schulfrühstück", [
        ("кому звонить?", "district_contact", "project_contact"),
        ("для кого это?", "project_detail", "same"),
    ]),
    "ar-son-walkingbus": ("project:~Walkingbus", [
        ("ما الهدف منه؟", "nlu_fallback", "same"),
        ("من يمكنه المشاركة؟", "nlu_fallback", "same"),
    ]),
    "uk-teacher-walkingbus": ("project:~Walkingbus", [
        ("хто може взяти участь?", "district_contact", "same"),
    ]),
    "de-neighbour-clarenberg": ("project:~Fitte Frauen", [
        ("wer ist dort zuständig?", "district_contact", "project_contact"),
        ("und was ist das Ziel?", "project_detail", "same"),
    ]),
    # After a list "this project" is the first shown; the list stays for a pick.
    "tr-father-list-goal": ("list:Jugendliche", [
        ("hedefi ne?", "nlu_fallback", "pick:1"),
        ("ikincisi", "inform", "pick:2"),
    ]),
    "uk-teacher-list-goal": ("list:Familien", [
        ("яка мета цього проєкту?", "project_detail", "pick:1"),
    ]),
    # A word of one listed project's title names it ("diese Mediation"), in any intent.
    "de-social-worker-mediation": ("list:Streit", [
        ("Und für wen ist diese Mediation gedacht?", "project_detail", "titled:mediation"),
    ]),
    "de-mother-breakfast": ("list:Grundschulkinder", [
        ("und was ist mit dem Ding mit dem Frühstück?", "nlu_fallback", "titled:fruehstueck"),
    ]),
    # --- paging and picks: the list shown last ----------------------------------------------
    # A social worker paging through long lists.
    "de-social-worker-sonst": ("list:Familien", [
        ("und sonst?", "project_search", "page"),
    ]),
    "de-social-worker-topic": ("overview", [
        ("der erste bitte", "inform", "topic:1"),
        ("weitere bitte", "project_search", "page"),
        ("die nächsten drei", "project_search", "page"),
    ]),
    "de-social-worker-topic-projects": ("overview", [
        ("Welche Projekte hat der zweite?", "nlu_fallback", "topic:2"),
        ("mehr", "project_search", "page"),
    ]),
    "de-pensioner-places": ("list:Senioren", [
        ("Welche Aktionsräume gibt es?", "district_list", "places_list"),
        ("der zweite", "inform", "place:2"),
    ]),
    "de-places-genauer": ("list:Jugendliche", [
        ("Welche Aktionsräume gibt es?", "district_list", "places_list"),
        ("Das zweite davon bitte genauer.", "project_detail", "place:2"),
    ]),
    "de-places-first-list": ("list:Kinder", [
        ("Welche Aktionsräume gibt es?", "district_list", "places_list"),
        ("Das dritte aus der ersten Liste bitte.", "nlu_fallback", "earlier:3"),
    ]),
    "de-places-whom": ("list:Kinder", [
        ("Welche Aktionsräume gibt es?", "district_list", "places_list"),
        ("wer ist da zuständig?", "district_contact", "ask_place"),
    ]),
    # --- asides in a list conversation (session 12) -----------------------------------------
    # A retiree asks who is responsible in Scharnhorst (two Aktionsräume), then goes on.
    "de-retiree-contact-aside": ("list:Jugendliche", [
        ("wer ist in Scharnhorst zuständig?", "district_contact", "places:Scharnhorst"),
        ("und das dritte?", "district_contact", "pick:3"),
        ("zeig mir noch mehr", "project_search", "page"),
    ]),
    # A social worker compares two lists and goes back to the first.
    "de-social-worker-back": ("list:Kinder", [
        ("und für Senioren?", "project_search", "list"),
        ("zurück zu den Projekten von vorhin, das erste", "inform", "from:Kinder:1"),
        ("und das zweite?", "inform", "from:Kinder:2"),
    ]),
    "en-social-worker-back": ("list:Kinder", [
        ("and for seniors?", "project_search", "list"),
        ("back to the first list please", "district_list", "list"),
        ("the second one", "inform", "from:Kinder:2"),
    ]),
    # A mother looks at a Schwerpunkt and asks about her Aktionsraum.
    "de-mother-topic-place": ("overview", [
        ("der dritte", "inform", "topic:3"),
        ("und in Eving?", "district_contact", "titled:sportpaten"),
        ("wer ist da zuständig?", "district_contact", "project_contact"),
    ]),
    # An apology for one's German in a talk: no problem, the next question still means the place.
    "de-mother-apology": ("places:Nordmarkt", [
        ("entschuldigung mein deutsch is nich so gut", "project_search", "apology"),
        ("und die telefonnummer?", "district_contact", "phone"),
    ]),
    "uk-mother-apology": ("places:Nette", [
        ("вибачте, я погано пишу німецькою", "out_of_scope", "apology"),
        ("а номер телефону?", "district_contact", "phone"),
    ]),
    # A remark about one's day that names a project's word or another place: the focus stays.
    "de-mother-remark": ("places:Nordmarkt", [
        ("hab heute mit den Kindern gefrühstückt, war schön", "project_search", "remark"),
        ("und die telefonnummer?", "district_contact", "phone"),
    ]),
    "de-father-thanks-remark": ("places:Nordmarkt", [
        ("danke, mein Sohn geht übrigens in Hörde zur Schule", "project_search", "thanked"),
        ("und die telefonnummer?", "district_contact", "phone"),
    ]),
    "ru-grandmother-remark": ("places:Nette", [
        ("мы сегодня уже позавтракали, внук в школе", "out_of_scope", "remark"),
        ("а номер телефону?", "district_contact", "phone"),
    ]),
    # A social worker tells where the families live, asks two searches, then for someone on site:
    # the Projektbüro, and beside it the people of the place she named (not of the projects).
    "de-social-worker-home": ("", [
        ("Ich betreue geflüchtete Familien in Scharnhorst-Ost. Viele Mütter sprechen kaum Deutsch.",
         "project_search", "listed"),
        ("Die Kleinen gehen auch noch nicht in die Kita.", "project_search", "listed"),
        ("Gibt es vor Ort jemanden, mit dem ich das abstimmen kann?", "project_office_contact",
         "places:Scharnhorst Ost"),
    ]),
    # Without "vor Ort" the Projektbüro answers for the projects; a remark about a place on
    # the way is no place of one's own.
    "de-home-office": ("", [
        ("wir wohnen in Nette, gibt es was für Senioren?", "project_search", "listed"),
        ("gibt es was zum Deutsch lernen für Mütter?", "project_search", "listed"),
        ("an wen wende ich mich mit Fragen zu den Projekten?", "project_office_contact", "office"),
    ]),
    "de-remark-no-home": ("list:Senioren", [
        ("bin grad im Bus nach Hörde, Empfang ist schlecht", "out_of_scope", "remark"),
        ("gibt es hier jemanden vom Projektbüro?", "project_office_contact", "office"),
    ]),
    # A teenager hesitates, then picks.
    "de-teenager-pause": ("list:Familien", [
        ("moment, ich muss kurz überlegen", "topic_overview", "aside"),
        ("hm", "nlu_fallback", "aside"),
        ("ok, das zweite bitte", "inform", "pick:2"),
    ]),
}
# fmt: on
_PHONE = re.compile(r"\+49[\d ]+\d")


@pytest.fixture(scope="module")
def notation(kb: KnowledgeBase) -> Notation:
    return Notation(kb)


def _phones(text: str) -> set[str]:
    return set(_PHONE.findall(text))


def _check(expect: str, before: Focus, reply: Reply, kb: KnowledgeBase) -> None:
    kind, _, arg = expect.partition(":")
    text = reply.text
    if kind == "place_contact":
        wanted = {d.contact.phone for d in kb.districts() if d.name in before.places}
        assert wanted and _phones(text) == wanted, (wanted, text)
        assert reply.focus.places == before.places, reply.focus
    elif kind == "project_contact":
        wanted = {phone for phone, _ in _contacts(before, kb)}
        assert wanted and _phones(text) == wanted, (wanted, text)
    elif kind == "report":
        wanted = {c.phone for c in kb.contacts(Role.REPORT)}
        assert wanted and _phones(text) == wanted, (wanted, text)
    elif kind == "topic":
        topic = kb.topics()[int(arg) - 1]
        assert reply.focus.query == ListQuery(ListKind.TOPIC, str(topic.number)), reply.focus
        assert topic.name in text, text
    elif kind == "places_list":
        assert reply.focus.subject == Subject.PLACES, reply.focus
        assert reply.focus.places == tuple(d.name for d in kb.districts()), reply.focus
    elif kind in ("serves", "person"):
        (person,) = {d.contact.name for d in kb.districts() if d.name in before.places} or {
            before.person
        }
        wanted = f"utter_person_serves_{arg}" if kind == "serves" else "utter_person_districts"
        assert reply.focus.person == person and wanted in reply.names, (reply.names, text)
    elif kind == "titled":
        (meant,) = [p for p in kb.projects_numbered(before.projects) if arg in key(p.title)]
        assert reply.focus.project == meant.number and meant.title in text, text
    elif kind == "places":
        wanted = {d.contact.phone for d in kb.districts() if d.name in Notation(kb).places(arg)}
        assert wanted and _phones(text) == wanted, (wanted, text)
    elif kind == "from":
        word, position = arg.split(":")
        listed = Notation(kb).listed(word)
        (project,) = kb.projects_numbered([listed[int(position) - 1]])
        assert reply.focus.project == project.number and project.title in text, text
        assert reply.focus.projects == listed, reply.focus
    elif kind == "aside":
        assert reply.focus == before and "utter_affirm" in reply.names, (reply.names, text)
    elif kind == "apology":
        assert reply.focus == before and "utter_language_ok" in reply.names, (reply.names, text)
    elif kind == "remark":
        assert reply.focus == before and "utter_aside" in reply.names, (reply.names, text)
    elif kind == "thanked":
        assert reply.focus == before and "utter_thank" in reply.names, (reply.names, text)
    elif kind == "listed":
        assert reply.focus.projects and reply.focus.subject == Subject.PROJECT, reply.focus
    elif kind == "office":
        office = {c.phone for c in kb.contacts(Role.OFFICE)}
        assert _phones(text) == office, (office, text)
    elif kind == "ask_place":
        assert not _phones(text) and "utter_district_ask" in reply.names, (reply.names, text)
    else:
        check_follow_up(expect, before, reply, kb)


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_a_conversation_goes_on_from_what_was_shown(
    name: str, notation: Notation, kb: KnowledgeBase
) -> None:
    start, turns = CONVERSATIONS[name]
    focus = notation.focus(start)
    for text, intent, expect in turns:
        reply = ask(text, intent, focus=focus)
        _check(expect, focus, reply, kb)
        focus = reply.focus
