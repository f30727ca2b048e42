"""Explain how the bot reads and answers a message, or a short conversation, without a server.

``make explain Q="wer ist in Hörde zuständig? | und die nummer?"`` (messages
separated by ``|``) or ``python -m scripts.explain --file talk.txt`` (one
message a line; ``#`` starts a comment). For each message it prints the NLU's
intent ranking (the trained model, loaded in this process), the referents the
knowledge base finds with their scores, the focus before, the rule of
:func:`actions.decision.decide` that answered, the decision and the answer as
the citizen reads it. A message written ``[intent] text`` skips the NLU and
takes that intent, e.g. to replay a line of the staff report; when every
message does, no model is loaded.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any, TextIO

import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.action_answer import respond
from actions.decision import Decision
from actions.focus import Focus, ListQuery
from actions.turn import Turn, read_message
from knowledge import KnowledgeBase
from knowledge.records import Hit, Matches
from scripts import known_warnings

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "soziale-stadt.tar.gz"
DOMAIN = ROOT / "domain.yml"
GERMAN = "de"
SEPARATOR = "|"
TOP = 3  # referents shown per kind
_GIVEN_INTENT = re.compile(r"^\[(\w+)\]\s*(.*)$", re.DOTALL)

Parse = Callable[[str], dict[str, Any]]


def main(argv: Sequence[str] | None = None) -> int:
    """Explain the messages given on the command line or in a file."""
    options = _arguments().parse_args(argv)
    messages = _messages(options.messages, options.file)
    if not messages:
        print('Nothing to explain: give messages (Q="…") or a file (--file).', file=sys.stderr)
        return 2
    needs_nlu = any(not _GIVEN_INTENT.match(m) for m in messages)
    if needs_nlu and not options.model.exists():
        print(f"No trained model at {options.model}: run `make train` first, or give each "
              "message its intent as `[intent] text`.", file=sys.stderr)  # fmt: skip
        return 2
    known_warnings.install()  # staff read the steps, not Rasa's dependencies' deprecations
    parse = nlu(options.model) if needs_nlu else _no_nlu
    explain(messages, parse, KnowledgeBase(), sys.stdout)
    return 0


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("messages", nargs="*", help=f"messages, several split by {SEPARATOR!r}")
    parser.add_argument("--file", type=Path, help="one message a line")
    parser.add_argument("--model", type=Path, default=MODEL, help="the packed Rasa model")
    return parser


def _messages(given: Iterable[str], file: Path | None) -> list[str]:
    lines = file.read_text(encoding="utf-8").splitlines() if file else []
    lines = [line for line in lines if not line.lstrip().startswith("#")]
    parts = [part for text in given for part in text.split(SEPARATOR)]
    return [m.strip() for m in [*lines, *parts] if m.strip()]


def nlu(model: Path) -> Parse:
    """The model's NLU, loaded in this process (Rasa's Agent)."""
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    environment = dict(os.environ)
    configure_logging_and_warnings(logging.WARNING)  # the steps below, not Rasa's debug lines
    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))
    # Rasa keeps the level in the environment (LOG_LEVEL), which servers started later by
    # this process (the tests' stacks) would inherit: they must log at their own level.
    os.environ.clear()
    os.environ.update(environment)

    def parse(text: str) -> dict[str, Any]:
        return dict(asyncio.run(agent.parse_message(text)))

    return parse


def _no_nlu(text: str) -> dict[str, Any]:
    raise AssertionError("every message names its intent")  # guarded in main


def explain(messages: Sequence[str], parse: Parse, kb: KnowledgeBase, out: TextIO) -> None:
    """Read, decide and answer each message in turn, carrying the focus; print every step."""
    focus = Focus()
    said: list[list[dict[str, Any]]] = []  # each message's entities, the latest first
    slot: str | None = None
    for text in messages:
        message = _parsed(text, parse)
        said.insert(0, list(message.get("entities") or []))
        slot, language = _languages(slot, said)
        turn = read_message(kb, message)
        say = CollectingDispatcher()
        decision, new_focus = respond(say, kb, turn, focus)
        _print_step(out, message, turn, focus, decision, answer_texts(say.messages, language), kb)
        focus = new_focus


def _languages(slot: str | None, said: list[list[dict[str, Any]]]) -> tuple[str | None, str]:
    """The slot ``language`` after the latest message, and the language the answer is in.

    As the bot keeps them: a clear language entity sets the slot (domain.yml), the
    generator answers a guess where the slot is no kin of it (components/responses.py).
    """
    from components.language import ENTITY, GUESS, conversation_language

    clear = [e for e in said[0] if e.get("entity") == ENTITY and e.get("role") != GUESS]
    slot = str(clear[-1]["value"]) if clear and clear[-1].get("value") else slot
    return slot, conversation_language(slot, said) or GERMAN


def _parsed(text: str, parse: Parse) -> dict[str, Any]:
    given = _GIVEN_INTENT.match(text)
    if not given:
        return parse(text)
    intent = {"name": given.group(1), "confidence": 1.0}
    return {"text": given.group(2), "intent": intent, "intent_ranking": [intent], "entities": []}


def _print_step(
    out: TextIO,
    message: dict[str, Any],
    turn: Turn,
    focus: Focus,
    decision: Decision,
    answer: list[str],
    kb: KnowledgeBase,
) -> None:
    ranking = message.get("intent_ranking") or []
    rows = [
        ("NLU", " | ".join(f"{r['name']} {float(r['confidence']):.2f}" for r in ranking[:4])),
        ("entities", ", ".join(f"{e['entity']}={e['value']}" for e in message["entities"])),
        *referents(kb, turn.text),
        ("turn", _turn_summary(turn)),
        ("focus", _nondefault(focus) or "–"),
        ("rule", decision.rule),
        ("decision", f"{decision.kind.value}: {decision.referent or '–'}"
                     + (f" (answer {decision.answer})" if decision.answer else "")),
    ]  # fmt: skip
    print(f"\n> {message.get('text', '')}", file=out)
    for label, value in rows:
        print(f"  {label:<10} {value or '–'}", file=out)
    print("  answer", file=out)
    for text in answer:
        print("    " + text.replace("\n", "\n    "), file=out)


def referents(kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    """What the knowledge base finds in the text, best first, with scores."""
    if not text:
        return [("referents", "– (a button's payload)")]
    found: list[tuple[str, Matches[Any] | list[Hit[Any]]]] = [
        ("places", kb.find_districts(text)),
        ("people", kb.find_people(text)),
        ("titles", kb.find_project(text)),
        ("search", kb.search_projects(text, limit=TOP)),
        ("topics", kb.find_topic(text)),
        ("facts", kb.find_plan_fact(text)),
    ]
    return [(label, _hits(hits)) for label, hits in found if hits]


def _hits(hits: Matches[Any] | list[Hit[Any]]) -> str:
    listed = hits.hits if isinstance(hits, Matches) else tuple(hits)
    return "; ".join(f"{_name(hit.item)} {hit.score:.0f}" for hit in listed[:TOP])


def _name(item: Any) -> str:
    """A record by its name, title (with its number) or key; anything else as it prints."""
    if isinstance(item, (str, int, float)):
        return str(item)
    for attribute in ("name", "title", "key"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value:
            return f"#{item.number} {value}" if attribute == "title" else value
    return str(item)


def _turn_summary(turn: Turn) -> str:
    """What the reading found besides the NLU fields (the text itself is shown above)."""
    skip = {"text", "intent", "ranking", "content", "hits", "close"}  # hits: shown as "search"
    later = [f"{name}=True" for name in ("misfit", "things_missing") if getattr(turn, name)]
    return ", ".join(part for part in [_nondefault(turn, skip), *later] if part)


def _nondefault(record: Any, skip: frozenset[str] | set[str] = frozenset()) -> str:
    """The fields that differ from a fresh record's, as ``name=value``."""
    fresh = type(record)()
    parts = []
    for item in fields(record):
        if not item.compare:  # made when first read (actions.turn.Later): shown by name
            continue
        value = getattr(record, item.name)
        if item.name not in skip and value != getattr(fresh, item.name):
            parts.append(f"{item.name}={_short(value)}")
    return ", ".join(parts)


def _short(value: Any) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    if isinstance(value, ListQuery):
        return "(" + _nondefault(value) + ")"
    return _name(value)


def answer_texts(sent: list[dict[str, Any]], language: str = GERMAN) -> list[str]:
    """The messages as the citizen reads them: the templates filled, buttons listed.

    German from domain.yml; another language from responses/<code>.yml where it
    translates the response (components/responses.py), as the bot sends it.
    """
    from components.responses import DIRECTORY, load_translations

    responses = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))["responses"]
    translated = load_translations(DIRECTORY).get(language, {}) if language != GERMAN else {}
    texts = []
    for message in sent:
        template = (responses.get(message.get("response")) or [{}])[0]
        translation = translated.get(str(message.get("response")), {})
        written = str(translation.get("text") or template.get("text", ""))
        text = message.get("text") or written.format(**message)
        buttons = message.get("buttons") or template.get("buttons") or []
        titles = [b["title"] for b in buttons]
        if not message.get("buttons") and translation.get("buttons"):
            titles = list(translation["buttons"])  # the template's buttons, translated
        if titles:
            text += "\n" + " ".join(f"[{title}]" for title in titles)
        texts.append(text)
    return texts


if __name__ == "__main__":
    raise SystemExit(main())
