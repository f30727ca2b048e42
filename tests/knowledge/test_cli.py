"""The staff command line: German answers, suggestions and exit codes, no tracebacks."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import Engine

from knowledge import cli
from knowledge.embedding import default_embedder
from knowledge.records import PageContent
from knowledge.store import build, create_db_engine
from tests.knowledge.embedding_double import TrigramEmbedder


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


def test_check_accepts_vectors_of_the_running_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "check")
    assert code == cli.OK and default_embedder().identity.name in out


def test_check_refuses_vectors_of_another_model(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
    content: PageContent,
) -> None:
    url = f"sqlite:///{tmp_path_factory.mktemp('other-model') / 'kb.db'}"
    build(create_db_engine(url), content, embedder=TrigramEmbedder())
    monkeypatch.setenv("DATABASE_URL", url)
    code, out = run(capsys, "check")
    assert code == cli.REFUSED
    assert "trigram-test-double" in out and "Traceback" not in out
