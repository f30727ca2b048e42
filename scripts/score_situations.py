"""Score the decision on situations and paraphrases, in this process (no Rasa server).

``python -m scripts.score_situations [FILE]`` reads each single question of a
development file, parses it with the trained NLU (cached per model in
``var/nlu-cache/``, so a rerun after a change of ``actions/`` or ``knowledge/``
takes seconds), reads the turn, decides and renders as the action server would,
and judges the answer with the evaluation's checker (``scripts/eval_checker.py``).
Messages the NLU gives to a rule of their own (``out_of_scope``, ``greet`` ...)
get that rule's response.

Items are either in the evaluation sets' form (``t``, ``x`` expectations,
``c`` class) or in the short form of the development file
(``tests/dev/situations.yml``): ``want`` (fragments of projects that clearly
fit: one of them among the first three shown), ``lead`` (the same by project
number, ``tests/dev/stories.yml``), ``detail`` (the project meant: its goal
shown), ``none`` (nothing on the page fits: no project named, the Projektbüro
or the city's portal), ``topic`` (a Schwerpunkt by name: it is shown).
``--failures`` prints the failing items with the deciding rule; use it on
development data only (the frozen sets are for figures).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.action_answer import respond
from actions.focus import Focus
from actions.turn import read_message
from knowledge import KnowledgeBase
from scripts.eval_checker import Checker, Result

ROOT = Path(__file__).resolve().parents[1]
DEV_FILE = ROOT / "tests" / "dev" / "situations.yml"
MODEL = ROOT / "models" / "soziale-stadt.tar.gz"
FINGERPRINT = ROOT / "var" / "model-fingerprint"
CACHE = ROOT / "var" / "nlu-cache"
ANSWERED_BY_ACTION = frozenset({"nlu_fallback", "feedback_helpful", "feedback_unhelpful"})

Parse = Callable[[str], dict[str, Any]]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the share of right answers, per part of the file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEV_FILE)
    parser.add_argument("--failures", action="store_true", help="print the failing items")
    options = parser.parse_args(argv)
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    kb = KnowledgeBase()
    items = [_expected(item, kb) for item in _singles(options.file)]
    checker = Checker(kb, domain["responses"])
    parse = CachedNlu(MODEL, domain)
    by_part: dict[str, list[bool]] = defaultdict(list)
    for item in items:
        result, rule = answer(item, parse, kb, checker, domain)
        by_part[str(item.get("c", "?"))].append(result.answer_ok)
        if options.failures and not result.answer_ok:
            print(f"- [{item.get('c')}] {item['t']}\n    {result.intent} {rule}: {result.problems}")
    parse.save()
    total = [ok for oks in by_part.values() for ok in oks]
    for part, oks in sorted(by_part.items()):
        print(f"{part:<10} {len(oks):>4}  {sum(oks) / len(oks):6.1%}")
    print(f"{'all':<10} {len(total):>4}  {sum(total) / len(total):6.1%}")
    return 0


def answer(
    item: dict[str, Any], parse: Parse, kb: KnowledgeBase, checker: Checker, domain: dict[str, Any]
) -> tuple[Result, str]:
    """The bot's answer to one item, judged; and the rule that decided."""
    message = parse(item["t"])
    intent = str((message.get("intent") or {}).get("name") or "")
    rules = _rule_responses(domain)
    if intent in rules:
        text, rule = _render([{"response": rules[intent]}], domain), f"rule:{intent}"
    else:
        say = CollectingDispatcher()
        decision, _ = respond(say, kb, read_message(kb, message), Focus())
        text, rule = _render(say.messages, domain), decision.rule
    result = Result(item, intent, [], text, 0.0)
    checker.check(result)
    if item.get("c") == "none":  # no project; the Projektbüro or the city's portal instead
        kinds = (checker._none(True, text, {}, []), checker._out_of_scope(True, text, {}, []))
        result.problems = min(kinds, key=len)
        result.answer_ok = not result.problems
    return result, rule


class CachedNlu:
    """The trained NLU, its parses kept per model fingerprint (the model loads only if needed)."""

    def __init__(self, model: Path, domain: dict[str, Any]) -> None:
        fingerprint = FINGERPRINT.read_text().strip() if FINGERPRINT.exists() else "unknown"
        self._path = CACHE / f"{fingerprint}.json"
        self._model = model
        self._parses: dict[str, dict[str, Any]] = (
            json.loads(self._path.read_text(encoding="utf-8")) if self._path.exists() else {}
        )
        self._parse: Parse | None = None
        self._changed = False

    def __call__(self, text: str) -> dict[str, Any]:
        """The NLU's parse of ``text`` (intent, entities, ranking)."""
        if text not in self._parses:
            if self._parse is None:
                from scripts.explain import nlu  # loads Rasa: only when a text is new

                self._parse = nlu(self._model)
            parsed = self._parse(text)
            self._parses[text] = {k: parsed.get(k) for k in ("text", "intent", "entities",
                                                              "intent_ranking")}  # fmt: skip
            self._changed = True
        return self._parses[text]

    def save(self) -> None:
        """Keep the parses for the next run."""
        if self._changed:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._path.write_text(json.dumps(self._parses, ensure_ascii=False), encoding="utf-8")


def _singles(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["questions"] if isinstance(data, dict) else data)


def _expected(item: dict[str, Any], kb: KnowledgeBase) -> dict[str, Any]:
    """An item of the short development form as the checker's expectations (``x``)."""
    if "x" in item:
        return item
    if "lead" in item:  # tests/dev/stories.yml: the numbers of the projects that should lead
        titles = [p.title for p in kb.projects_numbered(item["lead"])]
        return {"t": item["t"], "x": {"top": titles}, "i": "", "c": "lead"}
    if "want" in item:
        return {"t": item["t"], "x": {"top": item["want"]}, "i": "", "c": "want"}
    if "detail" in item:
        return {"t": item["t"], "x": {"project": item["detail"]}, "i": "", "c": "detail"}
    if "topic" in item:
        number = next(t.number for t in kb.topics() if item["topic"] in t.name)
        return {"t": item["t"], "x": {"topic": number}, "i": "", "c": "topic"}
    return {"t": item["t"], "x": {}, "i": "", "c": "none"}


def _rule_responses(domain: dict[str, Any]) -> dict[str, str]:
    """Intents answered by a rule's response instead of the answering action."""
    rules = yaml.safe_load((ROOT / "data" / "rules" / "basics.yml").read_text(encoding="utf-8"))
    found = {}
    for rule in rules["rules"]:
        steps = rule["steps"]
        intent, action = steps[0].get("intent"), steps[1].get("action", "")
        if intent not in ANSWERED_BY_ACTION and action.startswith("utter_"):
            found[intent] = action
    return found


def _render(sent: list[dict[str, Any]], domain: dict[str, Any]) -> str:
    """The messages as the evaluation reads them: templates filled, buttons with references."""
    responses = domain["responses"]
    lines = []
    for message in sent:
        template = (responses.get(message.get("response")) or [{}])[0]
        lines.append(message.get("text") or str(template.get("text", "")).format(**message))
        for button in message.get("buttons") or template.get("buttons") or []:
            payload = str(button.get("payload", ""))
            values = yaml.safe_load(payload[payload.find("{") :]) if "{" in payload else {}
            lines.append(f"[{button.get('title', '')}] " + " ".join(map(str, values.values())))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
