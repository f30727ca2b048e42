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

from pathlib import Path

from knowledge.data_files import read_yaml
from knowledge.listed import Listed
from knowledge.records import Project

SOURCE = Path(__file__).resolve().parent / "situations.yml"


def situations(projects: tuple[Project, ...]) -> tuple[Listed, ...]:
    """The listed situations of the projects on the page, labelled by number, in file order.

    Raises:
        ValueError: a fragment names more than one project (the file must be mended).
    """
    found: list[Listed] = []
    for entry in read_yaml(SOURCE):
        meant = [p for p in projects if entry["project"] in p.title]
        if len(meant) > 1:
            raise ValueError(f"situations.yml: {entry['project']!r} names several projects")
        found += [Listed(str(meant[0].number), str(t)) for t in entry["situations"] if meant]
    return tuple(found)
