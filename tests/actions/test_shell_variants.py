"""`rasa shell` gets a response's buttons as a "Zur Auswahl: ..." line, never a blocking menu.

Rasa picks a response's ``channel: queue`` variant for the shell. Each one is the
default text plus the line, with exactly the titles of the default's buttons.
"""

from __future__ import annotations

from actions.base import FEEDBACK_RESPONSE
from tests.actions.conftest import responses


def test_every_shell_variant_lists_the_buttons_of_its_response() -> None:
    checked = 0
    for name, variants in responses().items():
        shell = [v for v in variants if v.get("channel") == "queue"]
        with_buttons = [v for v in variants if v.get("buttons")]
        if not with_buttons or name == FEEDBACK_RESPONSE:  # the shell is never asked to rate
            assert not shell, name
            continue
        assert len(shell) == 1 and "buttons" not in shell[0], name
        titles = " | ".join(b["title"] for b in with_buttons[0]["buttons"])
        assert shell[0]["text"] == f"{with_buttons[0]['text']}\nZur Auswahl: {titles}", name
        checked += 1
    assert checked
