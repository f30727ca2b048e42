"""The chat page in a real browser: a keyboard-only conversation, axe-core, reload, outage.

Needs Node.js with tests/web/node_modules (playwright-core, axe-core; npm ci in
tests/web/), web/node_modules (socket.io-client), Debian's chromium and a
trained model. Starts the action server, Rasa and the page on spare localhost
ports, runs tests/web/widget.mjs once, and stops them afterwards; the tests
below judge what the driver saw. Facts come from the knowledge base, wording
from domain.yml, responses/<code>.yml and web/i18n/<code>.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from knowledge import KnowledgeBase
from scripts.bench_web import TARGET, lighthouse_scores, missing_tools, serving_page
from scripts.stack import MODEL, ROOT, running_stack

HERE = Path(__file__).parent
SCREENSHOT = ROOT / "var" / "widget.png"  # docs/widget.png is a reviewed copy of it
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>fett</b>'
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
INPUT, OPENER, LOG = "Ihre Frage", "Chat starten", "Chatverlauf"

pytestmark = pytest.mark.browser


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "Debian's chromium is not installed (make test installs it where apt works)"
    if not shutil.which("node") or not (HERE / "node_modules" / "playwright-core").exists():
        return "Node.js or tests/web/node_modules is missing (npm ci in tests/web/)"
    if not (ROOT / "web" / "node_modules" / "socket.io-client").exists():
        return "web/node_modules is missing (npm ci in web/)"
    if not MODEL.exists():
        return "no trained model (make train)"
    return None


def response_text(name: str) -> str:
    """The first text of a domain response."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return domain["responses"][name][0]["text"]


def same_text(shown: str) -> str:
    """Text with its whitespace folded (Rasa sends paragraphs as separate messages)."""
    return " ".join(shown.split())


def page_wording(name: str, language: str = "de") -> str:
    """A label or message of the widget itself, from web/i18n/<code>.json."""
    return labels(language)[name]


def labels(language: str) -> dict[str, str]:
    """The widget's own wording in one language."""
    return json.loads((ROOT / "web" / "i18n" / f"{language}.json").read_text(encoding="utf-8"))


def translated(name: str, language: str) -> str:
    """The text of a response in one of responses/<code>.yml."""
    data = yaml.safe_load((ROOT / "responses" / f"{language}.yml").read_text(encoding="utf-8"))
    return data["responses"][name]["text"]


def shown_labels(language: str) -> dict[str, str]:
    """What widget.mjs reads (widgetLabels) when the widget speaks ``language``."""
    words = labels(language)
    names = ("opener", "title", "clear", "close", "log", "retry", "input", "send", "hint")
    return {name: words[name] for name in names}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase()


@pytest.fixture(scope="module")
def run(kb: KnowledgeBase) -> dict:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    menu = domain["responses"]["utter_greet"][0]["buttons"][0]
    assert menu["payload"] == "/district_list"
    district, clicked = kb.districts()[0], kb.districts()[-1]
    contact, link = district.contact, kb.links()[1]
    source = f"Quelle: Aktionsplan Soziale Stadt, {link}, Stand {kb.built_at}"
    sample = (f"{contact.name}: <b>Telefon</b> {contact.phone}, E-Mail: {contact.email}.\n"
              f"javascript:alert(1)\n{source}")  # fmt: skip
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    with running_stack(web=True) as stack:
        done = subprocess.run(
            ["node", str(HERE / "widget.mjs")],
            cwd=HERE,
            capture_output=True,
            text=True,
            timeout=400,
            env={
                "PATH": "/usr/bin:/bin:/usr/local/bin",
                "PAGE_URL": f"{stack.web_url}/",
                "MENU_BUTTON": menu["title"],
                "BUTTON": clicked.name,
                "QUESTION": f"Wer ist in {district.name} zuständig?",
                "ARABIC_QUESTION": f"من هو الشخص المسؤول في {district.name}؟",
                "ARABIC_DELETE": "احذفوا سجل المحادثة من فضلكم",
                "TURKISH_QUESTION": f"{district.name} için irtibat kişisi kim?",
                "TURKISH_DELETE": "Lütfen sohbet geçmişimi silin",
                "HOSTILE": HOSTILE,
                "SAMPLE": sample,
                "SCREENSHOT": str(SCREENSHOT),
                "CHROMIUM": CHROMIUM,
            },
        )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(district=district, clicked=clicked, menu=menu["title"], sampleText=sample)
    return result


def test_page_loads_without_errors_and_greets(run: dict) -> None:
    assert run["errors"] == []
    assert run["lang"] == "de"
    assert same_text(run["greeting"]) == same_text(response_text("utter_greet"))
    assert run["log"] == {"role": "log", "live": "polite"}


def test_each_message_says_its_language_and_arabic_reads_right_to_left(run: dict) -> None:
    messages = run["languages"]
    asked = next(i for i, m in enumerate(messages) if m["from"] == "user")
    greeting, question, answers = messages[0], messages[asked], messages[asked + 1 :]
    assert (greeting["from"], greeting["lang"], greeting["dir"]) == ("bot", "de", "auto")
    assert question["from"] == "user" and question["dir"] == "auto"
    assert question["direction"] == "rtl"  # typed Arabic, direction from its letters
    assert answers and all(m["lang"] == "ar" and m["direction"] == "rtl" for m in answers)
    phones = [d for m in answers for d in m["phoneDirection"]]
    assert phones and set(phones) == {"ltr"}  # a phone number keeps its order in Arabic text


def _labels_in(seen: dict, language: str, direction: str) -> None:
    """The widget's wording, and its root's lang and dir, are those of the language."""
    assert {name: seen[name] for name in shown_labels(language)} == shown_labels(language)
    assert (seen["lang"], seen["dir"], seen["direction"]) == (language, direction, direction)
    assert seen["openerLang"] == language
    assert seen["htmlLang"] == "de"  # the page around the chat stays German
    assert all(lang == language for _, lang in seen["prefixes"][-1:])  # the newest "Assistent:"


def test_an_arabic_conversation_gets_arabic_widget_labels_right_to_left(run: dict) -> None:
    _labels_in(run["germanLabels"], "de", "ltr")  # a German browser, before anything was said
    _labels_in(run["arabicLabels"], "ar", "rtl")
    assert run["arabicLabels"]["prefixes"][-1] == [page_wording("botPrefix", "ar"), "ar"]
    _labels_in(run["arabicLabelsAfterReload"], "ar", "rtl")  # kept with the transcript


def test_axe_finds_no_violation_in_an_arabic_right_to_left_conversation(run: dict) -> None:
    assert run["axeArabic1280"] == []
    assert run["axeArabic320"] == []
    assert run["overflowArabic320"] <= 0


def test_typed_arabic_deletion_empties_the_transcript_and_answers_in_arabic(run: dict) -> None:
    assert run["arabicDeleted"] == [[translated("utter_history_deleted", "ar"), "ar"]]
    _labels_in(run["arabicLabelsAfterDelete"], "ar", "rtl")


def test_a_turkish_browser_and_conversation_get_turkish_widget_labels(run: dict) -> None:
    _labels_in(run["turkishBeforeOpen"], "tr", "ltr")  # before anything was said
    assert run["district"].contact.name in run["turkishAnswer"]
    _labels_in(run["turkishLabels"], "tr", "ltr")
    assert run["turkishAxe"] == []
    assert run["turkishUnreachable"] == page_wording("unreachable", "tr")
    assert run["turkishRetry"] == page_wording("retry", "tr")


def test_a_turkish_browser_is_greeted_in_turkish(run: dict) -> None:
    """The greeting comes from the server: the browser's language reaches it as a hint."""
    assert same_text(run["turkishGreeting"]) == same_text(translated("utter_greet", "tr"))
    assert run["turkishGreetingLang"] == "tr"


def test_typed_turkish_deletion_empties_the_transcript_and_answers_in_turkish(run: dict) -> None:
    assert run["turkishDeleted"] == [[translated("utter_history_deleted", "tr"), "tr"]]
    _labels_in(run["turkishLabelsAfterDelete"], "tr", "ltr")


def test_keyboard_only_conversation(run: dict) -> None:
    assert run["tabsToOpener"] <= 3  # skip link, then the opener
    assert run["focusAfterOpen"] == INPUT
    assert run["focusAfterSend"] == INPUT
    contact = run["district"].contact
    assert contact.name in run["answer"] and contact.phone in run["answer"]
    assert run["replyTag"] == "BUTTON"  # reached with Shift+Tab, pressed with Enter
    assert run["menuShownAs"] == run["menu"]  # the title, not the payload
    assert run["focusAfterReply"] == INPUT


def test_quick_replies_lead_to_the_list_and_to_a_contact(run: dict, kb: KnowledgeBase) -> None:
    assert all(d.name in run["menuAnswer"] for d in kb.districts())
    assert run["clicked"].contact.name in run["buttonAnswer"]
    assert run["telLinks"] >= 2 and run["mailLinks"] >= 2


def test_focus_order_inside_the_chat(run: dict) -> None:
    order = run["focusOrder"]
    stops = ["Verlauf löschen", "Chat schließen", LOG, run["menu"], INPUT, "Senden",
             "Erklärung zur Barrierefreiheit", "Leichte Sprache", "Datenschutz"]  # fmt: skip
    assert [order.index(stop) for stop in stops] == sorted(order.index(stop) for stop in stops)
    assert run["focusAfterClose"] == OPENER


def test_live_region_announces_each_answer_once(run: dict) -> None:
    announced = [entry["text"] for entry in run["announced"] if entry["bot"]]
    assert announced == run["botMessagesAfterGreeting"]
    assert len(announced) >= 5
    assert run["changedAfterShown"] == 0  # nothing shown is touched again (no re-announcements)


def test_feedback_buttons_stay_usable_after_later_messages(run: dict) -> None:
    assert run["feedbackButtons"] >= 2
    assert run["feedbackAnswer"] == response_text("utter_feedback_thanks")


def test_axe_finds_no_wcag_a_or_aa_violation_at_1280_and_320_px(run: dict) -> None:
    assert run["axe1280"] == []
    assert run["axe320"] == []
    assert run["overflow320"] <= 0 and run["overflow200"] <= 0  # reflow, no sideways scrolling
    assert run["axeOtherPages"] == {"barrierefreiheit.html": [], "leichte-sprache.html": []}


def test_markup_is_shown_as_text_and_runs_nothing(run: dict) -> None:
    assert run["dialogs"] == 0
    assert run["injectedElements"] == 0
    assert run["hostileShownAs"] == HOSTILE


def test_transcript_survives_a_reload_and_delete_clears_it(run: dict) -> None:
    assert run["openAfterReload"]
    assert run["messagesAfterReload"] == run["messagesBeforeReload"]
    assert len(run["messagesBeforeReload"]) >= 10
    deleted = response_text("utter_history_deleted")
    assert run["deletedAnswer"] == deleted  # the server got the delete request
    assert run["messagesAfterClear"] == [f"Assistent:\n\n{deleted}"]
    assert run["messagesAfterTypedClear"] == [f"Assistent:\n\n{deleted}"]
    assert run["focusAfterClear"] == INPUT


def test_answers_get_links_from_dom_nodes_and_a_source_note(run: dict, kb: KnowledgeBase) -> None:
    contact, link = run["district"].contact, kb.links()[1]
    assert run["sample"]["links"] == [
        [contact.phone, f"tel:{contact.phone_uri}"],
        [contact.email, f"mailto:{contact.email}"],
        [link, f"https://{link}/"],
    ]
    assert run["sample"]["source"].startswith("Quelle: ") and kb.built_at in run["sample"]["source"]
    assert run["sample"]["elements"] == ["a", "a", "br", "span", "a"]  # no <b>: markup stays text
    assert run["sample"]["text"] == run["sampleText"].replace("\n", "")
    assert run["sampleAxe"] == []  # the source note's contrast too
    assert run["sampleAnimation"] == "none"  # prefers-reduced-motion: no animation


def test_unreachable_server_gets_a_message_and_a_working_retry(run: dict) -> None:
    assert run["unreachableStatus"] == page_wording("unreachable")
    assert run["queuedShown"] == f"Wer ist in {run['district'].name} zuständig?"
    assert same_text(response_text("utter_greet")) in same_text(run["afterRetry"])
    assert run["district"].contact.name in run["afterRetry"]  # the queued question went out
    assert run["statusAfterRetry"] == "" and run["retryHidden"]
    assert run["busyStatus"] == page_wording("busy")  # HTTP 429


def test_lighthouse_mobile_scores_reach_the_target() -> None:
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    with serving_page() as url:
        scores = lighthouse_scores(url)
    assert scores == {name: scores[name] for name in scores if scores[name] >= TARGET}, scores
