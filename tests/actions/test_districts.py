"""Contact persons of the Aktionsräume, places citizens name, and follow-ups."""

from __future__ import annotations

import pytest

from actions.focus import Focus, Subject
from knowledge.aliases import PLACE_ALIASES
from knowledge.records import PageContent, Role
from tests.actions.conftest import ask


def _typo(name: str) -> str:
    """The name with its 2nd and 3rd letters swapped ("Evnig")."""
    return name[0] + name[2] + name[1] + name[3:]


def test_every_district_gets_its_contact_with_phone_and_email(content: PageContent) -> None:
    for district in content.districts:
        reply = ask(f"wer ist in {district.name} zuständig", "district_contact",
                    {"district": district.name})  # fmt: skip
        person = district.contact
        assert person.name in reply.text
        assert person.phone in reply.text and person.email in reply.text
        assert reply.focus.subject == Subject.PLACES
        assert reply.focus.places == (district.name,)


def test_asked_detail_comes_alone(content: PageContent) -> None:
    district = content.districts[1]
    phone = ask("telefon", "district_contact",
                [("district", district.name), ("contact_detail", "phone")])  # fmt: skip
    assert district.contact.phone in phone.text and district.contact.email not in phone.text
    email = ask("mail adresse", "district_contact",
                [("district", district.name), ("contact_detail", "email")])  # fmt: skip
    assert district.contact.email in email.text and district.contact.phone not in email.text
    assert email.focus.details == ("email",)


def test_name_phone_and_mail_at_once_give_the_whole_contact(content: PageContent) -> None:
    district = content.districts[2]
    reply = ask(f"Name, Telefon und Mail für {district.name} bitte", "district_contact",
                {"district": district.name})  # fmt: skip
    contact = district.contact
    assert contact.name in reply.text and contact.phone in reply.text
    assert contact.email in reply.text


@pytest.mark.parametrize("alias", sorted(PLACE_ALIASES))
def test_alias_answers_for_every_area_it_covers(alias: str, content: PageContent) -> None:
    reply = ask(f"wer ist in {alias} zuständig", "district_contact", {"district": alias})
    for target in PLACE_ALIASES[alias]:
        district = next(d for d in content.districts if d.name == target)
        assert target in reply.text
        assert district.contact.phone in reply.text
    assert sorted(reply.focus.places) == sorted(PLACE_ALIASES[alias])


def test_a_shared_word_answers_both_areas_in_one_message_per_person(content: PageContent) -> None:
    sharing = [d for d in content.districts if "Scharnhorst" in d.name]
    assert len(sharing) == 2
    reply = ask("ansprechpartner scharnhorst", "district_contact", {"district": "Scharnhorst"})
    assert all(d.name in reply.text for d in sharing)
    persons = {d.contact.name for d in sharing}
    assert reply.names.count("utter_district_contact") == len(persons)


def test_typed_place_without_entity_is_found_in_the_text(content: PageContent) -> None:
    district = next(d for d in content.districts if "ö" in d.name)
    typed = district.name.lower().replace("ö", "oe")
    reply = ask(f"wer is in {typed} zustaendig", "district_contact")
    assert district.contact.name in reply.text


def test_unknown_place_says_so_and_lists_all_districts(content: PageContent) -> None:
    reply = ask("wer ist in Huckarde zuständig", "district_contact", {"district": "Huckarde"})
    assert reply.names[0] == "utter_district_unknown"
    assert "Huckarde" in reply.text
    assert all(d.name in reply.text for d in content.districts)
    assert not any(d.contact.phone in reply.text for d in content.districts)


@pytest.mark.parametrize(
    "place", ["<script>alert(1)</script>", "'; DROP TABLE kb_district; --", "{{7*7}}", "x" * 500]
)
def test_hostile_place_is_not_echoed(place: str) -> None:
    reply = ask(place, "district_contact", {"district": place})
    assert reply.names[0] == "utter_district_unknown_generic"
    assert place not in reply.text and "<" not in reply.text


def test_follow_up_asks_for_the_phone_of_the_last_district(content: PageContent) -> None:
    district = content.districts[0]
    reply = ask("und die Telefonnummer?", "district_contact", {"contact_detail": "phone"},
                focus=Focus(Subject.PLACES, places=(district.name,)))  # fmt: skip
    assert district.contact.phone in reply.texts[0] and district.contact.email not in reply.text


def test_follow_up_phrased_otherwise_still_gives_the_number(content: PageContent) -> None:
    district = content.districts[3]
    reply = ask("wie lautet die nummer?", "district_contact",
                focus=Focus(Subject.PLACES, places=(district.name,)))  # fmt: skip
    assert district.contact.phone in reply.texts[0] and district.contact.email not in reply.text


def test_follow_up_with_another_place_switches_district(content: PageContent) -> None:
    first, second = content.districts[0], content.districts[-1]
    reply = ask(f"und in {second.name}?", "district_contact", {"district": second.name},
                focus=Focus(Subject.PLACES, places=(first.name,)))  # fmt: skip
    assert second.contact.name in reply.text and reply.focus.places == (second.name,)


def test_a_bare_place_after_which_one_gets_its_contact(content: PageContent) -> None:
    """The bot asked "Für welchen Aktionsraum?"; the citizen answers with a bare name."""
    asked = ask("wer ist zuständig?", "district_contact")
    district = content.districts[4]
    reply = ask(district.name, "inform", {"district": district.name}, focus=asked.focus)
    assert district.contact.name in reply.text and district.contact.phone in reply.text


def test_a_contact_for_the_projects_without_place_is_the_project_office(
    content: PageContent,
) -> None:
    reply = ask("An wen wende ich mich mit Fragen zu den Projekten?", "district_contact")
    office = [c for c in content.contacts if c.role is Role.OFFICE]
    assert office and all(c.name in reply.text and c.phone in reply.text for c in office)


def test_without_place_or_context_it_asks_which_district() -> None:
    reply = ask("wer ist zuständig?", "district_contact")
    assert reply.names == ["utter_district_ask"]
    assert ("district_list", {}) in reply.payloads()


def test_person_by_surname_gets_contact_and_areas(content: PageContent) -> None:
    serving: dict[str, list[str]] = {}
    for d in content.districts:
        serving.setdefault(d.contact.name, []).append(d.name)
    name, areas = max(serving.items(), key=lambda item: len(item[1]))
    surname = name.split()[-1]
    reply = ask(f"für welche Gebiete ist Herr {surname} zuständig?", "district_contact",
                {"person": surname})  # fmt: skip
    assert name in reply.text
    assert all(area in reply.text for area in areas)
    assert reply.focus.subject == Subject.PERSON and reply.focus.person == name


def test_person_follow_up_gives_their_email(content: PageContent) -> None:
    person = next(c for c in content.contacts if c.role.value == "report")
    reply = ask("und die mail?", "district_contact", {"contact_detail": "email"},
                focus=Focus(Subject.PERSON, person=person.name))  # fmt: skip
    assert person.email in reply.text and person.phone not in reply.text


def test_which_areas_has_she_too_uses_the_person_in_focus(content: PageContent) -> None:
    serving: dict[str, list[str]] = {}
    for d in content.districts:
        serving.setdefault(d.contact.name, []).append(d.name)
    name, areas = max(serving.items(), key=lambda item: len(item[1]))
    reply = ask("welche Gebiete hat sie noch?", "district_contact",
                focus=Focus(Subject.PERSON, person=name))  # fmt: skip
    assert name in reply.text and all(area in reply.text for area in areas)


def test_a_person_by_title_and_surname_without_entity(content: PageContent) -> None:
    """ "Wie erreiche ich Frau Lehmann?" with nothing tagged by the NLU."""
    for contact in {d.contact.name: d.contact for d in content.districts}.values():
        surname = contact.name.split()[-1]
        reply = ask(f"Wie erreiche ich {surname}?", "district_contact")
        assert contact.phone in reply.text and contact.email in reply.text, surname


def test_her_number_follows_the_person_in_focus(content: PageContent) -> None:
    contact = content.districts[1].contact
    reply = ask("Und ihre Telefonnummer?", "district_contact",
                focus=Focus(Subject.PERSON, person=contact.name))  # fmt: skip
    assert contact.phone in reply.text and contact.email not in reply.text


@pytest.mark.parametrize("intent", ["district_contact", "district_list"])
def test_the_extension_of_an_aktionsraum_is_its_phone(intent: str, content: PageContent) -> None:
    """ "Durchwahl vom Aktionsraum X" is no question for the list of all areas."""
    district = content.districts[6]
    reply = ask(f"Durchwahl vom Aktionsraum {district.name}", intent)
    assert district.contact.phone in reply.texts[0] and district.contact.email not in reply.text
    assert not any(d.contact.phone in reply.text for d in content.districts
                   if d.contact.phone != district.contact.phone)  # fmt: skip


def test_unknown_person_is_said_plainly() -> None:
    reply = ask("wie erreiche ich Frau Mustermann", "district_contact", {"person": "Mustermann"})
    assert reply.names[0] == "utter_person_unknown"


def test_district_list_names_all_with_a_button_each(content: PageContent) -> None:
    reply = ask("welche aktionsräume gibt es", "district_list")
    assert all(d.name in reply.text for d in content.districts)
    assert str(len(content.districts)) in reply.text
    picked = [e["district"] for intent, e in reply.payloads() if intent == "district_contact"]
    assert picked == [d.name for d in content.districts]
    assert max(len(b["payload"].encode()) for b in reply.buttons) <= 64  # Telegram's limit


def test_a_typo_place_gets_meinten_sie_buttons(content: PageContent) -> None:
    district = next(d for d in content.districts if d.name.isalpha() and len(d.name) >= 5)
    typo = _typo(district.name)
    reply = ask(f"kontakt {typo}", "district_contact", {"district": typo})
    assert reply.names == ["utter_district_suggest"]
    assert ("district_contact", {"district": district.name}) in reply.payloads()


def test_a_dortmund_place_outside_the_plan_is_named_without_an_entity(
    content: PageContent,
) -> None:
    reply = ask("wer ist in Wambel zuständig", "district_contact")
    assert reply.names[0] == "utter_district_unknown"
    assert all(d.name in reply.text for d in content.districts)


def test_a_typo_in_a_question_without_entity_gets_buttons(content: PageContent) -> None:
    district = next(d for d in content.districts if d.name.isalpha() and len(d.name) >= 5)
    reply = ask(f"kontakt {_typo(district.name).lower()}", "district_contact")
    assert ("district_contact", {"district": district.name}) in reply.payloads()


def test_an_answer_asks_for_feedback_but_not_again_right_away(content: PageContent) -> None:
    district = content.districts[0]
    first = ask("kontakt", "district_contact", {"district": district.name})
    assert first.names[-1] == "utter_ask_feedback"
    asked = [{"event": "bot", "text": first.texts[-1]}]
    again = ask("kontakt", "district_contact", {"district": district.name}, events=asked)
    assert "utter_ask_feedback" not in again.names


def test_answers_with_buttons_do_not_ask_for_feedback() -> None:
    reply = ask("liste", "district_list")
    assert "utter_ask_feedback" not in reply.names
