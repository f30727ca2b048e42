"""The Lighthouse wrapper: a run Lighthouse itself calls broken is run again."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scripts import bench_web

BROKEN = {"runtimeError": {"code": "NO_NAVSTART", "message": "Please run Lighthouse again."}}
GOOD_SCORES = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}


def _fake_lighthouse(tmp_path: Path, reports: list[dict[str, Any]], calls: list[int]) -> Any:
    """Stand-in for ``subprocess.run`` of lighthouse.mjs: writes the next report, prints scores."""

    def run(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        report = reports[len(calls)]
        calls.append(1)
        (tmp_path / "lighthouse.json").write_text(json.dumps(report), encoding="utf-8")
        scores = {name: 0 for name in GOOD_SCORES} if "runtimeError" in report else GOOD_SCORES
        return subprocess.CompletedProcess(command, 0, stdout=json.dumps({"scores": scores}))

    return run


def test_a_broken_lighthouse_run_is_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(bench_web, "REPORT", tmp_path / "lighthouse.json")
    monkeypatch.setattr(subprocess, "run", _fake_lighthouse(tmp_path, [BROKEN, {}], calls))
    assert bench_web.lighthouse_scores("http://localhost:1/") == GOOD_SCORES
    assert len(calls) == 2


def test_a_run_that_stays_broken_gives_up_and_reports_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(bench_web, "REPORT", tmp_path / "lighthouse.json")
    monkeypatch.setattr(subprocess, "run", _fake_lighthouse(tmp_path, [BROKEN] * 3, calls))
    assert bench_web.lighthouse_scores("http://localhost:1/")["performance"] == 0
    assert len(calls) == bench_web.RUNS
