"""The CPU clock of scripts/profile_rest.py: it counts a process's own work."""

from __future__ import annotations

import os

from scripts.profile_rest import cpu_ms


def test_the_cpu_time_of_a_process_grows_with_its_work() -> None:
    before = cpu_ms(os.getpid())
    total = 0
    while cpu_ms(os.getpid()) - before < 30:  # busy until /proc counts 30 ms more
        total += sum(range(10_000))
    assert total > 0 and cpu_ms(os.getpid()) >= before + 30


def test_a_process_that_is_gone_counts_nothing() -> None:
    assert cpu_ms(2**22 + 1) == 0  # above the kernel's largest process id
