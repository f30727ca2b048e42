"""Project search with paging, details, picking from a list, and the Schwerpunkte."""

from __future__ import annotations

from actions.projects import (
    PAGE_SIZE,
    ActionProjectDetail,
    ActionProjectSearch,
    ActionTopicOverview,
)
from knowledge import KnowledgeBase
from knowledge.records import PageContent
from tests.actions.conftest import run

search = ActionProjectSearch()
detail = ActionProjectDetail()


def _titles(kb: KnowledgeBase, text: str) -> list[str]:
    return [hit.item.title for hit in kb.search_projects(text)]


def _title(kb: KnowledgeBase, ref: str) -> str:
    """The title a button's "#n" reference stands for."""
    return next(p.title for p in kb.projects() if f"#{p.number}" == ref)


def test_search_shows_the_best_results_first_with_buttons(kb: KnowledgeBase) -> None:
    expected = _titles(kb, "Angebote für Senioren")
    assert len(expected) > 1
    reply = run(search, "Angebote für Senioren", "project_search", {"target_group": "Senioren"})
    page = expected[:PAGE_SIZE]
    assert all(title in reply.text for title in page)
    assert [_title(kb, e["project"]) for _, e in reply.payloads()] == page
    assert reply.slot("project_results") == expected


def test_more_pages_on_and_says_when_all_were_shown(kb: KnowledgeBase) -> None:
    expected = _titles(kb, "Jugendliche")
    assert len(expected) > PAGE_SIZE
    slots = {"project_results": expected, "project_offset": float(PAGE_SIZE)}
    reply = run(search, "gibt es noch mehr?", "project_search", slots=slots)
    assert all(t in reply.text for t in expected[PAGE_SIZE : 2 * PAGE_SIZE])
    assert expected[0] not in reply.text
    slots["project_offset"] = float(len(expected))
    done = run(search, "mehr", "project_search", slots=slots)
    assert done.names == ["utter_project_search_no_more"]


def test_more_without_a_previous_search_asks_what_to_look_for() -> None:
    assert run(search, "mehr", "project_search").names == ["utter_project_search_ask"]


def test_search_without_match_says_so() -> None:
    reply = run(search, "Raumfahrt Quantencomputer", "project_search")
    assert reply.names == ["utter_project_search_none"]


def test_projects_in_a_place_come_from_titles_and_goals(kb: KnowledgeBase) -> None:
    district = next(d for d in kb.districts() if len(kb.projects_in([d])) > 1)
    reply = run(search, f"Projekte in {district.name}", "project_search",
                {"district": district.name})  # fmt: skip
    assert all(p.title in reply.text for p in kb.projects_in([district])[:PAGE_SIZE])


def test_a_place_without_named_projects_points_to_its_contact(kb: KnowledgeBase) -> None:
    district = next(d for d in kb.districts() if not kb.projects_in([d]))
    reply = run(search, f"Projekte in {district.name}", "project_search",
                {"district": district.name})  # fmt: skip
    assert reply.names[0] == "utter_project_search_none_in_district"
    assert district.contact.phone in reply.text


def test_detail_by_name_shows_goal_and_topic(content: PageContent) -> None:
    for project in content.projects:
        reply = run(detail, f"was ist {project.title}", "project_detail",
                    {"project": project.title})  # fmt: skip
        assert project.goal in reply.text and project.topic in reply.text
        assert f"{project.goal_label}:" in reply.text
        assert reply.slot("project") == project.title


def test_detail_of_a_project_with_a_place_names_the_contact(kb: KnowledgeBase) -> None:
    project = next(p for p in kb.projects() if kb.districts_of(p))
    reply = run(detail, "", "project_detail", {"project": project.title})
    assert all(d.contact.name in reply.text for d in kb.districts_of(project))


def test_der_zweite_picks_from_the_last_list(content: PageContent) -> None:
    shown = [p.title for p in content.projects[:3]]
    reply = run(detail, "der zweite", "project_detail", slots={"project_shown": shown})
    assert reply.slot("project") == shown[1]
    last = run(detail, "den letzten bitte", "project_detail", slots={"project_shown": shown})
    assert last.slot("project") == shown[-1]


def test_numbers_follow_the_list_numbering_across_pages(content: PageContent) -> None:
    results = [p.title for p in content.projects[:6]]
    slots = {"project_results": results, "project_shown": results[3:6]}
    assert run(detail, "Nummer 5", "project_detail", slots=slots).slot("project") == results[4]
    assert run(detail, "der erste", "project_detail", slots=slots).slot("project") == results[3]


def test_markup_with_a_digit_is_no_pick(content: PageContent) -> None:
    shown = [p.title for p in content.projects[:3]]
    reply = run(detail, "<script>alert(1)</script>", "project_detail",
                slots={"project_shown": shown, "project": shown[0]})  # fmt: skip
    assert reply.names[0] == "utter_project_unknown"
    assert "utter_project_detail" not in reply.names and "<script>" not in reply.text


def test_a_new_question_does_not_repeat_the_last_project(content: PageContent) -> None:
    last = content.projects[0]
    reply = run(detail, "was ist mit Wambel", "project_detail", slots={"project": last.title})
    assert last.goal not in reply.text and reply.names[0] == "utter_district_unknown"


def test_a_number_beyond_the_page_picks_from_all_results(content: PageContent) -> None:
    results = [p.title for p in content.projects[:12]]
    slots = {"project_results": results, "project_shown": results[:3]}
    assert run(detail, "Nummer 5", "project_detail", slots=slots).slot("project") == results[4]


def test_asking_for_projects_in_general_shows_the_plan(content: PageContent) -> None:
    reply = run(search, "Welche Projekte gibt es?", "project_search")
    assert reply.names[0] == "utter_topic_overview"
    assert all(t.name in reply.text for t in content.topics)


def test_goal_follow_up_uses_the_current_project(content: PageContent) -> None:
    project = content.projects[5]
    reply = run(detail, "Was ist das Ziel davon?", "project_detail",
                slots={"project": project.title})  # fmt: skip
    assert project.goal in reply.text


def test_unknown_project_offers_close_matches_or_asks() -> None:
    reply = run(detail, "", "project_detail", {"project": "<b>Mondbasis</b>"})
    assert reply.names[0] == "utter_project_unknown"
    assert "Mondbasis" not in reply.text


def test_overview_counts_schwerpunkte_and_projects(content: PageContent) -> None:
    reply = run(ActionTopicOverview(), "was ist der aktionsplan", "topic_overview")
    assert f"{len(content.topics)} Schwerpunkte" in reply.text
    assert f"{len(content.projects)} Projekten" in reply.text
    assert [e["topic"] for _, e in reply.payloads()] == [str(t.number) for t in content.topics]


def test_one_schwerpunkt_lists_its_projects(kb: KnowledgeBase) -> None:
    topic = kb.topics()[1]
    reply = run(ActionTopicOverview(), "", "topic_overview", {"topic": topic.name})
    projects = kb.projects(topic)
    assert f"{len(projects)} Projekte" in reply.text
    assert all(p.title in reply.text for p in projects[:PAGE_SIZE])
    assert reply.slot("project_results") == [p.title for p in projects]


def test_schwerpunkt_by_number_in_text(kb: KnowledgeBase) -> None:
    reply = run(ActionTopicOverview(), "schwerpunkt 3", "topic_overview")
    assert kb.topics()[2].name in reply.text


def test_every_project_button_opens_exactly_its_project(kb: KnowledgeBase) -> None:
    reply = run(ActionTopicOverview(), "", "topic_overview", {"topic": kb.topics()[0].name})
    opened_buttons = [(i, e) for i, e in reply.payloads() if i == "project_detail"]
    assert len(opened_buttons) == PAGE_SIZE
    for intent, entities in opened_buttons:
        opened = run(detail, "", intent, entities)
        assert opened.slot("project") == _title(kb, entities["project"])


def test_every_button_fits_telegram_64_byte_limit(kb: KnowledgeBase) -> None:
    replies = [run(ActionTopicOverview(), "", "topic_overview")]
    replies += [run(ActionTopicOverview(), "", "topic_overview", {"topic": str(t.number)})
                for t in kb.topics()]  # fmt: skip
    replies += [run(detail, "", "project_detail", {"project": p.title}) for p in kb.projects()]
    payloads = [b["payload"] for reply in replies for b in reply.buttons]
    assert payloads and max(len(p.encode()) for p in payloads) <= 64


def test_a_question_naming_a_project_by_one_title_word_gets_its_details(kb: KnowledgeBase) -> None:
    """No entity tagged: "Worum geht es bei den <word of one title>?" still finds it."""
    word, project = next(
        (word, project)
        for project in kb.projects()
        for word in sorted(project.title.split(), key=len, reverse=True)
        if len(word) >= 8 and word.isalpha() and kb.target_group(word) is None
        and list(kb.find_project(word).items) == [project]
    )  # fmt: skip
    reply = run(detail, f"Worum geht es bei den {word}?", "project_detail")
    assert project.title in reply.text
    assert reply.names != ["utter_project_unknown"]


def test_a_target_group_asked_as_a_detail_question_lists_its_projects(
    kb: KnowledgeBase,
) -> None:
    """ "Was macht die Stadt für Jugendliche?" is no question about the one project
    whose title says "Jugendliche"."""
    assert len(kb.find_project("Jugendliche").items) == 1
    expected = _titles(kb, "Was macht die Stadt für Jugendliche?")[:PAGE_SIZE]
    assert len(expected) > 1
    reply = run(detail, "Was macht die Stadt für Jugendliche?", "project_detail",
                {"target_group": "Jugendliche"})  # fmt: skip
    assert reply.names[0] == "utter_project_search_results"
    shown = [_title(kb, e["project"]) for _, e in reply.payloads() if "project" in e]
    assert shown == expected


def test_a_search_matching_only_a_schwerpunkt_lists_that_schwerpunkt(
    kb: KnowledgeBase,
) -> None:
    """ "Hilfe gegen Armut": no project title or goal says it, a Schwerpunkt does."""
    word, topic = next(
        (word, topic)
        for topic in kb.topics()
        for word in topic.name.split()
        if len(word) >= 5 and not kb.search_projects(word)
        and list(kb.find_topic(f"Hilfe gegen {word}").items) == [topic]
    )  # fmt: skip
    reply = run(search, f"Hilfe gegen {word}", "project_search")
    assert reply.names[0] == "utter_topic_projects"
    assert topic.name in reply.text


def test_a_single_result_replaces_the_last_list(kb: KnowledgeBase) -> None:
    """After one search result, "mehr" and "der erste" no longer reach the older list."""
    older = _titles(kb, "Jugendliche")
    question = "Gibt es Hilfe für Existenzgründerinnen?"
    assert len(_titles(kb, question)) == 1 and len(older) > PAGE_SIZE
    slots = {"project_results": older, "project_offset": float(PAGE_SIZE),
             "project_shown": older[:PAGE_SIZE]}  # fmt: skip
    reply = run(search, question, "project_search", slots=slots)
    only = _titles(kb, question)
    assert only[0] in reply.text
    assert reply.slot("project_results") == reply.slot("project_shown") == only
    slots = {name: reply.slot(name) for name in slots}
    assert run(search, "mehr", "project_search", slots=slots).names == [
        "utter_project_search_no_more"
    ]
    assert only[0] in run(detail, "der erste", "project_detail", slots=slots).text


def test_an_untagged_target_group_with_a_typo_still_lists_its_projects(kb: KnowledgeBase) -> None:
    expected = [hit.item.title for hit in kb.projects_for_target_group("Kinder")]
    assert expected
    reply = run(search, "was gibts für kinner", "project_search")
    assert expected[0] in reply.text
