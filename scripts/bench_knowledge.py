"""Print p50/p95 latency of the knowledge-base lookups, and the search quality.

Queries are made from the knowledge base itself (words of goals, district
names with typos and without umlauts), seeded, so runs compare; the situation
texts and plan questions are the rows of the test tables. Target on the
2-core development machines: p95 under 5 ms. With ``--quality`` it also prints
the top-3 hit rate of each search-quality table (tests/knowledge/test_search.py).
Usage: python scripts/bench_knowledge.py [--n 2000] [--quality]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.text import fold  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(call: Callable[[str], object], queries: list[str]) -> list[float]:
    times = []
    for query in queries:
        start = time.perf_counter()
        call(query)
        times.append((time.perf_counter() - start) * 1000)
    return times


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--quality", action="store_true", help="top-3 hit rate of the tables")
    args = parser.parse_args()
    rng = random.Random(7)
    kb = KnowledgeBase()
    start = time.perf_counter()
    kb.search_projects("Senioren")  # loads the knowledge base and the lemma table once
    print(f"first call (load + index): {(time.perf_counter() - start) * 1000:.0f} ms")
    words = [w for p in kb.projects() for w in (p.goal + " " + p.title).split() if len(w) > 3]
    searches = [" ".join(rng.sample(words, rng.randint(1, 3))).lower() for _ in range(args.n)]
    names = [d.name for d in kb.districts()] + ["Nordstadt", "Clarenberg", "Dorstfeld", "Huckarde"]
    places = [
        rng.choice([name, fold(name), typo(name, rng), f"wer ist in {name.lower()} zuständig"])
        for name in rng.choices(names, k=args.n)
    ]
    from tests.knowledge import test_search

    situations = [q for q, _ in test_search.SITUATION_TABLE + test_search.HELD_OUT_TABLE]
    everyday = [q for q, _ in test_search.EVERYDAY_TABLE]
    runs: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("search_projects", kb.search_projects, searches),
        ("  everyday     ", kb.search_projects, rng.choices(everyday, k=args.n)),
        ("  situations   ", kb.search_projects, rng.choices(situations, k=args.n)),
        ("find_districts ", kb.find_districts, places),
        ("target_group   ", kb.target_group, rng.choices(everyday, k=args.n)),
    ]
    if hasattr(kb, "find_plan_fact"):  # not before the plan facts existed
        from tests.knowledge.test_plan_facts import QUESTIONS

        questions = [q for q, _ in QUESTIONS]
        runs.append(("find_plan_fact ", kb.find_plan_fact, rng.choices(questions, k=args.n)))
    for label, call, queries in runs:
        times = timed(call, queries)
        print(
            f"{label}: n={len(times)} p50={statistics.median(times):.2f} ms "
            f"p95={percentile(times, 0.95):.2f} ms max={max(times):.2f} ms"
        )
    if args.quality:
        content = kb.content()
        for name in ("QUALITY_TABLE", "EVERYDAY_TABLE", "SITUATION_TABLE", "HELD_OUT_TABLE"):
            rows = getattr(test_search, name)
            hits = sum(test_search.in_top_three(kb, content, q, f) for q, f in rows)
            print(f"top-3 {name:15}: {hits}/{len(rows)} = {100 * hits / len(rows):.1f} %")


if __name__ == "__main__":
    main()
