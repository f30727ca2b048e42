"""Personal data as a data-protection officer would look for it (GDPR Art. 5 and 17).

Citizens type their names, birth date, address and phone over REST, socket.io
and Telegram; one of them then deletes the conversation ("Verlauf löschen").
The audit reads everything the bot keeps: every table and column of the
tracker store, the JSON of every event, the raw bytes of the SQLite files
(with ``-wal`` and ``-shm``), the Rasa and action-server logs at INFO level,
and the staff report (HTML and CSV). None of it holds the personal data, and
nothing of the deleted conversation is left in the files.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from insights.__main__ import main as insights
from knowledge.embedding import HANDOVER_KEY
from scripts.stack import LOGS
from tests.security.conftest import Bot, message, said, update
from tests.security.test_socketio_security import widget

REST = "/webhooks/rest/webhook"
# Made up for the test; none of them is a person of the page.
FULL = ("Erika Mustermann, geb. 3.3.1970, wohne Mallinckrodtstraße 12, 44145 Dortmund, "
        "Tel 0231 123456 … gibt es Angebote für Senioren?")  # fmt: skip
REST_TEXTS = [FULL, "hier Erika Mustermann", "Ich bin Erika Mustermann"]
SOCKET_TEXTS = ["Frau Mustermann", "für meinen Sohn Kevin Mustermann",
                "gibt es was für Jugendliche? Gruß, Frau Mustermann"]  # fmt: skip
TELEGRAM_TEXTS = ["Gruß, Frau Mustermann", "Ich bin Erika Mustermann, was gibt es für Familien?"]
DELETED_TEXTS = ["Ich bin Erika Mustermann, gibt es was für Zitronenfalter?",
                 "und für Zitronenfalter in Hörde?"]  # fmt: skip
# What must not be found anywhere (compared without case).
PERSONAL = ["Mustermann", "Erika", "Kevin", "3.3.1970", "Mallinckrodt", "0231 123456",
            "44145 Dortmund"]  # fmt: skip
DELETED_ONLY = "Zitronenfalter"  # a word of the deleted conversation only
TELEGRAM_CHAT = 7701


def _rest(bot: Bot, sender: str, text: str) -> list[str]:
    reply = requests.post(f"{bot.url}{REST}", json={"sender": sender, "message": text},
                          timeout=120)  # fmt: skip
    assert reply.status_code == 200, reply.text
    return [m.get("text", "") for m in reply.json()]


@pytest.fixture(scope="module")
def talked(bot: Bot) -> Iterator[dict[str, str]]:
    """The conversations of this module, once; their sender ids."""
    senders = {"rest": f"audit-rest-{uuid.uuid4().hex[:8]}",
               "deleted": f"audit-deleted-{uuid.uuid4().hex[:8]}",
               "socket": uuid.uuid4().hex, "telegram": str(TELEGRAM_CHAT)}  # fmt: skip
    for text in REST_TEXTS:
        assert _rest(bot, senders["rest"], text)
    page = f"http://localhost:{bot.stack.env['WEB_PORT']}"
    with widget(bot, page) as client:
        assert client.session(senders["socket"]) == senders["socket"]
        for text in SOCKET_TEXTS:
            client.say(text, senders["socket"])
            assert client.replies()
    for number, text in enumerate(TELEGRAM_TEXTS, 1):
        sent = update(TELEGRAM_CHAT * 10 + number, message=message(text, TELEGRAM_CHAT))
        assert bot.telegram_post(sent).status_code == 200
        assert len(bot.sent_to(TELEGRAM_CHAT, at_least=number)) >= number
    for text in DELETED_TEXTS:
        assert _rest(bot, senders["deleted"], text)
    assert _rest(bot, senders["deleted"], "Verlauf löschen") == [said("utter_history_deleted")]
    yield senders


def _tracker_db(bot: Bot) -> Path:
    text = (LOGS / f"endpoints-{bot.url.rsplit(':', 1)[1]}.yml").read_text(encoding="utf-8")
    return Path(text.split('db: "', 1)[1].split('"', 1)[0])


def _found(text: str, words: list[str]) -> list[str]:
    lowered = text.lower()
    return [word for word in words if word.lower() in lowered]


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the SQLite file, JSON columns decoded."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        names = [n for (n,) in connection.execute("SELECT name FROM sqlite_master "
                                                   "WHERE type = 'table'")]  # fmt: skip
        return {name: [tuple(_decoded(v) for v in row)
                       for row in connection.execute(f'SELECT * FROM "{name}"')]
                for name in names}  # fmt: skip


def _decoded(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("{"):
        try:
            return json.dumps(json.loads(value), ensure_ascii=False)
        except ValueError:
            return value
    return value


def test_the_files_of_the_tracker_store_hold_no_personal_data(bot: Bot, talked: dict) -> None:
    path = _tracker_db(bot)
    files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    found = {p.name: _found(p.read_bytes().decode("utf-8", "replace"), [*PERSONAL, DELETED_ONLY])
             for p in files}  # fmt: skip
    assert {name: words for name, words in found.items() if words} == {}


def test_no_table_or_column_holds_personal_data(bot: Bot, talked: dict) -> None:
    tables = _tables(_tracker_db(bot))
    found = {name: _found(repr(rows), [*PERSONAL, DELETED_ONLY]) for name, rows in tables.items()}
    assert {name: words for name, words in found.items() if words} == {}
    senders = {row[1] for row in tables["events"]}
    assert talked["deleted"] not in senders
    assert {talked["rest"], talked["socket"], talked["telegram"]} <= senders


def test_offsets_in_stored_events_fit_the_stored_text(bot: Bot, talked: dict) -> None:
    """Token and entity offsets of the original would tell how long the masked words were."""
    for row in _tables(_tracker_db(bot))["events"]:
        data = json.loads(row[-1]) if isinstance(row[-1], str) else {}
        if data.get("event") != "user":
            continue
        text, parsed = data.get("text") or "", data.get("parse_data") or {}
        spans = [tuple(t) for t in parsed.get("text_tokens") or []]
        spans += [(e["start"], e["end"]) for e in parsed.get("entities") or [] if "start" in e]
        for start, end in spans:
            assert 0 <= start < end <= len(text), (text, start, end)
            assert text[start:end].strip() == text[start:end], (text, start, end)


def test_stored_messages_keep_no_vector_of_the_typed_text(bot: Bot, talked: dict) -> None:
    """The NLU hands each message's vector to the action server; the store drops it."""
    users = [json.loads(row[-1]) for row in _tables(_tracker_db(bot))["events"]
             if isinstance(row[-1], str) and '"event": "user"' in row[-1]]  # fmt: skip
    assert users
    assert [u for u in users if HANDOVER_KEY in (u.get("parse_data") or {})] == []


def test_logs_at_info_level_hold_no_citizen_text(bot: Bot, talked: dict) -> None:
    port = bot.url.rsplit(":", 1)[1]
    for name in ("rasa", "actions"):
        log = (LOGS / f"{name}-{port}.log").read_text(encoding="utf-8", errors="replace")
        assert " INFO " in log and " DEBUG " not in log, name  # logging at INFO level
        assert _found(log, [*PERSONAL, DELETED_ONLY]) == [], name


def test_the_staff_report_holds_no_personal_data(bot: Bot, talked: dict, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    tracker = f"sqlite:///{_tracker_db(bot)}"
    assert insights(["--tracker", tracker, "report", "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert _found(page, [*PERSONAL, DELETED_ONLY]) == []
    table = out.with_suffix(".csv").read_text(encoding="utf-8")
    assert _found(table, [*PERSONAL, DELETED_ONLY]) == []
    assert "[Name]" in page and "[Name]" in table  # the masked questions are there
