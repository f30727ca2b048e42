"""The generated OpenThesaurus table: reproducible, sourced, and pointing at the page's words."""

from __future__ import annotations

import pytest

from knowledge import thesaurus
from knowledge.knowledge_base import KnowledgeBase
from knowledge.records import PageContent
from knowledge.synonyms import synonym_groups
from knowledge.text import fold, words

needs_mythes = pytest.mark.skipif(
    not thesaurus.MYTHES_DAT.exists(),
    reason="mythes-de is not installed (apt-get install mythes-de); the committed table is used",
)


def committed_lines() -> list[str]:
    return thesaurus.TABLE.read_text(encoding="utf-8").splitlines(keepends=True)


@needs_mythes
def test_the_committed_table_is_what_the_generator_writes(
    content: PageContent, tmp_path: pytest.TempPathFactory
) -> None:
    table = thesaurus.build_table(content, thesaurus.read_synsets())
    fresh = tmp_path / "thesaurus_de.tsv"  # type: ignore[operator]
    thesaurus.write_table(table, fresh)
    assert fresh.read_text(encoding="utf-8").splitlines(keepends=True) == committed_lines()


def test_the_header_names_source_version_and_licence() -> None:
    header = "".join(line for line in committed_lines() if line.startswith("#"))
    assert "OpenThesaurus" in header and "mythes-de" in header and "LGPL" in header
    assert "DO NOT EDIT" in header


def test_every_target_is_a_word_of_the_page_or_of_the_hand_made_synonyms(
    content: PageContent,
) -> None:
    page = {fold(w) for p in content.projects for w in words(f"{p.title} {p.goal} {p.topic}")}
    hand = {fold(entry) for group in synonym_groups() for entry in group}
    for word, targets in thesaurus.expansions().items():
        for target in targets:
            assert fold(target.lstrip("~")) in page | hand, (word, target)
        assert word not in page and word not in hand, word  # only words the page lacks


@pytest.mark.parametrize(
    ("raw", "word", "notes"),
    [
        ("Opa (ugs.)", "Opa", {"ugs."}),
        ("(so'n) Opa (ugs.)", "Opa", {"ugs."}),
        ("Azubi (ugs., Kurzform)", "Azubi", {"ugs.", "Kurzform"}),
        ("Mensch (Oberbegriff)", "Mensch", {"Oberbegriff"}),
        ("alter Mann", "alter Mann", set()),
    ],
)
def test_a_member_is_read_with_its_notes(raw: str, word: str, notes: set[str]) -> None:
    term = thesaurus.parse_term(raw)
    assert (term.word, set(term.notes)) == (word, notes)


def test_generic_terms_and_vulgar_words_are_left_out() -> None:
    assert not thesaurus.parse_term("Mensch (Oberbegriff)").allowed
    assert not thesaurus.parse_term("alter Sack (derb, abwertend)").allowed
    assert thesaurus.parse_term("Opa (ugs.)").allowed


@pytest.mark.parametrize(
    ("word", "target"),
    [("Kindertagesstätte", "KITA"), ("Zoff", "Streit"), ("Azubi", "Auszubildende"),
     ("Oma", "Großmutter"), ("Pensionär", "Rentner"), ("Sportklub", "Sportverein")],
)  # fmt: skip
def test_everyday_words_lead_to_the_pages_words(word: str, target: str) -> None:
    assert target in thesaurus.expansions()[fold(word)]


@pytest.mark.parametrize(
    ("word", "group"),
    [("Opa", "Senioren"), ("Oma", "Senioren"), ("Omi", "Senioren"), ("Pensionär", "Senioren"),
     ("Heranwachsender", "Jugendliche"), ("Asylbewerber", "Migranten")],
)  # fmt: skip
def test_everyday_words_name_target_groups(kb: KnowledgeBase, word: str, group: str) -> None:
    assert kb.target_group(word) == group
    assert kb.projects_for_target_group(word) == kb.projects_for_target_group(group)


@pytest.mark.parametrize("word", ["Hund", "Wetter", "Dortmund", "Auto"])
def test_unrelated_words_name_no_target_group(kb: KnowledgeBase, word: str) -> None:
    assert kb.target_group(word) is None
