"""Situations citizens tell, per project, to find a project from a story by meaning.

A project's passage is its title and goal in the page's terse words ("Quartiersservice,
Verhinderung bzw. Minderung sozial unverträglichen Verhaltens"); a citizen tells a
situation ("Unser Hof vermüllt und keiner fühlt sich zuständig"). The e5 cosine of a
story to another story of the same need is higher and clearer than to the page's
words. ``situations.yml`` lists such situations per project, written from the page
alone by a writer who did not see the development or evaluation sets; each names its
project by a fragment of the title, so no title is typed twice and a content update
that removes a project drops its situations. They hold no facts: no names, numbers,
places or offers beyond what the title and goal say.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.data_files import read_yaml
from knowledge.records import Project

SOURCE = Path(__file__).resolve().parent / "situations.yml"
REF_SEPARATOR = "#"


@dataclass(frozen=True)
class Situation:
    """One situation told in a citizen's words, and the project it is for."""

    project: int
    text: str

    def ref(self, position: int) -> str:
        """The reference of its stored vector: the project's number and a position ("12#3")."""
        return f"{self.project}{REF_SEPARATOR}{position}"


def project_of(ref: str) -> str:
    """The project number of a stored situation's reference ("12#3" -> "12")."""
    return ref.split(REF_SEPARATOR, 1)[0]


def situations(projects: tuple[Project, ...]) -> tuple[Situation, ...]:
    """The listed situations of the projects on the page, in file order.

    Raises:
        ValueError: a fragment names more than one project (the file must be mended).
    """
    found: list[Situation] = []
    for entry in read_yaml(SOURCE):
        meant = [p for p in projects if entry["project"] in p.title]
        if len(meant) > 1:
            raise ValueError(f"situations.yml: {entry['project']!r} names several projects")
        found += [Situation(meant[0].number, str(text)) for text in entry["situations"] if meant]
    return tuple(found)


def best_by_project(by_ref: dict[str, float]) -> dict[str, float]:
    """The best cosine of each project's situations, by project number."""
    best: dict[str, float] = {}
    for ref, cosine in by_ref.items():
        number = project_of(ref)
        best[number] = max(cosine, best.get(number, cosine))
    return best
