"""The chat page in a real browser: ask, click a button, send markup that must stay text.

Needs Node.js with web/node_modules (make setup), Debian's chromium and a
trained model (make test trains before pytest). Starts the action server, Rasa
and the page on spare localhost ports, and stops them afterwards.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from knowledge import KnowledgeBase
from scripts.stack import MODEL, ROOT, running_stack

DRIVER = Path(__file__).with_name("widget.mjs")
SCREENSHOT = ROOT / "var" / "widget.png"  # docs/widget.png is a reviewed copy of it
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>fett</b>'
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "Debian's chromium is not installed (make setup installs it where apt works)"
    if not (ROOT / "web" / "node_modules" / "playwright-core").exists() or not shutil.which("node"):
        return "Node.js or web/node_modules is missing (make setup runs npm ci in web/)"
    if not MODEL.exists():
        return "no trained model (make train)"
    return None


@pytest.fixture(scope="module")
def browser_run() -> dict:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    kb = KnowledgeBase()
    district, clicked = kb.districts()[0], kb.districts()[-1]
    greeting = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    menu = greeting["responses"]["utter_greet"][0]["buttons"][0]
    assert menu["payload"] == "/district_list"
    with running_stack(web=True) as stack:
        done = subprocess.run(
            ["node", str(DRIVER)],
            cwd=ROOT / "web",
            capture_output=True,
            text=True,
            timeout=180,
            env={
                "PATH": "/usr/bin:/bin:/usr/local/bin",
                "PAGE_URL": f"{stack.web_url}/index.html",
                "MENU_BUTTON": menu["title"],
                "BUTTON": clicked.name,
                "QUESTION": f"Wer ist in {district.name} zuständig?",
                "HOSTILE": HOSTILE,
                "SCREENSHOT": str(SCREENSHOT),
                "CHROMIUM": CHROMIUM,
                "WEB_DIR": str(ROOT / "web"),
            },
        )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["district"], result["clicked"] = district, clicked
    result["districts"] = kb.districts()
    return result


def test_page_loads_without_errors_and_greets(browser_run: dict) -> None:
    assert browser_run["errors"] == []
    assert browser_run["greeting"]
    assert browser_run["ariaLive"] == "polite"


def test_contact_answer_shows_the_name_from_the_knowledge_base(browser_run: dict) -> None:
    contact = browser_run["district"].contact
    assert contact.name in browser_run["answer"]
    assert contact.phone in browser_run["answer"]
    assert browser_run["telLinks"] >= 1 and browser_run["mailLinks"] >= 1


def test_quick_replies_lead_to_the_list_and_to_a_contact(browser_run: dict) -> None:
    assert browser_run["replyRole"] == "button"  # reached and pressed with the keyboard
    assert all(d.name in browser_run["menuAnswer"] for d in browser_run["districts"])
    assert browser_run["clicked"].contact.name in browser_run["buttonAnswer"]


def test_markup_is_shown_as_text_and_runs_nothing(browser_run: dict) -> None:
    assert browser_run["dialogs"] == 0
    assert browser_run["injectedElements"] == 0
    assert "<script>alert(2)</script>" in browser_run["hostileShownAs"]
