"""The emergency numbers and helplines named when a citizen tells of acute danger.

They are not on the plan's page: ``emergency.yml`` beside this module keeps
them, with their source and the date they were checked; the city's social
department reviews that file. Nothing else in the project types them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from knowledge.data_files import read_yaml

SOURCE = Path(__file__).resolve().parent / "emergency.yml"
ALWAYS = "always"  # a line open around the clock


@dataclass(frozen=True)
class Line:
    """One number to call: its key in the file, the number as dialled, its name and hours."""

    key: str
    number: str
    name: str
    hours: str  # ALWAYS, or the hours as the provider gives them ("Mo–Sa 14–20 Uhr")
    source: str


@cache
def lines(path: Path = SOURCE) -> dict[str, Line]:
    """The file's lines by key, in the file's order."""
    data = read_yaml(path)
    return {key: Line(key, str(entry["number"]), str(entry["name"]), str(entry["hours"]),
                      str(entry["source"]))
            for key, entry in data["lines"].items()}  # fmt: skip


def checked(path: Path = SOURCE) -> str:
    """The date the numbers were last checked (ISO)."""
    return str(read_yaml(path)["checked"])
