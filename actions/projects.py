"""Projects: ranked search with paging, details, and the plan's Schwerpunkte."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import KnowledgeAction
from actions.districts import answer_unknown_place
from actions.formatting import (
    bullet_list,
    join_words,
    numbered_list,
    project_buttons,
    site_contacts,
    topic_buttons,
)
from actions.parsing import asks_for_more, entity_values, is_follow_up, ordinal, text_of
from actions.slots import (
    ENTITY_DISTRICT,
    ENTITY_PROJECT,
    ENTITY_TARGET_GROUP,
    ENTITY_TOPIC,
    SLOT_PROJECT,
    SLOT_PROJECT_OFFSET,
    SLOT_PROJECT_RESULTS,
    SLOT_PROJECT_SHOWN,
    SLOT_SUBJECT,
    SUBJECT_PROJECT,
)
from knowledge import KnowledgeBase
from knowledge.records import Project, Topic
from knowledge.text import fold, terms

PAGE_SIZE = 3
MIN_NAME_SCORE = 90.0  # a project named in free text must match its title closely
_REF = re.compile(r"^#(\d{1,4})$")
_TOPIC_WORD = "schwerpunkt"  # only "Schwerpunkt 2" is read from free text, not any sentence


def show_page(
    dispatcher: CollectingDispatcher, kb: KnowledgeBase, titles: Sequence[str], offset: int
) -> list[EventType]:
    """The next ``PAGE_SIZE`` results as a numbered list with buttons; "mehr" pages on."""
    page = list(titles[offset : offset + PAGE_SIZE])
    if not page:
        dispatcher.utter_message(response="utter_project_search_no_more")
        return [SlotSet(SLOT_PROJECT_SHOWN, [])]
    projects = [p for title in page for p in kb.find_project(title).items[:1]]
    dispatcher.utter_message(
        response="utter_project_search_results" if offset == 0 else "utter_project_search_page",
        count=len(titles),
        first=offset + 1,
        last=offset + len(page),
        projects=numbered_list(page, offset + 1),
        buttons=project_buttons(projects),
    )
    remaining = len(titles) - offset - len(page)
    if remaining > 0:
        dispatcher.utter_message(response="utter_project_search_more", remaining=remaining)
    return _remember_list(titles, offset, page)


def _remember_list(titles: Sequence[str], offset: int, page: list[str]) -> list[EventType]:
    """The slots "mehr" and "der zweite" read: all results, how far shown, the page."""
    return [
        SlotSet(SLOT_PROJECT_RESULTS, list(titles)),
        SlotSet(SLOT_PROJECT_OFFSET, float(offset + len(page))),
        SlotSet(SLOT_PROJECT_SHOWN, page),
    ]


def show_results(
    dispatcher: CollectingDispatcher, kb: KnowledgeBase, projects: Sequence[Project]
) -> list[EventType]:
    """A single result in detail, several as the first page of a list.

    Either way the results replace the last list: "mehr" or "der erste" after a
    single result must not reach back to an earlier search.
    """
    if len(projects) == 1:
        only = [projects[0].title]
        return show_project(dispatcher, kb, projects[0]) + _remember_list(only, 0, only)
    return show_page(dispatcher, kb, [p.title for p in projects], 0)


def show_project(
    dispatcher: CollectingDispatcher, kb: KnowledgeBase, project: Project
) -> list[EventType]:
    """Title, Schwerpunkt and goal; the contact on site where the page names a place."""
    dispatcher.utter_message(
        response="utter_project_detail",
        title=project.title,
        topic=project.topic,
        goal_label=project.goal_label,
        goal=project.goal,
    )
    districts = kb.districts_of(project)
    if districts:
        dispatcher.utter_message(
            response="utter_project_detail_districts",
            districts=join_words(d.name for d in districts),
            contacts=site_contacts(list(districts)),
        )
    else:
        dispatcher.utter_message(response="utter_project_detail_office")
    return [SlotSet(SLOT_PROJECT, project.title), SlotSet(SLOT_SUBJECT, SUBJECT_PROJECT)]


class ActionProjectSearch(KnowledgeAction):
    """For "Gibt es Angebote für Senioren?", "Projekte in Nette", "mehr"."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_project_search"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Search by Schwerpunkt, place, target group or free text; or page on."""
        text = text_of(tracker)
        content = terms(text, drop_noise=True)
        topics = entity_values(tracker, ENTITY_TOPIC)
        places = entity_values(tracker, ENTITY_DISTRICT)
        groups = entity_values(tracker, ENTITY_TARGET_GROUP)
        if not (topics or places or groups or content):
            if not text or asks_for_more(text):
                return self._next_page(dispatcher, tracker, kb)
            return show_overview(dispatcher, kb)  # "Welche Projekte gibt es?"
        topic = _topic(kb, topics)
        if topic is not None:
            return show_topic(dispatcher, kb, topic)
        if places:
            return self._in_places(dispatcher, kb, places)
        projects = [hit.item for hit in kb.search_projects(text)]
        if not projects:  # a target group the NLU did not tag: "für kinner", "Existenzgründerinnen"
            projects = [hit.item for g in groups or content
                        for hit in kb.projects_for_target_group(g)]  # fmt: skip
        if projects:
            return show_results(dispatcher, kb, list(dict.fromkeys(projects)))
        return self._nothing_found(dispatcher, kb, text)

    def _nothing_found(
        self, dispatcher: CollectingDispatcher, kb: KnowledgeBase, text: str
    ) -> list[EventType]:
        """A Dortmund place outside the plan, a Schwerpunkt's words ("Hilfe gegen Armut"), or no."""
        other = kb.other_place(text) if text else None
        if other:
            return answer_unknown_place(dispatcher, kb, other)
        topic = _topic(kb, [text])
        if topic is not None:
            return show_topic(dispatcher, kb, topic)
        dispatcher.utter_message(response="utter_project_search_none")
        return []

    def _next_page(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        titles = tracker.get_slot(SLOT_PROJECT_RESULTS) or []
        if not titles:
            dispatcher.utter_message(response="utter_project_search_ask")
            return []
        offset = int(tracker.get_slot(SLOT_PROJECT_OFFSET) or 0)
        return show_page(dispatcher, kb, titles, offset)

    def _in_places(
        self, dispatcher: CollectingDispatcher, kb: KnowledgeBase, places: list[str]
    ) -> list[EventType]:
        districts = [d for place in places for d in kb.find_districts(place).items]
        if not districts:
            return answer_unknown_place(dispatcher, kb, places[0])
        projects = kb.projects_in(districts)
        if projects:
            return show_results(dispatcher, kb, projects)
        dispatcher.utter_message(
            response="utter_project_search_none_in_district",
            districts=join_words(dict.fromkeys(d.name for d in districts)),
            contacts=site_contacts(list(districts)),
        )
        return []


class ActionProjectDetail(KnowledgeAction):
    """For "Was ist Kohldampf?", "der zweite", "Was ist das Ziel davon?"."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_project_detail"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """Details of the named, picked or last discussed project."""
        names = entity_values(tracker, ENTITY_PROJECT)
        text = text_of(tracker)
        if names:
            return self._named(dispatcher, kb, names[0])
        picked = _picked(tracker, text)
        if picked:
            return self._named(dispatcher, kb, picked)
        named = _named_in(kb, text)
        if named:
            return self._choose(dispatcher, kb, named)
        if entity_values(tracker, ENTITY_TARGET_GROUP):  # "Was macht die Stadt für Jugendliche?"
            return ActionProjectSearch().answer(dispatcher, tracker, kb)
        if not is_follow_up(text):
            other = kb.other_place(text)
            return (
                answer_unknown_place(dispatcher, kb, other)
                if other
                else self._named(dispatcher, kb, text)
            )
        shown = tracker.get_slot(SLOT_PROJECT_SHOWN) or []
        current = tracker.get_slot(SLOT_PROJECT) or (shown[0] if len(shown) == 1 else None)
        if current:
            return self._named(dispatcher, kb, current)
        dispatcher.utter_message(response="utter_project_ask")
        return []

    def _named(
        self, dispatcher: CollectingDispatcher, kb: KnowledgeBase, name: str
    ) -> list[EventType]:
        found = by_ref(kb, name) or kb.find_project(name).items
        if found:
            return self._choose(dispatcher, kb, found)
        dispatcher.utter_message(response="utter_project_unknown")
        close = [hit.item for hit in kb.search_projects(name, limit=PAGE_SIZE)]
        if close:
            dispatcher.utter_message(
                response="utter_project_choose", buttons=project_buttons(close)
            )
        else:
            dispatcher.utter_message(response="utter_project_ask")
        return []

    def _choose(
        self, dispatcher: CollectingDispatcher, kb: KnowledgeBase, projects: list[Project]
    ) -> list[EventType]:
        if len(projects) == 1:
            return show_project(dispatcher, kb, projects[0])
        dispatcher.utter_message(
            response="utter_project_choose", buttons=project_buttons(projects[:PAGE_SIZE])
        )
        return [SlotSet(SLOT_PROJECT_SHOWN, [p.title for p in projects[:PAGE_SIZE]])]


class ActionTopicOverview(KnowledgeAction):
    """For "Was ist der Aktionsplan?", "Welche Schwerpunkte gibt es?", "Schwerpunkt 2"."""

    def name(self) -> str:
        """See domain.yml."""
        return "action_topic_overview"

    def answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, kb: KnowledgeBase
    ) -> list[EventType]:
        """One Schwerpunkt's projects, or the plan with all three."""
        text = text_of(tracker)
        named = entity_values(tracker, ENTITY_TOPIC)
        topic = _topic(kb, named or ([text] if _TOPIC_WORD in fold(text) else []))
        if topic is not None:
            return show_topic(dispatcher, kb, topic)
        return show_overview(dispatcher, kb)


def show_overview(dispatcher: CollectingDispatcher, kb: KnowledgeBase) -> list[EventType]:
    """The plan in one message: what it is, its Schwerpunkte with their project counts."""
    topics = kb.topics()
    dispatcher.utter_message(
        response="utter_topic_overview",
        summary=kb.plan_summary()[-1],
        count=len(topics),
        project_count=len(kb.projects()),
        topics=bullet_list(f"{t.name} ({len(kb.projects(t))} Projekte)" for t in topics),
        buttons=topic_buttons(topics),
    )
    return []


def show_topic(
    dispatcher: CollectingDispatcher, kb: KnowledgeBase, topic: Topic
) -> list[EventType]:
    """A Schwerpunkt: its aim, how many projects, and the first page of them."""
    projects = kb.projects(topic)
    dispatcher.utter_message(
        response="utter_topic_projects",
        topic=topic.name,
        work_focus=topic.work_focus,
        count=len(projects),
    )
    return show_page(dispatcher, kb, [p.title for p in projects], 0)


def by_ref(kb: KnowledgeBase, ref: str) -> list[Project]:
    """The project a button refers to ("#12"), or [] for any other text."""
    match = _REF.match(ref.strip())
    return [p for p in kb.projects() if match and p.number == int(match.group(1))]


def _topic(kb: KnowledgeBase, values: list[str]) -> Topic | None:
    for value in values:
        found = kb.find_topic(value).items if value else []
        if len(found) == 1:
            return found[0]
    return None


def _picked(tracker: Tracker, text: str) -> str | None:
    """The title the citizen picks from the last list.

    Lists are numbered across pages ("4. …", "5. …"), so "Nummer 5" means the
    fifth result when it is on screen; otherwise a number counts within the
    shown page ("der erste" after page two is its first entry).
    """
    shown = tracker.get_slot(SLOT_PROJECT_SHOWN) or []
    position = ordinal(text) if shown else None
    if position is None:
        return None
    results = tracker.get_slot(SLOT_PROJECT_RESULTS) or []
    first = results.index(shown[0]) + 1 if shown[0] in results else 1
    if first <= position < first + len(shown):
        return shown[position - first]
    if -len(shown) <= position < 0:
        return shown[position]
    if 0 < position <= len(shown):
        return shown[position - 1]
    return results[position - 1] if 0 < position <= len(results) else None  # "Nummer 5" of 12


def _named_in(kb: KnowledgeBase, text: str) -> list[Project]:
    """Projects a question names closely: by its whole text, else by one of its words.

    "Worum geht es bei den Sportpaten?" names a project by one word of its title; a
    word for a target group ("Jugendliche") asks for a list, not for one project.
    """
    words = [word for word in terms(text, drop_noise=True) if kb.target_group(word) is None]
    for query in [text, *words] if words else []:
        named = [hit.item for hit in kb.find_project(query).hits if hit.score >= MIN_NAME_SCORE]
        if named:
            return named
    return []
