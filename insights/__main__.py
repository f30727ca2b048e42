"""Staff command line: ``python -m insights report | retention``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from insights.events import load_exchanges, tracker_engine
from insights.report import figures, render
from insights.retention import DEFAULT_DAYS, delete_older_than
from insights.table import to_csv


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m insights", description="Auswertungen des Assistenten."
    )
    parser.add_argument(
        "--tracker",
        help="SQLAlchemy-URL des Tracker-Stores (Standard: TRACKER_DB_URL, sonst var/tracker.db)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")
    report = commands.add_parser(
        "report", help="HTML-Bericht schreiben, daneben dieselben Daten als CSV (.csv)"
    )
    report.add_argument("--out", type=Path, default=Path("var/report.html"))
    retention = commands.add_parser(
        "retention", help="Gespräche löschen, die älter als N Tage sind"
    )
    retention.add_argument("--days", type=int, default=DEFAULT_DAYS)
    retention.add_argument("--dry-run", action="store_true", help="nur zählen")
    args = parser.parse_args(argv)
    engine = tracker_engine(args.tracker)
    if args.command == "report":
        exchanges = load_exchanges(engine)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(render(figures(exchanges)), encoding="utf-8")
        table = args.out.with_suffix(".csv")
        table.write_text(to_csv(exchanges), encoding="utf-8-sig", newline="")
        print(f"Bericht geschrieben: {args.out} und {table}")
        return 0
    if args.days < 1:
        print("--days muss mindestens 1 sein.", file=sys.stderr)
        return 2
    count = delete_older_than(engine, args.days, dry_run=args.dry_run)
    verb = "würden gelöscht" if args.dry_run else "gelöscht"
    print(f"{count} Ereignisse älter als {args.days} Tage {verb}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
