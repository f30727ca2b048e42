"""The page's statements about the plan: parsed from its text, found by questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from knowledge.cli import main
from knowledge.knowledge_base import KnowledgeBase
from knowledge.parse import ParseError, parse_text
from knowledge.records import PLAN_FACT_KEYS, PageContent
from knowledge.store import SchemaOutdated, build, create_db_engine, load


def flat(text: str) -> str:
    """The page's words as one line, without its bold markers."""
    return " ".join(text.replace("**", "").split())


def test_every_key_has_one_fact_in_a_fixed_order(content: PageContent) -> None:
    assert tuple(fact.key for fact in content.plan_facts) == PLAN_FACT_KEYS


@pytest.mark.parametrize("key", PLAN_FACT_KEYS)
def test_each_fact_is_the_pages_own_text(content: PageContent, page_text: str, key: str) -> None:
    fact = next(f for f in content.plan_facts if f.key == key)
    for line in fact.text.splitlines():
        assert len(line) > 40 and flat(line) in flat(page_text), line


def test_facts_agree_with_what_else_the_parser_read(content: PageContent) -> None:
    facts = {fact.key: fact.text for fact in content.plan_facts}
    assert str(content.stated_counts["districts"]) in facts["aktionsraeume"]
    assert "Aktionsräume" in facts["aktionsraeume"]
    assert str(content.stated_counts["projects"]) in facts["projects"]
    listed = facts["arbeitsschwerpunkte"].splitlines()[1:]
    assert len(listed) == len(content.topics)
    for number, (line, topic) in enumerate(zip(listed, content.topics, strict=True), start=1):
        assert line.startswith(f"{number}. ") and topic.work_focus in line
    assert facts["report"] == content.reports[0].description.replace("\n\n", " ")


@pytest.mark.parametrize("key", PLAN_FACT_KEYS)
def test_a_missing_statement_is_a_parse_error(
    content: PageContent, page_text: str, key: str
) -> None:
    fact = next(f for f in content.plan_facts if f.key == key)
    sentences = re.split(r"(?<=[.!?])\s+", fact.text.splitlines()[0])
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    for sentence in sentences:
        lines = [line.replace(sentence, "") for line in lines]
    assert lines != [" ".join(line.split()) for line in page_text.splitlines()]
    with pytest.raises(ParseError, match=key):
        parse_text("\n".join(lines))


def test_the_store_keeps_the_facts(kb: KnowledgeBase, content: PageContent) -> None:
    assert kb.plan_facts() == content.plan_facts


# (a citizen's question, the key it asks for; None: not a question about the plan)
QUESTIONS: list[tuple[str, str | None]] = [
    ("Wer hat den Aktionsplan gestartet?", "initiator"),
    ("Wer hat das ins Leben gerufen?", "initiator"),
    ("wer hat den aktionsplan gestatet", "initiator"),
    ("Von wem stammt der Aktionsplan?", "initiator"),
    ("Wer steckt hinter dem Aktionsplan Soziale Stadt?", "initiator"),
    ("Wer hat den Plan beschlossen?", "initiator"),
    ("Wer hat den Aktionsplan initiiert?", "initiator"),
    ("wer hat das erfunden", "initiator"),
    ("Hat der Oberbürgermeister den Aktionsplan gemacht?", "initiator"),
    ("Wie viele Bürger haben mitgemacht?", "participation"),
    ("wieviele buerger haben mit gemacht", "participation"),
    ("Wie viele Leute waren beteiligt?", "participation"),
    ("Konnten die Bürger mitreden?", "participation"),
    ("Wie viele Menschen haben sich am Aktionsplan beteiligt?", "participation"),
    ("Was kam bei der Bürgerbeteiligung raus?", "lesson"),
    ("Was hat die Beteiligung gezeigt?", "lesson"),
    ("Was ist das Ergebnis der Bürgerbeteiligung?", "lesson"),
    ("Was ist ein Aktionsraum?", "aktionsraeume"),
    ("was is ein aktionsraum", "aktionsraeume"),
    ("Was bedeutet Aktionsraum eigentlich genau?", "aktionsraeume"),
    ("Warum gerade diese 13 Gebiete?", "aktionsraeume"),
    ("Nach welchen Kriterien wurden die Stadtteile ausgewählt?", "aktionsraeume"),
    ("Warum ist Hörde ein Aktionsraum?", "aktionsraeume"),
    ("warum wurde gerade mein stadtteil ausgewählt", "aktionsraeume"),
    ("Was ist ein Sozialraum?", "aktionsraeume"),
    ("Wie viele Projekte gibt es?", "projects"),
    ("wie vile projekte gibts", "projects"),
    ("Werden die Projekte schon umgesetzt?", "projects"),
    ("Welche Themen hat der Plan?", "arbeitsschwerpunkte"),
    ("Welche Schwerpunkte gibt es?", "arbeitsschwerpunkte"),
    ("Was sind die Ziele des Aktionsplans?", "arbeitsschwerpunkte"),
    ("Worum geht es im Aktionsplan?", "arbeitsschwerpunkte"),
    # What the city wants to achieve: its goals (Arbeitsschwerpunkte) and its strategy.
    ("Welche Ziele verfolgt der Aktionsplan?", "arbeitsschwerpunkte+strategy"),
    ("Was will die Stadt damit erreichen?", "arbeitsschwerpunkte+strategy"),
    ("Was will Dortmund erreichen?", "arbeitsschwerpunkte+strategy"),
    ("Wer hat da mitgemacht?", "participation"),
    ("Wer hat mitgemacht?", "participation"),
    ("Was tut die Stadt gegen Armut?", "strategy"),
    ("Was macht Dortmund gegen Kinderarmut?", "strategy"),
    ("Gibt es eine Strategie gegen Armut?", "strategy"),
    ("Was ist der Sozialbericht?", "report"),
    ("Was steht im Bericht zur sozialen Lage?", "report"),
    ("Was zeigt der Sozialstrukturatlas?", "report"),
    ("Wie viele Einwohner hat Dortmund?", None),
    ("Wer ist der Oberbürgermeister?", None),
    ("Wer ist der Oberbürgermeister von Dortmund?", None),
    ("Wer hat Dortmund gegründet?", None),
    ("Wann wurde der Aktionsplan gestartet?", None),
    ("Wie kann ich mitmachen?", None),
    ("Wer macht beim Walkingbus mit?", None),
    ("Was will das Projekt damit erreichen?", None),
    ("Wie kann ich beim Nachbarschaftshelfer mitmachen?", None),
    ("Ist Hörde ein Aktionsraum?", None),
    ("Gehört Brackel auch dazu?", None),
    ("Welche Aktionsräume gibt es?", None),
    ("Welcher Schwerpunkt ist das?", None),
    ("Was ist das Ziel vom Walkingbus?", None),
    ("Welche Ziele hat das Projekt?", None),
    ("Wie viele Projekte gibt es für Senioren?", None),
    ("Wie viele Leute arbeiten im Projektbüro?", None),
    ("Wer ist Ansprechpartner für den Sozialbericht?", None),
    ("Wo finde ich den Sozialbericht?", None),
    ("Ich möchte eine Firma gründen", None),
    ("Danke dir, das hilft mir echt!", None),
    ("Wie ist das Wetter morgen?", None),
    ("Meine Nachbarin ist seit der Scheidung ganz allein", None),
]


def test_question_table_is_large_enough() -> None:
    assert len(QUESTIONS) >= 40
    assert sum(key is None for _, key in QUESTIONS) >= 10
    assert {key for _, key in QUESTIONS} >= set(PLAN_FACT_KEYS)


@pytest.mark.parametrize(("question", "key"), QUESTIONS)
def test_question_finds_its_fact(kb: KnowledgeBase, question: str, key: str | None) -> None:
    matches = kb.find_plan_fact(question)
    if key is None:
        assert matches.status == "none", [fact.key for fact in matches.items]
    else:
        assert [fact.key for fact in matches.items] == key.split("+")
        assert matches.items[0] in kb.plan_facts()


def test_two_questions_in_one_message_find_both(kb: KnowledgeBase) -> None:
    matches = kb.find_plan_fact("Wie viele Bürger haben mitgemacht und wie viele Projekte gibt es?")
    assert matches.status == "several"
    assert {fact.key for fact in matches.items} == {"participation", "projects"}


def test_a_database_of_the_old_schema_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: PageContent
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_db_engine(url)
    build(engine, content)
    with engine.begin() as conn:  # what a build of schema 1 left: no facts table
        conn.execute(text("DROP TABLE kb_plan_facts"))
        conn.execute(text("UPDATE kb_build_info SET value = '1' WHERE key = 'schema_version'"))
        conn.execute(text("UPDATE kb_build_info SET value = 'old' WHERE key = 'build_id'"))
    with pytest.raises(SchemaOutdated):
        load(engine)
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["build"]) == 0
    assert load(engine).plan_facts == content.plan_facts
