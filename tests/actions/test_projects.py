"""Project search with paging, details, picking from a list, and the Schwerpunkte."""

from __future__ import annotations

import pytest

from actions.focus import PAGE_SIZE, Focus, ListKind, ListQuery, Subject
from knowledge import KnowledgeBase
from knowledge.aliases import PLACE_ALIASES
from knowledge.lifestage import project_stages
from knowledge.records import District, PageContent, Project, Role
from tests.actions.conftest import Reply, ask, press


def _found(kb: KnowledgeBase, text: str) -> list[Project]:
    return [hit.item for hit in kb.search_projects(text)]


def _numbers(projects: list[Project]) -> tuple[int, ...]:
    return tuple(p.number for p in projects)


def _project(kb: KnowledgeBase, ref: str) -> Project:
    """The project a button's "#n" reference stands for."""
    return next(p for p in kb.projects() if f"#{p.number}" == ref)


def _listed(projects: list[Project], start: int = 0) -> Focus:
    """The focus after a list of ``projects`` whose page at ``start`` was shown."""
    return Focus(Subject.PROJECT, projects=_numbers(projects), start=start,
                 query=ListQuery(ListKind.SEARCH, "test"))  # fmt: skip


def test_search_shows_the_best_results_first_with_buttons(kb: KnowledgeBase) -> None:
    expected = _found(kb, "Angebote für Senioren")
    assert len(expected) > 1
    reply = ask("Angebote für Senioren", "project_search", {"target_group": "Senioren"})
    page = [p.title for p in expected[:PAGE_SIZE]]
    assert all(title in reply.text for title in page)
    assert [_project(kb, e["project"]).title for i, e in reply.payloads() if "project" in e] == page
    assert reply.focus.projects[:PAGE_SIZE] == _numbers(expected[:PAGE_SIZE])
    assert set(reply.focus.projects) <= set(_numbers(expected)) and reply.focus.start == 0


def test_more_pages_on_and_says_when_all_were_shown(kb: KnowledgeBase) -> None:
    expected = _found(kb, "Jugendliche")
    assert len(expected) > PAGE_SIZE
    reply = ask("gibt es noch mehr?", "project_search", focus=_listed(expected))
    assert all(p.title in reply.text for p in expected[PAGE_SIZE : 2 * PAGE_SIZE])
    assert expected[0].title not in reply.text
    assert reply.focus.start == PAGE_SIZE and reply.focus.projects == _numbers(expected)
    last_page = (len(expected) - 1) // PAGE_SIZE * PAGE_SIZE
    done = ask("mehr", "project_search", focus=_listed(expected, last_page))
    # said first; then the same Schwerpunkt's others, if it has more, none of the list again
    topics = {p.topic for p in expected}
    more = [p for p in kb.projects() if p.topic in topics and p not in expected]
    first = "utter_project_search_related" if more else "utter_project_search_no_more"
    assert done.names[0] == first
    assert not any(p.title in done.text for p in expected)


def test_habt_ihr_noch_weitere_pages_on(kb: KnowledgeBase) -> None:
    expected = _found(kb, "Jugendliche")
    reply = ask("habt ihr noch weitere?", "project_search", focus=_listed(expected))
    assert expected[PAGE_SIZE].title in reply.text and expected[0].title not in reply.text


def test_more_without_a_previous_search_asks_what_to_look_for() -> None:
    reply = ask("mehr", "project_search")
    assert reply.names[0] in ("utter_project_search_ask", "utter_project_ask")
    assert not reply.sources


def test_search_without_match_says_so() -> None:
    reply = ask("Raumfahrt Quantencomputer", "project_search")
    assert reply.names[0] == "utter_project_search_none"


def test_projects_in_a_place_come_from_titles_and_goals(kb: KnowledgeBase) -> None:
    district = next(d for d in kb.districts() if len(kb.projects_in([d])) > 1)
    reply = ask(f"Projekte in {district.name}", "project_search", {"district": district.name})
    assert all(p.title in reply.text for p in kb.projects_in([district])[:PAGE_SIZE])


def test_a_place_without_named_projects_points_to_its_contact(kb: KnowledgeBase) -> None:
    district = next(d for d in kb.districts() if not kb.projects_in([d]))
    reply = ask(f"Projekte in {district.name}", "project_search", {"district": district.name})
    assert reply.names[0] == "utter_project_search_none_in_district"
    assert district.contact.phone in reply.text


@pytest.mark.parametrize("alias", sorted(PLACE_ALIASES))
def test_projects_in_a_place_named_by_its_common_name(alias: str, kb: KnowledgeBase) -> None:
    """ "Projekte in der Nordstadt" asks for the Aktionsräume the name stands for."""
    districts = [d for d in kb.districts() if d.name in PLACE_ALIASES[alias]]
    reply = ask(f"Welche Projekte gibt es in {alias}?", "project_search", {"district": alias})
    assert reply.names[0] != "utter_project_search_none", reply.names
    on_site = kb.projects_in(districts)
    if on_site:
        assert all(p.title in reply.text for p in on_site[:PAGE_SIZE])
    else:
        assert reply.names[0] == "utter_project_search_none_in_district"
        assert all(d.contact.phone in reply.text for d in districts)


def test_detail_by_name_shows_goal_and_topic(content: PageContent) -> None:
    for project in content.projects:
        reply = ask(f"was ist {project.title}", "project_detail", {"project": project.title})
        assert project.goal in reply.text and project.topic in reply.text
        assert f"{project.goal_label}:" in reply.text
        assert reply.focus.subject == Subject.PROJECT and reply.focus.project == project.number


def test_detail_of_a_project_with_a_place_names_the_contact(kb: KnowledgeBase) -> None:
    project = next(p for p in kb.projects() if kb.districts_of(p))
    reply = ask("", "project_detail", {"project": project.title})
    assert all(d.contact.name in reply.text for d in kb.districts_of(project))
    assert all(d.contact.phone in reply.text for d in kb.districts_of(project))


def test_der_zweite_picks_from_the_last_list(content: PageContent) -> None:
    shown = list(content.projects[:3])
    reply = ask("der zweite", "project_detail", focus=_listed(shown))
    assert reply.focus.project == shown[1].number and shown[1].goal in reply.text
    last = ask("den letzten bitte", "project_detail", focus=_listed(shown))
    assert last.focus.project == shown[-1].number


def test_a_bare_pick_under_inform_picks_too(content: PageContent) -> None:
    shown = list(content.projects[:3])
    reply = ask("die nummer drei bitte", "inform", focus=_listed(shown))
    assert reply.focus.project == shown[2].number and shown[2].goal in reply.text


def test_numbers_follow_the_list_numbering_across_pages(content: PageContent) -> None:
    results = list(content.projects[:6])
    focus = _listed(results, start=3)
    assert ask("Nummer 5", "project_detail", focus=focus).focus.project == results[4].number
    assert ask("der erste", "project_detail", focus=focus).focus.project == results[3].number


def test_a_pick_keeps_the_list_for_the_next_pick(content: PageContent) -> None:
    results = list(content.projects[:6])
    first = ask("der zweite", "project_detail", focus=_listed(results))
    assert first.focus.projects == _numbers(results)
    again = ask("und der dritte?", "project_detail", focus=first.focus)
    assert again.focus.project == results[2].number


def test_markup_with_a_digit_is_no_pick(content: PageContent) -> None:
    shown = list(content.projects[:3])
    focus = _listed(shown).but(project=shown[0].number)
    reply = ask("<script>alert(1)</script>", "project_detail", focus=focus)
    assert reply.names[0] == "utter_project_unknown"
    assert "utter_project_detail" not in reply.names and "<script>" not in reply.text


def test_a_new_question_does_not_repeat_the_last_project(content: PageContent) -> None:
    last = content.projects[0]
    reply = ask("was ist mit Wambel", "project_detail",
                focus=Focus(Subject.PROJECT, project=last.number))  # fmt: skip
    assert last.goal not in reply.text and reply.names[0] == "utter_district_unknown"


def test_a_number_beyond_the_page_picks_from_all_results(content: PageContent) -> None:
    results = list(content.projects[:12])
    assert ask("Nummer 5", "project_detail", focus=_listed(results)).focus.project == (
        results[4].number
    )


def test_a_number_beyond_the_list_says_so(content: PageContent) -> None:
    results = list(content.projects[:3])
    reply = ask("Nummer 9", "project_detail", focus=_listed(results))
    assert reply.names[0] == "utter_project_no_such_number"
    assert str(len(results)) in reply.text
    assert not any(p.goal in reply.text for p in content.projects)


def test_asking_for_projects_in_general_shows_the_plan(content: PageContent) -> None:
    reply = ask("Welche Projekte gibt es?", "project_search")
    assert reply.names[0] in ("utter_topic_overview", "utter_plan_fact")
    assert all(t.name in reply.text for t in content.topics)


def test_goal_follow_up_uses_the_current_project(content: PageContent) -> None:
    project = content.projects[5]
    for question in ("Was ist das Ziel davon?", "an wen richtet sich das?"):
        reply = ask(question, "project_detail",
                    focus=Focus(Subject.PROJECT, project=project.number))  # fmt: skip
        assert project.goal in reply.text, question


def test_which_schwerpunkt_follow_up_names_the_projects_topic(content: PageContent) -> None:
    project = content.projects[7]
    reply = ask("welcher Schwerpunkt ist das?", "project_detail",
                focus=Focus(Subject.PROJECT, project=project.number))  # fmt: skip
    assert project.topic in reply.text and project.title in reply.text


def test_contact_follow_up_on_a_project_gives_the_people_on_site(kb: KnowledgeBase) -> None:
    project = next(p for p in kb.projects() if kb.districts_of(p))
    reply = ask("und wen kann ich da anrufen?", "district_contact",
                focus=Focus(Subject.PROJECT, project=project.number))  # fmt: skip
    assert all(d.contact.phone in reply.text for d in kb.districts_of(project))


def test_unknown_project_offers_close_matches_or_asks() -> None:
    reply = ask("Was ist die <b>Mondbasis</b>?", "project_detail", {"project": "<b>Mondbasis</b>"})
    assert reply.names[0] == "utter_project_unknown"
    assert "Mondbasis" not in reply.text


def test_overview_counts_schwerpunkte_and_projects(content: PageContent) -> None:
    reply = ask("was ist der aktionsplan", "topic_overview")
    assert f"{len(content.topics)} Schwerpunkte" in reply.text
    assert f"{len(content.projects)} Projekten" in reply.text
    topics = [e["topic"] for i, e in reply.payloads() if i == "topic_overview"]
    assert topics == [str(t.number) for t in content.topics]


def test_one_schwerpunkt_lists_its_projects(kb: KnowledgeBase) -> None:
    topic = kb.topics()[1]
    reply = ask("", "topic_overview", {"topic": topic.name})
    projects = kb.projects(topic)
    assert f"{len(projects)} Projekte" in reply.text
    assert all(p.title in reply.text for p in projects[:PAGE_SIZE])
    assert reply.focus.projects == _numbers(list(projects))


def test_schwerpunkt_by_number_in_text(kb: KnowledgeBase) -> None:
    reply = ask("schwerpunkt 3", "topic_overview")
    assert kb.topics()[2].name in reply.text


def test_every_project_button_opens_exactly_its_project(kb: KnowledgeBase) -> None:
    reply = ask("", "topic_overview", {"topic": kb.topics()[0].name})
    opened_buttons = [b for b in reply.buttons if b["payload"].startswith("/project_detail")]
    assert len(opened_buttons) == PAGE_SIZE
    for button in opened_buttons:
        opened = press(button, focus=reply.focus)
        ref = button["payload"].split('"project":"')[1].split('"')[0]
        project = _project(kb, ref)
        assert opened.focus.project == project.number and project.goal in opened.text


def test_every_button_fits_telegram_64_byte_limit(kb: KnowledgeBase) -> None:
    replies = [ask("", "topic_overview")]
    replies += [ask("", "topic_overview", {"topic": str(t.number)}) for t in kb.topics()]
    replies += [ask("", "project_detail", {"project": p.title}) for p in kb.projects()]
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
    for intent in ("project_detail", "project_search"):  # a misread intent is absorbed
        reply = ask(f"Worum geht es bei den {word}?", intent)
        assert project.title in reply.text and project.goal in reply.text, intent
        assert reply.names[0] == "utter_project_detail"


def test_a_nickname_in_a_question_gets_the_projects_goal(kb: KnowledgeBase) -> None:
    """ "Was soll der Walkingbus eigentlich bringen?": the name in quotes in the title."""
    quoted = [(p, p.title.split("„")[1].split("“")[0]) for p in kb.projects() if "„" in p.title]
    named = [(p, n) for p, n in quoted if list(kb.find_project(n).items) == [p]]  # unambiguous
    assert named
    for project, nickname in named:
        reply = ask(f"Was soll der {nickname} eigentlich bringen?", "project_detail")
        assert reply.names[0] == "utter_project_detail", nickname
        assert project.goal in reply.text, nickname


def test_a_situation_in_several_sentences_gets_the_fitting_projects(kb: KnowledgeBase) -> None:
    situation = ("Meine Nachbarin ist seit der Scheidung ganz allein und spricht kaum Deutsch. "
                 "Gibt es da was?")  # fmt: skip
    expected = _found(kb, situation)
    assert expected
    reply = ask(situation, "project_search")
    assert expected[0].title in reply.text
    assert reply.names[0] == "utter_yes"  # "Gibt es da was?" is a yes/no question
    assert reply.names[1] in ("utter_project_search_results", "utter_project_detail")


def test_a_target_group_asked_as_a_detail_question_lists_its_projects(
    kb: KnowledgeBase,
) -> None:
    """ "Was macht die Stadt für Jugendliche?" is no question about the one project
    whose title says "Jugendliche"."""
    assert len(kb.find_project("Jugendliche").items) == 1
    question = "Was macht die Stadt für Jugendliche?"
    expected = [p.title for p in _found(kb, question)[:PAGE_SIZE]]
    assert len(expected) > 1
    reply = ask(question, "project_detail", {"target_group": "Jugendliche"})
    assert reply.names[0] == "utter_project_search_results"
    shown = [_project(kb, e["project"]).title for _, e in reply.payloads() if "project" in e]
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
    reply = ask(f"Hilfe gegen {word}", "project_search")
    assert reply.names[0] == "utter_topic_projects"
    assert topic.name in reply.text


def test_a_single_result_replaces_the_last_list(kb: KnowledgeBase) -> None:
    """After one search result, "mehr" and "der erste" no longer reach the older list."""
    older = _found(kb, "Jugendliche")
    question = "Gibt es Hilfe für Existenzgründerinnen?"
    assert len(_found(kb, question)) == 1 and len(older) > PAGE_SIZE
    reply = ask(question, "project_search", focus=_listed(older))
    only = _found(kb, question)[0]
    assert only.title in reply.text and only.goal in reply.text
    assert reply.focus.projects == (only.number,) and reply.focus.shown == (only.number,)
    more = ask("mehr", "project_search", focus=reply.focus)  # the Schwerpunkt's others
    assert more.names[0] == "utter_project_search_related"
    assert more.focus.projects[0] == only.number and more.focus.start == 1
    assert only.goal in ask("der erste", "project_detail", focus=reply.focus).text


def test_an_untagged_target_group_with_a_typo_still_lists_its_projects(kb: KnowledgeBase) -> None:
    expected = [hit.item.title for hit in kb.projects_for_target_group("Kinder")]
    assert expected
    reply = ask("was gibts für kinner", "project_search")
    assert expected[0] in reply.text


SPOKEN_ASKS = ("Erzähl mir was über {}", "Zeig mir {}", "Nenn mir {}")


def _named_by_one_word(kb: KnowledgeBase) -> list[tuple[Project, str]]:
    """Projects that one word of their title finds alone ("Kohldampf"), with that word."""
    found = []
    for project in kb.projects():
        for word in project.title.split():
            hits = kb.search_projects_by_words(word) if word.isalpha() and len(word) > 5 else []
            if [hit.item.number for hit in hits] == [project.number]:
                found.append((project, word))
                break
    return found


@pytest.mark.parametrize("ask_for", SPOKEN_ASKS)
def test_a_spoken_imperative_is_no_unknown_name(kb: KnowledgeBase, ask_for: str) -> None:
    """ "Erzähl", "Zeig" (the imperative without its "e") are German, not a project's name."""
    named = _named_by_one_word(kb)
    assert len(named) >= 3
    for project, word in named:
        reply = ask(ask_for.format(word), "project_detail")
        assert project.goal in reply.text, ask_for.format(word)


def test_a_spoken_imperative_keeps_an_unknown_name_unknown() -> None:
    reply = ask("Erzähl mir was über den Mondbasisclub", "project_detail")
    assert reply.names[0] == "utter_project_unknown"


def _seniors_elsewhere(kb: KnowledgeBase) -> tuple[list[Project], District]:
    """The projects for older people, and an Aktionsraum none of them stands in."""
    found = [hit.item for hit in kb.projects_for_target_group("Senioren")]
    placed = [p for p in found if kb.districts_of(p)]
    sites = {d.name for p in placed for d in kb.districts_of(p)}
    elsewhere = next(d for d in kb.districts() if d.name not in sites)
    return placed, elsewhere


def _says_elsewhere(
    reply: Reply, placed: list[Project], place: District, kb: KnowledgeBase
) -> None:
    assert reply.names[:2] == ["utter_no", "utter_project_search_elsewhere"], reply.names
    assert place.contact.phone in reply.text  # who knows what there is on site
    assert all(d.name in reply.texts[1] for p in placed for d in kb.districts_of(p))
    assert all(p.title in reply.text for p in placed[:PAGE_SIZE])


def test_a_need_asked_for_a_place_where_no_fitting_project_stands_gets_no_yes(
    kb: KnowledgeBase,
) -> None:
    """ "Gibt es in Hörde was für Senioren?": "Nein", those projects stand elsewhere."""
    placed, place = _seniors_elsewhere(kb)
    reply = ask(f"Gibt es in {place.name} was für Senioren?", "project_search",
                {"district": place.name, "target_group": "Senioren"})  # fmt: skip
    _says_elsewhere(reply, placed, place, kb)


def test_there_after_a_place_asks_for_that_place(kb: KnowledgeBase) -> None:
    """ "gibt es da auch was für Senioren?" after the contact of a place is asked there."""
    placed, place = _seniors_elsewhere(kb)
    there = Focus(Subject.PLACES, places=(place.name,))
    reply = ask("gibt es da auch was für Senioren?", "project_search", {"target_group": "Senioren"},
                focus=there)  # fmt: skip
    _says_elsewhere(reply, placed, place, kb)


def test_a_project_asked_for_an_age_group_it_is_not_for_gets_no_and_that_groups_projects(
    kb: KnowledgeBase,
) -> None:
    """ "Gibt es <a school-children's project> auch für Senioren?": "Nein", then theirs."""
    only_children = [p for p in kb.projects() if project_stages(p.title, p.goal) == {"Kinder"}]
    children = min(only_children, key=lambda p: len(p.title))  # a short question
    seniors = [hit.item for hit in kb.projects_for_target_group("Senioren")]
    reply = ask(f"Gibt es {children.title} auch für Senioren?", "project_search")
    assert reply.names[:2] == ["utter_no", "utter_project_other_age"], reply.names
    assert all(p.title in reply.text for p in seniors[:PAGE_SIZE])
    assert children.goal not in reply.text


@pytest.mark.parametrize(
    "asked",
    [
        "Was kostet {title}?",
        "Wann hat {title} geöffnet?",
        "How do I register for {title}?",
        "Сколько стоит {title}?",
    ],  # fmt: skip
)
def test_terms_asked_of_a_named_project_show_it_and_the_projektbuero(
    asked: str, kb: KnowledgeBase
) -> None:
    """The page gives no prices, times, addresses or sign-up: the project and who knows them."""
    project = min((p for p in kb.projects() if not kb.districts_of(p)), key=lambda p: len(p.title))
    reply = ask(asked.format(title=project.title), "project_detail", {"project": project.title})
    assert project.goal in reply.text
    assert "utter_project_terms" in reply.names, reply.names
    assert all(c.phone in reply.text and c.email in reply.text for c in kb.contacts(Role.OFFICE))


def test_a_story_that_mentions_a_time_asks_no_terms(kb: KnowledgeBase) -> None:
    """ "ich fange um 6 Uhr an ..." tells the day; the question asks for help, not opening hours."""
    reply = ask("Ich fange morgens um 6 Uhr mit der Arbeit an und meine Tochter geht ohne "
                "Frühstück in die Grundschule, was kann ich tun?", "project_search")  # fmt: skip
    assert "utter_project_terms" not in reply.names, reply.names
