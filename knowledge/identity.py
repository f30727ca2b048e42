"""Project numbers that survive content updates.

Open conversations hold project numbers (a button's payload "#23", the last
list in the ``focus`` slot). A new build therefore keeps each project's number
from the previous build and gives a new project a number never used before; a
removed project stays as a :class:`~knowledge.records.RemovedProject`, so "#23"
still finds out that it is gone. A project is the same when its title is the
same (also after spelling fixes of case, umlauts or spaces), or, for a renamed
project, when its goal and Schwerpunkt are unchanged and no other project has them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.records import Project, RemovedProject
from knowledge.text import key

__all__ = ["Numbering", "assign_numbers"]


@dataclass(frozen=True)
class Numbering:
    """The projects with their lasting numbers, and every project that is gone."""

    projects: tuple[Project, ...]
    removed: tuple[RemovedProject, ...]


def assign_numbers(
    parsed: Sequence[Project],
    previous: Sequence[Project] = (),
    removed: Sequence[RemovedProject] = (),
) -> Numbering:
    """Number ``parsed`` (page order) against the previous build and its removed projects.

    Without a previous build the numbers are the page order (1, 2, ...).
    """
    taken: dict[int, int] = {}  # index in parsed -> number
    open_previous = list(previous)
    open_removed = list(removed)
    for index, project in enumerate(parsed):
        match = next((p for p in open_previous if p.title == project.title), None) or next(
            (p for p in open_previous if _same_title(p.title, project.title)), None
        )
        if match:
            taken[index] = match.number
            open_previous.remove(match)
    for index, project in enumerate(parsed):
        if index in taken:
            continue
        renamed = _renamed(project, open_previous, [p for i, p in enumerate(parsed) if i != index])
        back = next((r for r in open_removed if _same_title(r.title, project.title)), None)
        if renamed:
            taken[index] = renamed.number
            open_previous.remove(renamed)
        elif back:
            taken[index] = back.number
            open_removed.remove(back)
    used = [p.number for p in previous] + [r.number for r in removed]
    next_number = max(used, default=0) + 1
    numbered = []
    for index, project in enumerate(parsed):
        if index not in taken:
            taken[index], next_number = next_number, next_number + 1
        numbered.append(replace(project, number=taken[index]))
    gone = [RemovedProject(p.number, p.title) for p in open_previous] + open_removed
    return Numbering(tuple(numbered), tuple(sorted(gone, key=lambda r: r.number)))


def _same_title(a: str, b: str) -> bool:
    """Whether two titles differ only in case, umlauts or punctuation ("Walking-Bus")."""
    return key(a) == key(b)


def _renamed(project: Project, candidates: list[Project], others: list[Project]) -> Project | None:
    """The one unmatched previous project with the same goal and Schwerpunkt, if unique."""

    def same(a: Project, b: Project) -> bool:
        return (a.goal, a.topic) == (b.goal, b.topic)

    found = [p for p in candidates if same(p, project)]
    if len(found) != 1 or any(same(other, project) for other in others):
        return None
    return found[0]
