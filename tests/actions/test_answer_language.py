"""The words between the page's values follow the conversation's language, not only German."""

from __future__ import annotations

import pytest

from knowledge.records import PageContent
from tests.actions.conftest import ask

ENUMERATIONS = {None: "und", "de": "und", "en": "and", "tr": "ve", "uk": "і"}


@pytest.mark.parametrize("language", list(ENUMERATIONS))
def test_the_list_of_aktionsraeume_is_joined_in_the_conversations_language(
    content: PageContent, language: str | None
) -> None:
    reply = ask("Huckarde?", "district_contact", {"district": "Huckarde"},
                slots={"language": language})  # fmt: skip
    names = [d.name for d in content.districts]
    word = ENUMERATIONS[language]
    assert reply.messages[0]["districts"] == f"{', '.join(names[:-1])} {word} {names[-1]}"


def test_the_project_counts_of_the_schwerpunkte_are_in_english(content: PageContent) -> None:
    reply = ask("Welche Projekte gibt es?", "project_search", slots={"language": "en"})
    topics = next(m["topics"] for m in reply.messages if m.get("topics"))
    for topic in content.topics:
        count = sum(p.topic == topic.name for p in content.projects)
        assert f"- {topic.name} ({count} projects)" in topics.splitlines()
    assert "Projekte" not in topics


LABELS = [(None, "Schwerpunkt", "Ziel"), ("en", "Focus area", "Goal"),
          ("uk", "Пріоритетний напрям", "Мета")]  # fmt: skip


@pytest.mark.parametrize(("language", "topic", "goal"), LABELS)
def test_a_projects_labels_are_in_the_conversations_language_its_values_as_on_the_page(
    content: PageContent, language: str | None, topic: str, goal: str
) -> None:
    project = next(p for p in content.projects if p.goal_label == "Ziel")
    reply = ask(project.title, "project_detail", {"project": project.title},
                slots={"language": language})  # fmt: skip
    detail = next(m for m in reply.messages if m.get("response") == "utter_project_detail")
    assert (detail["topic_label"], detail["topic"]) == (topic, project.topic)
    assert (detail["goal_label"], detail["goal"]) == (goal, project.goal)


def test_the_pages_other_label_word_is_said_in_english_too(content: PageContent) -> None:
    project = next(p for p in content.projects if p.goal_label != "Ziel")
    reply = ask(project.title, "project_detail", {"project": project.title},
                slots={"language": "en"})  # fmt: skip
    detail = next(m for m in reply.messages if m.get("response") == "utter_project_detail")
    assert detail["goal_label"] == "Target group"
