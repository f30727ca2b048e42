"""The lexicon: the language's words as data, one file per language."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase, lexicon
from knowledge.records import PageContent


def test_german_is_the_default_and_other_languages_are_asked_by_code() -> None:
    assert "de" in lexicon.languages()
    assert lexicon.words("yes_no_starts") == lexicon.words("yes_no_starts", "de")
    with pytest.raises(lexicon.LexiconError, match="xx"):
        lexicon.words("yes_no_starts", "xx")
    with pytest.raises(lexicon.LexiconError, match="no words.nonexistent"):
        lexicon.words("nonexistent")


def test_the_page_counts_are_written_as_citizens_write_them(content: PageContent) -> None:
    for number in (len(content.districts), len(content.projects), len(content.topics)):
        word = lexicon.number_word(number)
        assert word and word.isalpha(), number
    assert lexicon.number_word(21) == "einundzwanzig"
    assert lexicon.number_word(100) is None


def test_patterns_take_a_missing_space_and_word_endings() -> None:
    assert lexicon.pattern("email").search("die e mail adresse")
    assert lexicon.pattern("email").search("emailadresse bitte")
    assert lexicon.pattern("phone").search("telefonnummer")
    assert not lexicon.pattern("phone").search("hotel")


def test_no_word_list_is_written_twice() -> None:
    lists = lexicon._lexicon("de")["words"]
    seen: dict[frozenset[str], str] = {}
    for name in lists:
        words = lexicon.words(name)
        assert words not in seen, f"{name} repeats {seen.get(words)}"
        seen[words] = name


def test_a_neuter_ordinal_names_no_schwerpunkt(kb: KnowledgeBase) -> None:
    second = kb.topics()[1]
    assert kb.find_topic("zeig mir den zweiten Schwerpunkt").items == [second]
    assert second not in kb.find_topic("Elterngeld für mein zweites Kind").items


def test_every_language_file_is_read_once_per_process() -> None:
    """A message in any language must not re-read a YAML file (that cost 0.5 s per message)."""
    for _ in range(2):
        for code in lexicon.languages():
            lexicon.has("words", "yes_no_starts", code)
    misses = lexicon._lexicon.cache_info().misses
    for code in reversed(lexicon.languages()):
        lexicon.has("words", "yes_no_starts", code)
    assert lexicon._lexicon.cache_info().misses == misses
