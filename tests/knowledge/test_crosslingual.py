"""Target groups and themes in other languages, read as the German words the search knows."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase, crosslingual, lexicon
from knowledge.crosslingual import fold, read_needs, search_languages
from knowledge.language import SUPPORTED
from knowledge.synonyms import TARGET_GROUPS

# Inflected forms, with and without accents or articles: (language, words, German group).
FORMS = [
    ("tr", ["çocuk", "çocuklar", "çocuklara", "cocuklar", "Çocuklarımız", "çocuklar'a"], "Kinder"),
    ("tr", ["genç", "gençler", "gençlere", "gencler", "gençlerimiz"], "Jugendliche"),
    ("tr", ["yaşlı", "yaşlılar", "yaslilar", "yaşlılara"], "Senioren"),
    ("uk", ["діти", "дітей", "дітям", "дитина", "дітьми"], "Kinder"),
    ("uk", ["безробітні", "безробітних", "безробітним"], "Arbeitslose"),
    ("ru", ["дети", "детей", "детям", "ребёнок", "ребенок"], "Kinder"),
    ("ru", ["пенсионеры", "пенсионеров", "пенсионерам"], "Senioren"),
    ("bg", ["деца", "децата", "дете"], "Kinder"),
    ("pl", ["dzieci", "dzieciom", "dziećmi", "dziecko"], "Kinder"),
    ("pl", ["seniorzy", "seniorów", "seniorom"], "Senioren"),
    ("ro", ["copii", "copiii", "copiilor", "copil", "copilul"], "Kinder"),
    ("ro", ["șomeri", "someri", "șomerii", "şomerilor"], "Arbeitslose"),
    ("ar", ["أطفال", "الأطفال", "للأطفال", "اطفال", "والأطفال"], "Kinder"),
    ("ar", ["مهاجرين", "المهاجرين", "للمهاجرين", "مهاجرون"], "Migranten"),
    ("en", ["child", "children", "children's", "kids"], "Kinder"),
]


@pytest.mark.parametrize(("lang", "forms", "group"), FORMS, ids=[f"{f[0]}-{f[2]}" for f in FORMS])
def test_every_inflected_form_names_the_group(lang: str, forms: list[str], group: str) -> None:
    for form in forms:
        needs = read_needs(form, lang)
        assert needs is not None and needs.groups == (group,), form


def test_a_longer_phrase_wins_over_its_words() -> None:
    needs = read_needs("samotne matki", "pl")  # single mothers, not loneliness
    assert needs is not None and needs.groups == ("Eltern",) and not needs.topics


def test_words_the_file_does_not_know_are_left_over() -> None:
    needs = read_needs("Are there chess clubs for children?", "en")
    assert needs is not None and needs.groups == ("Kinder",)
    assert set(needs.rest) == {"chess", "clubs"}


def test_a_close_language_reads_what_the_detected_one_cannot() -> None:
    needs = read_needs("для семей с детьми", "uk")  # Russian, taken for Ukrainian
    assert needs is not None and needs.language == "ru" and "Familien" in needs.groups


def test_folding_drops_case_accents_and_short_vowels() -> None:
    assert fold("Çocuklarımız") == fold("cocuklarimiz")
    assert fold("Şomerii") == fold("someri") + "i"
    assert fold("أَطْفَال") == fold("اطفال")


def test_every_language_but_german_has_a_search_section() -> None:
    assert set(search_languages()) == set(SUPPORTED) - {"de"}


def test_groups_are_the_knowledge_bases_and_themes_find_projects(kb: KnowledgeBase) -> None:
    for lang in search_languages():
        section = lexicon.section("search", lang)
        assert set(section["groups"]) <= set(TARGET_GROUPS), lang
        for german in section["topics"]:
            assert kb.rank_projects(german).hits, (lang, german)


@pytest.mark.parametrize("lang", search_languages())
def test_the_index_offers_every_entry_that_matches(lang: str) -> None:
    """Each word of the file, inflected and after prefixes, finds its entries through the index.

    The index only narrows which regexes are tried: trying every entry at every
    position (as before) must find nothing that the index leaves out.
    """
    index = crosslingual._index(lang)
    for form in _forms(lang, "".join(index.prefixes[:2])):
        tokens = fold(f"und {form} noch").split()
        offered = index.starts(tokens)
        for number, entry in enumerate(index.entries):
            matching = {i for i, token in enumerate(tokens) if entry.words[0].fullmatch(token)}
            assert matching <= set(offered.get(number, [])), (lang, form, entry.words[0].pattern)


def _forms(lang: str, prefixes: str) -> set[str]:
    """The first words of the file's phrases: bare, with an ending, after two prefixes."""
    data = lexicon.section(crosslingual.SECTION, lang)
    phrases = [
        *(p for ps in data["groups"].values() for p in ps),
        *(p for ps in data["topics"].values() for p in ps),
        *data["fillers"],
    ]
    firsts = {str(phrase).split()[0] for phrase in phrases}
    return {f.replace("*", end) for w in firsts for f in (w, prefixes + w) for end in ("", "ab")}
