"""Lists of projects: a search, its pages and a pick from them."""

from __future__ import annotations

from actions.decision.kinds import Decision, Kind, via
from actions.decision.limits import MAX_LIST
from actions.focus import PAGE_SIZE, Focus, ListKind, ListQuery
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.lifestage import for_every_age, project_stages
from knowledge.person_in_need import PersonInNeed
from knowledge.records import District, Project


def search(turn: Turn, kb: KnowledgeBase) -> Decision:
    """Projects for places, groups or words; the ones on site first."""
    in_places = list(kb.projects_in(list(turn.places))) if turn.places else []
    has_need = not turn.only_places or bool(turn.groups)
    if turn.places and (not has_need or _projects_only(turn)):
        if in_places:
            return _listed(
                in_places, ListQuery(ListKind.PLACES, _names(turn.places)), "search.places"
            )
        return Decision(Kind.PROJECT_NONE_IN_PLACES, turn.places, rule="search.none_in_places")
    found = [hit.item for hit in turn.hits]
    rule = "search.words"
    if not found and not turn.need_beyond_group:
        found = list(turn.group_projects)
        rule = "search.groups"
    if not found and turn.other_place:
        return Decision(Kind.NOT_A_PLACE, place=turn.other_place, rule="search.other_place")
    if not found:  # a Schwerpunkt's own words ("Hilfe gegen Armut"), not a number
        topic = turn.word_topics if turn.pick is None else ()
        if len(topic) == 1:
            return Decision(Kind.TOPIC, topic=topic[0], rule="search.topic")
        return Decision(Kind.PROJECT_NONE, place=turn.other_place, rule="search.none")
    elsewhere = [p for p in found if _only_elsewhere(p, turn.places, kb)] if turn.places else []
    here = [p for p in found if p in in_places] + [p for p in found if p not in elsewhere]
    query = ListQuery(ListKind.SEARCH, _names(turn.places))  # what was found, and where
    if elsewhere and not here:  # "Gibt es in Hörde was für Senioren?": only in Scharnhorst
        return Decision(Kind.PROJECT_ELSEWHERE, turn.places, projects=tuple(elsewhere[:MAX_LIST]),
                        query=ListQuery(ListKind.SEARCH), rule=f"{rule}.elsewhere")  # fmt: skip
    if turn.places and not in_places:  # "Angebote für Kinder in Marten?": none placed there
        listed = list(dict.fromkeys(here + elsewhere))[:MAX_LIST]
        return Decision(Kind.PROJECT_UNPLACED, turn.places, projects=tuple(listed), query=query,
                        rule=f"{rule}.unplaced")  # fmt: skip
    return _listed(list(dict.fromkeys(here + elsewhere)), query, rule)


def similar_projects(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """Projects like the one shown alone: "gibt es noch was Ähnliches für ihn?".

    The projects of its Schwerpunkt nearest to its title and goal, in words and meaning.
    """
    named = turn.places or turn.projects or turn.groups  # "ähnliche Angebote für Kinder?": a search
    if not turn.similar or focus.project is None or named:
        return None
    return _like(focus.project, kb)


def _like(number: int, kb: KnowledgeBase) -> Decision | None:
    """The projects of this project's Schwerpunkt nearest to its title and goal."""
    shown = kb.projects_numbered([number])
    if not shown:
        return None
    same_topic = [p for p in kb.projects() if p.topic == shown[0].topic and p != shown[0]]
    like = list(_nearest_first(shown[0], same_topic, kb))[:PAGE_SIZE]
    return _listed(like, ListQuery(ListKind.SEARCH), "similar") if like else None


def _nearest_first(
    project: Project, others: list[Project], kb: KnowledgeBase
) -> tuple[Project, ...]:
    """``others`` by how near they come to the project's title and goal, in words and meaning."""
    ranking = kb.rank_projects(f"{project.title}. {project.goal}")
    order = {hit.item.number: i for i, hit in enumerate(ranking.ranked)}
    return tuple(sorted(others, key=lambda p: order.get(p.number, len(order))))


def place_projects(places: tuple[District, ...], kb: KnowledgeBase, rule: str) -> Decision:
    """The projects the page places at these places, or none there (with their contact)."""
    in_places = list(kb.projects_in(list(places)))
    if in_places:
        return _listed(in_places, ListQuery(ListKind.PLACES, _names(places)), rule)
    return Decision(Kind.PROJECT_NONE_IN_PLACES, places, rule=f"{rule}.none")


def _projects_only(turn: Turn) -> bool:
    """Projects asked of a place and no need found: "und was gibts da so an Projekten?"."""
    return turn.says_project and not (turn.hits or turn.groups or turn.need_words or turn.topics)


def _only_elsewhere(project: Project, places: tuple[District, ...], kb: KnowledgeBase) -> bool:
    """The page places the project, and at none of the places named."""
    sites = {district.name for district in kb.districts_of(project)}
    return bool(sites) and not sites & {district.name for district in places}


def _listed(projects: list[Project], query: ListQuery, rule: str) -> Decision:
    if len(projects) == 1:
        return Decision(Kind.PROJECT_DETAIL, projects=tuple(projects), query=query,
                        rule=f"{rule}.one")  # fmt: skip
    return Decision(Kind.PROJECT_LIST, projects=tuple(projects[:MAX_LIST]), query=query,
                    rule=rule)  # fmt: skip


def _names(districts: tuple[District, ...]) -> str:
    return ", ".join(d.name for d in districts)


def pick(position: int, focus: Focus, kb: KnowledgeBase) -> Decision:
    """The picked project of the last list; lists are numbered across pages.

    After one project shown alone, "das erste" (or "the last one") is that one.
    """
    numbers, shown, start = focus.projects, focus.shown, focus.start
    if not numbers and focus.project is not None and position in (1, -1):
        return numbered(focus.project, kb, "pick.the_one")
    if start < position <= start + len(shown):
        number, rule = numbers[position - 1], "pick.on_page"
    elif 0 < position <= len(shown):
        number, rule = shown[position - 1], "pick.of_page"
    elif position == -1 and shown:
        number, rule = shown[-1], "pick.last"
    elif 0 < position <= len(numbers):
        number, rule = numbers[position - 1], "pick.of_list"
    else:
        return Decision(Kind.NO_SUCH_NUMBER, rule="pick.no_such_number")
    return numbered(number, kb, rule)


def numbered(number: int, kb: KnowledgeBase, rule: str) -> Decision:
    """The project with this (lasting) number, or word that it left the plan."""
    found = kb.projects_numbered([number])
    if found:
        return Decision(Kind.PROJECT_DETAIL, projects=found, rule=rule)
    removed = kb.removed_project(number)
    if removed:
        return Decision(Kind.PROJECT_REMOVED, removed=removed, rule=f"{rule}.removed")
    return Decision(Kind.ASK_PROJECT, rule=f"{rule}.unknown")


def next_page(focus: Focus, kb: KnowledgeBase) -> Decision:
    """The next page of the last list ("mehr"); after one project shown alone, those like it."""
    if not focus.projects:
        like = _like(focus.project, kb) if focus.project is not None else None
        return via("page", like) if like else Decision(Kind.ASK_PROJECT, rule="page.no_list")
    projects = kb.projects_numbered(focus.projects)
    # Projects a content update removed from the pages already shown do not shift the next page.
    start = len(kb.projects_numbered(focus.projects[: focus.start + PAGE_SIZE]))
    if start >= len(projects):
        return _related(focus, projects, kb)
    return Decision(Kind.PROJECT_LIST, projects=projects, start=start, query=focus.query,
                    rule="page.next")  # fmt: skip


def _related(focus: Focus, projects: tuple[Project, ...], kb: KnowledgeBase) -> Decision:
    """After every project a search found: the other projects of their Schwerpunkt, if any.

    The Schwerpunkt most of the list belongs to (the first of the list on a tie); its
    projects not listed yet follow the list as its next page (rule ``page.related``),
    nearest first; after a search said with places ("gençler için bir şey var mı?" in
    Scharnhorst) those the page places there first. A list of a place's or a
    Schwerpunkt's projects, or one already followed by them, is all there is (rule
    ``page.no_more``).
    """
    query = focus.query
    if query.kind != ListKind.SEARCH or not projects:
        return Decision(Kind.NO_MORE, rule="page.no_more")
    names = [p.topic for p in projects]
    name = max(dict.fromkeys(names), key=names.count)
    topic = next((t for t in kb.topics() if t.name == name), None)
    listed = {p.number for p in projects}
    unlisted = [p for p in kb.projects(topic) if p.number not in listed] if topic else []
    there = set(query.places)
    nearest = _nearest_first(projects[0], unlisted, kb)
    others = tuple(sorted(nearest, key=lambda p: not there & {d.name for d in kb.districts_of(p)}))
    if not others:  # already followed by them: all there is
        return Decision(Kind.NO_MORE, rule="page.no_more")
    return Decision(Kind.PROJECT_RELATED, projects=projects + others, start=len(projects),
                    query=query, topic=topic, rule="page.related")  # fmt: skip


def for_another_person(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The need of the list in focus again, for the person the message names instead.

    "nein, für meine Tochter, die ist 7" after the sport projects, "ne, es geht um
    meinen Sohn, der ist 17" after help to find work: the message names whom, not
    what (:attr:`Turn.person_in_need`). The list's projects for that person come
    first, with those the page says are for every age; when none of the list is for
    that person, the projects for them in the Schwerpunkte of its first page; then the
    list's projects the page addresses to no age. With no list in focus: that person's projects.
    """
    who = turn.person_in_need
    if who is None:
        return None
    fits = _for_whom(who, kb)
    if not focus.projects or focus.query.kind in (ListKind.NONE, ListKind.TOPICS):
        # No list to ask again ("nein, für meine Tochter, 20" after nothing was found):
        # the projects for that person.
        mine = [p for p in kb.projects() if p.number in fits]
        if not mine:
            return None
        return _listed(mine, ListQuery(ListKind.SEARCH), "correction.person.group")
    listed = list(kb.projects_numbered(focus.projects))
    every_age = [p for p in listed if who.stages and for_every_age(p.title, p.goal)]
    first = [p for p in listed if p.number in fits or p in every_age]
    topics = {p.topic for p in listed[:PAGE_SIZE]}
    beside = [p for p in kb.projects() if p.number in fits and p.topic in topics and not first]
    no_age = [p for p in listed if who.stages and not project_stages(p.title, p.goal)]
    found = list(dict.fromkeys(first + beside + no_age))
    if not found:
        return None
    return _listed(found, focus.query, "correction.person")


def _for_whom(who: PersonInNeed, kb: KnowledgeBase) -> set[int]:
    """The numbers of the projects for those life stages or target groups."""
    by_stage = {p.number for p in kb.projects() if project_stages(p.title, p.goal) & who.stages}
    by_group = {hit.item.number for g in who.groups for hit in kb.projects_for_target_group(g)}
    return by_stage | by_group
