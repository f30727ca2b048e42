"""Which spaCy model a trained Rasa model may serve citizens with (no Rasa import).

A model trained on a machine without internet names the offline stand-in
pipeline (``var/spacy/de_offline_lookup``: no vectors, no tagger) by an
absolute path of that machine. In a container that path does not exist and
Rasa would fail with a puzzling spaCy error; where it does exist the answers
are worse than with ``de_core_news_sm``. Production refuses both, with a
clear message; local and embedded use may allow the offline pipeline with
``SOZIALE_STADT_ALLOW_OFFLINE_MODEL=1`` (``make``, ``scripts/run.sh`` and the
tests set it).
"""

from __future__ import annotations

import os
from pathlib import Path

ALLOW_OFFLINE_ENV = "SOZIALE_STADT_ALLOW_OFFLINE_MODEL"
PRODUCTION_MODEL = "de_core_news_sm"
_HOW_TO_FIX = (
    f"Train the production model inside the Rasa image that has {PRODUCTION_MODEL} "
    "(docker compose build rasa-1, see README 'Production'), or set "
    f"{ALLOW_OFFLINE_ENV}=1 for local use."
)


def offline_allowed() -> bool:
    """Whether this process may serve with the offline pipeline (local/embedded use)."""
    return os.environ.get(ALLOW_OFFLINE_ENV, "") == "1"


def is_path(name: str) -> bool:
    """Whether a spaCy model name is a filesystem path rather than a package name."""
    return "/" in name or "\\" in name or name.startswith(".")


def is_offline(name: str) -> bool:
    """Whether a spaCy model name is the offline stand-in pipeline (any ``offline`` name)."""
    return "offline" in name.lower()


def refusal(name: str | None, *, allow_offline: bool, allow_paths: bool = True) -> str | None:
    """Why the spaCy model ``name`` must not be served, or None when it may."""
    if not name:
        return "The trained model names no spaCy model."
    if is_path(name) and not Path(name).exists():
        return (f"The trained model names the spaCy pipeline {name!r}, a path that does not "
                f"exist here (it was trained on another machine). {_HOW_TO_FIX}")  # fmt: skip
    if is_offline(name) and not allow_offline:
        return (f"The trained model uses the offline spaCy pipeline {name!r}, a stand-in "
                f"without {PRODUCTION_MODEL}; it is not for citizens. {_HOW_TO_FIX}")  # fmt: skip
    if is_path(name) and not allow_paths:
        return (f"The trained model names the spaCy pipeline by a path of the training machine "
                f"({name!r}), not the package {PRODUCTION_MODEL}. {_HOW_TO_FIX}")  # fmt: skip
    return None
