"""CPU time of each server per turn over REST, for the development turns of ``profile_turn``.

``python -m scripts.profile_rest`` starts the action server and the Rasa server
on spare ports (:mod:`scripts.stack`), sends the replay list of
:mod:`scripts.profile_turn` one message at a time over the REST channel, and
reads each server's CPU time (``/proc/<pid>/stat``, user and system) before and
after every message. On a machine shared with other work, CPU time moves far
less than wall time; both are printed (p50/p95 per turn, in ms). Never reads
the frozen evaluation sets.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

import requests

from scripts.profile_turn import DEV, WARM, conversations, percentile
from scripts.stack import _children, running_stack

TICKS = os.sysconf("SC_CLK_TCK")  # /proc counts CPU time in clock ticks (10 ms on Linux)
UNLIMITED = {"CHAT_RATE_BURST": "0"}  # one sender may send faster than a citizen types


def main(argv: Sequence[str] | None = None) -> int:
    """Print wall and CPU time per turn over REST."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of the development files")
    options = parser.parse_args(argv)
    talks = conversations(options.dev)
    walls: list[float] = []
    cpu: dict[str, list[float]] = {}
    with running_stack(api=False, env=UNLIMITED) as stack:
        pids = {name: proc.pid for name, proc in stack.procs.items()}
        url = f"{stack.rasa_url}/webhooks/rest/webhook"
        _talk(url, WARM)
        for talk in talks:
            sender = f"profile-{uuid.uuid4().hex}"
            for text in talk:
                before = {name: cpu_ms(pid) for name, pid in pids.items()}
                start = time.perf_counter()
                _send(url, sender, text)
                walls.append((time.perf_counter() - start) * 1000)
                for name, pid in pids.items():
                    cpu.setdefault(name, []).append(cpu_ms(pid) - before[name])
    print(f"{len(walls)} turns over REST, one at a time: wall p50 {statistics.median(walls):.0f},"
          f" p95 {percentile(walls, 0.95):.0f} ms")  # fmt: skip
    for name, values in cpu.items():
        print(f"  {name:<8} CPU per turn: mean {statistics.fmean(values):.1f}, p50 "
              f"{statistics.median(values):.0f}, p95 {percentile(values, 0.95):.0f} ms "
              f"(in steps of {1000 / TICKS:.0f} ms)")  # fmt: skip
    return 0


def _talk(url: str, texts: list[str]) -> None:
    sender = f"profile-{uuid.uuid4().hex}"
    for text in texts:
        _send(url, sender, text)


def _send(url: str, sender: str, text: str) -> None:
    reply = requests.post(url, json={"sender": sender, "message": text}, timeout=60)
    reply.raise_for_status()


def cpu_ms(pid: int) -> float:
    """User and system CPU time of a process and its children so far, in ms."""
    ticks = 0
    for proc_id in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{proc_id}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks * 1000 / TICKS


if __name__ == "__main__":
    sys.exit(main())
