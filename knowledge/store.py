"""Where the knowledge base lives, and how it is built and read.

SQLite file ``var/knowledge.db`` by default; any SQLAlchemy URL through
``DATABASE_URL`` (PostgreSQL in production). A build replaces all rows in one
transaction, so readers see the old or the new version, never a mix, and a
refused or failed build leaves the old version in place. Project numbers last
across builds (:mod:`knowledge.identity`), and a build refuses to bring back a
version of the page that an earlier build already replaced (a copy in
``knowledge/source/`` that was reset must not undo a content update silently).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from knowledge.identity import Numbering, assign_numbers
from knowledge.models import (
    SCHEMA_VERSION,
    Base,
    BuildInfoRow,
    ContactRow,
    DistrictRow,
    LinkRow,
    PlanFactRow,
    PlanParagraphRow,
    ProjectRow,
    RemovedProjectRow,
    ReportRow,
    TopicRow,
)
from knowledge.records import (
    COUNT_LABELS,
    Contact,
    District,
    PageContent,
    PlanFact,
    Project,
    RemovedProject,
    Report,
    Role,
    Topic,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO_ROOT / "var" / "knowledge.db"
MIN_KEEP_RATIO = 0.8
MAX_HISTORY = 200  # earlier builds remembered, so an old page is not taken back silently


class SchemaOutdated(RuntimeError):
    """The database was built by an older version; a new build replaces it."""


class BuildRefused(RuntimeError):
    """The new content looks broken; the knowledge base was left as it was."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class BuildResult:
    """What a build did: ``changed`` is False when the content was already stored."""

    changed: bool
    build_id: str
    counts: dict[str, int]
    previous_counts: dict[str, int]
    overridden: tuple[str, ...] = ()


def database_url() -> str:
    """``DATABASE_URL`` if set, else the SQLite file under ``var/``."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_DB}"


def create_db_engine(url: str | None = None) -> Engine:
    """An engine for the URL; creates the folder of a SQLite file."""
    url = url or database_url()
    if url.startswith("postgres://"):  # the spelling Heroku-style hosts hand out
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    return create_engine(url, future=True, pool_pre_ping=True)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One short session: committed on success, rolled back on error, always closed."""
    session = Session(engine, future=True)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def content_id(content: PageContent) -> str:
    """A checksum of what was parsed, so the same content is never stored twice."""
    payload = json.dumps(asdict(content), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{SCHEMA_VERSION}:{payload}".encode()).hexdigest()[:16]


def read_build_info(engine: Engine) -> dict[str, str]:
    """The stored build facts, or an empty dict when nothing was built yet."""
    try:
        with session_scope(engine) as session:
            rows = session.execute(select(BuildInfoRow)).scalars()
            return {row.key: row.value for row in rows}
    except (OperationalError, ProgrammingError):
        if inspect(engine).has_table(BuildInfoRow.__tablename__):
            raise
        return {}


def check(content: PageContent, previous: dict[str, int]) -> list[str]:
    """Reasons to distrust a parse: counts unlike the page's own or far below before."""
    problems = []
    counts = content.counts()
    for kind, stated in content.stated_counts.items():
        if counts.get(kind) != stated:
            label = COUNT_LABELS[kind]
            problems.append(f"Die Seite nennt {stated} {label}, gelesen wurden {counts.get(kind)}.")
    for kind, before in previous.items():
        now = counts.get(kind, 0)
        if before and now < before * MIN_KEEP_RATIO:
            problems.append(f"Nur noch {now} {COUNT_LABELS[kind]} statt bisher {before}.")
    return problems


def verdict(engine: Engine, content: PageContent) -> list[str]:
    """What :func:`build` would object to (empty: it would store ``content`` or has it)."""
    info = read_build_info(engine)
    if info.get("build_id") == content_id(content):
        return []
    return check(content, json.loads(info.get("counts", "{}"))) + _taken_back(info, content)


def _taken_back(info: dict[str, str], content: PageContent) -> list[str]:
    """An older version of the page than the stored one: say when it was replaced."""
    new_id = content_id(content)
    for old_id, built_at in json.loads(info.get("history", "[]")):
        if old_id == new_id:
            return [
                f"Diese Fassung der Seite ist älter als die gespeicherte: sie wurde am "
                f"{built_at} eingelesen und am {info.get('built_at', '?')} durch eine neuere "
                "ersetzt. Steht in knowledge/source/ noch die alte Seite? Die neue Fassung "
                "mit 'python -m knowledge build --source DATEI' übernehmen, oder die alte "
                "mit --force zurückholen."
            ]
    return []


def build(engine: Engine, content: PageContent, *, force: bool = False) -> BuildResult:
    """Store ``content`` atomically, unless it looks broken and ``force`` is not set.

    Raises:
        BuildRefused: :func:`verdict` found problems; nothing was changed.
    """
    info = read_build_info(engine)
    previous = json.loads(info.get("counts", "{}"))
    new_id = content_id(content)
    if info.get("build_id") == new_id:
        return BuildResult(False, new_id, content.counts(), previous)
    problems = verdict(engine, content)
    if problems and not force:
        raise BuildRefused(problems)
    numbering = _numbering(engine, info, content)
    history = _history(info)
    with engine.begin() as conn:
        if info.get("schema_version") not in (None, SCHEMA_VERSION):
            Base.metadata.drop_all(conn)
        Base.metadata.create_all(conn)
        _replace_rows(conn, replace(content, projects=numbering.projects), new_id)
        _store_removed(conn, numbering.removed, history)
    return BuildResult(True, new_id, content.counts(), previous, tuple(problems))


def _numbering(engine: Engine, info: dict[str, str], content: PageContent) -> Numbering:
    """Numbers for the parsed projects that keep the previous build's (page order at first)."""
    if not info.get("build_id") or info.get("schema_version") != SCHEMA_VERSION:
        return assign_numbers(content.projects)
    return assign_numbers(content.projects, load(engine).projects, load_removed(engine))


def _history(info: dict[str, str]) -> list[list[str]]:
    """The earlier builds' ids and times, the one being replaced last."""
    history: list[list[str]] = json.loads(info.get("history", "[]"))
    if info.get("build_id") and info.get("schema_version") == SCHEMA_VERSION:
        history.append([info["build_id"], info.get("built_at", "")])
    return history[-MAX_HISTORY:]


def _store_removed(
    conn: Connection, removed: tuple[RemovedProject, ...], history: list[list[str]]
) -> None:
    with Session(bind=conn, future=True) as session:
        session.add_all(RemovedProjectRow(number=r.number, title=r.title) for r in removed)
        session.add(BuildInfoRow(key="history", value=json.dumps(history)))
        session.flush()


def _replace_rows(conn: Connection, content: PageContent, build_id: str) -> None:
    with Session(bind=conn, future=True) as session:
        for model in reversed(Base.metadata.sorted_tables):
            session.execute(model.delete())
        topics = {t.name: TopicRow(number=t.number, name=t.name, work_focus=t.work_focus)
                  for t in content.topics}  # fmt: skip
        session.add_all(topics.values())
        session.add_all(
            ProjectRow(
                number=p.number,
                position=i,
                title=p.title,
                goal=p.goal,
                goal_label=p.goal_label,
                topic=topics[p.topic],
            )  # fmt: skip
            for i, p in enumerate(content.projects)
        )
        everyone = dict.fromkeys([*content.contacts, *(d.contact for d in content.districts)])
        contacts = {c: ContactRow(position=i, name=c.name, phone=c.phone, email=c.email,
                                  role=c.role.value, unit=c.unit)  # fmt: skip
                    for i, c in enumerate(everyone)}  # fmt: skip
        session.add_all(contacts.values())
        session.add_all(
            DistrictRow(position=i, name=d.name, contact=contacts[d.contact])
            for i, d in enumerate(content.districts)
        )
        session.add_all(
            ReportRow(position=i, title=r.title, description=r.description)
            for i, r in enumerate(content.reports)
        )
        session.add_all(LinkRow(position=i, url=url) for i, url in enumerate(content.links))
        session.add_all(
            PlanParagraphRow(position=i, text=text) for i, text in enumerate(content.plan_summary)
        )
        session.add_all(
            PlanFactRow(position=i, key=f.key, text=f.text)
            for i, f in enumerate(content.plan_facts)
        )
        info = {
            "build_id": build_id,
            "schema_version": SCHEMA_VERSION,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "counts": json.dumps(content.counts()),
            "stated_counts": json.dumps(content.stated_counts),
        }
        session.add_all(BuildInfoRow(key=k, value=v) for k, v in info.items())
        session.flush()


def load(engine: Engine) -> PageContent:
    """Read the whole knowledge base back into records (it is small).

    Raises:
        SchemaOutdated: the tables are of an older schema version.
    """
    stored = read_build_info(engine).get("schema_version")
    if stored != SCHEMA_VERSION:
        raise SchemaOutdated(
            f"Die Wissensbasis hat das Schema {stored}, erwartet wird {SCHEMA_VERSION}. "
            "Bitte 'python -m knowledge build' ausführen."
        )
    with session_scope(engine) as session:
        topics = session.execute(select(TopicRow).order_by(TopicRow.number)).scalars().all()
        projects = session.execute(select(ProjectRow).order_by(ProjectRow.position)).scalars()
        contact_rows = session.execute(select(ContactRow).order_by(ContactRow.position)).scalars()
        contacts = {row.id: _contact(row) for row in contact_rows}
        district_rows = session.execute(select(DistrictRow).order_by(DistrictRow.position))
        reports = session.execute(select(ReportRow).order_by(ReportRow.position)).scalars()
        links = session.execute(select(LinkRow).order_by(LinkRow.position)).scalars()
        paragraphs = session.execute(select(PlanParagraphRow).order_by(PlanParagraphRow.position))
        facts = session.execute(select(PlanFactRow).order_by(PlanFactRow.position)).scalars()
        info = {row.key: row.value for row in session.execute(select(BuildInfoRow)).scalars()}
        return PageContent(
            topics=tuple(Topic(t.number, t.name, t.work_focus) for t in topics),
            projects=tuple(
                Project(p.number, p.title, p.goal, p.goal_label, p.topic.name) for p in projects
            ),
            districts=tuple(
                District(d.name, contacts[d.contact_id]) for d in district_rows.scalars()
            ),
            contacts=tuple(contacts.values()),
            reports=tuple(Report(r.title, r.description) for r in reports),
            links=tuple(link.url for link in links),
            plan_summary=tuple(p.text for p in paragraphs.scalars()),
            plan_facts=tuple(PlanFact(f.key, f.text) for f in facts),
            stated_counts=json.loads(info.get("stated_counts", "{}")),
        )


def load_removed(engine: Engine) -> tuple[RemovedProject, ...]:
    """The projects earlier builds had and the current one has not, by number."""
    with session_scope(engine) as session:
        rows = session.execute(select(RemovedProjectRow).order_by(RemovedProjectRow.number))
        return tuple(RemovedProject(row.number, row.title) for row in rows.scalars())


def _contact(row: ContactRow) -> Contact:
    return Contact(row.name, row.phone, row.email, Role(row.role), row.unit)
