"""Lighthouse (mobile profile) on the chat page as `make run` serves it; prints the four scores.

Starts ``scripts/serve_web.py`` on a spare localhost port (the page loads
without talking to Rasa until the chat is opened, so Rasa is not needed) and
runs Lighthouse 12.2.3 from tests/web/node_modules with Debian's Chromium.
Usage: ``python -m scripts.bench_web`` (``make bench``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts.stack import ROOT, free_port, wait_until_up

LIGHTHOUSE = ROOT / "tests" / "web" / "lighthouse.mjs"
REPORT = ROOT / "var" / "lighthouse.json"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGET = 95
RUNS = 3  # Lighthouse runs at most, when a run fails on its own (see lighthouse_scores)


@contextmanager
def serving_page(socket_url: str = "http://localhost:5005") -> Iterator[str]:
    """The page served by serve_web.py on a spare port; yields its URL."""
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "RASA_SOCKET_URL": socket_url}
    command = [sys.executable, str(ROOT / "scripts" / "serve_web.py"), "--port", str(port)]
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        url = f"http://localhost:{port}/"
        wait_until_up(url, {"web": proc}, timeout=30)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def lighthouse_scores(url: str) -> dict[str, int]:
    """The four Lighthouse scores (0-100) of ``url``; the full report goes to var/.

    A run Lighthouse itself calls broken (its ``runtimeError``, e.g. NO_NAVSTART:
    "Something went wrong with recording the trace ... Please run Lighthouse
    again", seen on a loaded CI machine) is run again, up to ``RUNS`` times; its
    zero scores say nothing about the page.
    """
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(RUNS):
        done = subprocess.run(["node", str(LIGHTHOUSE), url, str(REPORT)], cwd=LIGHTHOUSE.parent,
                              capture_output=True, text=True, timeout=300, check=True)  # fmt: skip
        scores: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])["scores"]
        if not _runtime_error():
            break
    return scores


def _runtime_error() -> str | None:
    """Lighthouse's own error code of the last run (its report's ``runtimeError``), if any."""
    error = json.loads(REPORT.read_text(encoding="utf-8")).get("runtimeError") or {}
    return str(error["code"]) if "code" in error else None


def missing_tools() -> str | None:
    """Why Lighthouse cannot run here, or None."""
    if not shutil.which("node"):
        return "Node.js is missing"
    if not (LIGHTHOUSE.parent / "node_modules" / "lighthouse").exists():
        return "tests/web/node_modules is missing (npm ci in tests/web/)"
    if not Path("/usr/bin/chromium").exists():
        return "Debian's chromium is missing (apt-get install chromium)"
    return None


def main() -> None:
    """Print the four scores and whether each reaches the target."""
    reason = missing_tools()
    if reason:
        raise SystemExit(f"Lighthouse skipped: {reason}")
    with serving_page() as url:
        scores = lighthouse_scores(url)
    print(f"Lighthouse 12.2.3, mobile, {url} (report: {REPORT.relative_to(ROOT)})")
    for name in CATEGORIES:
        verdict = "ok" if scores[name] >= TARGET else f"below {TARGET}"
        print(f"  {name:15} {scores[name]:3d}  {verdict}")


if __name__ == "__main__":
    main()
