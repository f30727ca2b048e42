"""The YAML data files are read fast and safely, and the fast reader changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.data_files import LOADER, read_yaml

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = sorted(
    [
        *ROOT.glob("knowledge/lexicon/*.yml"),
        *ROOT.glob("connectors/wording/*.yml"),
        *ROOT.glob("responses/*.yml"),
        ROOT / "knowledge/plan_questions.yml",
    ]
)


def test_the_data_files_are_found() -> None:
    assert len(DATA_FILES) >= 9 + 9 + 8 + 1


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_fast_reader_gives_the_same_data(path: Path) -> None:
    assert read_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="this PyYAML has no libyaml")
def test_libyaml_reads_them() -> None:
    assert LOADER is yaml.CSafeLoader


def test_a_python_tag_is_refused(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.yml"
    hostile.write_text("x: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(yaml.constructor.ConstructorError):
        read_yaml(hostile)
