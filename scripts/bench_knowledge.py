"""Print p50/p95 latency of a project search and of a place lookup.

Queries are made from the knowledge base itself (words of goals, district
names with typos and without umlauts), seeded, so runs compare. Target on the
2-core development machines: p95 under 5 ms.
Usage: python scripts/bench_knowledge.py [--n 2000]
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
    for label, call, queries in [
        ("search_projects", kb.search_projects, searches),
        ("find_districts ", kb.find_districts, places),
    ]:
        times = timed(call, queries)
        print(
            f"{label}: n={len(times)} p50={statistics.median(times):.2f} ms "
            f"p95={percentile(times, 0.95):.2f} ms max={max(times):.2f} ms"
        )


if __name__ == "__main__":
    main()
