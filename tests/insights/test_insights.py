"""The staff report and retention, on a tracker store filled by scripted conversations."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from actions.focus import Focus, Subject
from connectors.privacy import MaskingSQLTrackerStore
from insights.__main__ import main
from insights.events import load_exchanges, tracker_engine
from insights.report import figures, render
from insights.retention import delete_older_than
from insights.wrong_answers import Signal
from knowledge.records import PageContent

DAY = 86_400.0
NOW = time.time()
HOSTILE = "<script>alert(1)</script>"


def user(text: str, intent: str, at: float) -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 1.0}, timestamp=at)


def bot(text: str, response: str, at: float) -> BotUttered:
    return BotUttered(text, metadata={"utter_action": response}, timestamp=at)


def session(at: float) -> list[Event]:
    return [ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at),
            ActionExecuted("action_listen", timestamp=at)]  # fmt: skip


def conversations(content: PageContent) -> dict[str, list[Event]]:
    """Scripted conversations over three days; facts come from the parsed page."""
    district = content.districts[0]
    answer = f"{district.name}: {district.contact.name}, {district.contact.phone}"
    day = [NOW - 2 * DAY, NOW - DAY, NOW - 60]
    return {
        "anna": session(day[0])
        + [
            user(f"wer ist in {district.name} zuständig", "district_contact", day[0] + 1),
            bot(answer, "utter_district_contact", day[0] + 2),
            SlotSet(
                "focus",
                Focus(Subject.PLACES, places=(district.name,)).to_slot(),
                timestamp=day[0] + 2,
            ),
            bot("War diese Antwort hilfreich?", "utter_ask_feedback", day[0] + 2),
            user("/feedback_unhelpful", "feedback_unhelpful", day[0] + 3),
            bot("Danke für Ihre Rückmeldung", "utter_feedback_sorry", day[0] + 4),
        ],
        "ben": session(day[1])
        + [
            user("xyz blah", "nlu_fallback", day[1] + 1),
            bot("Dazu finde ich leider nichts", "utter_fallback_none", day[1] + 2),
            user(HOSTILE, "nlu_fallback", day[1] + 3),
            bot("Dazu finde ich leider nichts", "utter_fallback_none", day[1] + 4),
        ],
        "cem": session(day[2])
        + [
            user("XYZ  blah", "nlu_fallback", day[2] + 1),
            bot("Dazu finde ich leider nichts", "utter_fallback_none", day[2] + 2),
            user("gibt es was für senioren", "project_search", day[2] + 3),
            bot("Dazu habe ich 2 Projekte gefunden", "utter_project_search_results", day[2] + 4),
            user("mein personalausweis", "out_of_scope", day[2] + 5),
            bot("Dazu kann ich leider nichts sagen", "utter_out_of_scope", day[2] + 6),
        ],
    }


def fill(path: Path, scripted: dict[str, list[Event]]) -> None:
    store = MaskingSQLTrackerStore(dialect="sqlite", db=str(path))
    for sender, events in scripted.items():
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))


@pytest.fixture()
def tracker_db(tmp_path: Path, content: PageContent) -> Path:
    path = tmp_path / "tracker.db"
    fill(path, conversations(content))
    return path


def test_figures_count_what_was_asked(tracker_db: Path, content: PageContent) -> None:
    found = figures(load_exchanges(tracker_engine(f"sqlite:///{tracker_db}")))
    assert (found.conversations, found.messages) == (3, 7)
    assert dict(found.per_intent) == {"district_contact": 1, "nlu_fallback": 3,
                                      "project_search": 1, "out_of_scope": 1}  # fmt: skip
    assert dict(found.per_district) == {content.districts[0].name: 1}
    assert found.fallback_rate == pytest.approx(3 / 6)
    fallbacks = [f.exchange.text for f in found.with_signal(Signal.FALLBACK)]
    assert fallbacks == ["xyz blah", HOSTILE, "XYZ  blah"]
    assert "mein personalausweis" not in str(found.findings)  # answered: out of scope
    assert [day for day, _, _ in found.per_day] == sorted(day for day, _, _ in found.per_day)
    (rated,) = found.with_signal(Signal.UNHELPFUL)
    assert content.districts[0].name in rated.exchange.text
    assert content.districts[0].contact.phone in rated.exchange.answer_text
    assert "hilfreich" not in rated.exchange.answer_text


def test_the_report_counts_the_languages_citizens_used(tmp_path: Path) -> None:
    path, at = tmp_path / "tracker.db", NOW - 60
    fill(path, {
        "deniz": session(at) + [
            user("Merhaba", "greet", at + 1), SlotSet("language", "tr", timestamp=at + 1),
            bot("Merhaba!", "utter_greet", at + 2),
            user("Hörde", "inform", at + 3),  # no new evidence: still Turkish
            bot("…", "utter_district_contact", at + 4),
        ],
        "emil": session(at) + [user("wer ist in hörde zuständig", "district_contact", at + 1)],
    })  # fmt: skip
    found = figures(load_exchanges(tracker_engine(f"sqlite:///{path}")))
    assert dict(found.per_language) == {"tr": 2, "de": 1}
    assert "Fragen nach Sprache" in render(found)


def test_a_crisis_told_is_counted_but_its_text_never_shown(tmp_path: Path) -> None:
    path, at = tmp_path / "tracker.db", NOW - 60
    told = "mein Mann schlägt mich"  # made up
    fill(path, {"fay": session(at) + [
        user(told, "project_search", at + 1),
        BotUttered("…", metadata={"utter_action": "utter_crisis", "rule": "crisis"},
                   timestamp=at + 2),
    ]})  # fmt: skip
    exchanges = load_exchanges(tracker_engine(f"sqlite:///{path}"))
    assert [e.kind for e in exchanges] == ["crisis"]
    assert told not in exchanges[0].text and "schlägt" not in render(figures(exchanges))


def test_the_page_escapes_what_citizens_typed(tracker_db: Path) -> None:
    page = render(figures(load_exchanges(tracker_engine(f"sqlite:///{tracker_db}"))))
    assert HOSTILE not in page and "&lt;script&gt;" in page
    assert "<script" not in page.lower() and "http" not in page  # self-contained
    assert page.count("<svg") >= 2


def test_report_command_writes_the_file(tracker_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["--tracker", f"sqlite:///{tracker_db}", "report", "--out", str(out)]) == 0
    assert "Suche ohne klaren Treffer" in out.read_text(encoding="utf-8")
    assert out.with_suffix(".csv").exists()


def test_personal_data_is_masked_in_the_store(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    fill(
        path, {"dora": session(NOW) + [user("meine Nummer ist 0231 1234567", "nlu_fallback", NOW)]}
    )
    exchanges = load_exchanges(tracker_engine(f"sqlite:///{path}"))
    assert exchanges[0].text == "meine Nummer ist [Telefon]"


def test_retention_deletes_old_conversations_and_keeps_the_current_session(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    old, recent = NOW - 100 * DAY, NOW - DAY
    fill(path, {
        "old": session(old) + [user("alte frage", "nlu_fallback", old + 1)],
        "recent": session(recent) + [user("neue frage", "nlu_fallback", recent + 1)],
        "both": session(old) + [user("damals", "nlu_fallback", old + 1)]
                + session(recent) + [user("heute", "nlu_fallback", recent + 1)],
    })  # fmt: skip
    engine = tracker_engine(f"sqlite:///{path}")
    assert delete_older_than(engine, 90, now=NOW, dry_run=True) > 0
    assert {e.text for e in load_exchanges(engine)} == {
        "alte frage",
        "neue frage",
        "damals",
        "heute",
    }
    deleted = delete_older_than(engine, 90, now=NOW)
    assert deleted > 0 and {e.text for e in load_exchanges(engine)} == {"neue frage", "heute"}
    with engine.connect() as conn:
        sessions = conn.execute(text("SELECT COUNT(*) FROM events WHERE sender_id = 'both' "
                                     "AND type_name = 'session_started'")).scalar()  # fmt: skip
    assert sessions == 1
    assert delete_older_than(engine, 90, now=NOW) == 0


def test_retention_leaves_no_text_of_deleted_conversations_in_the_files(tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    old = NOW - 100 * DAY
    fill(path, {
        "old": session(old) + [user("gibt es was für Zitronenfalter", "nlu_fallback", old)],
        "new": session(NOW) + [user("und für Senioren?", "project_search", NOW)],
    })  # fmt: skip
    files = (path, Path(f"{path}-wal"))
    assert b"Zitronenfalter" in b"".join(p.read_bytes() for p in files if p.exists())
    assert delete_older_than(tracker_engine(f"sqlite:///{path}"), 90, now=NOW) > 0
    left = b"".join(p.read_bytes() for p in files if p.exists())
    assert b"Zitronenfalter" not in left and b"Senioren" in left
