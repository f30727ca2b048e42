"""Conversations in nine languages: picks, paging, follow-ups and asides after an answer.

Each conversation is a persona's: it starts from a focus (a list of projects, the
contacts of some places, one project; notation of ``test_decision_table``) and goes
on turn by turn through the answering action, each turn with the focus the turn
before stored. The NLU's intent of a short follow-up is often wrong, so most turns
are given a misreading (``nlu_fallback``, ``out_of_scope``, ``inform`` ...): the
answer must not depend on it. Expectations compare with the knowledge base:

- "pick:N": the N-th project of the list before (-1: the last one shown), its title shown;
- "place:N": the N-th of the places listed before, answered for that place alone;
- "page": the next page of the list before; "no_more": the list has no next page;
- "related": all that fit were shown: said so, then the others of their Schwerpunkt as the
  list's next page;
- "same": the project before again (its goal shown);
- "phone" / "email": that detail of the contact before, and no other person's;
- "contact_of:N": the contact of the N-th project of the list before (its places' people);
- "earlier:N": the N-th project of the list before the last one ("aus der ersten Liste");
- "list": a list of projects.
"""

from __future__ import annotations

import re

import pytest

from actions.focus import PAGE_SIZE, Focus, Subject
from knowledge import KnowledgeBase
from knowledge.records import Role
from tests.actions.conftest import Reply, ask
from tests.actions.test_decision_table import Notation

Turn = tuple[str, str, str]  # text, the NLU's intent, expectation
# fmt: off
CONVERSATIONS: dict[str, tuple[str, list[Turn]]] = {
    # --- English ------------------------------------------------------------------------
    # A student looking for something for her little brother.
    "en-student": ("list:Jugendliche", [
        ("the second one please", "nlu_fallback", "pick:2"),
        ("what is its goal exactly?", "project_detail", "same"),
        ("and who is it for?", "district_contact", "same"),
    ]),
    # A newcomer in the Nordstadt who wants to write rather than call.
    "en-newcomer": ("places:Nordstadt", [
        ("and the email?", "nlu_fallback", "email"),
        ("the second one", "inform", "place:2"),
        ("phone number?", "project_office_contact", "phone"),
    ]),
    # A father scrolling through the offers for children.
    "en-father": ("list:Kinder", [
        ("more please", "nlu_fallback", "page"),
        ("any more?", "project_search", "related"),
        ("the last one", "inform", "pick:-1"),
    ]),
    # A volunteer who asks about one project, then for someone to call.
    "en-volunteer": ("project:~Walkingbus", [
        ("what is its aim?", "out_of_scope", "same"),
        ("thanks! by the way, and the phone number?", "thank", "phone"),
    ]),
    # A social worker who wants to call about one project of a list.
    "en-social-worker": ("list:Arbeit", [
        ("who is the contact person for number 5?", "district_contact", "contact_of:5"),
    ]),
    # A pensioner who picks with a number.
    "en-pensioner": ("list:Familien", [
        ("number 3", "nlu_fallback", "pick:3"),
        ("ok thanks. the first one, what does it offer?", "project_detail", "pick:1"),
    ]),
    # --- Turkish ------------------------------------------------------------------------
    # A mother of two in the Nordstadt.
    "tr-mother": ("list:Kinder", [
        ("ikincisi", "nlu_fallback", "pick:2"),
        ("hedefi ne?", "out_of_scope", "same"),
        ("kimler için?", "district_contact", "same"),
    ]),
    "tr-paging": ("list:Jugendliche", [
        ("daha fazla göster", "nlu_fallback", "page"),
        ("başka var mı?", "project_search", "related"),
    ]),
    # A shop owner who wants to call the person on site.
    "tr-shop": ("places:Scharnhorst", [
        ("telefon numarası?", "nlu_fallback", "phone"),
        ("peki e-posta adresi?", "project_office_contact", "email"),
    ]),
    "tr-grandfather": ("list:Familien", [
        ("teşekkürler. üçüncüsü hakkında bilgi", "thank", "pick:3"),
        ("sonuncusu", "inform", "pick:-1"),
    ]),
    "tr-places": ("places:Eving", [
        ("ikincisi", "inform", "place:2"),
    ]),
    # --- Arabic ---------------------------------------------------------------------------
    # A refugee family's older son who reads for his parents.
    "ar-son": ("list:Kinder", [
        ("الثاني", "nlu_fallback", "pick:2"),
        ("ما هو الهدف؟", "out_of_scope", "same"),
    ]),
    "ar-paging": ("list:Familien", [
        ("المزيد من فضلك", "nlu_fallback", "page"),
        ("والأخير", "inform", "pick:-1"),
    ]),
    "ar-contact": ("places:Hörde", [
        ("والبريد الإلكتروني؟", "nlu_fallback", "email"),
        ("ورقم الهاتف؟", "project_office_contact", "phone"),
    ]),
    "ar-number": ("list:Jugendliche", [
        ("رقم 3", "nlu_fallback", "pick:3"),
        ("لمن هذا المشروع؟", "district_contact", "same"),
    ]),
    "ar-aside": ("list:Arbeit", [
        ("شكرا. الثالث من فضلك", "thank", "pick:3"),
    ]),
    # --- Polish ---------------------------------------------------------------------------
    # A care worker from Poland living in Marten.
    "pl-care": ("list:Familien", [
        ("drugi", "nlu_fallback", "pick:2"),
        ("jaki jest jego cel?", "out_of_scope", "same"),
        ("dla kogo to jest?", "district_contact", "same"),
    ]),
    "pl-paging": ("list:Kinder", [
        ("więcej", "nlu_fallback", "page"),
        ("pokaż ostatni", "inform", "pick:-1"),
    ]),
    "pl-contact": ("places:Nette", [
        ("i numer telefonu?", "nlu_fallback", "phone"),
        ("a e-mail?", "project_office_contact", "email"),
    ]),
    "pl-pick-more": ("list:Arbeit", [
        ("dziękuję. trzeciego proszę", "thank", "pick:3"),
    ]),
    "pl-contact-pick": ("list:Arbeit", [
        ("kto jest osobą kontaktową dla piątego?", "district_contact", "contact_of:5"),
    ]),
    "pl-places": ("places:Nordstadt", [
        ("pierwszy", "nlu_fallback", "place:1"),
    ]),
    # --- Romanian ------------------------------------------------------------------------
    # A young couple from Romania, new in Dortmund.
    "ro-couple": ("list:Kinder", [
        ("al treilea", "nlu_fallback", "pick:3"),
        ("care este scopul?", "out_of_scope", "same"),
    ]),
    "ro-paging": ("list:Jugendliche", [
        ("mai multe vă rog", "nlu_fallback", "page"),
        ("a doua", "inform", "pick:2"),
    ]),
    "ro-contact": ("places:Marten", [
        ("și adresa de email?", "nlu_fallback", "email"),
        ("numărul de telefon?", "links", "phone"),
    ]),
    "ro-aside": ("list:Familien", [
        ("mulțumesc! primul, vă rog", "thank", "pick:1"),
        ("pentru cine este?", "district_contact", "same"),
    ]),
    "ro-last": ("list:Arbeit", [
        ("ultimul", "inform", "pick:-1"),
    ]),
    # --- Bulgarian ------------------------------------------------------------------------
    # A Bulgarian mother asking for her teenage daughter.
    "bg-mother": ("list:Jugendliche", [
        ("вторият", "nlu_fallback", "pick:2"),
        ("каква е целта?", "out_of_scope", "same"),
    ]),
    "bg-paging": ("list:Kinder", [
        ("още", "nlu_fallback", "page"),
        ("още", "project_search", "related"),
    ]),
    "bg-contact": ("places:Hörde", [
        ("имейл?", "nlu_fallback", "email"),
        ("а телефонът?", "project_office_contact", "phone"),
    ]),
    "bg-aside": ("list:Familien", [
        ("благодаря. третия, моля", "thank", "pick:3"),
        ("за кого е това?", "district_contact", "same"),
    ]),
    "bg-places": ("places:Scharnhorst", [
        ("първия", "inform", "place:1"),
    ]),
    # --- Ukrainian ------------------------------------------------------------------------
    # A Ukrainian teacher who arrived in 2022, now in Eving.
    "uk-teacher": ("list:Kinder", [
        ("перший, яка мета?", "out_of_scope", "pick:1"),
        ("для кого це?", "district_contact", "same"),
    ]),
    "uk-paging": ("list:Familien", [
        ("ще", "nlu_fallback", "page"),
        ("останній", "inform", "pick:-1"),
    ]),
    "uk-contact": ("places:Eving", [
        ("а імейл?", "nlu_fallback", "email"),
        ("дякую. а номер телефону?", "thank", "phone"),
    ]),
    "uk-project": ("project:~Walkingbus", [
        ("яка мета цього проєкту?", "project_detail", "same"),
        ("для кого це?", "nlu_fallback", "same"),
    ]),
    "uk-places": ("places:Nordstadt", [
        ("третій", "inform", "place:3"),
    ]),
    # --- Russian ---------------------------------------------------------------------------
    # A Russian-speaking grandmother who looks after her grandchildren.
    "ru-grandmother": ("list:Kinder", [
        ("второй", "nlu_fallback", "pick:2"),
        ("для кого это?", "district_contact", "same"),
    ]),
    "ru-paging": ("list:Jugendliche", [
        ("ещё", "nlu_fallback", "page"),
        ("последний", "inform", "pick:-1"),
    ]),
    "ru-contact": ("places:Marten", [
        ("а имейл?", "nlu_fallback", "email"),
        ("и телефон?", "project_office_contact", "phone"),
    ]),
    "ru-aside": ("list:Familien", [
        ("спасибо. третий, пожалуйста", "thank", "pick:3"),
        ("какая цель у этого проекта?", "project_detail", "same"),
    ]),
    "ru-number": ("list:Arbeit", [
        ("номер 4", "nlu_fallback", "pick:4"),
    ]),
    # --- German ------------------------------------------------------------------------------
    "de-zweite-genauer": ("list:Kinder", [
        ("Das zweite davon bitte genauer.", "project_detail", "pick:2"),
    ]),
    "de-naechsten": ("list:Jugendliche", [
        ("die nächsten", "inform", "page"),
        ("und weiter?", "nlu_fallback", "related"),
    ]),
    "de-weiter": ("list:Familien", [
        ("weiter", "nlu_fallback", "page"),
        ("den letzten", "inform", "pick:-1"),
    ]),
    "de-places-projects": ("places:Nordstadt", [
        ("Welche Projekte hat der zweite?", "project_search", "place:2"),
    ]),
    "de-places-pick": ("places:Eving", [
        ("der erste", "inform", "place:1"),
        ("und die Mail?", "nlu_fallback", "email"),
    ]),
    "de-mail-misread": ("places:Wickede", [
        ("und die mail?", "project_office_contact", "email"),
        ("Danke! Übrigens, und die Telefonnummer?", "thank", "phone"),
    ]),
    "de-pick-question": ("list:Arbeit", [
        ("die dritte, was ist das Ziel?", "district_contact", "pick:3"),
    ]),
    "de-goal": ("project:~Kohldampf", [
        ("und für wen ist das gedacht?", "district_contact", "same"),
    ]),
    "de-aside": ("list:Jugendliche", [
        ("danke, super. die zweite bitte", "thank", "pick:2"),
    ]),
    "de-first-list": ("list:Kinder", [
        ("Und Projekte für Jugendliche?", "project_search", "list"),
        ("Das dritte aus der ersten Liste bitte.", "nlu_fallback", "earlier:3"),
    ]),
    "ru-first-list": ("list:Familien", [
        ("а для молодежи? Jugendliche", "project_search", "list"),
        ("третий из первого списка", "inform", "earlier:3"),
    ]),
    "de-more-misread": ("list:Kinder", [
        ("gibt es noch mehr?", "district_list", "page"),
    ]),
}
# fmt: on
_PHONE = re.compile(r"\+49[\d ]+\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w.-]+")


@pytest.fixture(scope="module")
def notation(kb: KnowledgeBase) -> Notation:
    return Notation(kb)


def _contacts(focus: Focus, kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(phone, e-mail) of the people the focus is about."""
    if focus.subject == Subject.PROJECT and focus.project is not None:
        (project,) = kb.projects_numbered([focus.project])
        places = [d.name for d in kb.districts_of(project)]
        if not places:
            return [(c.phone, c.email) for c in kb.contacts(Role.OFFICE)]
    else:
        places = list(focus.places)
    return [(d.contact.phone, d.contact.email) for d in kb.districts() if d.name in places]


def _picked(position: int, before: Focus) -> int:
    """The list's numbering goes on across pages; on a later page "the first" is its first."""
    if position == -1:
        return before.shown[-1]
    if before.start < position <= before.start + len(before.shown):
        return before.projects[position - 1]
    return (
        before.shown[position - 1]
        if position <= len(before.shown)
        else before.projects[position - 1]
    )


def _check(expect: str, before: Focus, reply: Reply, kb: KnowledgeBase) -> None:
    kind, _, arg = expect.partition(":")
    text = reply.text
    if kind == "pick":
        number = _picked(int(arg), before)
        (project,) = kb.projects_numbered([number])
        assert reply.focus.project == number and project.title in text, text
    elif kind == "earlier":
        number = before.earlier[int(arg) - 1]
        (project,) = kb.projects_numbered([number])
        assert reply.focus.project == number and project.title in text, text
    elif kind == "same":
        (project,) = kb.projects_numbered([before.project or 0])
        assert reply.focus.project == before.project and project.goal[:40] in text, text
    elif kind == "page":
        assert reply.focus.start == before.start + PAGE_SIZE, text
        shown = kb.projects_numbered(reply.focus.shown)
        assert shown and all(p.title in text for p in shown), text
    elif kind == "related":
        assert reply.names and reply.names[0] == "utter_project_search_related", reply.names
        assert reply.focus.start == len(before.projects) < len(reply.focus.projects), text
        shown = kb.projects_numbered(reply.focus.shown)
        assert shown and all(p.title in text for p in shown), text
    elif kind == "no_more":
        assert reply.names and "no_more" in str(reply.names[0]), (reply.names, text)
    elif kind == "place":
        position = int(arg)
        name = before.places[position - 1]
        assert name in text and not [p for p in before.places if p != name and p in text], text
    elif kind == "contact_of":
        picked = before.but(project=_picked(int(arg), before))
        wanted = {phone for phone, _ in _contacts(picked, kb)}
        found = set(_PHONE.findall(text))
        assert wanted and found and found <= wanted, (wanted, text)
    elif kind in ("phone", "email"):
        wanted = {phone if kind == "phone" else email for phone, email in _contacts(before, kb)}
        found = set((_PHONE if kind == "phone" else _EMAIL).findall(text))
        assert wanted and found and found <= wanted, (wanted, text)
    else:
        assert kind == "list" and len(reply.focus.projects) > 1, text


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_a_conversation_follows_up_in_its_language(
    name: str, notation: Notation, kb: KnowledgeBase
) -> None:
    start, turns = CONVERSATIONS[name]
    focus = notation.focus(start)
    for text, intent, expect in turns:
        reply = ask(text, intent, focus=focus)
        _check(expect, focus, reply, kb)
        focus = reply.focus


def test_every_language_has_five_conversations_and_german_ten() -> None:
    languages = [name.split("-")[0] for name in CONVERSATIONS]
    assert all(languages.count(code) >= 5 for code in set(languages) - {"de"})
    assert len(set(languages)) == 9 and languages.count("de") >= 10
