"""How answers look: the source line, the buttons, the staff shell, and ratings."""

from __future__ import annotations

from typing import Any

import pytest

from actions.action_answer import ActionFeedback
from actions.focus import PAGE_SIZE, Focus, Subject
from actions.formatting import site_contacts
from knowledge import KnowledgeBase
from knowledge.records import PageContent
from tests.actions.conftest import Reply, ask, press, responses, run

SHELL = "cmdline"  # the input channel of `rasa shell`


def _factual(kb: KnowledgeBase) -> list[tuple[str, str, dict[str, str]]]:
    """Questions whose answers state facts of the page: (text, intent, entities)."""
    district, project = kb.districts()[0], kb.projects()[0]
    return [
        (f"wer ist in {district.name} zuständig", "district_contact", {"district": district.name}),
        ("welche aktionsräume gibt es", "district_list", {}),
        ("Gibt es Angebote für Senioren?", "project_search", {"target_group": "Senioren"}),
        (f"was ist {project.title}", "project_detail", {"project": project.title}),
        ("was ist der aktionsplan", "topic_overview", {}),
        ("projektbüro", "project_office_contact", {}),
        ("sozialbericht", "social_report", {}),
        ("links", "links", {}),
        ("wer ist in Huckarde zuständig", "district_contact", {"district": "Huckarde"}),
    ]


def _own_buttons(message: dict[str, Any]) -> list[dict[str, str]]:
    """The buttons a message shows: its own, else its response's in domain.yml."""
    own = message.get("buttons") or []
    return own or (responses().get(message.get("response"), [{}])[0].get("buttons") or [])


def test_every_factual_answer_names_its_source_once(kb: KnowledgeBase) -> None:
    for text, intent, entities in _factual(kb):
        reply = ask(text, intent, entities)
        assert len(reply.sources) == 1, (text, reply.names)
        assert kb.built_at[:4] in reply.sources[0]
        assert any(link in reply.sources[0] for link in kb.links()), reply.sources[0]


def test_the_source_is_the_pages_link_and_the_build_date(kb: KnowledgeBase) -> None:
    reply = ask("links", "links")
    year, month, day = kb.built_at[:10].split("-")
    assert f"{day}.{month}.{year}" in reply.sources[0]


@pytest.mark.parametrize(
    ("text", "intent"),
    [("hilfe", "help"), ("wer ist zuständig?", "district_contact"),
     ("Was ist das Ziel davon?", "project_detail"), ("senoiren", "nlu_fallback")],
)  # fmt: skip
def test_help_and_questions_back_name_no_source(text: str, intent: str) -> None:
    reply = ask(text, intent)
    assert not reply.sources, reply.names


def test_an_ambiguous_project_name_is_asked_back_without_source(kb: KnowledgeBase) -> None:
    """ "Meinten Sie eines dieser Projekte?" states no fact; its buttons must stay visible."""
    word = next(
        word
        for project in kb.projects()
        for word in project.title.replace("„", " ").replace("“", " ").split()
        if len(word) >= 8 and len(kb.find_project(word).items) > 1
    )
    reply = ask(f"Was ist {word}?", "project_detail", {"project": word})
    assert reply.names[0] == "utter_project_choose", word
    assert not reply.sources and reply.names[-1] == "utter_project_choose", reply.names


def test_a_typo_place_gets_buttons_and_no_source(content: PageContent) -> None:
    district = next(d for d in content.districts if d.name.isalpha() and len(d.name) >= 5)
    typo = district.name[0] + district.name[2] + district.name[1] + district.name[3:]
    reply = ask(f"kontakt {typo}", "district_contact", {"district": typo})
    assert not reply.sources and reply.buttons


def test_buttons_stay_with_their_message_and_the_source_comes_last(kb: KnowledgeBase) -> None:
    """Every widget shows each message's own buttons; the source closes the answer."""
    for text, intent in [("welche aktionsräume gibt es", "district_list"),
                         ("was ist der aktionsplan", "topic_overview"),
                         ("Gibt es Angebote für Senioren?", "project_search")]:  # fmt: skip
        reply = ask(text, intent)
        assert any(_own_buttons(m) for m in reply.messages), text
        assert reply.names[-1] == "utter_source", (text, reply.names)
        assert not _own_buttons(reply.messages[-1]), (text, reply.names)


def _shell(text: str, intent: str, entities: dict[str, str] | None = None, **kw: Any) -> Reply:
    return ask(text, intent, entities, channel=SHELL, **kw)


def test_the_shell_gets_no_feedback_prompt_and_no_buttons(kb: KnowledgeBase) -> None:
    for text, intent, entities in _factual(kb):
        reply = _shell(text, intent, entities)
        assert "utter_ask_feedback" not in reply.names, text
        assert not any(m.get("buttons") for m in reply.messages), text
        assert len(reply.sources) == 1, text


def test_the_shell_gets_the_choices_as_a_line(kb: KnowledgeBase) -> None:
    web = ask("welche aktionsräume gibt es", "district_list")
    titles = [b["title"] for b in web.messages[0]["buttons"]]
    shell = _shell("welche aktionsräume gibt es", "district_list")
    options = [t for t in shell.texts if t.startswith("Zur Auswahl:")]
    assert len(options) == 1 and all(title in options[0] for title in titles)
    assert shell.texts.index(options[0]) == 1  # right after the list it belongs to


def test_the_shell_lists_project_choices_by_title(kb: KnowledgeBase) -> None:
    web = ask("Gibt es Angebote für Senioren?", "project_search")
    titles = [b["title"] for b in next(m["buttons"] for m in web.messages if m.get("buttons"))]
    assert titles
    shell = _shell("Gibt es Angebote für Senioren?", "project_search")
    options = next(t for t in shell.texts if t.startswith("Zur Auswahl:"))
    assert all(title in options for title in titles)
    assert shell.focus == web.focus


def test_a_web_answer_asks_for_feedback_the_shell_does_not(content: PageContent) -> None:
    district = content.districts[0]
    web = ask("kontakt", "district_contact", {"district": district.name})
    shell = _shell("kontakt", "district_contact", {"district": district.name})
    assert web.names[-1] == "utter_ask_feedback"
    assert [n for n in web.names if n != "utter_ask_feedback"] == shell.names


@pytest.mark.parametrize(
    "text", ["das hilft nicht", "hilft nicht, ich bin alleine", "nicht hilfreich", "super danke"]
)
def test_typed_words_are_no_rating(text: str) -> None:
    for intent in ("feedback_unhelpful", "feedback_helpful"):
        reply = run(ActionFeedback(), text, intent)
        assert not {"utter_feedback_thanks", "utter_feedback_sorry"} & set(reply.names), text
        assert "Rückmeldung" not in reply.text


def test_typed_words_under_a_rating_intent_are_answered_as_a_question(
    content: PageContent,
) -> None:
    """The rating intents have no text examples; if the NLU still picks one, it is no rating."""
    district = content.districts[0]
    reply = run(ActionFeedback(), f"Telefon {district.name}, das hilft nicht", "feedback_unhelpful")
    assert district.contact.phone in reply.text and "Rückmeldung" not in reply.text


def test_the_rating_buttons_are_thanked() -> None:
    payloads = [b["payload"] for b in responses()["utter_ask_feedback"][0]["buttons"]]
    assert payloads == ["/feedback_helpful", "/feedback_unhelpful"]
    helpful = run(ActionFeedback(), payloads[0], "feedback_helpful")
    assert helpful.names == ["utter_feedback_thanks"]
    unhelpful = run(ActionFeedback(), payloads[1], "feedback_unhelpful")
    assert unhelpful.names == ["utter_feedback_sorry"]


def test_a_rating_keeps_the_focus(content: PageContent) -> None:
    focus = Focus(Subject.PLACES, places=(content.districts[0].name,))
    reply = run(ActionFeedback(), "/feedback_helpful", "feedback_helpful", focus=focus)
    assert reply.events == []


def test_every_button_opens_an_answer(kb: KnowledgeBase) -> None:
    """Pressing any offered button (its payload as the message) gets facts, not a question back."""
    district = next(d for d in kb.districts() if d.name.isalpha() and len(d.name) >= 5)
    typo = district.name[0] + district.name[2] + district.name[1] + district.name[3:]
    replies = [ask("welche aktionsräume gibt es", "district_list"),
               ask("was ist der aktionsplan", "topic_overview"), ask("senoiren", "nlu_fallback"),
               ask("hilfe", "help"), ask(f"kontakt {typo}", "district_contact", {"district": typo}),
               ask("wer ist zuständig?", "district_contact")]  # fmt: skip
    pressed = 0
    for reply in replies:
        for button in reply.buttons:
            if button["payload"].startswith("/feedback"):
                continue
            opened = press(button, focus=reply.focus)
            assert len(opened.sources) == 1, (button, opened.names)
            pressed += 1
    assert pressed > len(kb.districts())


def test_the_more_button_pages_on(kb: KnowledgeBase) -> None:
    listed = ask("Welche Projekte gibt es für Jugendliche?", "project_search",
                 {"target_group": "Jugendliche"})  # fmt: skip
    more = next(b for b in listed.buttons if b["payload"] == "/project_search")
    reply = press(more, focus=listed.focus)
    assert reply.focus.start == PAGE_SIZE and reply.focus.projects == listed.focus.projects
    fourth = next(p for p in kb.projects() if p.number == listed.focus.projects[PAGE_SIZE])
    assert fourth.title in reply.text


def test_the_people_on_site_are_named_once_with_every_number_and_their_e_mail(
    kb: KnowledgeBase,
) -> None:
    """A resident who cannot call writes: the e-mail too; one person with two numbers once."""
    districts = list(kb.districts())
    line = site_contacts(districts)
    for district in districts:
        contact = district.contact
        assert line.count(f"{contact.name}, Tel.") == 1
        assert contact.phone in line and contact.email in line
