"""`make explain`: every step of a short conversation, from the NLU to the answer text."""

from __future__ import annotations

import io
import logging
import os

import pytest

from components.responses import DIRECTORY, load_translations
from knowledge import KnowledgeBase
from knowledge.records import PageContent
from scripts.explain import MODEL, _no_nlu, explain, main, nlu
from tests.actions.conftest import ask


def _steps(out: str) -> list[dict[str, str]]:
    """Each message's labelled lines ("rule", "decision", ...) and its answer."""
    steps = []
    for block in out.split("\n> ")[1:]:
        lines = block.splitlines()
        step = {"text": lines[0]}
        for line in lines[1:]:
            label, _, value = line.strip().partition(" ")
            step.setdefault(label, value.strip())
        step["answer"] = block.split("\n  answer\n", 1)[1]
        steps.append(step)
    return steps


def test_a_conversation_shows_focus_rule_decision_and_answer(
    kb: KnowledgeBase, content: PageContent
) -> None:
    place = content.districts[0]
    out = io.StringIO()
    talk = [f"[district_contact] Wer ist in {place.name} zuständig?",
            "[district_contact] und die nummer?"]  # fmt: skip
    explain(talk, _no_nlu, kb, out)
    first, second = _steps(out.getvalue())
    assert first["rule"] == "contact>place" and first["focus"] == "–"
    assert first["places"].startswith(f"{place.name} ")  # with its score
    assert place.contact.name in first["answer"] and place.contact.email in first["answer"]
    assert second["rule"] == "contact.focus>focus.places"
    # the place the citizen named is remembered as theirs too (Focus.home)
    assert second["focus"] == f"subject=places, places=[{place.name}], home=[{place.name}]"
    assert second["decision"] == f"place_contact: {place.name}"
    assert place.contact.phone in second["answer"] and place.contact.email not in second["answer"]


def test_without_a_model_it_asks_for_training_or_given_intents(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["und die nummer?", "--model", str(tmp_path / "none.tar.gz")]) == 2
    assert "make train" in capsys.readouterr().err


@pytest.mark.skipif(not MODEL.exists(), reason="no trained model: `make test` trains one")
def test_the_trained_nlu_ranks_the_intents(kb: KnowledgeBase, content: PageContent) -> None:
    place = content.districts[0]
    out = io.StringIO()
    explain([f"Wer ist in {place.name} zuständig?"], nlu(MODEL), kb, out)
    (step,) = _steps(out.getvalue())
    ranking = step["NLU"].split(" | ")
    assert ranking[0].startswith("district_contact ") and len(ranking) > 1
    assert step["decision"] == f"place_contact: {place.name}"


def test_the_action_logs_the_rule_never_the_typed_text(caplog: pytest.LogCaptureFixture) -> None:
    typed = "Wer ist in Huckarde zuständig?"  # a place outside the plan, echoed in the answer
    with caplog.at_level(logging.INFO, logger="actions.action_answer"):
        reply = ask(typed, "district_contact", {"district": "Huckarde"})
    assert "Huckarde" in reply.text
    (record,) = [r for r in caplog.records if r.name == "actions.action_answer"]
    logged = record.getMessage()
    assert logged == "rule contact>place.other -> not_a_place, intent district_contact"


def test_every_message_of_an_answer_carries_its_rule_for_the_staff_report() -> None:
    reply = ask("wer ist in Hörde zuständig?", "district_contact", {"district": "Hörde"})
    rule = reply.messages[0].get("rule")  # the answer; a rating prompt may follow it
    assert rule and all(m.get("rule") in (rule, None) for m in reply.messages), reply.messages
    assert "Hörde" not in rule  # a rule's name, never the citizen's words


def test_loading_the_nlu_leaves_the_log_level_of_later_servers_alone() -> None:
    """Rasa sets LOG_LEVEL in the environment; the tests' stacks started later inherit it."""
    if not MODEL.exists():
        pytest.skip("no trained model (make train)")
    before = os.environ.get("LOG_LEVEL")
    nlu(MODEL)
    assert os.environ.get("LOG_LEVEL") == before


@pytest.mark.skipif(not MODEL.exists(), reason="no trained model: `make test` trains one")
def test_a_place_in_cyrillic_letters_gets_its_contact_in_russian(
    kb: KnowledgeBase, content: PageContent
) -> None:
    [place] = [d for d in content.districts if d.name == "Hörde"]  # written "Хёрде" below
    out = io.StringIO()
    explain(["Кто отвечает за Хёрде?"], nlu(MODEL), kb, out)
    (step,) = _steps(out.getvalue())
    assert step["decision"] == f"place_contact: {place.name}"
    assert place.contact.phone in step["answer"] and place.contact.email in step["answer"]
    russian = load_translations(DIRECTORY)["ru"]["utter_district_contact"]["text"]
    assert russian.split("{name}")[0].format(districts=place.name) in step["answer"]
