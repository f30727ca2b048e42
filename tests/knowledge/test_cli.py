"""The staff command line: German answers, suggestions and exit codes, no tracebacks."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from knowledge import cli
from knowledge.knowledge_base import KnowledgeBase
from knowledge.parse import parse_file
from knowledge.records import PageContent
from knowledge.store import build, create_db_engine
from tests.knowledge.test_update import modified_page


@pytest.fixture(autouse=True)
def use_test_database(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_stats_json_reports_the_counts(
    capsys: pytest.CaptureFixture[str], content: PageContent
) -> None:
    code, out = run(capsys, "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert {k: stats[k] for k in content.counts()} == content.counts()


def test_contact_by_place_shows_the_person(
    capsys: pytest.CaptureFixture[str], content: PageContent
) -> None:
    district = content.districts[0]
    code, out = run(capsys, "contact", district.name.lower())
    assert code == 0
    assert district.contact.name in out and district.contact.phone in out


def test_contact_of_unknown_place_suggests_and_fails(
    capsys: pytest.CaptureFixture[str], content: PageContent
) -> None:
    code, out = run(capsys, "contact", "Huckarde")
    assert code == cli.NOT_FOUND
    assert "kein Aktionsraum" in out
    assert all(d.name in out for d in content.districts)


def test_search_and_project(capsys: pytest.CaptureFixture[str], content: PageContent) -> None:
    code, out = run(capsys, "search", "Senioren")
    assert code == 0 and out.strip()
    project = content.projects[-1]
    code, out = run(capsys, "project", project.title)
    assert code == 0 and project.goal in out


@pytest.mark.parametrize("command", ["search", "project", "contact"])
def test_nonsense_gets_exit_code_one(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out = run(capsys, command, "qwertzuiop")
    assert code == cli.NOT_FOUND
    assert "Traceback" not in out


def test_refused_build_exits_two_without_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path, page_text: str
) -> None:
    source = tmp_path / "page.txt"
    source.write_text(page_text.split("Ansprechpartnerinnen und Ansprechpartner vor Ort")[0])
    code, out = run(capsys, "build", "--source", str(source))
    assert code == cli.REFUSED
    assert "Traceback" not in out


# --- content updates -------------------------------------------------------------------


@pytest.fixture()
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: PageContent) -> Engine:
    """A knowledge base of its own, built from the page copy, as after `make kb`."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    build(engine, content)
    monkeypatch.setenv("DATABASE_URL", str(engine.url))
    monkeypatch.setattr("knowledge.export.write", lambda _content: [])
    return engine


def one_project_fewer(page_text: str, content: PageContent) -> str:
    """The page without its sixth project; the page still says how many it has."""
    gone = content.projects[5]
    block = f"{gone.title}\n\n{gone.goal_label}: {gone.goal}\n"
    assert block in page_text
    return page_text.replace(block, "", 1)


def test_a_dry_run_refuses_what_the_build_refuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, page_text: str, content: PageContent,
    own_database: Engine,
) -> None:  # fmt: skip
    source = tmp_path / "page.txt"
    source.write_text(one_project_fewer(page_text, content), encoding="utf-8")
    dry_code, dry_out = run(capsys, "build", "--source", str(source), "--dry-run")
    code, out = run(capsys, "build", "--source", str(source))
    stated = content.stated_counts["projects"]
    problem = f"Die Seite nennt {stated} Projekte, gelesen wurden {stated - 1}."
    assert (dry_code, code) == (cli.REFUSED, cli.REFUSED)
    assert problem in dry_out and problem in out
    assert KnowledgeBase(own_database).content() == content


def test_a_dry_run_of_a_good_page_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, page_text: str, content: PageContent,
    own_database: Engine, source_folder: Path,
) -> None:  # fmt: skip
    source = tmp_path / "page.txt"
    source.write_text(page_text.replace(content.projects[0].goal, "Ein neues Ziel", 1), "utf-8")
    code, out = run(capsys, "build", "--source", str(source), "--dry-run")
    assert code == cli.OK and "Projekt geändert" in out and "Probelauf" in out
    assert KnowledgeBase(own_database).content() == content
    assert source_folder.read_text(encoding="utf-8") == page_text


def test_an_update_from_another_file_stays_after_make_kb(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, page_text: str, content: PageContent,
    own_database: Engine, source_folder: Path,
) -> None:  # fmt: skip
    updated, district_name, new_phone, _ = modified_page(page_text, content)
    source = tmp_path / "update.txt"
    source.write_text(updated, encoding="utf-8")
    running = KnowledgeBase(own_database, refresh_seconds=0)

    code, out = run(capsys, "build", "--source", str(source))
    assert code == cli.OK and str(source_folder) in out
    assert source_folder.read_text(encoding="utf-8") == updated
    code, out = run(capsys, "build")  # what make run, make shell and make kb do
    assert code == cli.OK and "unverändert" in out
    assert running.find_districts(district_name).items[0].contact.phone == new_phone


def test_an_old_page_in_the_source_folder_is_refused_loudly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, page_text: str, content: PageContent,
    own_database: Engine, source_folder: Path,
) -> None:  # fmt: skip
    """knowledge/source/ was reset (git checkout, another machine): the update is not undone."""
    source = tmp_path / "update.txt"
    source.write_text(page_text.replace(content.projects[0].goal, "Ein neues Ziel", 1), "utf-8")
    assert run(capsys, "build", "--source", str(source))[0] == cli.OK
    source_folder.write_text(page_text, encoding="utf-8")

    code, out = run(capsys, "build")
    assert code == cli.REFUSED
    assert "älter als die gespeicherte" in out and "NICHT geändert" in out
    assert KnowledgeBase(own_database).content().projects[0].goal == "Ein neues Ziel"
    assert run(capsys, "build", "--force")[0] == cli.OK
    assert KnowledgeBase(own_database).content().projects[0].goal == content.projects[0].goal


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("cp1252"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["windows-1252", "utf-8-bom", "windows-1252-crlf"],
)
def test_pages_saved_by_windows_editors_are_read(
    encode: Callable[[str], bytes], tmp_path: Path, page_text: str, content: PageContent
) -> None:
    source = tmp_path / "page.txt"
    source.write_bytes(encode(page_text))
    assert parse_file(source) == content


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: data.rindex("ü".encode()) + 1],  # cut in the middle of a character
        lambda data: data.replace("ü".encode(), b"\xfc", 1),  # one Windows-1252 byte in UTF-8
        lambda data: b"\x00\x01" + data,
    ],
    ids=["cut", "mixed", "binary"],
)
def test_an_undecodable_page_is_refused_in_german(
    damage: Callable[[bytes], bytes], capsys: pytest.CaptureFixture[str], tmp_path: Path,
    page_text: str, own_database: Engine, content: PageContent,
) -> None:  # fmt: skip
    source = tmp_path / "page.txt"
    source.write_bytes(damage(page_text.encode("utf-8")))
    for dry_run in ([], ["--dry-run"]):
        code, out = run(capsys, "build", "--source", str(source), *dry_run)
        assert code == cli.REFUSED
        assert "Traceback" not in out and "UnicodeDecodeError" not in out
        assert out.startswith("Fehler:") and "Datei" in out
    assert KnowledgeBase(own_database).content() == content
