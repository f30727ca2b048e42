"""Aktionsräume: who is the contact person there, and which Aktionsräume exist."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction
from actions.contacts import answer_contacts, answer_person
from actions.formatting import bullet_list, district_buttons, grouped_by_contact, join_words
from actions.parsing import asked_detail, echoable_place, entity_values, text_of
from actions.slots import (
    DETAIL_EMAIL,
    DETAIL_PHONE,
    ENTITY_DISTRICT,
    ENTITY_PERSON,
    SLOT_DISTRICT,
    SLOT_PERSON,
    SLOT_PROJECT,
    SLOT_SUBJECT,
    SUBJECT_DISTRICT,
    SUBJECT_OFFICE,
    SUBJECT_PERSON,
    SUBJECT_PROJECT,
    SUBJECT_REPORT,
)
from knowledge import KnowledgeBase
from knowledge.records import District, Role

_PROJECT_WORD = "projekt"  # the page: questions about the projects go to the Projektbüro
_DETAIL_RESPONSES = {
    DETAIL_PHONE: "utter_district_contact_phone",
    DETAIL_EMAIL: "utter_district_contact_email",
    None: "utter_district_contact",
}


def answer_districts(
    dispatcher: CollectingDispatcher, districts: list[District], detail: str | None
) -> list[EventType]:
    """One message per contact person, the asked detail first."""
    for contact, names in grouped_by_contact(districts):
        dispatcher.utter_message(
            response=_DETAIL_RESPONSES[detail],
            districts=join_words(names),
            name=contact.name,
            phone=contact.phone,
            email=contact.email,
        )
    return [
        SlotSet(SLOT_SUBJECT, SUBJECT_DISTRICT),
        SlotSet(SLOT_DISTRICT, [d.name for d in districts]),
    ]


def answer_unknown_place(
    dispatcher: CollectingDispatcher, kb: KnowledgeBase, place: str
) -> list[EventType]:
    """Not an Aktionsraum: offer the nearest as buttons, or say so and list all.

    A typo ("Evnig") gets "Meinten Sie …?"; a real place of Dortmund that is no
    Aktionsraum ("Wambel") gets the plain answer and the list of the 13.
    """
    echo = echoable_place(place)
    suggestions = [] if kb.other_place(place) else kb.suggest_districts(place)
    if suggestions:
        dispatcher.utter_message(
            response="utter_district_suggest" if echo else "utter_district_suggest_generic",
            place=echo,
            buttons=district_buttons(suggestions),
        )
        return []
    names = join_words(d.name for d in kb.districts())
    count = len(kb.districts())
    dispatcher.utter_message(
        response="utter_district_unknown" if echo else "utter_district_unknown_generic",
        place=echo,
        count=count,
        districts=names,
    )
    return []


class ActionDistrictContact(KnowledgeAction):
    """For "Wer ist in Hörde zuständig?", "Telefon Nordstadt", "wie erreiche ich Frau Lehmann?".

    Without a place or person in the message it answers for what the last
    answer was about: "und die Telefonnummer?" after Hörde gives Hörde's number.
    """

    def name(self) -> str:
        """See domain.yml."""
        return "action_district_contact"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Answer for the person, place or earlier subject the message refers to."""
        detail = asked_detail(tracker)
        people = entity_values(tracker, ENTITY_PERSON)
        places = entity_values(tracker, ENTITY_DISTRICT)
        if people and not places:
            return answer_person(dispatcher, kb, " ".join(people), detail)
        if places:
            districts = _resolve(kb, places)
            if districts:
                return answer_districts(dispatcher, districts, detail)
            return answer_unknown_place(dispatcher, kb, places[0])
        text = text_of(tracker)
        found = kb.find_districts(text).items if text else []
        if found:
            return answer_districts(dispatcher, found, detail)
        if text and kb.find_people(text):
            return answer_person(dispatcher, kb, text, detail)
        other = kb.other_place(text) if text else None
        if other:
            return answer_unknown_place(dispatcher, kb, other)
        near = kb.suggest_districts(text) if text else []
        if near:
            dispatcher.utter_message(
                response="utter_district_suggest_generic", buttons=district_buttons(near)
            )
            return []
        return self._follow_up(dispatcher, tracker, kb, detail)

    def _follow_up(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        kb: KnowledgeBase,
        detail: str | None,
    ) -> list[EventType]:
        subject = tracker.get_slot(SLOT_SUBJECT)
        names = tracker.get_slot(SLOT_DISTRICT) or []
        if subject == SUBJECT_PERSON and tracker.get_slot(SLOT_PERSON):
            return answer_person(dispatcher, kb, tracker.get_slot(SLOT_PERSON), detail)
        if subject == SUBJECT_OFFICE:
            return answer_contacts(dispatcher, kb.contacts(Role.OFFICE), detail, subject)
        if subject == SUBJECT_REPORT:
            return answer_contacts(dispatcher, kb.contacts(Role.REPORT), detail, subject)
        if subject == SUBJECT_PROJECT and tracker.get_slot(SLOT_PROJECT):
            project = kb.find_project(tracker.get_slot(SLOT_PROJECT)).items[:1]
            districts = list(kb.districts_of(project[0])) if project else []
            if districts:
                return answer_districts(dispatcher, districts, detail)
            return answer_contacts(dispatcher, kb.contacts(Role.OFFICE), detail, SUBJECT_OFFICE)
        districts = _resolve(kb, names)
        if districts:
            return answer_districts(dispatcher, districts, detail)
        if _PROJECT_WORD in text_of(tracker).lower():  # "Wer hilft bei Fragen zu den Projekten?"
            return answer_contacts(dispatcher, kb.contacts(Role.OFFICE), detail, SUBJECT_OFFICE)
        example = kb.districts()[0].name
        dispatcher.utter_message(response="utter_district_ask", example=example)
        return []


class ActionDistrictList(KnowledgeAction):
    """For "Welche Aktionsräume gibt es?": all of them, with buttons."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_district_list"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """List the Aktionsräume in page order."""
        districts = kb.districts()
        dispatcher.utter_message(
            response="utter_district_list",
            count=len(districts),
            districts=bullet_list(d.name for d in districts),
            buttons=district_buttons(districts),
        )
        return []


def _resolve(kb: KnowledgeBase, places: list[str]) -> list[District]:
    """Aktionsräume for each named place, in page order, without repeats."""
    found = {d.name for place in places for d in kb.find_districts(place).items}
    return [d for d in kb.districts() if d.name in found]
