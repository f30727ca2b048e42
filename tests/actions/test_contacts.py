"""The Projektbüro, the Sozialplanung, the links, help, and a database that is down."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine

from actions import knowledge_access
from actions.action_answer import ActionFeedback
from actions.answers import link_about, source_link
from actions.focus import Focus, Subject
from knowledge import KnowledgeBase
from knowledge.records import PageContent, Role
from tests.actions.conftest import ask, run


def _office(content: PageContent) -> list:
    office = [c for c in content.contacts if c.role is Role.OFFICE]
    assert office
    return office


def test_project_office_lists_its_people(content: PageContent) -> None:
    reply = ask("projektbüro", "project_office_contact")
    assert all(c.name in reply.text and c.phone in reply.text for c in _office(content))
    assert reply.focus.subject == Subject.OFFICE


def test_office_follow_up_gives_phones_only(content: PageContent) -> None:
    reply = ask("und die telefonnummer", "district_contact", {"contact_detail": "phone"},
                focus=Focus(Subject.OFFICE))  # fmt: skip
    assert all(c.phone in reply.text for c in _office(content))
    assert not any(c.email in reply.text for c in _office(content))
    assert reply.focus.subject == Subject.OFFICE


def test_social_report_names_reports_people_and_link(content: PageContent) -> None:
    reply = ask("sozialbericht", "social_report")
    assert all(r.title in reply.text for r in content.reports)
    report_people = [c for c in content.contacts if c.role is Role.REPORT]
    assert report_people and all(c.name in reply.text for c in report_people)
    assert any(link in reply.text for link in content.links if "sozialbericht" in link)
    assert reply.focus.subject == Subject.REPORT


def test_report_follow_up_gives_the_mail_of_its_people(content: PageContent) -> None:
    people = [c for c in content.contacts if c.role is Role.REPORT]
    reply = ask("und die mail?", "district_contact", {"contact_detail": "email"},
                focus=Focus(Subject.REPORT))  # fmt: skip
    assert all(c.email in reply.text for c in people)
    assert not any(c.phone in reply.text for c in people)


def test_links_lists_every_link(content: PageContent) -> None:
    reply = ask("links", "links")
    assert all(link in reply.text for link in content.links)


def test_help_uses_a_real_district_as_example(content: PageContent) -> None:
    reply = ask("hilfe", "help")
    assert content.districts[0].name in reply.text
    assert {intent for intent, _ in reply.payloads()} >= {"district_list", "topic_overview"}


def test_database_down_gives_a_polite_message_not_a_crash(tmp_path: Path) -> None:
    broken = create_engine(f"sqlite:///{tmp_path}/missing/dir/kb.db")
    knowledge_access.use(KnowledgeBase(broken))
    reply = ask("wer ist in hörde zuständig", "district_contact")
    assert reply.names == ["utter_service_unavailable"]
    assert reply.events == []  # the focus is kept as it was


def test_database_down_during_feedback_is_polite_too(tmp_path: Path) -> None:
    broken = create_engine(f"sqlite:///{tmp_path}/missing/dir/kb.db")
    knowledge_access.use(KnowledgeBase(broken))
    reply = run(ActionFeedback(), "das hilft nicht", "feedback_unhelpful")
    assert reply.names == ["utter_service_unavailable"]


def test_a_link_is_chosen_by_what_the_page_says_not_by_its_address(kb: KnowledgeBase) -> None:
    for link in kb.links():
        site = link.removeprefix("www.").split(".")[0]
        assert link_about(kb, [f"Mehr dazu steht bei {site.title()} im Netz"]) == link
    assert link_about(kb, ["nichts davon"]) is None
    assert source_link(kb) in kb.links() and source_link(kb) != kb.links()[0]
