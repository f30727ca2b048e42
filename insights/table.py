"""The report as a CSV table, one row per citizen message, for the city's own tools.

Semicolons and UTF-8 with a byte-order mark, as German spreadsheet programs
open it; a cell that a spreadsheet would run as a formula ("=…", "+…") gets
a leading apostrophe. Conversations are numbered, not named by their ids.
"""

from __future__ import annotations

import csv
import io

from insights.events import Exchange
from insights.labels import intent_label
from insights.report import berlin_time
from insights.wrong_answers import SIGNAL_LABELS, find

HEADER = ["Zeit (Berlin)", "Gespräch", "Thema", "Intent", "Frage (maskiert)", "Antwort",
          "Antwortregel", "Hinweise auf eine falsche Antwort", "Aktionsräume"]  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(exchanges: list[Exchange]) -> str:
    """The CSV text (write it with ``encoding="utf-8-sig"``)."""
    signs = {id(f.exchange): f.signals for f in find(exchanges)}
    numbers: dict[str, int] = {}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for e in exchanges:
        number = numbers.setdefault(e.sender, len(numbers) + 1)
        row = [berlin_time(e.timestamp, "%Y-%m-%d %H:%M:%S"), str(number), intent_label(e.intent),
               e.intent, e.text, e.answer_text, e.kind,
               "; ".join(SIGNAL_LABELS[s] for s in signs.get(id(e), ())),
               ", ".join(dict.fromkeys(e.districts))]  # fmt: skip
        writer.writerow([_safe(cell) for cell in row])
    return out.getvalue()


def _safe(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell
