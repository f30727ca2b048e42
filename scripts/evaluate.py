"""Evaluate the trained bot end to end over REST: `make eval`.

Starts the action server and the Rasa server on spare localhost ports and sends
the questions of six sets, all never trained on: the team's own
(tests/eval/questions.yml, ``--set old``), the frozen independent set
(tests/eval/frozen/questions.yml, ``--set frozen``), the blind set, kept for one
final figure (tests/eval/blind/questions.yml, ``--set blind``), and the two frozen sets of
issue 19: situations and paraphrases in German with conversations in several languages
(tests/eval/semantic/questions.yml, ``--set semantic``) and ordinary questions in nine
languages (tests/eval/languages/questions.yml, ``--set languages``), and the frozen set of
situations told in citizens' own words, written by a helper who never read the training
data (tests/eval/situations/questions.yml, ``--set situations``, classes of issue 19);
``--set all`` (the default) asks all six. For each set it prints single
questions, dialogue turns and whole conversations, per class (of issue 12, or of issue 19
for its sets), per language where items name one (the answers with the right facts, and
those whose own sentences are in the language asked: scripts/reply_language.py), per
intent, entity F1 where annotated, latency and invented contacts; the answers are
checked against the knowledge base (scripts/eval_checker.py). Failures go to
var/eval/failures-<set>.yml, except for the blind and the situations sets, whose failures
are not written (only their figures may be read). ``--cv`` adds
``rasa test nlu --cross-validation``. ``--file tests/dev/X.yml`` runs a development set of the
same form instead (figures and var/eval/failures-dev-X.yml).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import yaml

from knowledge import KnowledgeBase
from knowledge.text import fold
from scripts.eval_checker import Checker, Result
from scripts.reply_language import ReplyLanguage, page_facts
from scripts.stack import Stack, running_stack

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "old": ROOT / "tests" / "eval" / "questions.yml",
    "frozen": ROOT / "tests" / "eval" / "frozen" / "questions.yml",
    "blind": ROOT / "tests" / "eval" / "blind" / "questions.yml",
    "semantic": ROOT / "tests" / "eval" / "semantic" / "questions.yml",
    "languages": ROOT / "tests" / "eval" / "languages" / "questions.yml",
    "situations": ROOT / "tests" / "eval" / "situations" / "questions.yml",
}
NO_FAILURE_FILE = frozenset({"blind", "situations"})  # sets whose failures nobody may read
ISSUE19_SETS = frozenset({"semantic", "languages", "situations"})  # classes of issue 19
OUT = ROOT / "var" / "eval"
TRAIN_SECONDS = ROOT / "var" / "train-seconds"
RASA_CONFIG_FILE = ROOT / "var" / "rasa-config"
CV_FOLDS = 3


@dataclass
class SetRun:
    """The results of one set: single questions, and the turns of each dialogue."""

    name: str
    singles: list[Result]
    dialogues: list[list[Result]]

    @property
    def turns(self) -> list[Result]:
        """Every dialogue turn, in order."""
        return [r for dialogue in self.dialogues for r in dialogue]

    @property
    def everything(self) -> list[Result]:
        """Single questions and dialogue turns."""
        return self.singles + self.turns


# --- loading and asking ------------------------------------------------------------


def load_set(path: Path) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """The single questions and the dialogues (lists of turns) of one evaluation file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data.get("questions") or [], [d["d"] for d in data.get("dialogues") or []]


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


def converse(
    stack: Stack, checker: Checker, turns: list[dict[str, Any]], judge: ReplyLanguage
) -> list[Result]:
    """One conversation with a fresh sender id; each answer judged with the ones before."""
    sender, results = f"eval-{uuid.uuid4().hex[:12]}", []
    history: list[str] = []
    for item in turns:
        result = ask(stack.rasa_url, sender, item, stack.api_headers)
        checker.check(result, history)
        result.in_language = judge.answered_in(result.answer, language(item))
        history.append(result.answer)
        results.append(result)
    return results


def language(item: dict[str, Any]) -> str:
    """The language code an item is written in (German unless it says ``l``)."""
    return str(item.get("l", "de"))


def run_set(stack: Stack, checker: Checker, name: str, judge: ReplyLanguage) -> SetRun:
    """Ask every question and dialogue of one set."""
    singles, dialogues = load_set(SETS[name])
    return SetRun(
        name,
        [converse(stack, checker, [item], judge)[0] for item in singles],
        [converse(stack, checker, turns, judge) for turns in dialogues],
    )


# --- figures -------------------------------------------------------------------------


def share(results: Iterable[Result], attribute: str = "ok") -> float:
    """The share of results whose ``attribute`` is true (1.0 for none)."""
    values = [bool(getattr(r, attribute)) for r in results]
    return sum(values) / len(values) if values else 1.0


def entity_scores(
    results: list[Result], kb: KnowledgeBase, spurious: Counter[str], missed: Counter[str]
) -> tuple[float, float, float, int]:
    """Micro precision, recall, F1 of (entity, value) pairs where annotated, and how many.

    Places, people and projects are compared by the record they name.
    """

    def norm(entity: str, value: str) -> tuple[str, str]:
        if entity == "district":
            names = sorted(d.name for d in kb.find_districts(value).items)
            return entity, ",".join(names) or fold(value)
        if entity == "person":
            return entity, ",".join(p.name for p in kb.find_people(value).items) or fold(value)
        if entity == "project":
            found = kb.find_project(value).items
            return entity, found[0].title if len(found) == 1 else fold(value)
        return entity, fold(value)

    tp = fp = fn = annotated = 0
    for r in results:
        if "e" not in r.item:  # entities not annotated for this question
            continue
        annotated += 1
        expected = {norm(k, v) for k, v in (r.item.get("e") or {}).items()}
        predicted = {norm(k, v) for k, v in r.entities}
        tp += len(expected & predicted)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        spurious.update(f"{k}={v}" for k, v in predicted - expected)
        missed.update(f"{k}={v}" for k, v in expected - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, annotated


def print_headline(run: SetRun) -> None:
    """Single questions, dialogue turns and whole conversations."""
    singles, turns = run.singles, run.turns
    print(f"single questions: {len(singles):>4}   answers ok {share(singles):6.1%}"
          f"   intent {share(singles, 'intent_ok'):6.1%}")  # fmt: skip
    if run.dialogues:
        whole = [all(r.ok for r in d) for d in run.dialogues]
        print(f"dialogue turns:   {len(turns):>4}   turns ok   {share(turns):6.1%}"
              f"   intent {share(turns, 'intent_ok'):6.1%}")  # fmt: skip
        print(f"conversations:    {len(whole):>4}   all turns ok {sum(whole) / len(whole):6.1%}")


def print_table(title: str, groups: dict[Any, list[Result]], in_language: bool = False) -> None:
    """One line per group: count, answers ok, intent accuracy (and answered in language)."""
    extra = f"{'in language':>13}" if in_language else ""
    print(f"\n{title:<24}{'n':>5}{'answers ok':>12}{'intent acc':>12}{extra}")
    for key, group in sorted(groups.items(), key=lambda kv: str(kv[0]).zfill(3)):
        extra = f"{share(group, 'in_language'):>13.1%}" if in_language else ""
        print(f"{key!s:<24}{len(group):>5}{share(group):>12.1%}"
              f"{share(group, 'intent_ok'):>12.1%}{extra}")  # fmt: skip


def print_details(results: list[Result], kb: KnowledgeBase) -> None:
    """Entities, latency, invented contacts and the most frequent confusions."""
    spurious: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    precision, recall, f1, annotated = entity_scores(results, kb, spurious, missed)
    if annotated:
        print(f"\nentities ({annotated} annotated): precision {precision:.1%}, "
              f"recall {recall:.1%}, F1 {f1:.1%}")  # fmt: skip
        print("  most frequent unexpected: " + _counted(spurious))
        print("  most frequent missed: " + _counted(missed))
    latencies = sorted(r.seconds * 1000 for r in results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"latency per message (REST, one at a time): p50 {statistics.median(latencies):.0f} ms,"
          f" p95 {p95:.0f} ms")  # fmt: skip
    invented = [c for r in results for c in r.invented]
    print(
        f"invented contacts (phone/e-mail not on the page): {len(invented)}"
        + (f" ({', '.join(sorted(set(invented)))})" if invented else "")
    )
    confusions = Counter((r.item["i"], r.intent) for r in results if not r.intent_ok)
    if confusions:
        print("most frequent confusions: " + ", ".join(
            f"{a}->{b} ({c})" for (a, b), c in confusions.most_common(6)))  # fmt: skip


def _counted(counter: Counter[str]) -> str:
    return ", ".join(f"{e} ({n})" for e, n in counter.most_common(8)) or "-"


def report(run: SetRun, kb: KnowledgeBase) -> None:
    """Print every figure of one set."""
    print(f"\n===== {run.name} set: {SETS[run.name].relative_to(ROOT)} =====")
    print_headline(run)
    results = run.everything
    languages = any("l" in r.item for r in results)
    if languages:
        print(f"answered in the language asked: {share(results, 'in_language'):6.1%}")
    if any("c" in r.item for r in results):
        by_class: dict[Any, list[Result]] = defaultdict(list)
        for r in results:
            by_class[r.item.get("c", "-")].append(r)
        issue = 19 if run.name in ISSUE19_SETS or run.name.startswith("dev-") else 12
        print_table(f"class (issue {issue})", by_class, languages)
    if languages:
        by_language: dict[Any, list[Result]] = defaultdict(list)
        for r in results:
            by_language[language(r.item)].append(r)
        print_table("language", by_language, True)
    by_intent: dict[Any, list[Result]] = defaultdict(list)
    for r in results:
        by_intent[r.item["i"]].append(r)
    print_table("intent", by_intent)
    print_details(results, kb)


def write_failures(run: SetRun) -> Path:
    """Every wrong intent or answer of one set, for reading (never for training)."""
    languages = any("l" in r.item for r in run.everything)  # judge the language there
    failures = [
        {"text": r.item["t"], "class": r.item.get("c"), "expected_intent": r.item["i"],
         "intent": r.intent, "entities": r.entities, "expected": r.item.get("x"),
         "problems": r.problems, "answer": r.answer}
        | ({"language": language(r.item), "in_language": r.in_language} if languages else {})
        for r in run.everything
        if not (r.intent_ok and r.ok and (r.in_language or not languages))
    ]  # fmt: skip
    path = OUT / f"failures-{run.name}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(failures, allow_unicode=True, sort_keys=False))
    print(f"{len(failures)} failures written to {path.relative_to(ROOT)}")
    return path


# --- cross-validation of the NLU -------------------------------------------------------


def rasa_config() -> Path:
    """The config the Makefile trains with (the offline one without the spaCy model)."""
    if RASA_CONFIG_FILE.exists():
        return ROOT / RASA_CONFIG_FILE.read_text().strip()
    return ROOT / "config.yml"


def cross_validate(folds: int = CV_FOLDS) -> dict[str, Any]:
    """Run ``rasa test nlu --cross-validation`` on data/nlu; returns Rasa's intent report."""
    out = OUT / "cv"
    command = [str(Path(sys.executable).parent / "rasa"), "test", "nlu", "--nlu", "data/nlu",
               "--config", str(rasa_config()), "--cross-validation", "--folds", str(folds),
               "--out", str(out), "--no-plot", "--quiet"]  # fmt: skip
    start = time.perf_counter()
    log = OUT / "cv.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as handle:
        subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, check=True)
    report_file = out / "intent_report.json"
    result: dict[str, Any] = json.loads(report_file.read_text())
    result["_seconds"] = time.perf_counter() - start
    return result


def print_cross_validation(intent_report: dict[str, Any], folds: int = CV_FOLDS) -> None:
    """Accuracy and F1 of the accumulated test folds, and the weakest intents."""
    weighted, macro = intent_report["weighted avg"], intent_report["macro avg"]
    print(f"\n===== NLU cross-validation ({folds} folds, data/nlu, "
          f"{intent_report['_seconds']:.0f} s) =====")  # fmt: skip
    print(f"intent accuracy {intent_report['accuracy']:.1%}, weighted F1 "
          f"{weighted['f1-score']:.1%}, macro F1 {macro['f1-score']:.1%}"
          f" ({weighted['support']} examples)")  # fmt: skip
    intents = {k: v for k, v in intent_report.items() if isinstance(v, dict) and "support" in v
               and k not in {"weighted avg", "macro avg", "micro avg"}}  # fmt: skip
    weakest = sorted(intents.items(), key=lambda kv: kv[1]["f1-score"])[:5]
    print("weakest intents (F1): "
          + ", ".join(f"{k} {v['f1-score']:.1%}" for k, v in weakest))  # fmt: skip
    where = OUT.relative_to(ROOT)
    print(f"reports in {where}/cv/, log in {where}/cv.log")


# --- main ------------------------------------------------------------------------------


def main() -> int:
    """Run the evaluation; exit 1 when the old set has fewer correct answers than ``--target``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--target", type=float, default=0.95,
                        help="least share of correct answers of the old set")  # fmt: skip
    parser.add_argument("--cv", action="store_true", help="also cross-validate the NLU")
    parser.add_argument("--file", type=Path, help="a development set of the same form instead")
    args = parser.parse_args()
    if args.file:  # a development set: named by its file, its failures written to read
        SETS[f"dev-{args.file.stem}"] = args.file.resolve()
        args.set = f"dev-{args.file.stem}"
    names = list(SETS) if args.set == "all" else [args.set]
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    kb = KnowledgeBase()
    checker = Checker(kb, domain["responses"])
    judge = ReplyLanguage(page_facts(kb))
    with running_stack(env={"CHAT_RATE_BURST": "0"}) as stack:  # quality, not abuse: no limit
        runs = [run_set(stack, checker, name, judge) for name in names]
    for run in runs:
        report(run, kb)
        if run.name not in NO_FAILURE_FILE:
            write_failures(run)
    if TRAIN_SECONDS.exists():
        print(f"\ntraining time (last `make train` on this machine): "
              f"{TRAIN_SECONDS.read_text().strip()} s")  # fmt: skip
    if args.cv:
        print_cross_validation(cross_validate())
    old = next((run for run in runs if run.name == "old"), None)
    return 0 if old is None or share(old.singles + old.turns) >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
