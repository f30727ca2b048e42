"""Known, harmless warnings are silenced by name; every other warning still shows."""

from __future__ import annotations

import subprocess
import sys

from scripts.known_warnings import intents_sent_by_buttons, is_known, responses_sent_by_code
from scripts.stack import ROOT

UNUSED = "The utterance '{}' is not used in any story or rule."


def test_a_response_the_actions_send_is_no_warning_an_unused_one_is() -> None:
    responses, intents = responses_sent_by_code(), intents_sent_by_buttons()
    assert "utter_project_removed" in responses  # sent by actions/answers.py
    assert is_known(UserWarning, UNUSED.format("utter_project_removed"), responses, intents)
    assert not is_known(UserWarning, UNUSED.format("utter_nobody_sends"), responses, intents)


def test_only_the_listed_deprecations_are_silenced() -> None:
    responses, intents = responses_sent_by_code(), intents_sent_by_buttons()
    known = "pkg_resources is deprecated as an API. See https://setuptools.pypa.io"
    assert is_known(DeprecationWarning, known, responses, intents)
    assert not is_known(DeprecationWarning, "project_fn is deprecated", responses, intents)
    assert not is_known(RuntimeWarning, known, responses, intents)


def test_silenced_even_after_sanic_turns_deprecations_back_on() -> None:
    """Sanic's import adds filterwarnings("once", DeprecationWarning) in front of PYTHONWARNINGS."""
    code = (
        "import warnings\n"
        "from scripts import known_warnings\n"
        "known_warnings.install()\n"
        "import sanic\n"
        "warnings.warn('pkg_resources is deprecated as an API.', DeprecationWarning)\n"
        "warnings.warn('something new is deprecated', DeprecationWarning)\n"
    )
    result = subprocess.run([sys.executable, "-W", "ignore::DeprecationWarning", "-c", code],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert "pkg_resources" not in result.stderr
    assert "something new is deprecated" in result.stderr
