"""Load benchmark over REST on localhost: simulated citizens, saturation, NLU floor, memory.

For this bot and, as the reference, a plain `rasa init` bot trained and run on
the same machine in the same script. Prints one table; `make bench` runs it.
Usage: python -m scripts.bench_load [--citizens 20] [--seconds 30] [--workers 2] [--skip-reference]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from knowledge import KnowledgeBase
from scripts.stack import (
    LOGS,
    RASA_RUNTIME_ENV,
    ROOT,
    free_port,
    rss_mb,
    running_stack,
    wait_until_up,
)

REFERENCE_DIR = ROOT / "var" / "bench" / "rasa-init"
THINK_SECONDS = 1.0


@dataclass
class Run:
    """Latencies (ms) of one load pattern, and how long it ran."""

    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0

    def row(self, name: str) -> str:
        """One table row: p50/p95/p99, messages per second, errors."""
        if not self.latencies:
            return f"{name:<46} no successful requests ({self.errors} errors)"
        ordered = sorted(self.latencies)

        def pick(share: float) -> float:
            return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

        rate = len(ordered) / self.seconds if self.seconds else 0.0
        return (f"{name:<46}{pick(0.5):>8.0f}{pick(0.95):>8.0f}{pick(0.99):>8.0f}"
                f"{rate:>10.1f}{self.errors:>8}")  # fmt: skip


def conversation(kb: KnowledgeBase, rng: random.Random) -> list[str]:
    """A short realistic conversation built from the knowledge base."""
    district = rng.choice(kb.districts())
    group = rng.choice(["Senioren", "Jugendliche", "Kinder", "Familien", "Frauen"])
    return ["hallo", f"wer ist in {district.name} zuständig?", "und die telefonnummer?",
            f"gibt es angebote für {group.lower()}?", "der erste", "tschüss"]  # fmt: skip


REFERENCE_TURNS = ["hello", "I am sad", "yes", "great", "are you a bot?", "bye"]


async def _post(session: aiohttp.ClientSession, url: str, body: dict[str, Any], run: Run,
                headers: dict[str, str] | None = None) -> None:  # fmt: skip
    start = time.perf_counter()
    try:
        async with session.post(url, json=body, headers=headers) as reply:
            await reply.read()
            if reply.status != 200:
                run.errors += 1
                return
    except aiohttp.ClientError:
        run.errors += 1
        return
    run.latencies.append((time.perf_counter() - start) * 1000)


async def citizens(url: str, turns: Callable[[], list[str]], count: int, think: float,
                   seconds: float) -> Run:  # fmt: skip
    """``count`` citizens, each repeating a conversation with ``think`` s between messages."""
    run = Run()
    deadline = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=60)

    async def citizen(number: int) -> None:
        await asyncio.sleep(think * number / max(count, 1))  # spread the starts
        while time.monotonic() < deadline:
            sender = f"bench-{uuid.uuid4().hex[:10]}"
            # A new visitor, a new connection, as each browser keeps its own.
            async with aiohttp.ClientSession(timeout=timeout) as session:
                for text in turns():
                    if time.monotonic() >= deadline:
                        return
                    await _post(session, url, {"sender": sender, "message": text}, run)
                    await asyncio.sleep(think)

    start = time.monotonic()
    await asyncio.gather(*(citizen(n) for n in range(count)))
    run.seconds = time.monotonic() - start
    return run


async def parse_floor(url: str, texts: list[str], count: int, seconds: float,
                      headers: dict[str, str]) -> Run:  # fmt: skip
    """NLU alone (/model/parse, with the API's credentials) at saturation."""
    run = Run()
    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as session:

        async def worker() -> None:
            while time.monotonic() < deadline:
                await _post(session, f"{url}/model/parse", {"text": random.choice(texts)}, run,
                            headers)  # fmt: skip

        start = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(count)))
        run.seconds = time.monotonic() - start
    return run


class PeakMemory:
    """Samples the RSS of some processes every 0.5 s while the block runs."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids, self.peak = pids, dict.fromkeys(pids, 0.0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            for name, pid in self.pids.items():
                self.peak[name] = max(self.peak[name], rss_mb(pid))
            self._stop.wait(0.5)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def measure(stack_url: str, pids: dict[str, int], turns: Callable[[], list[str]], texts: list[str],
            args: argparse.Namespace, headers: dict[str, str] | None = None
            ) -> tuple[dict[str, Run], dict[str, float]]:  # fmt: skip
    """The three load patterns against one bot (``headers``: the HTTP API's credentials)."""
    webhook = f"{stack_url}/webhooks/rest/webhook"
    with PeakMemory(pids) as memory:
        asyncio.run(citizens(webhook, turns, 1, 0.0, 5))  # warm-up
        alone = asyncio.run(citizens(webhook, turns, 1, 0.0, args.seconds))
        runs = {
            "alone (1 citizen, no think time)": alone,
            f"{args.citizens} citizens, {THINK_SECONDS:.0f} s think time": asyncio.run(
                citizens(webhook, turns, args.citizens, THINK_SECONDS, args.seconds)),
            f"saturation ({args.saturation} citizens, no think time)": asyncio.run(
                citizens(webhook, turns, args.saturation, 0.0, args.seconds)),
            f"NLU only /model/parse ({args.saturation} parallel)": asyncio.run(
                parse_floor(stack_url, texts, args.saturation, args.seconds, headers or {})),
        }  # fmt: skip
    return runs, memory.peak


def reference_bot() -> Path:
    """A plain `rasa init` bot, trained once into var/bench/rasa-init."""
    model = REFERENCE_DIR / "models"
    if not any(model.glob("*.tar.gz")):
        rasa = Path(sys.executable).parent / "rasa"
        REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run([rasa, "init", "--no-prompt", "--init-dir", str(REFERENCE_DIR)],
                       check=True, capture_output=True)  # fmt: skip
        if not any(model.glob("*.tar.gz")):
            subprocess.run([rasa, "train", "--out", "models"], cwd=REFERENCE_DIR, check=True,
                           capture_output=True)  # fmt: skip
    return max(model.glob("*.tar.gz"))


def run_reference(args: argparse.Namespace) -> tuple[dict[str, Run], dict[str, float]]:
    """Serve the reference bot (REST, no action server) and measure it the same way."""
    model, port = reference_bot(), free_port()
    rasa = Path(sys.executable).parent / "rasa"
    log = open(LOGS / "reference.log", "w")  # noqa: SIM115
    command: list[str | Path] = [rasa, "run", "--enable-api", "--interface", "127.0.0.1",
                                 "--port", str(port), "--model", str(model)]  # fmt: skip
    env = {**os.environ, **RASA_RUNTIME_ENV}  # same runtime as this bot: only the bots differ
    proc = subprocess.Popen(command, cwd=REFERENCE_DIR, env=env, stdout=log, stderr=log)
    try:
        url = f"http://localhost:{port}"
        wait_until_up(f"{url}/status", {"reference": proc})
        return measure(
            url, {"Rasa server": proc.pid}, lambda: REFERENCE_TURNS, REFERENCE_TURNS, args
        )
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def redis_reachable(url: str = "redis://127.0.0.1:6379/0") -> bool:
    """Whether a Redis for the multi-worker run answers on localhost."""
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def run_this_bot(args: argparse.Namespace, kb: KnowledgeBase, texts: list[str], workers: int
                 ) -> tuple[dict[str, Run], dict[str, float]]:  # fmt: skip
    """This bot with one Sanic worker (embedded default) or several (Redis lock store)."""
    rng = random.Random(1)
    extra = "" if workers == 1 else "lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: 6379\n"
    env = {"SANIC_WORKERS": str(workers), "CHAT_RATE_BURST": "0"}  # load, not abuse: no limit
    store = str(LOGS / f"bench-{uuid.uuid4().hex[:6]}.db")
    with running_stack(tracker_store=store, endpoints_extra=extra, env=env) as stack:
        pids = {"Rasa server": stack.procs["rasa"].pid, "action server": stack.procs["actions"].pid}
        return measure(stack.rasa_url, pids, lambda: conversation(kb, rng), texts, args,
                       stack.api_headers)  # fmt: skip


def print_table(title: str, runs: dict[str, Run], peak: dict[str, float]) -> None:
    """Latency table plus peak memory."""
    print(f"\n{title}")
    print(f"{'':<46}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'msg/s':>10}{'errors':>8}")
    for name, run in runs.items():
        print(run.row(name))
    print("peak RSS: " + ", ".join(f"{name} {mb:.0f} MB" for name, mb in peak.items()))


def main() -> int:
    """Measure this bot, then the reference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=20)
    parser.add_argument("--saturation", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--skip-reference", action="store_true")
    parser.add_argument("--workers", type=int, default=2, help="also run with N Sanic workers")
    args = parser.parse_args()
    kb, rng = KnowledgeBase(), random.Random(1)
    texts = [t for _ in range(20) for t in conversation(kb, rng)]
    runs, peak = run_this_bot(args, kb, texts, workers=1)
    print_table("This bot (REST, action server, SQLite tracker store, 1 Sanic worker):", runs, peak)
    if args.workers > 1 and redis_reachable():
        runs, peak = run_this_bot(args, kb, texts, workers=args.workers)
        print_table(f"This bot, {args.workers} Sanic workers + Redis lock store:", runs, peak)
    if not args.skip_reference:
        ref_runs, ref_peak = run_reference(args)
        print_table(
            "Reference: plain `rasa init` bot (REST, no action server):", ref_runs, ref_peak
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
