"""Staff test the bot in `rasa shell`: a question, then a follow-up, typed as staff type them.

The shell runs in a real pseudo-terminal, as in a staff member's terminal; nothing
may open a blocking menu (Rasa's shell turns buttons into one) or ask for a rating.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import KnowledgeBase
from knowledge.records import Role
from scripts.stack import (
    LOCAL_ENV,
    MODEL,
    NLG_ENDPOINT,
    RASA_RUNTIME_ENV,
    ROOT,
    action_server_command,
    free_port,
    wait_until_up,
)
from tests.actions.conftest import responses

PROMPT = "Your input ->"
MENU_MARKS = ("Use arrow keys", "Type out your own message", "War diese Antwort hilfreich")
START_TIMEOUT_S = 300
ANSWER_TIMEOUT_S = 60
QUIET_S = 1.0  # the answer is complete when nothing more is printed for this long
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

pytestmark = pytest.mark.skipif(not MODEL.exists(), reason="no trained model (make train)")


class Terminal:
    """A process on a pseudo-terminal: type lines, read the screen as text."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 160, 0, 0))
        self.proc = subprocess.Popen(command, cwd=ROOT, env=env, stdin=slave, stdout=slave,
                                     stderr=slave, start_new_session=True)  # fmt: skip
        os.close(slave)
        self.screen = ""

    def read_until(self, marker: str, timeout: float) -> None:
        """Read until ``marker`` shows up."""
        deadline = time.monotonic() + timeout
        while marker not in self.screen:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"no {marker!r} within {timeout} s:\n{self.screen[-3000:]}")
            self._read(1.0)

    def ask(self, line: str) -> str:
        """Type a line and return what the bot answered, once the screen is quiet again."""
        start = len(self.screen)
        os.write(self.master, line.encode("utf-8") + b"\r")
        deadline = time.monotonic() + ANSWER_TIMEOUT_S
        while time.monotonic() < deadline:
            before = len(self.screen)
            self._read(QUIET_S)
            seen = self.screen[start:]
            answer = seen[seen.index(line) + len(line) :] if line in seen else ""
            bot_lines = [t for t in answer.splitlines() if t.strip() and PROMPT not in t]
            if bot_lines and seen.rstrip().endswith(PROMPT) and len(self.screen) == before:
                return answer
        raise AssertionError(f"no answer to {line!r}:\n{self.screen[-3000:]}")

    def _read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            try:
                chunk = os.read(self.master, 65536).decode("utf-8", "replace")
            except OSError:
                return
            self.screen += _ANSI.sub("", chunk).replace("\r", "").replace("\x08", "")

    def close(self) -> None:
        """Stop the process group."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
        os.close(self.master)


@pytest.fixture(scope="module")
def shell(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Terminal]:
    """An action server and `rasa shell` on spare ports (a running `make run` is not touched)."""
    action_port, rasa_port = free_port(), free_port()
    endpoints = tmp_path_factory.mktemp("shell") / "endpoints.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://localhost:{action_port}/webhook"\n' + NLG_ENDPOINT
    )
    venv = Path(sys.executable).parent
    env = {**os.environ, "PYTHONPATH": str(ROOT), **RASA_RUNTIME_ENV, **LOCAL_ENV, "TERM": "xterm"}
    actions = subprocess.Popen(action_server_command(action_port), cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    terminal = Terminal([str(venv / "rasa"), "shell", "--model", str(MODEL), "--port",
                         str(rasa_port), "--endpoints", str(endpoints)], env)  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{action_port}/health", {"actions": actions})
        terminal.read_until(PROMPT, START_TIMEOUT_S)
        yield terminal
    finally:
        terminal.close()
        actions.terminate()
        actions.wait(timeout=30)


def test_staff_ask_then_follow_up_as_typed(shell: Terminal, kb: KnowledgeBase) -> None:
    district = next(d for d in kb.districts() if d.name == kb.find_districts("Hörde").items[0].name)
    first = shell.ask(f"wer ist in {district.name} zuständig?")
    assert district.contact.name in first and district.contact.email in first
    assert "Quelle:" in first
    follow_up = shell.ask("und die telefonnummer?")
    assert district.contact.phone in follow_up
    for mark in MENU_MARKS:
        assert mark not in shell.screen, mark


def test_buttons_are_a_line_to_type_or_ignore(shell: Terminal, kb: KnowledgeBase) -> None:
    answer = shell.ask("welche aktionsräume gibt es?")
    assert "Zur Auswahl:" in answer
    assert all(d.name in answer for d in kb.districts())
    typed = shell.ask(kb.districts()[1].name)  # typing one of the offered names answers it
    assert kb.districts()[1].contact.name in typed
    for mark in MENU_MARKS:
        assert mark not in shell.screen, mark


def test_the_greeting_offers_its_menu_as_a_line(shell: Terminal) -> None:
    menu = [b["title"] for b in responses()["utter_greet"][0]["buttons"]]
    answer = shell.ask("hallo")
    options = next(line for line in answer.splitlines() if line.startswith("Zur Auswahl:"))
    assert all(title in options for title in menu)


def test_a_misspelt_place_is_suggested_although_a_project_is_in_focus(
    shell: Terminal, kb: KnowledgeBase
) -> None:
    project = kb.projects()[0]
    shown = shell.ask(f"Worum geht es bei {project.title}?")
    assert project.goal in shown
    answer = shell.ask("wer ist in evnig zuständig")
    assert "Meinten Sie" in answer
    assert all(d.name in answer for d in kb.suggest_districts("evnig"))
    assert not any(c.phone in answer for c in kb.contacts(Role.OFFICE))
