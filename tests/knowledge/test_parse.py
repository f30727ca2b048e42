"""The parser against the page: counts, quirks, and every fact checked on the raw text."""

from __future__ import annotations

import re

import pytest

from knowledge.parse import TITLE_JOINER, ParseError, normalize_phone, parse_text
from knowledge.records import PageContent, Role

PHONE_LINE = re.compile(r"^Telefon\s+(.+)$")
EMAIL_LINE = re.compile(r"^E-Mail\s+(.+)$")


def raw_contact_blocks(page_text: str) -> list[list[str]]:
    """Blank-line separated blocks of the raw page that hold a phone line."""
    blocks = [block.strip().splitlines() for block in re.split(r"\n\s*\n", page_text)]
    return [b for b in blocks if any(PHONE_LINE.match(line.strip()) for line in b)]


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_counts_match_what_the_page_states(content: PageContent) -> None:
    assert content.counts() == {
        "topics": 3, "projects": 34, "districts": 13, "contacts": 12, "reports": 2, "links": 4,
    }  # fmt: skip
    assert content.stated_counts == {"projects": 34, "districts": 13}
    assert len({c.name for c in content.contacts if c.role is Role.OFFICE}) == 3
    assert len({c.name for c in content.contacts if c.role is Role.REPORT}) == 2


def test_every_phone_and_email_belongs_to_the_right_person_and_district(
    content: PageContent, page_text: str
) -> None:
    blocks = raw_contact_blocks(page_text)
    assert len(blocks) == 13 + 3 + 2
    by_district = {d.name: d.contact for d in content.districts}
    for block in blocks:
        lines = [line.strip() for line in block]
        phone_at = next(i for i, line in enumerate(lines) if PHONE_LINE.match(line))
        raw_phone = PHONE_LINE.match(lines[phone_at]).group(1)
        raw_email = EMAIL_LINE.match(lines[phone_at + 1]).group(1)
        name_line = lines[phone_at - 1]
        if lines[0].startswith("Aktionsraum "):
            contact = by_district[lines[0].removeprefix("Aktionsraum ")]
        else:
            [contact] = [
                c for c in content.contacts if c.name in name_line and c.role is not Role.DISTRICT
            ]
        assert contact.name in name_line
        assert digits(contact.phone) == digits(raw_phone)
        assert contact.email == raw_email


def test_all_34_goals_and_titles_stand_on_the_page(content: PageContent, page_text: str) -> None:
    lines = {line.strip() for line in page_text.splitlines()}
    goal_lines = [line for line in lines if re.match(r"^Ziel(gruppe)?:", line)]
    assert len(goal_lines) == len(content.projects) == 34
    for project in content.projects:
        assert f"{project.goal_label}: {project.goal}" in lines
        for title_line in project.title.split(TITLE_JOINER):
            assert title_line in page_text


def test_one_project_names_its_target_group_instead_of_a_goal(content: PageContent) -> None:
    assert [p.goal_label for p in content.projects].count("Zielgruppe") == 1


def test_two_line_title_is_joined(content: PageContent, page_text: str) -> None:
    [joined] = [p for p in content.projects if p.title.count(TITLE_JOINER) >= 2]
    first, *_, last = joined.title.split(TITLE_JOINER)
    assert f"{first}{TITLE_JOINER}" in page_text
    assert f"\n{last}\n" in page_text


def test_title_glued_to_goal_line_is_a_project_of_its_own(
    content: PageContent, page_text: str
) -> None:
    glued = re.search(r"^Ziel: .+\n(?!\s*\n)(?!Ziel)(.+)$", page_text, re.MULTILINE)
    assert glued, "the page copy has a title right after a goal line"
    assert glued.group(1).strip() in {p.title for p in content.projects}


def test_rotated_start_belongs_to_the_first_topic_in_page_order(
    content: PageContent, page_text: str
) -> None:
    first_topic = content.topics[0]
    tail_titles = page_text.split(f"Schwerpunkt {first_topic.name}")[-1]
    head_titles = page_text.split("Schwerpunkt ")[0]
    projects = [p for p in content.projects if p.topic == first_topic.name]
    assert projects[0].title in tail_titles  # the list's start stands at the end
    assert projects[-1].title in head_titles
    nav = [line[2:] for line in page_text.splitlines() if line.startswith("- ")]
    assert [t.name for t in content.topics] == nav


def test_topics_carry_their_numbered_work_focus(content: PageContent, page_text: str) -> None:
    for topic in content.topics:
        assert f"{topic.number}. **{topic.work_focus}" in page_text
        assert not topic.work_focus.endswith((" und", ","))


def test_name_prefix_and_uneven_phone_spacing(content: PageContent) -> None:
    assert not any(c.name.startswith("Name ") for c in content.contacts)
    people = {c.name for c in content.contacts}
    assert len(people) == 12
    assert normalize_phone("+49 231 50 2 42 23") == normalize_phone("+49 231 50-2 42 23")


def test_reports_links_and_plan(content: PageContent, page_text: str) -> None:
    assert len(content.reports) == 2
    assert all(r.description and r.title in page_text for r in content.reports)
    assert all(link in page_text for link in content.links)
    assert all(paragraph in page_text for paragraph in content.plan_summary)


@pytest.mark.parametrize(
    "broken",
    [
        "",
        "nur Text ohne Überschriften",
        "Schwerpunkt X\n\nEin Titel ohne Ziel\n",
        "Ziel: ohne Titel\n\nSchwerpunkt X\n",
    ],  # fmt: skip
)
def test_unreadable_pages_raise_a_parse_error(broken: str) -> None:
    with pytest.raises(ParseError):
        parse_text(broken)


def test_truncated_page_raises_rather_than_guessing(page_text: str) -> None:
    with pytest.raises(ParseError):
        parse_text(page_text.replace("Telefon +49 231 50-2 89 30\n", ""))
