"""The Projektbüro, the Sozialplanung, the links, help, and a database that is down."""

from __future__ import annotations

from sqlalchemy import create_engine

from actions import knowledge_access
from actions.contacts import ActionHelp, ActionLinks, ActionProjectOfficeContact, ActionSocialReport
from actions.districts import ActionDistrictContact
from knowledge import KnowledgeBase
from knowledge.records import PageContent, Role
from tests.actions.conftest import run


def test_project_office_lists_its_people(content: PageContent) -> None:
    reply = run(ActionProjectOfficeContact(), "projektbüro", "project_office_contact")
    office = [c for c in content.contacts if c.role is Role.OFFICE]
    assert office and all(c.name in reply.text and c.phone in reply.text for c in office)
    assert reply.slot("subject") == "office"


def test_office_follow_up_gives_phones_only(content: PageContent) -> None:
    reply = run(ActionDistrictContact(), "und die telefonnummer", "district_contact",
                {"contact_detail": "phone"}, slots={"subject": "office"})  # fmt: skip
    office = [c for c in content.contacts if c.role is Role.OFFICE]
    assert all(c.phone in reply.text for c in office)
    assert not any(c.email in reply.text for c in office)


def test_social_report_names_reports_people_and_link(content: PageContent) -> None:
    reply = run(ActionSocialReport(), "sozialbericht", "social_report")
    assert all(r.title in reply.text for r in content.reports)
    report_people = [c for c in content.contacts if c.role is Role.REPORT]
    assert report_people and all(c.name in reply.text for c in report_people)
    assert any(link in reply.text for link in content.links if "sozialbericht" in link)


def test_links_lists_every_link(content: PageContent) -> None:
    reply = run(ActionLinks(), "links", "links")
    assert all(link in reply.text for link in content.links)


def test_help_uses_a_real_district_as_example(content: PageContent) -> None:
    reply = run(ActionHelp(), "hilfe", "help")
    assert content.districts[0].name in reply.text
    assert {intent for intent, _ in reply.payloads()} >= {"district_list", "topic_overview"}


def test_database_down_gives_a_polite_message_not_a_crash(tmp_path) -> None:
    broken = create_engine(f"sqlite:///{tmp_path}/missing/dir/kb.db")
    knowledge_access.use(KnowledgeBase(broken))
    reply = run(ActionDistrictContact(), "wer ist in hörde zuständig", "district_contact")
    assert reply.names == ["utter_service_unavailable"]
