"""A model trained with the offline spaCy pipeline, or naming a missing path, does not serve."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from components.model_check import ALLOW_OFFLINE_ENV, PRODUCTION_MODEL, refusal
from components.spacy_nlp import SpacyNLP
from scripts import check_model
from scripts.stack import MODEL

ROOT = Path(__file__).resolve().parents[2]
OFFLINE = ROOT / "var" / "spacy" / "de_offline_lookup"
ELSEWHERE = "/home/operator/soziale-stadt/var/spacy/de_offline_lookup"  # the case


def test_the_production_package_may_serve() -> None:
    assert refusal(PRODUCTION_MODEL, allow_offline=False, allow_paths=False) is None


def test_the_offline_pipeline_is_refused_unless_allowed(tmp_path: Path) -> None:
    offline = tmp_path / "my_offline_pipeline"
    offline.mkdir()
    assert "offline" in (refusal(str(offline), allow_offline=False) or "")
    assert "offline" in (refusal("de_offline_lookup", allow_offline=False) or "")
    assert refusal(str(offline), allow_offline=True) is None


def test_a_path_that_does_not_exist_is_refused_even_when_offline_is_allowed() -> None:
    assert "does not exist" in (refusal(ELSEWHERE, allow_offline=True) or "")
    assert "does not exist" in (refusal("./var/spacy/missing_model", allow_offline=True) or "")


def test_the_pre_deployment_check_also_refuses_existing_paths(tmp_path: Path) -> None:
    assert "path" in (refusal(str(tmp_path), allow_offline=True, allow_paths=False) or "")


def test_loading_to_serve_stops_rasa_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rasa catches Exceptions while loading and would serve without a model (silence)."""
    monkeypatch.setenv(ALLOW_OFFLINE_ENV, "1")
    with pytest.raises(SystemExit, match="does not exist"):
        SpacyNLP.load({"model": ELSEWHERE}, None, None, None)  # type: ignore[arg-type]
    if not OFFLINE.exists():
        pytest.skip("no offline pipeline on this machine (make setup)")
    monkeypatch.delenv(ALLOW_OFFLINE_ENV)
    with pytest.raises(SystemExit, match="offline"):
        SpacyNLP.load({"model": str(OFFLINE)}, None, None, None)  # type: ignore[arg-type]
    monkeypatch.setenv(ALLOW_OFFLINE_ENV, "1")
    loaded = SpacyNLP.load({"model": str(OFFLINE)}, None, None, None)  # type: ignore[arg-type]
    assert loaded.provide().model_name == str(OFFLINE)


def _packed_model(path: Path, spacy_model: str) -> Path:
    node = {"uses": "components.spacy_nlp.SpacyNLP", "config": {"model": spacy_model}}
    metadata = {"train_schema": {"nodes": {"provide_spacy": node}},
                "predict_schema": {"nodes": {"run_spacy": node}}}  # fmt: skip
    data = json.dumps(metadata).encode()
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo("metadata.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize(
    ("spacy_model", "code"),
    [(PRODUCTION_MODEL, 0), (ELSEWHERE, 1), ("de_offline_lookup", 1), (str(ROOT), 1)],
)
def test_the_check_command_reads_the_packed_config(
    tmp_path: Path, spacy_model: str, code: int
) -> None:
    assert check_model.main([str(_packed_model(tmp_path / "m.tar.gz", spacy_model))]) == code


def test_the_check_command_says_when_it_cannot_read_the_model(tmp_path: Path) -> None:
    (tmp_path / "broken.tar.gz").write_bytes(b"not a model")
    assert check_model.main([str(tmp_path / "broken.tar.gz")]) == 2


def test_this_machines_model_is_judged_by_its_spacy_model() -> None:
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    names = check_model.spacy_models(MODEL)
    expected = 0 if names == {PRODUCTION_MODEL} else 1
    assert check_model.main([str(MODEL)]) == expected


def test_rasa_refuses_to_start_with_an_offline_model() -> None:
    """The real server: exits with the reason instead of running without a model."""
    if not MODEL.exists() or check_model.spacy_models(MODEL) == {PRODUCTION_MODEL}:
        pytest.skip("needs a model trained with the offline pipeline (make train offline)")
    env = {k: v for k, v in os.environ.items() if k != ALLOW_OFFLINE_ENV}
    rasa = Path(sys.executable).parent / "rasa"
    done = subprocess.run([rasa, "run", "--port", "0", "--model", str(MODEL)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode != 0
    assert "Rasa refuses to start" in done.stderr and "offline" in done.stderr
