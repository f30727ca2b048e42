"""Conversations: yes/no questions, picks after an aside, corrections, the plan's own words."""

from __future__ import annotations

import pytest

from actions.focus import Focus, Subject
from knowledge import KnowledgeBase
from knowledge.records import PageContent, PlanFact
from tests.actions.conftest import Reply, ask


def _fact(kb: KnowledgeBase, key: str) -> PlanFact:
    return next(f for f in kb.plan_facts() if f.key == key)


def _serving(content: PageContent) -> dict[str, list[str]]:
    """Each district contact's name -> the Aktionsräume they serve."""
    serving: dict[str, list[str]] = {}
    for d in content.districts:
        serving.setdefault(d.contact.name, []).append(d.name)
    return serving


# --- yes/no -----------------------------------------------------------------------------


def test_every_aktionsraum_is_confirmed_with_ja(content: PageContent) -> None:
    for district in content.districts:
        reply = ask(f"Gehört {district.name} auch dazu?", "district_list",
                    {"district": district.name})  # fmt: skip
        assert reply.texts[0].startswith("Ja"), reply.texts[0]
        assert district.name in reply.texts[0] and district.contact.phone in reply.text


@pytest.mark.parametrize("intent", ["district_list", "district_contact"])
@pytest.mark.parametrize("place", ["Brackel", "Aplerbeck", "Huckarde"])
def test_a_place_outside_the_plan_is_denied_with_nein(
    place: str, intent: str, content: PageContent
) -> None:
    reply = ask(f"Gehört {place} auch dazu?", intent)
    assert reply.texts[0].startswith("Nein"), reply.texts[0]
    assert all(d.name in reply.text for d in content.districts)
    assert not any(d.contact.phone in reply.text for d in content.districts)


@pytest.mark.parametrize("intent", ["district_list", "topic_overview", "project_search"])
def test_a_membership_question_gets_ja_or_nein_whatever_the_intent(
    intent: str, content: PageContent
) -> None:
    """A misread intent is absorbed: "Ist X ein Aktionsraum?" asks yes or no."""
    district = content.districts[0]
    yes = ask(f"Ist {district.name} ein Aktionsraum?", intent, {"district": district.name})
    assert yes.texts[0].startswith("Ja"), (intent, yes.texts[0])
    no = ask("Ist Brackel ein Aktionsraum?", intent)
    assert no.texts[0].startswith("Nein"), (intent, no.texts[0])


def test_a_hostile_place_in_a_yes_no_question_is_denied_without_echo() -> None:
    place = "<img src=x onerror=alert(1)>"
    reply = ask(f"Ist {place} ein Aktionsraum?", "district_list", {"district": place})
    assert reply.texts[0].startswith("Nein") and "<" not in reply.text


def test_is_she_also_responsible_for_answers_yes_or_no(content: PageContent) -> None:
    serving = _serving(content)
    name, areas = max(serving.items(), key=lambda item: len(item[1]))
    other = next(d for d in content.districts if d.contact.name != name)
    focus = Focus(Subject.PERSON, person=name)
    yes = ask(f"Ist sie auch für {areas[-1]} zuständig?", "district_contact",
              {"district": areas[-1]}, focus=focus)  # fmt: skip
    assert yes.texts[0].startswith("Ja") and name in yes.texts[0]
    no = ask(f"Ist sie auch für {other.name} zuständig?", "district_contact",
             {"district": other.name}, focus=focus)  # fmt: skip
    assert no.texts[0].startswith("Nein")
    assert other.contact.name in no.text and other.contact.phone in no.text


@pytest.mark.parametrize("title", ["Frau", "Herr"])
def test_is_a_named_person_responsible_answers_yes_or_no(title: str, content: PageContent) -> None:
    """ "Ist Frau X auch für Y zuständig?": the title is no target group ("Frauen")."""
    serving = _serving(content)
    name, areas = max(serving.items(), key=lambda item: len(item[1]))
    surname = name.split()[-1]
    other = next(d for d in content.districts if d.contact.name != name)
    for place, start in ((areas[-1], "Ja"), (other.name, "Nein")):
        reply = ask(f"Ist {title} {surname} auch für {place} zuständig?", "district_contact",
                    [("person", surname), ("district", place)])  # fmt: skip
        assert reply.texts[0].startswith(start), (place, reply.texts[0])


# --- picks after an aside -----------------------------------------------------------------


def _a_list(kb: KnowledgeBase) -> Reply:
    reply = ask("Welche Projekte gibt es für Jugendliche?", "project_search",
                {"target_group": "Jugendliche"})  # fmt: skip
    assert len(reply.focus.projects) > 3
    return reply


@pytest.mark.parametrize(
    ("text", "intent"),
    [("wer ist in Hörde zuständig", "district_contact"), ("projektbüro", "project_office_contact"),
     ("Wer hat den Aktionsplan gestartet?", "topic_overview"), ("sozialbericht", "social_report"),
     ("Wie spät ist es?", "nlu_fallback"), ("hilfe", "help"), ("links", "links")],
)  # fmt: skip
def test_a_pick_after_an_aside_still_picks_from_the_kept_list(
    kb: KnowledgeBase, text: str, intent: str
) -> None:
    listed = _a_list(kb)
    aside = ask(text, intent, focus=listed.focus)
    third = next(p for p in kb.projects() if p.number == listed.focus.projects[2])
    reply = ask("die dritte davon", "inform", focus=aside.focus)
    assert reply.focus.project == third.number and third.goal in reply.text, aside.names


def test_back_to_the_list_by_its_topic_picks_from_a_fresh_search(kb: KnowledgeBase) -> None:
    """ "zurück zu den Senioren: das erste" after another list was shown."""
    seniors = ask("Angebote für Senioren", "project_search", {"target_group": "Senioren"})
    first = seniors.focus.projects[0]
    other = _a_list(kb)
    reply = ask("zurück zu den Senioren: das erste", "inform", focus=other.focus)
    assert reply.focus.project == first


# --- corrections --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("correction", "detail"),
    [("ach nein, ich meinte {name}", "phone"), ("falsch, gemeint war {name}", "email"),
     ("nicht {old}, sondern {name}", "phone")],
)  # fmt: skip
def test_a_correction_answers_the_same_question_for_the_right_place(
    content: PageContent, correction: str, detail: str
) -> None:
    old, new = content.districts[1], content.districts[-3]
    first = ask(f"{detail} {old.name}", "district_contact",
                [("district", old.name), ("contact_detail", detail)])  # fmt: skip
    reply = ask(correction.format(name=new.name, old=old.name), "inform", focus=first.focus)
    asked = new.contact.phone if detail == "phone" else new.contact.email
    other = new.contact.email if detail == "phone" else new.contact.phone
    assert asked in reply.text and other not in reply.text, reply.text
    assert old.contact.phone not in reply.text and old.contact.email not in reply.text
    assert reply.focus.places == (new.name,) and reply.focus.details == (detail,)


@pytest.mark.parametrize(
    ("correction", "asked"),
    [("nein, ich meinte die Telefonnummer", "phone"), ("ach nein, ich meinte die E-Mail", "email")],
)
def test_a_correction_of_the_detail_keeps_the_place(
    content: PageContent, correction: str, asked: str
) -> None:
    district = content.districts[4]
    first_detail = "email" if asked == "phone" else "phone"
    first = ask(f"{first_detail} {district.name}", "district_contact",
                [("district", district.name), ("contact_detail", first_detail)])  # fmt: skip
    reply = ask(correction, "inform", focus=first.focus)
    wanted = district.contact.phone if asked == "phone" else district.contact.email
    assert wanted in reply.text, reply.names
    assert reply.focus.places == (district.name,) and reply.focus.details == (asked,)


def test_a_correction_of_a_project_shows_the_right_one(kb: KnowledgeBase) -> None:
    wrong, right = kb.projects()[2], kb.projects()[9]
    first = ask(f"was ist {wrong.title}", "project_detail", {"project": wrong.title})
    reply = ask(f"ach nein, ich meinte {right.title}", "inform", {"project": right.title},
                focus=first.focus)  # fmt: skip
    assert right.goal in reply.text and wrong.goal not in reply.text


def test_a_correction_of_a_place_search_searches_the_right_place(kb: KnowledgeBase) -> None:
    places = [d for d in kb.districts() if len(kb.projects_in([d])) > 1]
    old = next(d for d in kb.districts() if d not in places)
    new = places[0]
    first = ask(f"Projekte in {old.name}", "project_search", {"district": old.name})
    reply = ask(f"nicht {old.name}, sondern {new.name}", "inform", focus=first.focus)
    assert all(p.title in reply.text for p in kb.projects_in([new])[:3])


def test_projects_there_follow_the_place_in_focus(kb: KnowledgeBase) -> None:
    """ "Und welche Projekte gibt es da?" after the contact of an Aktionsraum."""
    district = next(d for d in kb.districts() if len(kb.projects_in([d])) > 1)
    contact = ask(f"wer ist in {district.name} zuständig", "district_contact",
                  {"district": district.name})  # fmt: skip
    reply = ask("Und welche Projekte gibt es da?", "project_search", focus=contact.focus)
    assert all(p.title in reply.text for p in kb.projects_in([district])[:3]), reply.names


# --- the plan in the page's words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "key"),
    [("Wer hat den Aktionsplan gestartet?", "initiator"),
     ("Wie viele Bürger haben mitgemacht?", "participation"),
     ("Was ist ein Aktionsraum?", "aktionsraeume"),
     ("Warum gerade diese 13 Gebiete?", "aktionsraeume"),
     ("Wie viele Projekte gibt es?", "projects")],
)  # fmt: skip
@pytest.mark.parametrize("intent", ["topic_overview", "project_search", "district_list"])
def test_a_question_about_the_plan_gets_the_pages_sentence(
    kb: KnowledgeBase, question: str, key: str, intent: str
) -> None:
    reply = ask(question, intent)
    assert " ".join(_fact(kb, key).text.split()) in " ".join(reply.text.split())
    assert len(reply.sources) == 1


def test_what_an_aktionsraum_is_names_all_of_them(content: PageContent) -> None:
    reply = ask("Was ist ein Aktionsraum?", "topic_overview")
    assert all(d.name in reply.text for d in content.districts)
    assert str(len(content.districts)) in reply.text


def test_the_number_of_projects_is_the_number_the_page_lists(content: PageContent) -> None:
    reply = ask("Wie viele Projekte gibt es?", "topic_overview")
    assert str(len(content.projects)) in reply.text
    assert all(t.name in reply.text for t in content.topics)


# --- the focus slot -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["Hörde", 42, ["x"], {"projects": ["a", "b"]}, {"start": "x"}, {"query": "q"}]
)
def test_a_malformed_focus_counts_as_none(value: object, content: PageContent) -> None:
    """A slot from an older version or a tampered tracker must not break the answer."""
    district = content.districts[0]
    reply = ask(f"wer ist in {district.name} zuständig", "district_contact",
                {"district": district.name}, slots={"focus": value})  # fmt: skip
    assert district.contact.phone in reply.text
    assert reply.focus.places == (district.name,)


def test_the_focus_survives_its_slot_form(kb: KnowledgeBase) -> None:
    listed = ask("Angebote für Senioren", "project_search", {"target_group": "Senioren"})
    assert Focus.from_slot(listed.focus.to_slot()) == listed.focus
