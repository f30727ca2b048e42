"""Picks from the last list and its next page: "der zweite", "mehr", "diese Mediation"."""

from __future__ import annotations

from dataclasses import replace

from actions.decision import deciding  # decide() calls back into this module
from actions.decision.kinds import Decision, Kind, via
from actions.decision.limits import MAX_PICK_WORDS, MIN_LISTED_END, MIN_LISTED_WORD
from actions.decision.lists import next_page, numbered, pick, search
from actions.decision.signals import names_anything
from actions.focus import PAGE_SIZE, Focus, ListKind, ListQuery, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.records import Role, Topic
from knowledge.text import key

_PICK_INTENTS = frozenset({"inform", "project_detail", "project_search", "nlu_fallback",
                           "topic_overview"})  # fmt: skip


def pick_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A pick from the last list: "der zweite", "Nummer 5", "die dritte davon".

    After the plan's overview, whose list is its Schwerpunkte, "das zweite" is Schwerpunkt 2.
    A pick from an earlier list ("das erste von vorhin") makes that list the one in focus.
    """
    named = _list_named(turn, focus)
    decision = _pick(turn, named, kb)
    if decision is not None and named is not focus and decision.kind is Kind.PROJECT_DETAIL:
        return replace(decision, listed=named.projects)
    return decision


def earlier_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Back to the list shown before, no pick: "nochmal zur ersten Liste", "die Liste von vorhin".

    Its first page again, not a search for the words. With no list before the last
    one (an aside came after it), the last list again (rule ``earlier_list.again``).
    """
    if not turn.earlier_list or turn.pick is not None or turn.more or names_anything(turn):
        return None
    named = _list_named(turn, focus)
    same = named == focus.but(start=named.start)  # the list in focus, perhaps from page one
    again = same and focus.subject == Subject.PROJECT and len(focus.projects) > 1
    projects = kb.projects_numbered(named.projects) if not same or again else ()
    if not projects:
        return None
    if len(projects) == 1:
        return Decision(Kind.PROJECT_DETAIL, projects=projects, listed=named.projects,
                        rule="earlier_list.one")  # fmt: skip
    return Decision(Kind.PROJECT_LIST, projects=projects, query=ListQuery(ListKind.SEARCH),
                    rule="earlier_list.again" if again else "earlier_list")  # fmt: skip


def the_other(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Of a list of two, the one not shown: "falsch, nicht das, das andere".

    After one of two people of the page's lists (the Sozialplanung's), the other person:
    "und der andere?" (rule ``other_person``).
    """
    if not turn.other_one or turn.pick is not None or names_anything(turn) or turn.asks_contact:
        return None
    if turn.negated_projects and focus.subject == Subject.PROJECT and not turn.details:
        return _not_negated(turn, focus, kb)  # the negated words make no pick's length
    if turn.words > MAX_PICK_WORDS:
        return None
    if focus.subject == Subject.PERSON:
        return _other_person(turn, focus, kb)
    if turn.details:
        return None
    if focus.subject != Subject.PROJECT or focus.project is None or len(focus.projects) != 2:
        return None
    other = [n for n in focus.projects if n != focus.project]
    return via("the_other", numbered(other[0], kb, "other_of_two")) if len(other) == 1 else None


def _not_negated(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The project shown that the correction does not negate: "nicht das mit X, das andere"."""
    negated = {p.number for p in turn.negated_projects}
    shown = dict.fromkeys((*focus.shown, *([focus.project] if focus.project is not None else [])))
    left = kb.projects_numbered([n for n in shown if n not in negated])
    if len(left) == 1:
        return Decision(Kind.PROJECT_DETAIL, projects=tuple(left), rule="the_other.not_negated")
    if left:
        return Decision(Kind.PROJECT_CHOICE, projects=tuple(left[:PAGE_SIZE]),
                        rule="the_other.not_negated")  # fmt: skip
    return None


def _other_person(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The other of the two people of a contact list, the one in focus being one of them."""
    for role in Role:
        names = [c.name for c in kb.contacts(role)]
        if role is not Role.DISTRICT and len(set(names)) == 2 and focus.person in names:
            other = kb.person_named(next(n for n in names if n != focus.person))
            if other is not None:
                return Decision(Kind.PERSON_CONTACT, person=other, details=turn.details,
                                rule="other_person")  # fmt: skip
    return None


def _pick(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    if not turn.pick_only:
        return _loose_pick(turn, focus, kb)
    if _places_listed(focus) and not turn.says_project:
        return _pick_place(turn, focus, kb)
    asks_project = focus.projects and turn.says_project
    topic = _listed_topic(turn, focus, kb) if not asks_project else None
    if topic is not None:
        return Decision(Kind.TOPIC, topic=topic, rule="pick_only.topic")
    if focus.projects or focus.project is not None:
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
    if (focus.projects or focus.project is not None) and not names_anything(turn):
        return via("loose_pick", pick(turn.pick, focus, kb))
    return None


def _list_named(turn: Turn, focus: Focus) -> Focus:
    """The focus with the list a message names: "aus der ersten Liste", "von vorhin".

    "aus der ersten Liste" is the one before the last; "die Projekte von vorhin" the
    last list when something else came after it (:attr:`Focus.listed_before`). With
    no list before it, the one list paged on, numbered from its first page ("nummer 1
    von vorhin" after "die nächsten").
    """
    if turn.from_list == 1 and focus.earlier:
        numbers = focus.earlier
    elif turn.earlier_list and focus.listed_before:
        numbers = focus.listed_before
    elif (turn.from_list == 1 or turn.earlier_list) and focus.start > 0:
        return focus.but(start=0)  # the one list, paged on: numbered from its first answer
    else:
        return focus
    return focus.but(subject=Subject.PROJECT, projects=numbers, start=0, earlier=focus.projects,
                     project=None, query=ListQuery(ListKind.SEARCH))  # fmt: skip


def _listed_topic(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Topic | None:
    """The Schwerpunkt a pick names when the last list shown was the Schwerpunkte."""
    topics = kb.topics()
    if focus.query.kind != ListKind.TOPICS or not turn.pick or not topics:
        return None
    if turn.pick == -1:
        return topics[-1]
    return topics[turn.pick - 1] if 0 < turn.pick <= len(topics) else None


def _places_listed(focus: Focus) -> bool:
    """The last answer listed several Aktionsräume ("der zweite" picks one of them).

    Not the contact of several places asked in a talk about a list of projects
    ("wer ist in Eving zuständig?"): a pick after it is still of the projects.
    """
    return focus.subject == Subject.PLACES and len(focus.places) > 1 and not focus.projects


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

    After one project of the list ("mehr dazu") it is a follow-up on that project; after a
    search's one result, or one project shown alone, "noch was?" (no word about it) asks
    for more projects: those like it (:func:`actions.decision.lists.next_page`).
    """
    shown = focus.projects or focus.project is not None  # one project alone: those like it
    if not turn.more or not shown or names_anything(turn):
        return None
    alone = focus.projects in ((focus.project,), ()) and not turn.about_it
    if focus.project is not None and turn.follow_up and not alone:
        return None
    return via("more", next_page(focus, kb))


def step_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The project after or before the one of the list in focus: "und das davor?", "next one".

    With a list and none of it in focus, or a page said ("vorherige Seite"), the next or
    the previous page (rules ``step.page``, ``step.page_back``); past the list's end, no
    more (rule ``step.end``).
    """
    if not turn.step or len(focus.projects) < 2 or names_anything(turn):
        return None
    if abs(turn.step) > 1 or focus.project not in focus.projects:
        if turn.step > 0:
            return via("step.page", next_page(focus, kb))
        projects = kb.projects_numbered(focus.projects)
        return Decision(Kind.PROJECT_LIST, projects=projects, start=max(0, focus.start - PAGE_SIZE),
                        query=focus.query, rule="step.page_back")  # fmt: skip
    index = focus.projects.index(focus.project) + turn.step
    if not 0 <= index < len(focus.projects):
        return Decision(Kind.NO_MORE if turn.step > 0 else Kind.NO_SUCH_NUMBER, rule="step.end")
    return via("step", numbered(focus.projects[index], kb, "next" if turn.step > 0 else "back"))


def _in_title(word: str, title: str) -> bool:
    """A word of the title: in it if long, else a whole title word or its end ("Schulbus")."""
    if len(word) >= MIN_LISTED_WORD:
        return word in key(title)
    return any(w.endswith(word) for w in key(title).split())


def show_only(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The list in focus shown ("zeig die mal" after a Schwerpunkt's count): its next page.

    With every project already shown, the list again from its first page.
    """
    if not turn.show or len(focus.projects) < 2 or names_anything(turn) or turn.pick is not None:
        return None
    following = next_page(focus, kb)
    if following.kind is Kind.PROJECT_LIST:
        return via("show", following)
    projects = kb.projects_numbered(focus.projects)
    return Decision(Kind.PROJECT_LIST, projects=projects, query=focus.query, rule="show.again")


def all_projects(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Every project of the plan, paged: "zeig alle Projekte", or "mehr" after the overview.

    With no list in focus, "zeig sie mir" / "mehr" after the plan's Schwerpunkte and
    their counts, or projects to be shown ("show me all projects"), is the whole plan.
    """
    if focus.projects or turn.pick is not None or names_anything(turn):
        return None
    after_counts = focus.query.kind == ListKind.TOPICS and (turn.show or turn.more)
    if not after_counts and not (turn.show and (turn.says_project or turn.says_all)):
        return None
    return Decision(Kind.PROJECT_LIST, projects=kb.projects(), query=ListQuery(ListKind.SEARCH),
                    rule="all_projects")  # fmt: skip


def topic_of_this(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The Schwerpunkt of the project just shown: "welche Projekte gibt es in diesem Schwerpunkt?".

    After a list, of its first project shown (as any follow-up); lexicon ``this_one`` and
    ``topic_words``.
    """
    if not turn.this_topic or focus.subject != Subject.PROJECT or turn.topics:
        return None
    number = focus.project if focus.project is not None else next(iter(focus.shown), None)
    found = kb.projects_numbered([number]) if number is not None else ()
    topic = next((t for t in kb.topics() if found and t.name == found[0].topic), None)
    return Decision(Kind.TOPIC, topic=topic, rule="this_topic") if topic else None


def one_of_the_list(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """One project of the list just shown, named by a word of its title: "diese Mediation".

    Of the projects listed, the one whose title has the word is meant ("und das mit
    dem Frühstück?"), also when another project of the page fits the word better. No
    project of the list has the word: the one project of the page whose title has it
    (rule ``listed_word.other``).
    """
    if turn.intent not in _PICK_INTENTS or focus.subject != Subject.PROJECT:
        return None
    if len(focus.projects) < 2 or turn.words > MAX_PICK_WORDS or turn.pick is not None:
        return None
    if turn.more or turn.projects or names_anything(turn) or turn.details:
        return None
    said = [word for word in turn.content if len(word) >= MIN_LISTED_END]
    listed = kb.projects_numbered(focus.projects)
    found = [p for p in listed if any(_in_title(word, p.title) for word in said)]
    asks_plan = turn.plan_fact is not None or turn.plan_overview  # "Plan" is no "Plan B"
    if not found and said and not asks_plan:  # "der mit dem Bus", a project not listed
        found = [p for p in kb.projects() if any(_in_title(word, p.title) for word in said)]
        if len(found) == 1:
            return Decision(Kind.PROJECT_DETAIL, projects=(found[0],), rule="listed_word.other")
    if len(found) != 1:
        return None
    return Decision(Kind.PROJECT_DETAIL, projects=(found[0],), rule="listed_word")
