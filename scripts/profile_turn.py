"""Per-stage CPU and wall time of one turn, in this process, and a replay of the decisions.

``python -m scripts.profile_turn`` replays a fixed list of development messages
(``tests/dev/situations.yml`` and ``/work/s7/dev`` or ``--dev``: single questions
in German and the other languages, and whole conversations with their focus)
through the action server's path and prints p50/p95 of CPU time
(``time.process_time``, little affected by other processes on a shared
machine) and wall time per stage: ``read_text``, ``decide``, ``render``.
The NLU's parses come from the cache of :mod:`scripts.score_situations`; each
carries the NLU's vector of its text (``HANDOVER_KEY``, made before the clock
starts), as the Rasa server hands it to the action server.

``--nlu`` loads the trained model with Rasa's Agent and times each node of its
graph (tokenizer, featurizers, DIET, the language component) per message.
``--profile`` prints the functions that cost most (cProfile, cumulative).
``--save FILE`` writes each turn's decision (rule, kind, referent); ``--compare
FILE`` replays and lists the turns whose decision differs from the saved one,
so a speed change can show that it changed no answer.
Never reads the frozen evaluation sets (``tests/eval``).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import FACTUAL, render, utter_source
from actions.decision import decide
from actions.focus import Focus
from actions.turn import read_message
from knowledge import KnowledgeBase
from knowledge.embedding import HANDOVER_KEY, default_embedder, handover
from scripts.score_situations import MODEL, CachedNlu

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/s7/dev")
SINGLES_PER_FILE = 45  # every n-th question of each file, so that ~200 turns in all
STAGES = ("read_text", "decide", "render", "total")
WARM = ["Guten Tag!", "Wer kümmert sich um Eving?", "Und dort die Telefonnummer?"]

Conversation = list[str]
Timings = dict[str, list[tuple[float, float]]]  # stage -> (cpu ms, wall ms) per turn


def main(argv: Sequence[str] | None = None) -> int:
    """Print per-stage figures; save or compare the decisions."""
    options = _arguments().parse_args(argv)
    talks = conversations(options.dev)
    print(f"{sum(map(len, talks))} turns in {len(talks)} conversations (singles count as one)")
    if options.nlu:
        profile_nlu([text for talk in talks for text in talk], options.model)
        return 0
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    parse = CachedNlu(options.model, domain)
    kb = KnowledgeBase()
    for text in (text for talk in talks for text in talk):
        parse(text)  # the NLU's parses first (loads Rasa only for texts not in the cache)
    parse.save()
    # Warm: the knowledge base, lexicon and model load; texts of their own, so that the
    # replay below meets each of its texts for the first time (the caches hold none of them).
    replay(kb, parse, [WARM], defaultdict(list))
    timings: Timings = defaultdict(list)
    profiler = cProfile.Profile() if options.profile else None
    if profiler:
        profiler.enable()
    decisions = replay(kb, parse, talks, timings)
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(options.profile)
    print_table(timings)
    if options.save:
        options.save.write_text(json.dumps(decisions, ensure_ascii=False, indent=0) + "\n")
    if options.compare:
        return compare(json.loads(options.compare.read_text(encoding="utf-8")), decisions)
    return 0


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of the development files")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--nlu", action="store_true", help="time the NLU graph's nodes")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="top N functions")
    parser.add_argument("--save", type=Path, help="write the decisions to this JSON file")
    parser.add_argument("--compare", type=Path, help="compare the decisions with this file")
    return parser


def conversations(dev: Path) -> list[Conversation]:
    """The fixed replay list: whole conversations, then every n-th single question."""
    talks = [
        [str(turn["t"]) for turn in item["turns"]] for item in _items(dev / "conversations.yml")
    ]
    for path in (ROOT / "tests/dev/situations.yml", dev / "situations.yml", dev / "languages.yml"):
        items = _items(path)
        step = max(1, len(items) // SINGLES_PER_FILE)
        talks += [[str(item["t"])] for item in items[::step] if "t" in item]
    return talks


def _items(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["questions"] if isinstance(data, dict) else data)


def replay(
    kb: KnowledgeBase, parse: Callable[[str], dict[str, Any]], talks: list[Conversation],
    timings: Timings,
) -> list[dict[str, str]]:  # fmt: skip
    """Read, decide and render every turn, carrying the focus; each turn's decision."""
    decisions = []
    for talk in talks:
        focus = Focus()
        for text in talk:
            message = _handed_over(parse(text))
            with _timed(timings, "total"):
                with _timed(timings, "read_text"):
                    turn = read_message(kb, message)
                with _timed(timings, "decide"):
                    decision = decide(turn, focus, kb)
                with _timed(timings, "render"):
                    say = CollectingDispatcher()
                    focus = render(say, kb, decision, focus)
                    if decision.kind in FACTUAL:
                        utter_source(say, kb)
            decisions.append({"text": text, "rule": decision.rule, "kind": decision.kind.value,
                              "referent": str(decision.referent or ""),
                              "answer": json.dumps(say.messages, ensure_ascii=False,
                                                   sort_keys=True, default=str)})  # fmt: skip
    return decisions


def _handed_over(message: dict[str, Any]) -> dict[str, Any]:
    """The parse with the NLU's vector of its text, as the Rasa server passes it on."""
    text = str(message.get("text") or "")
    if not text or text.startswith("/") or HANDOVER_KEY in message:
        return message
    embedder = default_embedder()
    return {**message, HANDOVER_KEY: handover(embedder, embedder.queries([text])[0])}


@contextmanager
def _timed(timings: Timings, stage: str) -> Iterator[None]:
    cpu, wall = time.process_time(), time.perf_counter()
    yield
    timings[stage].append(((time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000))


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def print_table(timings: Timings) -> None:
    """p50/p95/max per stage, CPU and wall time, in ms."""
    print(f"{'stage':<34} {'n':>4} {'cpu p50':>8} {'cpu p95':>8} {'cpu max':>8} "
          f"{'wall p50':>9} {'wall p95':>9}")  # fmt: skip
    for stage, rows in timings.items():
        cpu = [c for c, _ in rows]
        wall = [w for _, w in rows]
        print(f"{stage:<34} {len(rows):>4} {statistics.median(cpu):>8.1f} "
              f"{percentile(cpu, 0.95):>8.1f} {max(cpu):>8.1f} "
              f"{statistics.median(wall):>9.1f} {percentile(wall, 0.95):>9.1f}")  # fmt: skip


def compare(before: list[dict[str, str]], after: list[dict[str, str]]) -> int:
    """List the turns whose decision or answer changed; 1 when any did."""
    changed = 0
    for old, new in zip(before, after, strict=True):
        for key in ("rule", "kind", "referent", "answer"):
            if old[key] != new[key]:
                changed += 1
                print(f"CHANGED {key}: {old['text']!r}\n  before {old[key][:300]}\n"
                      f"  after  {new[key][:300]}")  # fmt: skip
                break
    print(f"decisions compared: {len(after)}, changed: {changed}")
    return 1 if changed else 0


def profile_nlu(texts: list[str], model: Path) -> None:
    """Time each node of the NLU graph per message (the model loaded with Rasa's Agent)."""
    from scripts.explain import nlu

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    parse = nlu(model)
    agent = parse.__closure__[0].cell_contents  # type: ignore[index]  # the Agent of explain.nlu
    timings: Timings = defaultdict(list)
    runner = agent.processor.graph_runner
    for name, node in runner._instantiated_nodes.items():
        node._fn = _timed_fn(node._fn, name, timings)
    for text in texts[:5]:
        asyncio.run(agent.parse_message(text))  # warm
    timings.clear()
    for text in texts:
        with _timed(timings, "total parse_message"):
            asyncio.run(agent.parse_message(text))
    print_table(timings)


def _timed_fn(fn: Callable[..., Any], name: str, timings: Timings) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        with _timed(timings, name[:34]):
            return fn(*args, **kwargs)

    return timed


if __name__ == "__main__":
    sys.exit(main())
