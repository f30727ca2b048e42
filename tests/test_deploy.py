"""docker-compose.yml is valid and everything it and its Dockerfiles name exists."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
BUILT_BY_MAKE = {"models"}  # `make train` writes models/soziale-stadt.tar.gz


def test_compose_file_is_valid() -> None:
    if not shutil.which("docker-compose"):
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    env = {**os.environ, "POSTGRES_PASSWORD": "only-for-validation"}
    done = subprocess.run(["docker-compose", "config", "-q"], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_compose_refuses_to_start_without_a_database_password() -> None:
    if not shutil.which("docker-compose"):
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    env = {k: v for k, v in os.environ.items() if k != "POSTGRES_PASSWORD"}
    done = subprocess.run(["docker-compose", "config", "-q"], cwd=ROOT, env=env,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode != 0 and "POSTGRES_PASSWORD" in done.stderr


def _mounted_paths() -> list[str]:
    return [
        volume.split(":")[0]
        for service in COMPOSE["services"].values()
        for volume in service.get("volumes", [])
        if volume.startswith("./")
    ]


def test_every_mounted_path_exists() -> None:
    for path in _mounted_paths():
        relative = Path(path).relative_to(".")
        assert relative.parts[0] in BUILT_BY_MAKE or (ROOT / relative).exists(), path


def test_every_dockerfile_and_what_it_copies_exists() -> None:
    dockerfiles = {s["build"]["dockerfile"] for s in COMPOSE["services"].values() if "build" in s}
    assert dockerfiles
    for name in dockerfiles:
        text = (ROOT / name).read_text(encoding="utf-8")
        for line in text.splitlines():
            match = re.match(r"COPY\s+(?!--from)(.+)\s+\S+$", line)
            if match:
                for source in match.group(1).split():
                    assert (ROOT / source).exists(), f"{name}: {source}"


def test_no_secret_is_written_into_the_compose_file() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    for match in re.finditer(r"(PASSWORD|TOKEN|SECRET)\w*:\s*(\S+)", text):
        assert match.group(2).startswith("${"), match.group(0)


def test_connectors_import_with_only_what_the_rasa_image_has() -> None:
    """The Rasa container mounts connectors/, components/ and knowledge/, but has no rapidfuzz."""
    code = ("import sys; sys.modules['rapidfuzz'] = None; "
            "import connectors.guard, connectors.rest, connectors.socketio, "
            "connectors.telegram, connectors.privacy, components.spacy_nlp")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
