"""People: a named contact, the Projektbüro, the Sozialplanung, and the page's links."""

from __future__ import annotations

from collections.abc import Sequence

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction
from actions.formatting import bullet_list, contact_line, join_words
from actions.slots import (
    DETAIL_EMAIL,
    DETAIL_PHONE,
    SLOT_PERSON,
    SLOT_SUBJECT,
    SUBJECT_OFFICE,
    SUBJECT_PERSON,
    SUBJECT_REPORT,
)
from knowledge import KnowledgeBase
from knowledge.records import Contact, Role

_DETAIL_RESPONSES = {
    DETAIL_PHONE: "utter_person_contact_phone",
    DETAIL_EMAIL: "utter_person_contact_email",
    None: "utter_person_contact",
}
_REPORT_LINK_WORD = "sozialbericht"  # which of the page's links is the report's


def utter_contacts(
    dispatcher: CollectingDispatcher, contacts: Sequence[Contact], detail: str | None
) -> None:
    """One message per distinct name, number and address, the asked detail first."""
    seen = set()
    for contact in contacts:
        if (contact.name, contact.phone, contact.email) in seen:
            continue
        seen.add((contact.name, contact.phone, contact.email))
        dispatcher.utter_message(
            response=_DETAIL_RESPONSES[detail],
            name=contact.name,
            units=contact.unit,
            phone=contact.phone,
            email=contact.email,
        )


def answer_contacts(
    dispatcher: CollectingDispatcher, contacts: Sequence[Contact], detail: str | None, subject: str
) -> list[EventType]:
    """The people of one list (follow-up after the Projektbüro or the Sozialplanung)."""
    utter_contacts(dispatcher, contacts, detail)
    return [SlotSet(SLOT_SUBJECT, subject)]


def answer_person(
    dispatcher: CollectingDispatcher, kb: KnowledgeBase, text: str, detail: str | None
) -> list[EventType]:
    """For "Wie erreiche ich Frau Lehmann?": the person's numbers and where they serve."""
    people = kb.find_people(text).items
    if not people:
        dispatcher.utter_message(response="utter_person_unknown")
        return []
    for person in people[:3]:
        utter_contacts(dispatcher, person.contacts, detail)
        if person.districts and detail is None:
            dispatcher.utter_message(
                response="utter_person_districts",
                name=person.name,
                districts=join_words(person.districts),
            )
    return [SlotSet(SLOT_SUBJECT, SUBJECT_PERSON), SlotSet(SLOT_PERSON, people[0].name)]


class ActionProjectOfficeContact(KnowledgeAction):
    """For "Wie erreiche ich das Projektbüro?"."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_project_office_contact"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """The Projektbüro's people with phone and e-mail."""
        contacts = kb.contacts(Role.OFFICE)
        dispatcher.utter_message(
            response="utter_project_office_contact",
            contacts=bullet_list(contact_line(c) for c in contacts),
        )
        return [SlotSet(SLOT_SUBJECT, SUBJECT_OFFICE)]


class ActionSocialReport(KnowledgeAction):
    """For "Wer ist für den Sozialbericht zuständig?", "Was ist der Sozialstrukturatlas?"."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_social_report"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """What the reports are, whom to ask, and where to read them."""
        reports = kb.reports()
        descriptions = dict.fromkeys(r.description for r in reports)
        contacts = kb.contacts(Role.REPORT)
        dispatcher.utter_message(
            response="utter_social_report",
            summary=" ".join(" ".join(d.split()) for d in descriptions),
            contacts=bullet_list(contact_line(c) for c in contacts),
        )
        links = [link for link in kb.links() if _REPORT_LINK_WORD in link]
        if links:
            dispatcher.utter_message(response="utter_social_report_link", links=join_words(links))
        return [SlotSet(SLOT_SUBJECT, SUBJECT_REPORT)]


class ActionLinks(KnowledgeAction):
    """For "Wo finde ich mehr Informationen?"."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_links"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """The links the page recommends."""
        dispatcher.utter_message(response="utter_links", links=bullet_list(kb.links()))
        return []


class ActionHelp(KnowledgeAction):
    """For "Was kannst du?": examples with real names from the page, and the menu."""

    asks_feedback = False

    def name(self) -> str:
        """See domain.yml."""
        return "action_help"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Show what the bot can do, with an Aktionsraum of the page as example."""
        dispatcher.utter_message(response="utter_help", example=kb.districts()[0].name)
        return []
