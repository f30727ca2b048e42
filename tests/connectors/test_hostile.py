"""Thousands of hostile messages through the REST channel: no 5xx, no silence, no harm.

Prints how many got a proper answer; the knowledge base must be unchanged
afterwards (checksum) and the Rasa server's memory must stay within bounds.
"""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from knowledge.store import create_db_engine
from scripts.stack import Stack, rss_mb
from tests.conftest import checksum

MESSAGES = 2000
MAX_MEMORY_GROWTH_MB = 150
pytestmark = pytest.mark.hostile

FRAGMENTS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "'; DROP TABLE kb_project; --", "1' OR '1'='1", "\" OR 1=1 --", "{{7*7}}", "${7*7}",
    "#{7*7}", "<%= 7*7 %>", "{% raw %}", "../../etc/passwd", "%00", "\\x00\\x1b[31m",
    "😀🙈🔥", "👨‍👩‍👧‍👦", "مرحبا كيف حالك", "Привет, как дела?", "你好", "שלום", "नमस्ते",
    "Merhaba, nasılsın?", "Cześć", "wer ist in", "hörde", "ǅǈǋ", "\u202eevil", "\ufeffBOM",
    "/district_contact", "/restart", "/session_start", "/nlu_fallback", "null", "[]", "{}",
]  # fmt: skip
PAYLOAD_VALUES = [
    "<script>x</script>",
    "' OR 1=1",
    "{{7*7}}",
    "x" * 5000,
    "",
    None,
    12,
    [1],
    {"a": 1},
]


def hostile_messages(rng: random.Random) -> Iterator[object]:
    """Empty, long, control, markup, SQL, templates, scripts, payloads, wrong types."""
    singles: list[object] = [
        "", " ", "\n\n\t", "\u0000", "\u0007\u001b", "x" * 10_000, "ä" * 20_000,
        "wer ist " * 2000, None, 5, 3.14, True, [], ["hallo"], {"text": "hallo"},
    ]  # fmt: skip
    yield from singles
    for intent in ("district_contact", "project_detail", "project_search", "topic_overview"):
        for entity in ("district", "project", "person", "topic", "target_group"):
            for value in PAYLOAD_VALUES:
                yield f"/{intent}" + json.dumps({entity: value})
        yield f"/{intent}{{broken json"
    while True:
        parts = rng.sample(FRAGMENTS, k=rng.randint(1, 4))
        if rng.random() < 0.1:
            parts.append("".join(chr(rng.randint(0, 31)) for _ in range(5)))
        if rng.random() < 0.05:
            parts.append(chr(rng.randint(0x10000, 0x10FFF)) * rng.randint(1, 50))
        yield " ".join(parts)


def raw_bodies() -> list[bytes]:
    """Bodies that are not proper requests at all: each must get a 4xx."""
    return [b"", b"[]", b"[{}]", b"null", b"42", b'"x"', b"\xff\xfe\xfa", b"{", b'{"sender":',
            b'{"sender": "s"}', b'{"message": "hi"}', b'{"sender": null, "message": "hi"}',
            b'{"sender": ["a"], "message": "hi"}', b'{"sender": "a b c", "message": "hi"}',
            b'{"sender": "s", "message": {"t": 1}}',
            b'{"sender": "s", "message": "hi", "metadata": 5}',
            b'{"sender": "s", "message": "' + b"y" * 80_000 + b'"}']  # fmt: skip


def _send(stack: Stack, number: int, message: object) -> str:
    """Send one message; classify the outcome."""
    body = {"sender": f"hostile-{number % 500}", "message": message}
    try:
        reply = requests.post(f"{stack.rasa_url}/webhooks/rest/webhook", json=body, timeout=60)
    except requests.RequestException as error:
        return f"error:{type(error).__name__}"
    if reply.status_code >= 500:
        return f"5xx:{reply.status_code}"
    if reply.status_code >= 400:
        return "4xx" if reply.json().get("error") else "4xx-unclear"
    answers = [m for m in reply.json() if m.get("text") or m.get("buttons")]
    if not answers:
        return "silence"
    if any("<script" in (m.get("text") or "").lower() for m in answers):
        return "echoed-markup"
    return "answered"


def test_hostile_messages_are_answered_or_refused(stack: Stack) -> None:
    kb_engine = create_db_engine()
    before = checksum(kb_engine)
    rasa_pid = stack.procs["rasa"].pid
    messages = list(itertools.islice(hostile_messages(random.Random(7)), MESSAGES))
    warm = rss_mb(rasa_pid)
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = Counter(pool.map(lambda item: _send(stack, *item), enumerate(messages)))
    for body in raw_bodies():
        reply = requests.post(f"{stack.rasa_url}/webhooks/rest/webhook", data=body,
                              headers={"Content-Type": "application/json"}, timeout=60)  # fmt: skip
        outcomes["4xx" if 400 <= reply.status_code < 500 and reply.json().get("error") else
                 f"raw-{reply.status_code}"] += 1  # fmt: skip
    growth_mb = rss_mb(rasa_pid) - warm
    total = sum(outcomes.values())
    print(f"\nhostile input: {total} requests, {outcomes['answered']} answered, "
          f"{outcomes['4xx']} refused with a clear 4xx, other: "
          f"{ {k: v for k, v in outcomes.items() if k not in ('answered', '4xx')} }, "
          f"Rasa RSS growth {growth_mb:.0f} MB")  # fmt: skip
    assert outcomes["answered"] + outcomes["4xx"] == total, outcomes
    assert checksum(kb_engine) == before
    assert growth_mb < MAX_MEMORY_GROWTH_MB
    assert requests.get(f"{stack.rasa_url}/status", headers=stack.api_headers, timeout=10).ok


def test_messages_are_processed_one_at_a_time_per_sender(stack: Stack) -> None:
    """Nothing is lost: every turn sent lands in the tracker."""
    sender = "count-1"
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    for number in range(5):
        requests.post(url, json={"sender": sender, "message": f"hallo {number}"}, timeout=60)
    tracker = requests.get(
        f"{stack.rasa_url}/conversations/{sender}/tracker", headers=stack.api_headers, timeout=30
    ).json()
    user_turns = [e for e in tracker["events"] if e["event"] == "user"]
    assert len(user_turns) == 5
