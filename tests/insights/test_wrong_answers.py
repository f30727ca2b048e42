"""The report finds the answers that missed, shows them apart, per rule, in Berlin time, as CSV."""

from __future__ import annotations

import asyncio
import csv
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from rasa.shared.core.events import BotUttered, Event
from rasa.shared.core.trackers import DialogueStateTracker

from connectors.tracker_store import LeanSQLTrackerStore
from insights.__main__ import main
from insights.events import load_exchanges, tracker_engine
from insights.labels import INTENT_LABELS
from insights.report import figures, render
from insights.wrong_answers import Signal
from knowledge.records import PageContent
from tests.insights.test_insights import fill, session, user

ROOT = Path(__file__).resolve().parents[2]
NOW = time.time() - 3600
SUMMER_NIGHT = datetime(2026, 7, 1, 22, 30, tzinfo=timezone.utc).timestamp()  # 00:30 in Berlin


def bot(text: str, response: str, at: float, rule: str = "") -> BotUttered:
    metadata = {"utter_action": response, **({"rule": rule} if rule else {})}
    return BotUttered(text, metadata=metadata, timestamp=at)


def scripted(content: PageContent) -> dict[str, list[Event]]:
    first, second = content.districts[0], content.districts[1]
    contact = f"{first.name}: {first.contact.name}, {first.contact.phone}"
    ask = "War diese Antwort hilfreich?"
    return {
        "anna": session(NOW) + [
            user(f"wer ist in {first.name} zuständig", "district_contact", NOW + 1),
            bot(contact, "utter_district_contact", NOW + 2, rule="place_named"),
            bot(ask, "utter_ask_feedback", NOW + 2),
            user("/feedback_unhelpful", "feedback_unhelpful", NOW + 3),
            bot("Danke", "utter_feedback_sorry", NOW + 4)],
        "ben": session(NOW) + [
            user(f"wer ist in {first.name} zuständig", "district_contact", NOW + 10),
            bot(contact, "utter_district_contact", NOW + 11, rule="place_named"),
            user(f"nein, ich meinte {second.name}", "inform", NOW + 30),
            bot(contact, "utter_district_contact", NOW + 31, rule="place_named")],
        "cem": session(NOW) + [
            user("xyz blah", "nlu_fallback", NOW + 20),
            bot("Dazu finde ich leider nichts", "utter_fallback_none", NOW + 21),
            user("gibt es was für senioren", "project_search", NOW + 400),
            bot("Dazu habe ich 2 Projekte gefunden", "utter_project_search_results", NOW + 401),
            bot(ask, "utter_ask_feedback", NOW + 401),
            user("/feedback_helpful", "feedback_helpful", NOW + 402)],
        "dora": session(SUMMER_NIGHT) + [
            user("projekt mit kindern", "project_detail", SUMMER_NIGHT + 1),
            bot("Welches Projekt meinen Sie?", "utter_project_choose", SUMMER_NIGHT + 2)],
    }  # fmt: skip


@pytest.fixture()
def tracker_db(tmp_path: Path, content: PageContent) -> Path:
    path = tmp_path / "tracker.db"
    fill(path, scripted(content))
    return path


def _figures(path: Path):  # noqa: ANN202
    return figures(load_exchanges(tracker_engine(f"sqlite:///{path}")))


def test_each_sign_of_a_wrong_answer_is_found_apart(tracker_db: Path, content: PageContent) -> None:
    found = _figures(tracker_db)
    asked = {signal: [(f.exchange.sender, f.exchange.text) for f in found.with_signal(signal)]
             for signal in Signal}  # fmt: skip
    question = f"wer ist in {content.districts[0].name} zuständig"
    assert asked[Signal.UNHELPFUL] == [("anna", question)]
    assert asked[Signal.REPHRASED] == [("ben", question)]
    assert asked[Signal.NO_LEADER] == [("dora", "projekt mit kindern")]
    assert asked[Signal.FALLBACK] == [("cem", "xyz blah")]
    assert "gibt es was für senioren" not in str(asked)  # answered and rated helpful


def test_wrong_answers_are_counted_per_rule(tracker_db: Path) -> None:
    rules = {rule: (answers, dict(signs)) for rule, answers, signs in _figures(tracker_db).per_rule}
    assert rules["place_named"] == (3, {Signal.UNHELPFUL: 1, Signal.REPHRASED: 1})
    assert rules["utter_project_choose"] == (1, {Signal.NO_LEADER: 1})  # no rule: the kind


def test_both_ratings_and_the_share_of_helpful_ones(tracker_db: Path) -> None:
    found = _figures(tracker_db)
    assert (found.helpful, found.unhelpful, found.helpful_share) == (1, 1, 0.5)
    page = render(found)
    assert "Anteil hilfreich" in page and "50%" in page


def test_each_wrong_answer_shows_question_and_answer(
    tracker_db: Path, content: PageContent
) -> None:
    page = render(_figures(tracker_db))
    section = page.split("Als „nicht hilfreich“ bewertet (1)")[1].split("<h2>")[0]
    assert content.districts[0].name in section and content.districts[0].contact.phone in section
    assert "hilfreich?" not in section  # the rating question is no part of the answer


def test_intents_have_the_names_staff_use(tracker_db: Path) -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    assert set(domain["intents"]) <= set(INTENT_LABELS)
    page = render(_figures(tracker_db))
    assert "Ansprechperson im Aktionsraum" in page and ">district_contact<" not in page


def test_times_are_berlin_time(tracker_db: Path) -> None:
    found = _figures(tracker_db)
    assert "2026-07-02" in [day for day, _, _ in found.per_day]
    assert "02.07.2026 00:30" in render(found)


def test_make_report_writes_a_csv_beside_the_html(tracker_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["--tracker", f"sqlite:///{tracker_db}", "report", "--out", str(out)]) == 0
    with out.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert len(rows) == _figures(tracker_db).messages
    missed = [
        r for r in rows if "Suche ohne klaren Treffer" in r["Hinweise auf eine falsche Antwort"]
    ]
    assert [r["Frage (maskiert)"] for r in missed] == ["projekt mit kindern"]
    assert missed[0]["Zeit (Berlin)"] == "2026-07-02 00:30:01"
    assert {r["Thema"] for r in rows} >= {"Ansprechperson im Aktionsraum", "Nicht verstanden"}
    assert not {"anna", "ben"} & {cell for r in rows for cell in r.values()}  # no sender ids


def test_a_formula_typed_by_a_citizen_stays_text_in_the_csv(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    fill(path, {"eve": session(NOW) + [user('=HYPERLINK("x")', "nlu_fallback", NOW + 1)]})
    out = tmp_path / "report.html"
    assert main(["--tracker", f"sqlite:///{path}", "report", "--out", str(out)]) == 0
    text = out.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text


def test_rows_stored_before_masking_are_masked_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    store = LeanSQLTrackerStore(dialect="sqlite", db=str(path))  # stores text as typed
    events = session(NOW) + [user("für meinen Sohn Kevin Mustermann", "nlu_fallback", NOW + 1)]
    asyncio.run(store.save(DialogueStateTracker.from_events("old", events)))
    out = tmp_path / "report.html"
    assert main(["--tracker", f"sqlite:///{path}", "report", "--out", str(out)]) == 0
    for written in (out, out.with_suffix(".csv")):
        text = written.read_text(encoding="utf-8-sig")
        assert "Mustermann" not in text and "Kevin" not in text and "[Name]" in text


@pytest.mark.parametrize(
    ("first", "then", "rephrased"),
    [
        ("gibt es was für senioren in eving", "senioren angebote eving", True),
        ("wer ist in eving zuständig", "falsch, gemeint war Nette", True),
        ("wer ist in eving zuständig", "wer ist in nette zuständig", False),
        ("gibt es was für senioren", "/feedback_helpful", False),
    ],
)
def test_a_rephrasing_is_the_same_content_again_or_a_correction(
    tmp_path: Path, first: str, then: str, rephrased: bool
) -> None:
    path = tmp_path / "tracker.db"
    results = "utter_project_search_results"
    fill(path, {"fred": session(NOW) + [
        user(first, "project_search", NOW + 1), bot("…", results, NOW + 2),
        user(then, "inform", NOW + 20), bot("…", results, NOW + 21)]})  # fmt: skip
    found = _figures(path).with_signal(Signal.REPHRASED)
    assert [f.exchange.text for f in found] == ([first] if rephrased else [])
