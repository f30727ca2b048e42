"""Contact persons found by name, with everything the page says about them."""

from __future__ import annotations

import pytest

from knowledge.knowledge_base import KnowledgeBase
from knowledge.records import PageContent, Role
from knowledge.text import fold


@pytest.mark.parametrize(
    "style", ["{surname}", "Herr {surname}", "frau {lower}", "{full}", "{folded}"]
)
def test_everyone_is_found_by_name_in_many_spellings(
    kb: KnowledgeBase, content: PageContent, style: str
) -> None:
    for contact in content.contacts:
        surname = contact.name.split(" ", 1)[1]
        typed = style.format(
            surname=surname, lower=surname.lower(), full=contact.name, folded=fold(contact.name)
        )
        matches = kb.find_people(typed)
        assert matches.status == "one", typed
        assert matches.items[0].name == contact.name


def test_a_person_serving_several_districts_lists_them_all(
    kb: KnowledgeBase, content: PageContent
) -> None:
    for person in kb.people():
        expected = tuple(d.name for d in content.districts if d.contact.name == person.name)
        assert person.districts == expected
    assert max(len(p.districts) for p in kb.people()) >= 3


def test_a_person_with_two_numbers_keeps_both(kb: KnowledgeBase, content: PageContent) -> None:
    for person in kb.people():
        phones = {d.contact.phone for d in content.districts if d.contact.name == person.name}
        assert phones <= {c.phone for c in person.contacts}


def test_roles_of_office_and_report_contacts(kb: KnowledgeBase) -> None:
    assert len(kb.contacts(Role.OFFICE)) == 3
    assert len(kb.contacts(Role.REPORT)) == 2


@pytest.mark.parametrize("typed", ["Herr Müller", "Frau Schmidt", "", "   ", "wer"])
def test_unknown_names_find_nobody(kb: KnowledgeBase, typed: str) -> None:
    assert kb.find_people(typed).status == "none"
