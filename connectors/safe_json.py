"""JSON decoding that fails with a ``ValueError`` instead of a ``RecursionError``.

A body of 5,000 nested ``[`` makes :func:`json.loads` raise ``RecursionError``,
which no handler expects (Rasa answered 500). Usable as a drop-in ``json``
module (``loads``/``dumps``), e.g. for python-socketio's packet decoding.
"""

from __future__ import annotations

import json
from typing import Any

JSONDecodeError = json.JSONDecodeError


class TooDeeplyNested(ValueError):
    """The JSON nests deeper than Python's decoder can follow."""


def loads(text: str | bytes, **kwargs: Any) -> Any:
    """:func:`json.loads`, with deep nesting reported as a ``ValueError``."""
    try:
        return json.loads(text, **kwargs)
    except RecursionError as error:
        raise TooDeeplyNested("JSON zu tief verschachtelt.") from error


def dumps(value: Any, **kwargs: Any) -> str:
    """:func:`json.dumps` (for modules that expect both functions)."""
    return json.dumps(value, **kwargs)
