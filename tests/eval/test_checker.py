"""The evaluator's checker, on answers built from knowledge-base records (no running bot),
and the frozen set: it parses, is large enough, covers every class, and every expectation
names something the knowledge base finds."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import KnowledgeBase
from knowledge.parse import parse_file
from knowledge.records import Role
from knowledge.store import build, create_db_engine
from knowledge.text import fold
from scripts.eval_checker import Checker, Result, plan_sentences

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "tests" / "eval" / "frozen" / "questions.yml"
# The intents of ../shared/DESIGN.md (``inform`` may not be in domain.yml yet).
DESIGN_INTENTS = {
    *("greet", "goodbye", "thank", "help", "bot_challenge", "affirm", "deny", "inform"),
    *("district_contact", "district_list", "project_search", "project_detail"),
    *("topic_overview", "social_report", "project_office_contact", "links", "out_of_scope"),
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """A knowledge base built from the page copy, in its own SQLite file."""
    path = tmp_path_factory.mktemp("eval-kb") / "knowledge.db"
    engine = create_db_engine(f"sqlite:///{path}")
    build(engine, parse_file())
    return KnowledgeBase(engine)


@pytest.fixture(scope="module")
def checker(kb: KnowledgeBase) -> Checker:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return Checker(kb, domain["responses"])


def problems(checker: Checker, x: dict[str, Any], answer: str, history=None) -> list[str]:
    result = Result({"t": "-", "i": "any", "x": x}, "any", [], answer, 0.0)
    checker.check(result, history or [])
    return result.problems


def contact_text(contact) -> str:
    return f"{contact.name}\nTelefon: {contact.phone}\nE-Mail: {contact.email}"


# --- the new expectation kinds -------------------------------------------------------


def test_detail_list_needs_every_part(checker: Checker, kb: KnowledgeBase) -> None:
    district = kb.districts()[0]
    c = district.contact
    x = {"districts": [district.name], "detail": ["person", "phone", "email"]}
    assert problems(checker, x, contact_text(c)) == []
    missing = problems(checker, x, f"{c.name}\nTelefon: {c.phone}")
    assert missing == [f"missing {c.email!r}"]
    assert problems(checker, {**x, "detail": ["phone", "email"]}, f"{c.phone} {c.email}") == []
    assert problems(checker, {**x, "detail": ["district"]}, district.name) == []
    assert problems(checker, {**x, "detail": ["district"]}, c.name) != []


def test_answer_yes_no_reads_the_first_line(checker: Checker) -> None:
    assert problems(checker, {"answer": "yes"}, "Ja, das ist ein Aktionsraum.") == []
    assert problems(checker, {"answer": "no"}, "Nein, kein Aktionsraum.\nDie 13 ...") == []
    assert problems(checker, {"answer": "no"}, "Die Aktionsräume sind ...\nNein") != []
    assert problems(checker, {"answer": "yes"}, "Nein.") != []


def test_fact_needs_the_whole_sentence(checker: Checker, kb: KnowledgeBase) -> None:
    sentences = plan_sentences(kb)
    sentence = next(s for s in sentences if "34" in s)
    word = next(w for w in sentence.split() if len(w) > 6 and w.isalpha())
    assert problems(checker, {"fact": word}, f"Laut Seite:\n{sentence}\nQuelle: x") == []
    assert problems(checker, {"fact": word}, sentence[: len(sentence) // 2]) != []
    assert problems(checker, {"fact": "Quatschwortgibtsnicht"}, sentence)[0].startswith(
        "bad expectation"
    )


def test_titles_in_text_or_behind_buttons(checker: Checker, kb: KnowledgeBase) -> None:
    first, second = kb.projects()[0], kb.projects()[1]
    fragments = [first.title, second.title]
    answer = f"{first.title}\n[kurz…] #{second.number}"
    assert problems(checker, {"titles": fragments}, answer) == []
    assert problems(checker, {"titles": fragments}, first.title) == [
        f"missing title {second.title!r}"
    ]


def test_not_response(checker: Checker) -> None:
    thanks = checker.response_text("utter_feedback_thanks")
    assert problems(checker, {"not_response": "utter_feedback_thanks"}, thanks) != []
    assert problems(checker, {"not_response": ["utter_feedback_thanks"]}, "Gern geschehen") == []


def test_none_needs_no_project_and_the_office(checker: Checker, kb: KnowledgeBase) -> None:
    office = "\n".join(contact_text(c) for c in kb.contacts(Role.OFFICE))
    assert problems(checker, {"none": True}, f"Dazu finde ich nichts.\n{office}") == []
    assert problems(checker, {"none": True}, f"{kb.projects()[3].title}\n{office}") != []
    assert problems(checker, {"none": True}, "Dazu finde ich nichts.") != []


def test_source_line(checker: Checker) -> None:
    assert problems(checker, {"source": True}, "Text\nQuelle: Seite, Stand 2026-12-01") == []
    assert problems(checker, {"source": True}, "Text ohne Quelle: nichts") != []


def test_invented_contacts_are_found(checker: Checker, kb: KnowledgeBase) -> None:
    real = kb.districts()[0].contact
    assert problems(checker, {}, contact_text(real)) == []
    assert problems(checker, {}, f"tel:{real.phone_uri}") == []
    assert problems(checker, {}, "Rufen Sie 0231 50-2 99 99 an") == [
        "invented contact: +492315029999"
    ]
    assert problems(checker, {}, "Schreiben Sie an info@stadtdo.de") == [
        "invented contact: info@stadtdo.de"
    ]
    assert problems(checker, {}, "Quelle: Seite, Stand 2026-12-01T20:45:26+00:00") == []


def test_contact_of_another_person(checker: Checker, kb: KnowledgeBase) -> None:
    asked, other = kb.districts()[0], kb.contacts(Role.OFFICE)[0]
    x = {"districts": [asked.name]}
    assert problems(checker, x, contact_text(asked.contact)) == []
    wrong = problems(checker, x, contact_text(asked.contact) + "\n" + contact_text(other))
    assert f"contact of another person: {other.email}" in wrong
    assert problems(checker, {"person": asked.contact.name}, contact_text(other)) != []


def test_picked_from_an_earlier_turn_and_more(checker: Checker, kb: KnowledgeBase) -> None:
    a, b, c = kb.projects()[:3]
    listing = f"{a.title}\n{b.title}"
    history = [listing, "Dazu kann ich leider nichts sagen."]
    assert problems(checker, {"picked": 2, "from": 1}, f"{b.title}\nZiel: {b.goal}", history) == []
    assert problems(checker, {"picked": 2}, f"Ziel: {b.goal}", history) == []
    assert problems(checker, {"picked": 1}, f"Ziel: {b.goal}", history) != []
    assert problems(checker, {"more": True}, c.title, history) == []
    assert problems(checker, {"more": True}, a.title, history) != []


def test_answer_yes_no_in_the_language_asked(checker: Checker) -> None:
    def answered(value: str, lang: str, answer: str) -> list[str]:
        result = Result({"t": "-", "i": "any", "l": lang, "x": {"answer": value}}, "any", [],
                        answer, 0.0)  # fmt: skip
        checker.check(result, [])
        return result.problems

    assert answered("yes", "tr", "Evet, Hörde ...") == []
    assert answered("yes", "tr", "Ja, Hörde ...") == []  # German is always understood
    assert answered("no", "ar", "\u200fلا، ليست ...") == []
    assert answered("no", "uk", "Ні, це не ...") == []
    assert answered("no", "en", "No, Mengede is not ...") == []
    assert answered("no", "en", "Nordstadt ...") != []  # a word that only starts like "No"
    assert answered("yes", "ru", "Нет.") != []
    assert answered("yes", "pl", "Evet.") != []  # another language's yes does not count


def test_top_needs_one_fitting_project_among_the_first_three(
    checker: Checker, kb: KnowledgeBase
) -> None:
    projects = kb.projects()
    x = {"top": [projects[5].title, projects[6].title]}
    assert problems(checker, x, "\n".join(p.title for p in projects[4:7])) == []
    assert problems(checker, x, "\n".join(p.title for p in projects[:5])) != []
    late = "\n".join(p.title for p in [*projects[:3], projects[5]])
    assert problems(checker, x, late) == ["none of " + repr(x["top"]) + " among the first 3 listed"]


def test_out_of_scope_names_nothing_of_the_plan(checker: Checker, kb: KnowledgeBase) -> None:
    portal = "Dazu kann ich nichts sagen. Mehr auf www.dortmund.de."
    assert problems(checker, {"out_of_scope": True}, portal) == []
    assert problems(checker, {"out_of_scope": True}, f"{portal}\n{kb.projects()[6].title}") != []
    contact = contact_text(kb.districts()[0].contact)
    assert problems(checker, {"out_of_scope": True}, f"{portal}\n{contact}") != []
    plan_page = "Mehr auf www.sozialestadt.dortmund.de."
    assert problems(checker, {"out_of_scope": True}, plan_page) == ["no pointer to www.dortmund.de"]


# --- the frozen set -----------------------------------------------------------------


@pytest.fixture(scope="module")
def frozen() -> dict[str, Any]:
    return yaml.safe_load(FROZEN.read_text(encoding="utf-8"))


def all_items(frozen: dict[str, Any]) -> list[dict[str, Any]]:
    return frozen["questions"] + [t for d in frozen["dialogues"] for t in d["d"]]


def test_frozen_set_size_and_classes(frozen: dict[str, Any]) -> None:
    assert "NEVER TRAIN" in FROZEN.read_text(encoding="utf-8")[:300]
    turns = [t for d in frozen["dialogues"] for t in d["d"]]
    assert len(frozen["questions"]) >= 400
    assert len(frozen["dialogues"]) >= 80
    assert len(turns) >= 250
    classes = Counter(item["c"] for item in all_items(frozen))
    assert set(classes) == set(range(11))
    assert all(classes[c] >= 25 for c in range(1, 11)), classes


def test_frozen_items_are_well_formed(frozen: dict[str, Any]) -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    intents = DESIGN_INTENTS
    texts = [item["t"] for item in frozen["questions"]]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]
    for item in all_items(frozen):
        assert set(item) <= {"t", "i", "c", "e", "x"}, item
        assert item["i"] in intents, item
        for kind, value in (item.get("x") or {}).items():
            assert hasattr(Checker, f"_{kind}") or kind in {"detail", "from"}, item
            if kind in {"response", "not_response"}:
                names = [value] if isinstance(value, str) else value
                assert all(name in domain["responses"] for name in names), item


def test_frozen_expectations_resolve(frozen: dict[str, Any], kb: KnowledgeBase) -> None:
    sentences = plan_sentences(kb)
    for item in all_items(frozen):
        assert_resolves(item, kb, sentences)


def assert_resolves(item: dict[str, Any], kb: KnowledgeBase, sentences: list[str]) -> None:
    """Every place, person, project, group, word, fact and topic the item expects exists."""
    x = item.get("x") or {}
    for place in x.get("districts", []):
        assert kb.find_districts(place).items, (place, item)
    if "person" in x:
        assert kb.find_people(x["person"]).status == "one", item
    for fragment in [x["project"]] if "project" in x else []:
        assert kb.find_project(fragment).status == "one", (fragment, item)
    for fragment in x.get("titles", []):
        assert kb.find_project(fragment).status == "one", (fragment, item)
    if "group" in x:
        assert kb.projects_for_target_group(x["group"]), item
    for word in x.get("words", []):
        assert word == fold(word), item
        assert any(word in fold(f"{p.title} {p.goal}") for p in kb.projects()), item
    if "fact" in x:
        assert sum(fold(x["fact"]) in fold(s) for s in sentences) == 1, item
    if "topic" in x:
        assert 1 <= x["topic"] <= len(kb.topics()), item
    if "answer" in x:
        assert x["answer"] in {"yes", "no"}, item


def test_frozen_dialogue_references_fit(frozen: dict[str, Any], kb: KnowledgeBase) -> None:
    """A pick names a position the list before can have; a Schwerpunkt follow-up fits."""
    for dialogue in frozen["dialogues"]:
        assert_references_fit(dialogue["d"], kb)


LISTING_KINDS = {"group", "words", "titles", "more", "topic", "top"}  # answers that list projects


def assert_references_fit(turns: list[dict[str, Any]], kb: KnowledgeBase) -> None:
    """``from`` points back, a pick follows a listing turn, a Schwerpunkt fits the project."""
    for n, turn in enumerate(turns):
        x = turn.get("x") or {}
        if "from" in x:
            assert 1 <= x["from"] <= n, turn
        if "picked" in x:
            source = turns[x.get("from", n) - 1].get("x") or {}
            assert LISTING_KINDS & set(source), turn
            if "group" in source:
                assert x["picked"] <= len(kb.projects_for_target_group(source["group"])), turn
        if "topic" in x and n and "project" in (turns[n - 1].get("x") or {}):
            project = kb.find_project(turns[n - 1]["x"]["project"]).items[0]
            assert project.topic == kb.topics()[x["topic"] - 1].name, turn


def training_sentences() -> set[str]:
    """Every NLU example of data/nlu/, annotations removed, folded."""
    found: set[str] = set()
    for path in (ROOT / "data" / "nlu").rglob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            for line in str(block.get("examples") or "").splitlines():
                text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", line)
                found.add(_norm(text.strip().removeprefix("- ")))
    return found


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def old_set_sentences() -> set[str]:
    """Every question of the team's own evaluation set, folded."""
    old = yaml.safe_load((ROOT / "tests" / "eval" / "questions.yml").read_text(encoding="utf-8"))
    return {_norm(item["t"]) for item in all_items({"questions": [], "dialogues": [], **old})}


def test_frozen_sentences_are_not_trained_on(frozen: dict[str, Any]) -> None:
    """No frozen sentence of four words or more is an NLU example or in the team's own set."""
    seen = training_sentences() | old_set_sentences()
    long_enough = [item["t"] for item in all_items(frozen) if len(item["t"].split()) >= 4]
    assert [t for t in long_enough if _norm(t) in seen] == []
