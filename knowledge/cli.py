"""Staff command line: ``python -m knowledge build | stats | contact | search | project``.

Answers in German; unknown input gets suggestions and exit code 1, a refused
build exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.engine import Engine, make_url

from knowledge import export, thesaurus
from knowledge.diff import describe_changes
from knowledge.knowledge_base import KnowledgeBase, KnowledgeBaseMissing
from knowledge.parse import DEFAULT_SOURCE, ParseError, parse_file, read_page
from knowledge.records import (
    COUNT_LABELS,
    Contact,
    District,
    PageContent,
    Person,
    Project,
    Role,
)
from knowledge.store import (
    BuildRefused,
    SchemaOutdated,
    build,
    create_db_engine,
    database_url,
    load,
    read_build_info,
    verdict,
)

OK, NOT_FOUND, REFUSED = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    args = _parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except (KnowledgeBaseMissing, SchemaOutdated) as error:
        print(error, file=sys.stderr)
        return REFUSED
    except (ParseError, OSError) as error:
        print(f"Fehler: {error}", file=sys.stderr)
        return REFUSED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m knowledge",
        description="Wissensbasis des Aktionsplans Soziale Stadt Dortmund.",
    )
    commands = parser.add_subparsers(required=True, metavar="BEFEHL")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(run=run)
        return sub

    sub = command("build", _build, "Seite einlesen und Wissensbasis (neu) aufbauen.")
    sub.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help=f"Textdatei der Seite; sie wird nach {DEFAULT_SOURCE.parent} übernommen",
    )
    sub.set_defaults(default_source=DEFAULT_SOURCE)
    sub.add_argument("--force", action="store_true", help="auch bei auffällig wenig Inhalt")
    sub.add_argument("--dry-run", action="store_true", help="nur zeigen, was sich ändern würde")
    sub = command("stats", _stats, "Zählt, was die Wissensbasis enthält.")
    sub.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    command("export", _export, "NLU-Lookup-Tabellen und Synonyme neu schreiben.")
    sub = command(
        "thesaurus", _thesaurus, "Alltagswörter-Tabelle aus OpenThesaurus (mythes-de) erzeugen."
    )
    sub.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="Textdatei der Seite")
    sub = command("contact", _contact, "Ansprechperson für einen Ort oder eine Person.")
    sub.add_argument("query", nargs="+", metavar="ORT_ODER_NAME")
    sub = command("search", _search, "Projekte zu Stichwörtern suchen.")
    sub.add_argument("query", nargs="+", metavar="WOERTER")
    sub = command("project", _project, "Ein Projekt nach Namen oder Spitznamen zeigen.")
    sub.add_argument("query", nargs="+", metavar="NAME")
    return parser


def _build(args: argparse.Namespace) -> int:
    source = args.source.resolve()
    content = parse_file(source)
    engine = create_db_engine()
    changes = describe_changes(_stored(engine), content)
    problems = verdict(engine, content)
    if problems and not args.force:
        _print_changes(changes)
        _print_refusal(problems, args.dry_run)
        return REFUSED
    if args.dry_run:
        _print_changes(changes)
        print("Probelauf: die Wissensbasis würde so übernommen; nichts wurde geändert.")
        return OK
    try:
        result = build(engine, content, force=args.force)
    except BuildRefused as refused:  # another build came in between
        _print_refusal(refused.problems, dry_run=False)
        return REFUSED
    if result.changed:
        _print_changes(changes)
    counts = ", ".join(f"{n} {COUNT_LABELS[kind]}" for kind, n in result.counts.items())
    state = "aufgebaut" if result.changed else "unverändert"
    print(f"Wissensbasis {state} ({counts}) in {_safe_url(database_url())}.")
    for problem in result.overridden:
        print(f"  Trotz Warnung übernommen: {problem}")
    _keep_as_source(source, args.default_source)
    changed = export.write(content)
    if changed:
        print(
            f"NLU-Dateien neu geschrieben: {', '.join(changed)}; "
            "neu trainieren verbessert die Erkennung."
        )
    return OK


def _print_refusal(problems: list[str], dry_run: bool) -> None:
    heading = "Probelauf: der Aufbau würde abgelehnt" if dry_run else "Wissensbasis NICHT geändert"
    print(f"{heading}:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Mit --force trotzdem übernehmen.", file=sys.stderr)


def _keep_as_source(source: Path, default: Path) -> None:
    """Copy a page built with ``--source`` into knowledge/source/, the one source of truth.

    ``make run``, ``make shell`` and ``make kb`` build from knowledge/source/; without
    the copy they would bring back the old page.
    """
    text = read_page(source)
    if source == default.resolve() or (default.exists() and read_page(default) == text):
        return
    default.parent.mkdir(parents=True, exist_ok=True)
    default.write_text(text, encoding="utf-8")
    print(f"Die Seite steht jetzt in {default} (Quelle für make run, make shell und make kb).")


def _stored(engine: Engine) -> PageContent | None:
    """The content now in the database, or None before the first build."""
    if not read_build_info(engine).get("build_id"):
        return None
    try:
        return load(engine)
    except SchemaOutdated:  # the build replaces the old tables
        return None


def _print_changes(changes: list[str]) -> None:
    print(
        "Änderungen gegenüber der gespeicherten Fassung:"
        if changes
        else "Keine inhaltlichen Änderungen."
    )
    for line in changes:
        print(f"  - {line}")


def _stats(args: argparse.Namespace) -> int:
    kb = KnowledgeBase()
    content = kb.content()
    stats = {"build_id": kb.build_id, "built_at": kb.built_at, **content.counts()}
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return OK
    print(f"Stand: {kb.built_at} (Version {kb.build_id})")
    for topic in content.topics:
        n = sum(1 for p in content.projects if p.topic == topic.name)
        print(f"  Schwerpunkt {topic.number}: {topic.name} – {n} Projekte")
    for kind, n in content.counts().items():
        print(f"  {COUNT_LABELS[kind]}: {n}")
    return OK


def _export(args: argparse.Namespace) -> int:
    changed = export.write(KnowledgeBase().content())
    print(f"Geändert: {', '.join(changed)}" if changed else "NLU-Dateien sind aktuell.")
    return OK


def _thesaurus(args: argparse.Namespace) -> int:
    if not thesaurus.MYTHES_DAT.exists():
        print(
            f"{thesaurus.MYTHES_DAT} fehlt: bitte 'apt-get install mythes-de' ausführen.",
            file=sys.stderr,
        )
        return REFUSED
    table = thesaurus.build_table(parse_file(args.source), thesaurus.read_synsets())
    thesaurus.write_table(table)
    print(f"{len(table)} Alltagswörter nach {thesaurus.TABLE} geschrieben.")
    return OK


def _contact(args: argparse.Namespace) -> int:
    kb = KnowledgeBase()
    query = " ".join(args.query)
    districts = kb.find_districts(query)
    if districts:
        for district in districts.items:
            print(_district_text(district))
        return OK
    people = kb.find_people(query)
    if people:
        for person in people.items:
            print(_person_text(person))
        return OK
    print(f"„{query}“ ist kein Aktionsraum und keine Ansprechperson auf der Seite.")
    suggestions = kb.suggest_districts(query)
    if suggestions:
        print("Meinten Sie: " + ", ".join(d.name for d in suggestions) + "?")
    print("Die Aktionsräume: " + ", ".join(d.name for d in kb.districts()))
    return NOT_FOUND


def _search(args: argparse.Namespace) -> int:
    kb = KnowledgeBase()
    hits = kb.search_projects(" ".join(args.query), limit=10)
    if not hits:
        print("Keine passenden Projekte gefunden. Ansprechpartner im Projektbüro:")
        for contact in kb.contacts(Role.OFFICE):
            print("  " + _contact_line(contact))
        return NOT_FOUND
    for hit in hits:
        print(f"{hit.score:5.2f}  {hit.item.title}")
    return OK


def _project(args: argparse.Namespace) -> int:
    kb = KnowledgeBase()
    query = " ".join(args.query)
    matches = kb.find_project(query)
    if matches.status == "one":
        print(_project_text(matches.items[0], kb.districts_of(matches.items[0])))
        return OK
    if matches.status == "several":
        print(f"Mehrere Projekte passen zu „{query}“:")
        for project in matches.items:
            print(f"  - {project.title}")
        return OK
    print(f"Kein Projekt heißt „{query}“.")
    hits = kb.search_projects(query, limit=3)
    if hits:
        print("Meinten Sie:")
        for hit in hits:
            print(f"  - {hit.item.title}")
    return NOT_FOUND


def _district_text(district: District) -> str:
    return f"Aktionsraum {district.name}\n  {_contact_line(district.contact)}"


def _person_text(person: Person) -> str:
    lines = [person.name]
    for contact in person.contacts:
        lines.append(f"  {contact.unit}: Telefon {contact.phone}, E-Mail {contact.email}")
    if person.districts:
        lines.append("  Zuständig für: " + ", ".join(person.districts))
    return "\n".join(lines)


def _contact_line(contact: Contact) -> str:
    return f"{contact.name}, Telefon {contact.phone}, E-Mail {contact.email}"


def _project_text(project: Project, districts: tuple[District, ...]) -> str:
    lines = [
        project.title,
        f"  Schwerpunkt: {project.topic}",
        f"  {project.goal_label}: {project.goal}",
    ]
    if districts:
        lines.append("  Ort: " + ", ".join(d.name for d in districts))
    return "\n".join(lines)


def _safe_url(url: str) -> str:
    """The database URL without a password, for printing."""
    safe: str = make_url(url).render_as_string(hide_password=True)
    return safe
