"""The project's YAML data files (lexicons, wording, responses), read with a safe loader.

PyYAML's wheels carry libyaml: its safe loader reads the ten lexicons in about
80 ms instead of 750 ms, which the first message after a start and every test
process used to pay. Both loaders are safe and give the same data
(tests/knowledge/test_data_files.py); the pure-Python one is the fallback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The data of one UTF-8 YAML file."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)  # noqa: S506 (a safe loader)
