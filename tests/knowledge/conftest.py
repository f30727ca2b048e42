"""Knowledge tests never write into the repository's knowledge/source/."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import cli
from knowledge.parse import DEFAULT_SOURCE


@pytest.fixture(autouse=True)
def source_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of knowledge/source/'s page that ``build`` reads and ``build --source`` replaces."""
    page = tmp_path / "source" / DEFAULT_SOURCE.name
    page.parent.mkdir()
    page.write_bytes(DEFAULT_SOURCE.read_bytes())
    monkeypatch.setattr(cli, "DEFAULT_SOURCE", page)
    return page
