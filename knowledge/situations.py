"""Situations citizens tell, per project, to find a project from a story by meaning.

A project's passage is its title and goal in the page's terse words ("Quartiersservice,
Verhinderung bzw. Minderung sozial unverträglichen Verhaltens"); a citizen tells a
situation ("Unser Hof vermüllt und keiner fühlt sich zuständig"). The e5 cosine of a
story to another story of the same need is higher and clearer than to the page's
words. ``situations/<language>.yml`` lists such situations per project, written from
the page alone by writers who did not see the development or evaluation sets: German
(nine per project) and, by native-level writers, four per project in each of the eight
other languages, so that a story told in Turkish meets stories told in Turkish rather
than only German ones; and three short descriptions per project in each of those
languages of how a resident refers to it ("the project where street helpers keep the
quarter tidy"), so that a question about one project told by what it does in Ukrainian
meets a Ukrainian telling of it (``described``). Each names its project by a fragment of
the German title, so no title is typed twice and a content update that removes a project
drops its situations. They hold no facts: no names, numbers, places or offers beyond what
the title and goal say.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from knowledge.data_files import read_yaml
from knowledge.language import GERMAN
from knowledge.listed import Listed
from knowledge.records import Project

FOLDER = Path(__file__).resolve().parent / "situations"
NOT_MEANT = FOLDER / "not_meant"  # everyday senses of the projects' words, one file per language
DESCRIPTIONS = FOLDER / "described"  # German namings of each project (not_meant's foil)
DESCRIBED = "~"  # after a language code: the project described, not a situation told
BEYOND = FOLDER / "elsewhere"  # what the plan has nothing for, one file per language
UNMET = "unmet"  # a social need no project answers: the Projektbüro is the human contact
ERRANDS = "errands"  # an errand or everyday matter others handle: the city's portal


def described(language: str) -> str:
    """The label of a language's descriptions of projects among the listed texts ("uk~")."""
    return f"{language}{DESCRIBED}"


def sources(folder: Path = FOLDER) -> list[Path]:
    """The situation files (or those of ``folder``), one per language, German first."""
    return sorted(folder.glob("*.yml"), key=lambda path: (path.stem != GERMAN, path.stem))


def situations(projects: tuple[Project, ...]) -> tuple[Listed, ...]:
    """The listed situations of the projects on the page, labelled by number, in file order.

    Raises:
        ValueError: a fragment names more than one project (the file must be mended).
    """
    found: list[Listed] = []
    for number, language, entry in _entries(projects):
        found += [Listed(number, str(t), language) for t in entry["situations"]]
        found += [Listed(number, str(t), described(language))
                  for t in entry.get("described", [])]  # fmt: skip
    for number, language, entry in _entries(projects, sources(DESCRIPTIONS)):
        found += [Listed(number, str(t), described(language)) for t in entry["described"]]
    return tuple(found)


def not_meant(projects: tuple[Project, ...]) -> tuple[Listed, ...]:
    """Everyday senses of each project's words that do not ask for it, labelled by number.

    "Welches Restaurant empfehlt ihr für eine Geburtstagsfeier?" shares "Gastronomie"
    with the Lerngastronomie, "Flohmarkt auf dem Schulhof" two words with the school
    yards at weekends; a question nearer to such a sense than to any situation told for
    the project does not mean it (:func:`knowledge.ranking.fuse`).
    """
    return tuple(
        Listed(number, str(t), language)
        for number, language, entry in _entries(projects, sources(NOT_MEANT))
        for t in entry["not_meant"]
    )


def tellings_beyond_plan() -> tuple[Listed, ...]:
    """Tellings of what the plan has nothing for, labelled :data:`UNMET` or :data:`ERRANDS`.

    "Mein Vater hat Demenz und ich pflege ihn allein" is a need no project answers,
    "Die Mülltonne wurde nicht geleert" an errand: a question nearer to one of these
    than to any situation or description told for a project asks for neither
    (:func:`knowledge.ranking.label_beyond_plan`).
    """
    found: list[Listed] = []
    for source in sources(BEYOND):
        language = "" if source.stem == GERMAN else source.stem
        told = read_yaml(source)
        found += [
            Listed(label, str(t), language) for label in (UNMET, ERRANDS) for t in told[label]
        ]
    return tuple(found)


def _entries(
    projects: tuple[Project, ...], files: list[Path] | None = None
) -> list[tuple[str, str, dict[str, Any]]]:
    """Each file's entries with their project's number and language ("" for German).

    Raises:
        ValueError: a fragment names more than one project (the file must be mended).
    """
    found: list[tuple[str, str, dict[str, Any]]] = []
    for source in sources() if files is None else files:
        for entry in read_yaml(source):
            meant = [p for p in projects if entry["project"] in p.title]
            if len(meant) > 1:
                raise ValueError(f"{source.name}: {entry['project']!r} names several projects")
            if meant:
                language = "" if source.stem == GERMAN else source.stem
                found.append((str(meant[0].number), language, entry))
    return found
