"""Silence the warnings staff cannot act on, by name; every other warning still shows.

``PYTHONWARNINGS=ignore::DeprecationWarning`` alone does not hold: Sanic turns
every DeprecationWarning back on when Rasa imports it, and Rasa shows each
UserWarning once. So the filter sits where warnings are shown
(:func:`warnings.showwarning`) and drops only:

- deprecations inside Rasa and its pinned dependencies (pkg_resources, jax,
  Click, pyparsing, sanic-cors, SQLAlchemy), listed in :data:`KNOWN_DEPRECATIONS`;
- "The utterance 'utter_x' is not used in any story or rule." for a response the
  actions or the channels send (they name responses as literal strings in
  ``actions/`` and ``connectors/``), or Rasa's own fallback sends; a response
  that nothing uses, or whose name is built at run time, still warns;
- "The intent 'x' is listed in the domain file, but is not found in the NLU
  training data." for an intent only a button of domain.yml sends (the ratings).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
KNOWN_DEPRECATIONS = (
    re.compile(r"pkg_resources is deprecated as an API"),
    re.compile(r"Deprecated call to `pkg_resources\.declare_namespace\("),
    re.compile(r"jax\.xla_computation is deprecated"),
    re.compile(r"distutils Version classes are deprecated"),  # sanic-cors
    re.compile(r"Calling URL\(\) directly is deprecated"),  # Rasa's SQL tracker store
    re.compile(r"'[\w.]+' is deprecated and will be removed in Click 9\.0"),
    re.compile(
        r"Importing '[\w.]+' is deprecated, it will only be available in 'shell_completion'"
    ),
    re.compile(r"^'\w+' deprecated - use '\w+'$"),  # pyparsing, used by matplotlib and packaging
)
_UNUSED_UTTERANCE = re.compile(r"^The utterance '(\w+)' is not used in any story or rule\.$")
_INTENT_WITHOUT_NLU = re.compile(
    r"^The intent '(\w+)' is listed in the domain file, but is not found in the NLU training data"
)
_RESPONSE_NAME = re.compile(r"[\"'](utter_\w+)[\"']")
_PAYLOAD_INTENT = re.compile(r"payload:\s*[\"']/(\w+)")

SENDERS = (ROOT / "actions", ROOT / "connectors")
RASA_OWN_RESPONSES = frozenset({"utter_default"})  # action_default_fallback sends it

Show = Callable[..., None]


def responses_sent_by_code(folders: tuple[Path, ...] = SENDERS) -> frozenset[str]:
    """The response names the code sends (literal strings, as the style asks), and Rasa's own."""
    return RASA_OWN_RESPONSES | {
        name
        for folder in folders
        for path in folder.rglob("*.py")
        for name in _RESPONSE_NAME.findall(path.read_text(encoding="utf-8"))
    }


def intents_sent_by_buttons(domain: Path = ROOT / "domain.yml") -> frozenset[str]:
    """Intents that a button's payload in domain.yml sends ("/feedback_helpful")."""
    return frozenset(_PAYLOAD_INTENT.findall(domain.read_text(encoding="utf-8")))


def is_known(category: type[Warning], message: str, responses: frozenset[str],
             button_intents: frozenset[str]) -> bool:  # fmt: skip
    """Whether the warning is one of those the module docstring lists."""
    if issubclass(category, DeprecationWarning):
        return any(pattern.search(message) for pattern in KNOWN_DEPRECATIONS)
    unused = _UNUSED_UTTERANCE.match(message)
    if unused:
        return unused.group(1) in responses
    without_nlu = _INTENT_WITHOUT_NLU.match(message)
    return bool(without_nlu) and without_nlu.group(1) in button_intents  # type: ignore[union-attr]


def install() -> None:
    """Drop the known warnings from now on in this process (call before importing Rasa)."""
    responses, button_intents = responses_sent_by_code(), intents_sent_by_buttons()
    shown: Show = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: TextIO | None = None, line: str | None = None) -> None:  # fmt: skip
        if not is_known(category, str(message), responses, button_intents):
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show


def main(argv: list[str]) -> Any:
    """``python -m scripts.known_warnings rasa ARGS``: Rasa's command line, known warnings off."""
    import sys

    install()
    sys.argv = ["rasa", *argv]
    from rasa.__main__ import main as rasa_main

    return rasa_main()


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
