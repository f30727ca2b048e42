"""The setup pieces a fresh machine depends on."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from scripts.spacy_model import CONFIG, PRODUCTION_MODEL, derive_offline_config

ROOT = Path(__file__).resolve().parent.parent


def test_offline_config_differs_from_config_yml_only_in_the_model() -> None:
    production = CONFIG.read_text(encoding="utf-8")
    offline = derive_offline_config(production, "/somewhere/de_offline_lookup")
    changed = [
        (a, b) for a, b in zip(production.splitlines(), offline.splitlines(), strict=True) if a != b
    ]
    assert len(changed) == 1
    assert PRODUCTION_MODEL in changed[0][0] and "de_offline_lookup" in changed[0][1]
    prod, off = yaml.safe_load(production), yaml.safe_load(offline)
    off["pipeline"][0]["model"] = prod["pipeline"][0]["model"]
    assert off == prod


def test_offline_pipeline_is_never_named_like_the_production_model(tmp_path: Path) -> None:
    from scripts.spacy_model import build_offline_pipeline

    target = build_offline_pipeline(tmp_path / "pipeline")
    meta = yaml.safe_load((target / "meta.json").read_text())
    assert meta["lang"] == "de"
    assert f"{meta['lang']}_{meta['name']}" != PRODUCTION_MODEL


def test_a_config_without_the_model_line_is_rejected() -> None:
    with pytest.raises(ValueError):
        derive_offline_config("pipeline:\n  - name: SpacyNLP\n", "/x")


def test_python_finder_names_a_3_10_interpreter() -> None:
    found = subprocess.run(
        [str(ROOT / "scripts" / "find_python310.sh")], capture_output=True, text=True, check=True
    ).stdout.strip()
    version = subprocess.run([found, "--version"], capture_output=True, text=True).stdout
    assert version.startswith("Python 3.10")


def test_python_finder_explains_what_to_install_when_none_is_found(tmp_path: Path) -> None:
    done = subprocess.run(
        ["/bin/bash", str(ROOT / "scripts" / "find_python310.sh")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    if done.returncode == 0:
        pytest.skip("a system-wide Python 3.10 exists outside PATH/HOME on this machine")
    assert "pyenv install 3.10" in done.stderr
