"""Top-1 and top-3 of the project ranking on stories told in citizens' own words.

``python -m scripts.rank_stories [FILE] [--failures]`` reads a development file
of situations (``tests/dev/stories.yml``: ``t`` the story, ``lead`` the numbers
of the projects that should lead, or ``none`` when nothing in the plan fits)
and reads each story as the action server does, without the NLU
(:func:`actions.turn.read_text`: another language's needs, the ranking, noise
dropped). Top-1: the first project found is one that should lead; top-3: one of
them is among the first three; for ``none``: no project found. No Rasa, no
server: a rerun after a change of ``knowledge/`` takes seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from actions.turn import read_text
from knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
DEV_FILE = ROOT / "tests" / "dev" / "stories.yml"
TOP = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Print top-1 and top-3 over the stories with a lead, and the "nothing fits" share."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEV_FILE)
    parser.add_argument("--failures", action="store_true", help="print the stories missed")
    options = parser.parse_args(argv)
    kb = KnowledgeBase()
    items = yaml.safe_load(options.file.read_text(encoding="utf-8"))
    first = third = leads = nones = empty = 0
    for item in items:
        found = [hit.item.number for hit in read_text(kb, item["t"]).hits]
        if item.get("none"):
            nones += 1
            empty += not found
            missed = bool(found)
        else:
            leads += 1
            wanted = set(item["lead"])
            first += bool(found) and found[0] in wanted
            third += bool(wanted & set(found[:TOP]))
            missed = not found or found[0] not in wanted
        if options.failures and missed:
            print(f"- {item['t']}\n    want {item.get('lead', 'none')}, got {found[:5]}")
    print(f"top-1 {first}/{leads} {first / leads:.1%}   top-3 {third}/{leads} {third / leads:.1%}")
    if nones:
        print(f"nothing fits {empty}/{nones} {empty / nones:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
