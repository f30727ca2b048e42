"""A place asked after a list of projects: those of the list that stand there."""

from __future__ import annotations

from actions import parsing
from actions.decision.kinds import Decision, Kind
from actions.decision.limits import AND_PLACE_WORDS, BARE_PLACE_WORDS, MAX_LIST, POINTED_FOLLOW_UP
from actions.focus import Focus, ListKind, Subject
from actions.turn import Turn
from knowledge import KnowledgeBase
from knowledge.records import District, Project

# Lists a place narrows: a Schwerpunkt's projects, a search's (a group's, a need's).
_NARROWED = frozenset({ListKind.TOPIC, ListKind.SEARCH})


def list_at_place(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A bare place after a Schwerpunkt's or a group's list: "und in Eving?".

    So too "gibt es das auch in Hörde?", "gibt es davon was in Nette?". The citizen
    asks which of the projects just listed stand there, not for the place's contact:
    those of the list the page places there; else a plain word that the list has
    none there, with the places it names for its projects (PROJECT_ELSEWHERE), or
    "Nein" and what the page names at the place. A contact asked ("wer ist in Eving
    zuständig?") is the contact's.
    """
    return at_places(turn.places, focus, kb) if _only_a_place_asked(turn) else None


def project_at_place(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """A place asked of the one project just shown or named: "gibt es das auch in Hörde?".

    Only whether it is there ("gibt es", or the project named): "und in Hörde auch?" asks
    for the place's contact as before.

    Where the page places it there, its detail ("Ja"); placed elsewhere, a plain word
    that it stands elsewhere, with the people on site of the place asked. Placed nowhere,
    the evaluation sets read it as whether the place is in the plan: answered so.
    """
    if not turn.places or turn.words > POINTED_FOLLOW_UP or not (turn.narrowing or turn.also):
        return None
    if not (turn.asks_existence or turn.projects):  # "und in Hörde auch?" asks its contact
        return None
    if turn.details or turn.asks_contact or turn.asks_someone or turn.names_someone:
        return None
    if turn.people or turn.groups or turn.topics or turn.pick is not None or turn.correction:
        return None
    project = _the_project(turn, focus, kb)
    if project is None:
        return None
    sites = kb.districts_of(project)
    if {d.name for d in sites} & {d.name for d in turn.places}:
        return Decision(Kind.PROJECT_DETAIL, projects=(project,), answer="yes",
                        rule="project_at_place")  # fmt: skip
    if sites:
        return Decision(Kind.PROJECT_ELSEWHERE, turn.places, projects=(project,), answer="no",
                        rule="project_at_place.elsewhere")  # fmt: skip
    return None  # placed nowhere: whether the place is in the plan, as before (yes_no)


def _the_project(turn: Turn, focus: Focus, kb: KnowledgeBase) -> Project | None:
    """The project a place is asked of: named and just shown, or the one in focus."""
    if len(turn.projects) > 1:
        return None
    shown = (*focus.projects, focus.project)
    if turn.projects:  # "Gibt es die Sportpaten auch in Hörde?" asks of the one it names,
        alone = all(hit.item == turn.projects[0] for hit in turn.hits)  # no others fitting
        named = turn.projects[0].number in shown or (turn.asks_existence and alone)
        return turn.projects[0] if named else None  # ("Sprachkurse" are also for mothers)
    if focus.subject != Subject.PROJECT or focus.project is None:
        return None
    found = kb.projects_numbered([focus.project])
    return found[0] if found else None


def at_places(places: tuple[District, ...], focus: Focus, kb: KnowledgeBase) -> Decision | None:
    """The projects of the list in focus at these places (see :func:`list_at_place`).

    None when the focus is no list a place narrows.
    """
    listed = _listed(focus, kb)
    if len(listed) < 2 or not places:
        return None
    names = {d.name for d in places}
    here = [p for p in listed if names & {d.name for d in kb.districts_of(p)}]
    if here:
        kind = Kind.PROJECT_DETAIL if len(here) == 1 else Kind.PROJECT_LIST
        return Decision(kind, projects=tuple(here), query=focus.query, rule="list_at_place")
    placed = [p for p in listed if kb.districts_of(p)]
    if placed:
        return Decision(Kind.PROJECT_ELSEWHERE, places, projects=tuple(placed[:MAX_LIST]),
                        query=focus.query, rule="list_at_place.elsewhere")  # fmt: skip
    on_site = kb.projects_in(list(places))
    if not on_site:
        return Decision(Kind.PROJECT_NONE_IN_PLACES, places, rule="list_at_place.none")
    kind = Kind.PROJECT_DETAIL if len(on_site) == 1 else Kind.PROJECT_LIST
    return Decision(kind, projects=tuple(on_site[:MAX_LIST]), answer="no",
                    rule="list_at_place.on_site")  # fmt: skip


def _listed(focus: Focus, kb: KnowledgeBase) -> tuple[Project, ...]:
    """The list a place would narrow: the Schwerpunkt's projects, or the search's last list."""
    if focus.subject != Subject.PROJECT or focus.query.kind not in _NARROWED:
        return ()
    if focus.query.kind == ListKind.TOPIC:  # also after one of its places ("und in Hörde?")
        number = focus.query.value
        topics = [t for t in kb.topics() if str(t.number) == number]
        if topics and (focus.project is None or focus.projects == (focus.project,)):
            return tuple(kb.projects(topics[0]))
    if focus.project is not None:  # a project of the list: "gibt es das auch in Hörde?" is its
        return ()
    return tuple(kb.projects_numbered(focus.projects))


def _only_a_place_asked(turn: Turn) -> bool:
    """The message asks nothing but a place: no contact, person, detail, group or pick."""
    if not turn.places or turn.details or turn.asks_contact or turn.asks_someone:
        return False
    if turn.people or turn.projects or turn.groups or turn.topics or turn.names_someone:
        return False
    if turn.pick is not None or turn.more or turn.correction or _asks_membership(turn):
        return False
    if turn.asks_list and not turn.narrowing:  # "Welche Projekte gibt es in Nette?" asks anew
        return False
    short_and = turn.and_ and turn.words <= AND_PLACE_WORDS
    return short_and or turn.bare_place or turn.narrowing or turn.words <= BARE_PLACE_WORDS


def _asks_membership(turn: Turn) -> bool:
    """Whether the place is in the plan, the plan named: "Ist Marten ein Aktionsraum?".

    After a list, "Gehört Marten auch dazu?" and "Ist Hörde auch dabei?" may ask for the
    list there: answered so, as before.
    """
    return turn.membership and parsing.says_word_of("plan_itself", turn.text)
