"""Picks from the last list and its next page: "der zweite", "mehr", "diese Mediation"."""

from __future__ import annotations

from dataclasses import replace

from actions.decision import deciding  # decide() calls back into this module
from actions.decision.kinds import Decision, Kind, via
from actions.decision.limits import MAX_PICK_WORDS, MIN_LISTED_WORD
from actions.decision.lists import next_page, pick, search
from actions.decision.signals import names_anything
from actions.focus import Focus, ListKind, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.records import Topic
from knowledge.text import key

_PICK_INTENTS = frozenset({"inform", "project_detail", "project_search", "nlu_fallback",
                           "topic_overview"})  # fmt: skip


def pick_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick from the last list: "der zweite", "Nummer 5", "die dritte davon".

    After the plan's overview, whose list is its Schwerpunkte, "das zweite" is Schwerpunkt 2.
    """
    focus = _list_named(turn, focus)
    if not turn.pick_only:
        return _loose_pick(turn, focus, kb)
    if _places_listed(focus) and not turn.says_project:
        return _pick_place(turn, focus, kb)
    asks_project = focus.projects and turn.says_project
    topic = _listed_topic(turn, focus, kb) if not asks_project else None
    if topic is not None:
        return Decision(Kind.TOPIC, topic=topic, rule="pick_only.topic")
    if focus.projects:
        return via("pick_only", pick(turn.pick or 0, focus, kb))
    return None


def _loose_pick(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick in a longer message: "erzähl mir mehr über das dritte".

    "zurück zu den Senioren: das erste" searches the list again.
    """
    if turn.pick is None or turn.more or turn.intent not in _PICK_INTENTS:
        return None
    if turn.words > MAX_PICK_WORDS:  # "im dritten Stock" in a story is no pick
        return None
    if _places_listed(focus) and not names_anything(turn):
        return _pick_place(turn, focus, kb)
    topic = _listed_topic(turn, focus, kb) if not names_anything(turn) else None
    if topic is not None:  # "Welche Projekte hat der zweite?" after the Schwerpunkte
        return Decision(Kind.TOPIC, topic=topic, rule="loose_pick.topic")
    if turn.groups or turn.places:
        listed = search(turn, kb)
        if listed.kind is not Kind.PROJECT_LIST:
            return None
        listed_focus = Focus(projects=tuple(p.number for p in listed.projects))
        return via("loose_pick.search", pick(turn.pick, listed_focus, kb))
    if focus.projects and not names_anything(turn):
        return via("loose_pick", pick(turn.pick, focus, kb))
    return None


def _list_named(turn: Turn, focus: Focus) -> Focus:
    """The focus with the list a pick names: "aus der ersten Liste" is the one before the last."""
    if turn.from_list == 1 and focus.earlier:
        return focus.but(subject=Subject.PROJECT, projects=focus.earlier, start=0,
                         earlier=focus.projects, project=None)  # fmt: skip
    return focus


def _listed_topic(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Topic | None:
    """The Schwerpunkt a pick names when the last list shown was the Schwerpunkte."""
    topics = kb.topics()
    if focus.query.kind != ListKind.TOPICS or not turn.pick or not topics:
        return None
    if turn.pick == -1:
        return topics[-1]
    return topics[turn.pick - 1] if 0 < turn.pick <= len(topics) else None


def _places_listed(focus: Focus) -> bool:
    """The last answer listed several Aktionsräume ("der zweite" picks one of them)."""
    return focus.subject == Subject.PLACES and len(focus.places) > 1


def _pick_place(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick from the places just listed: "der zweite", "Welche Projekte hat der zweite?".

    The message is answered as if it named that place.
    """
    position = turn.pick or 0
    if not (0 < position <= len(focus.places) or position == -1):
        return Decision(Kind.NO_SUCH_NUMBER, rule="pick_place.no_such_number")
    name = focus.places[position - 1 if position > 0 else -1]
    places = tuple(d for d in kb.districts() if d.name == name)
    picked = replace(turn, places=places, pick=None, pick_only=False, follow_up=False)
    narrowed = focus.but(places=(name,))
    if turn.pick_only:
        return Decision(Kind.PLACE_CONTACT, places, details=turn.details or focus.details,
                        rule="pick_place")  # fmt: skip
    return via("pick_place", deciding.decide(picked, narrowed, kb))


def more_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """More after a list ("mehr", "weiter", "ещё", "daha fazla"): its next page, any intent.

    After one project of the list ("mehr dazu") it is a follow-up on that project.
    """
    if not turn.more or not focus.projects or names_anything(turn):
        return None
    if focus.project is not None and turn.follow_up:
        return None
    return via("more", next_page(focus, kb))


def one_of_the_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project of the list just shown, named by a word of its title: "diese Mediation".

    Of the projects listed, the one whose title has the word is meant ("und das mit
    dem Frühstück?"), also when another project of the page fits the word better.
    """
    if turn.intent not in _PICK_INTENTS or focus.subject != Subject.PROJECT:
        return None
    if len(focus.projects) < 2 or turn.words > MAX_PICK_WORDS or turn.pick is not None:
        return None
    if turn.more or turn.projects or names_anything(turn) or turn.details:
        return None
    said = [word for word in turn.content if len(word) >= MIN_LISTED_WORD]
    listed = kb.projects_numbered(focus.projects)
    found = [p for p in listed if any(word in key(p.title) for word in said)]
    if len(found) != 1:
        return None
    return Decision(Kind.PROJECT_DETAIL, projects=(found[0],), rule="listed_word")
