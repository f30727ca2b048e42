"""Evaluate the trained bot end to end over REST: `make eval`.

Starts the action server and the Rasa server on spare localhost ports, sends
every question of tests/eval/questions.yml (never trained on), and prints
intent accuracy, entity F1, the share of answers that contain the right facts
(checked against the knowledge base), per intent, plus latency. Failures go to
var/eval/failures.yml.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import yaml

from knowledge import KnowledgeBase
from knowledge.records import Role
from knowledge.text import fold
from scripts.stack import running_stack

ROOT = Path(__file__).resolve().parent.parent

QUESTIONS = ROOT / "tests" / "eval" / "questions.yml"
FAILURES = ROOT / "var" / "eval" / "failures.yml"
TRAIN_SECONDS = ROOT / "var" / "train-seconds"
_BUTTON_REF = re.compile(r"^\[.*\] #(\d+)$", re.MULTILINE)  # a project button: "[Titel…] #12"


@dataclass
class Result:
    """One question: what was expected, what came back, and the verdicts."""

    item: dict[str, Any]
    intent: str
    entities: list[tuple[str, str]]
    answer: str
    seconds: float
    intent_ok: bool = False
    answer_ok: bool = False
    problems: list[str] = field(default_factory=list)


# --- asking ----------------------------------------------------------------------


def ask(url: str, sender: str, item: dict[str, Any], headers: dict[str, str]) -> Result:
    """Parse the text for intent and entities (HTTP API), then send it as the citizen would."""
    parsed = requests.post(f"{url}/model/parse", json={"text": item["t"]}, headers=headers,
                           timeout=30).json()  # fmt: skip
    start = time.perf_counter()
    reply = requests.post(f"{url}/webhooks/rest/webhook",
                          json={"sender": sender, "message": item["t"]}, timeout=60)  # fmt: skip
    seconds = time.perf_counter() - start
    answer = "\n".join(_message_text(m) for m in reply.json())
    entities = [(e["entity"], str(e["value"])) for e in parsed.get("entities", [])]
    return Result(item, parsed["intent"]["name"], entities, answer, seconds)


def _message_text(message: dict[str, Any]) -> str:
    """The text and, for buttons, what a click would open (titles are shortened)."""
    parts = [message.get("text", "")]
    for button in message.get("buttons") or []:
        payload = button.get("payload", "")
        values = yaml.safe_load(payload[payload.find("{") :]) if "{" in payload else {}
        parts.append(f"[{button.get('title', '')}] " + " ".join(map(str, values.values())))
    return "\n".join(parts)


# --- checking --------------------------------------------------------------------


class Checker:
    """Turns an expectation into facts from the knowledge base and looks for them."""

    def __init__(self, kb: KnowledgeBase, responses: dict[str, Any]) -> None:
        self.kb = kb
        self.responses = responses
        self.titles = [p.title for p in kb.projects()]
        self.by_number = {p.number: p.title for p in kb.projects()}

    def check(self, result: Result, previous: str) -> None:
        """Set the verdicts of one result (``previous``: the answer before, for "der erste")."""
        expected = result.item.get("x", {})
        result.intent_ok = result.intent == result.item["i"]
        detail = expected.get("detail")
        for kind, value in expected.items():
            if kind != "detail":
                result.problems += getattr(self, f"_{kind}")(value, result.answer, detail, previous)
        result.answer_ok = not result.problems

    def listed(self, answer: str) -> list[str]:
        """Project titles in the answer or behind its buttons ("#12"), in order of appearance."""
        found = [(answer.find(title), title) for title in self.titles if title in answer]
        refs = [(m.start(), int(m.group(1))) for m in _BUTTON_REF.finditer(answer)]
        found += [(at, self.by_number[n]) for at, n in refs if n in self.by_number]
        return list(dict.fromkeys(title for _, title in sorted(found)))

    def _needs(
        self, answer: str, name: str, phone: str, email: str, detail: str | None
    ) -> list[str]:
        wanted = {"phone": [phone], "email": [email]}.get(detail or "", [name, phone, email])
        return [f"missing {value!r}" for value in wanted if value not in answer]

    def _districts(self, places: list[str], answer: str, detail: str | None, _: str) -> list[str]:
        found = [d for place in places for d in self.kb.find_districts(place).items]
        if not found:
            return [f"bad expectation: no district for {places}"]
        return [p for d in found for p in self._needs(answer, d.contact.name, d.contact.phone,
                                                     d.contact.email, detail)]  # fmt: skip

    def _person(self, name: str, answer: str, detail: str | None, _: str) -> list[str]:
        contact = self.kb.find_people(name).items[0].contacts[0]
        return self._needs(answer, contact.name, contact.phone, contact.email, detail)

    def _office(self, _: bool, answer: str, detail: str | None, __: str) -> list[str]:
        return [p for c in self.kb.contacts(Role.OFFICE)
                for p in self._needs(answer, c.name, c.phone, c.email, detail)]  # fmt: skip

    def _report(self, _: bool, answer: str, detail: str | None, __: str) -> list[str]:
        return [p for c in self.kb.contacts(Role.REPORT)
                for p in self._needs(answer, c.name, c.phone, c.email, detail)]  # fmt: skip

    def _project(self, name: str, answer: str, _: str | None, __: str) -> list[str]:
        project = self.kb.find_project(name).items[0]
        return [] if project.goal in answer else [f"missing goal of {project.title!r}"]

    def _picked(self, position: int, answer: str, _: str | None, previous: str) -> list[str]:
        listed = self.listed(previous)
        if len(listed) < position:
            return ["previous answer listed too few projects"]
        project = self.kb.find_project(listed[position - 1]).items[0]
        return [] if project.goal in answer else [f"missing goal of {project.title!r}"]

    def _group(self, group: str, answer: str, _: str | None, __: str) -> list[str]:
        fitting = {hit.item.title for hit in self.kb.projects_for_target_group(group)}
        return [] if fitting & set(self.listed(answer)) else [f"no project for {group}"]

    def _words(self, words: str | list[str], answer: str, _: str | None, __: str) -> list[str]:
        wanted = [words] if isinstance(words, str) else words
        projects = [self.kb.find_project(t).items[0] for t in self.listed(answer)]
        hit = any(w in fold(f"{p.title} {p.goal}") for p in projects for w in wanted)
        return [] if hit else [f"no listed project mentions {wanted}"]

    def _suggest(self, place: str, answer: str, _: str | None, __: str) -> list[str]:
        offered = [d.name for d in self.kb.districts() if f"] {d.name}" in answer]
        return [] if any(place in name for name in offered) else [f"{place} not offered"]

    def _topic(self, number: int, answer: str, _: str | None, __: str) -> list[str]:
        topic = self.kb.topics()[number - 1]
        return [] if topic.name in answer else [f"missing Schwerpunkt {topic.name!r}"]

    def _plan(self, _: bool, answer: str, __: str | None, ___: str) -> list[str]:
        return [f"missing {t.name!r}" for t in self.kb.topics() if t.name not in answer]

    def _links(self, _: bool, answer: str, __: str | None, ___: str) -> list[str]:
        return [f"missing {link!r}" for link in self.kb.links() if link not in answer]

    def _list(self, _: bool, answer: str, __: str | None, ___: str) -> list[str]:
        return [f"missing {d.name!r}" for d in self.kb.districts() if d.name not in answer]

    def _unknown(self, _: bool, answer: str, __: str | None, ___: str) -> list[str]:
        problems = self._list(True, answer, None, "")
        leaked = [d.contact.phone for d in self.kb.districts() if d.contact.phone in answer]
        return problems + [f"named a contact: {phone}" for phone in leaked]

    def _response(self, name: str, answer: str, _: str | None, __: str) -> list[str]:
        template = self.responses[name][0]["text"]
        text = template.format(example=self.kb.districts()[0].name)
        return [] if answer.startswith(text) else [f"not {name}"]


# --- figures ---------------------------------------------------------------------


def entity_scores(
    results: list[Result],
    kb: KnowledgeBase,
    spurious: Counter | None = None,
    missed: Counter | None = None,
) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of (entity, value) pairs; names compared by record."""

    def norm(entity: str, value: str) -> tuple[str, str]:
        if entity == "district":
            return entity, ",".join(sorted(d.name for d in kb.find_districts(value).items)) or fold(
                value
            )
        if entity == "person":
            return entity, ",".join(p.name for p in kb.find_people(value).items) or fold(value)
        return entity, fold(value)

    tp = fp = fn = 0
    for r in results:
        if "e" not in r.item:  # entities not annotated for this question
            continue
        expected = {norm(k, v) for k, v in (r.item.get("e") or {}).items()}
        predicted = {norm(k, v) for k, v in r.entities}
        tp += len(expected & predicted)
        fp += len(predicted - expected)
        if spurious is not None:
            spurious.update(f"{k}={v}" for k, v in predicted - expected)
        if missed is not None:
            missed.update(f"{k}={v}" for k, v in expected - predicted)
        fn += len(expected - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def report(results: list[Result], kb: KnowledgeBase) -> float:
    """Print the figures; returns the share of correct answers."""
    by_intent: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_intent[r.item["i"]].append(r)
    print(f"\n{'intent':<24}{'n':>5}{'intent acc':>12}{'answers ok':>12}")
    for intent, group in sorted(by_intent.items()):
        acc = sum(r.intent_ok for r in group) / len(group)
        ok = sum(r.answer_ok for r in group) / len(group)
        print(f"{intent:<24}{len(group):>5}{acc:>12.1%}{ok:>12.1%}")
    n = len(results)
    intent_acc = sum(r.intent_ok for r in results) / n
    answers = sum(r.answer_ok for r in results) / n
    spurious: Counter = Counter()
    missed: Counter = Counter()
    precision, recall, f1 = entity_scores(results, kb, spurious, missed)
    latencies = sorted(r.seconds * 1000 for r in results)
    p95 = latencies[int(0.95 * (n - 1))]
    print(f"\n{'all':<24}{n:>5}{intent_acc:>12.1%}{answers:>12.1%}")
    print(f"entities: precision {precision:.1%}, recall {recall:.1%}, F1 {f1:.1%}")
    print("most frequent unexpected entities: "
          + ", ".join(f"{e} ({n})" for e, n in spurious.most_common(8)))  # fmt: skip
    print("most frequent missed entities: "
          + ", ".join(f"{e} ({n})" for e, n in missed.most_common(8)))  # fmt: skip
    print(f"latency per message (REST, one at a time): p50 {statistics.median(latencies):.0f} ms,"
          f" p95 {p95:.0f} ms")  # fmt: skip
    if TRAIN_SECONDS.exists():
        seconds = TRAIN_SECONDS.read_text().strip()
        print(f"training time (last `make train` on this machine): {seconds} s")
    confusions = Counter((r.item["i"], r.intent) for r in results if not r.intent_ok)
    if confusions:
        print("most frequent confusions: " + ", ".join(
            f"{a}->{b} ({c})" for (a, b), c in confusions.most_common(5)))  # fmt: skip
    return answers


def write_failures(results: list[Result]) -> None:
    """Every wrong intent or answer, for reading and for fixing the data."""
    failures = [
        {"text": r.item["t"], "expected_intent": r.item["i"], "intent": r.intent,
         "entities": r.entities, "problems": r.problems, "answer": r.answer}
        for r in results if not (r.intent_ok and r.answer_ok)
    ]  # fmt: skip
    FAILURES.parent.mkdir(parents=True, exist_ok=True)
    FAILURES.write_text(yaml.safe_dump(failures, allow_unicode=True, sort_keys=False))
    print(f"{len(failures)} failures written to {FAILURES.relative_to(ROOT)}")


def main() -> int:
    """Run the evaluation; exit 1 when fewer answers than ``--target`` are correct."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=float, default=0.95)
    args = parser.parse_args()
    data = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    kb = KnowledgeBase()
    checker = Checker(kb, domain["responses"])
    results: list[Result] = []
    with running_stack(env={"CHAT_RATE_BURST": "0"}) as stack:  # quality, not abuse: no limit
        url = stack.rasa_url
        conversations = [[q] for q in data["questions"]] + [d["d"] for d in data["dialogues"]]
        for turns in conversations:
            sender, previous = f"eval-{uuid.uuid4().hex[:12]}", ""
            for item in turns:
                result = ask(url, sender, item, stack.api_headers)
                checker.check(result, previous)
                previous = result.answer
                results.append(result)
    answers = report(results, kb)
    write_failures(results)
    return 0 if answers >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
