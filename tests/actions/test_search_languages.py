"""Projects for a target group or a theme, asked in the eight other languages.

Personas of the team (never the evaluation sets): a Turkish grandmother, an
Arabic-speaking father, a Polish single mother, a Romanian job seeker, a
Bulgarian family, a Ukrainian refugee, a Russian-speaking pensioner, an English
student. Each question names a target group the page knows (the answer lists
a project of the group search, as for the German group name) or a theme
(the answer lists a project the German search clearly finds for the same
question in German). Inflected, with and without accents and articles.
"""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.crosslingual import read_needs
from knowledge.language import detect
from tests.actions.asking import decided, table

# (language, question, a German target group, or "=" and the same question in German)
ASKED: list[tuple[str, str, str]] = [
    ("en", "Are there projects for migrants?", "Migranten"),
    ("en", "what is there for single parents", "Eltern"),
    ("en", "jobs for young people", "= Arbeit für Jugendliche"),
    ("en", "help with learning German", "= Deutschkurs"),
    ("en", "Is there anything for elderly people?", "Senioren"),
    ("en", "any offers for teenagers", "Jugendliche"),
    ("en", "What do you have for kids?", "Kinder"),
    ("en", "programmes for refugees", "Migranten"),
    ("en", "I am unemployed, is there help for me?", "Arbeitslose"),
    ("en", "Anything for women in the city?", "Frauen"),
    ("en", "projects for families", "Familien"),
    ("en", "support for toddlers and babies", "Kleinkinder"),
    ("en", "help for pensioners", "Senioren"),
    ("en", "something for mothers", "Eltern"),
    ("en", "help with debts", "= Schuldnerberatung"),
    ("en", "I want to volunteer", "= Ehrenamt"),
    ("tr", "Gençler için projeler var mı?", "Jugendliche"),
    ("tr", "yaslilar icin ne var", "Senioren"),
    ("tr", "Çocuklarım için bir şey var mı?", "Kinder"),
    ("tr", "cocuklara yonelik projeler", "Kinder"),
    ("tr", "Çocuklar için neler var?", "Kinder"),
    ("tr", "İşsizler için yardım var mı?", "Arbeitslose"),
    ("tr", "Göçmenlere yönelik projeler", "Migranten"),
    ("tr", "Hangi projeler kadınlar için?", "Frauen"),
    ("tr", "mülteciler için destek", "Migranten"),
    ("tr", "Ailelere yardım var mı?", "Familien"),
    ("tr", "emekliler icin bir sey var mi", "Senioren"),
    ("tr", "bebekler için ne var", "Kleinkinder"),
    ("tr", "Annelere yönelik projeler var mı?", "Eltern"),
    ("tr", "Almanca öğrenmek istiyorum, kurs var mı?", "= Deutschkurs"),
    ("tr", "gençlere iş", "= Arbeit für Jugendliche"),
    ("tr", "Spor yapmak istiyorum", "= Sport"),
    ("ar", "هل توجد مشاريع للمهاجرين؟", "Migranten"),
    ("ar", "ماذا يوجد لكبار السن؟", "Senioren"),
    ("ar", "مشاريع للأطفال", "Kinder"),
    ("ar", "هل هناك شيء للشباب؟", "Jugendliche"),
    ("ar", "مساعدة للعاطلين عن العمل", "Arbeitslose"),
    ("ar", "هل يوجد شيء للنساء؟", "Frauen"),
    ("ar", "برامج للاجئين", "Migranten"),
    ("ar", "ماذا لديكم للعائلات؟", "Familien"),
    ("ar", "أطفال", "Kinder"),
    ("ar", "هل توجد مشاريع للأمهات؟", "Eltern"),
    ("ar", "مشاريع للمسنين", "Senioren"),
    ("ar", "هل هناك مساعدة للشباب العاطلين؟", "Jugendliche"),
    ("ar", "أريد تعلم اللغة الألمانية", "= Deutschkurs"),
    ("ar", "عمل للشباب", "= Arbeit für Jugendliche"),
    ("ar", "مساعدة في الديون", "= Schuldnerberatung"),
    ("ar", "الرضع", "Kleinkinder"),
    ("pl", "Czy są projekty dla dzieci?", "Kinder"),
    ("pl", "Co jest dla seniorów?", "Senioren"),
    ("pl", "Szukam pracy, jestem bezrobotny", "Arbeitslose"),
    ("pl", "Pomoc dla samotnych matek", "Eltern"),
    ("pl", "Chcę nauczyć się niemieckiego", "= Deutschkurs"),
    ("pl", "pomoc dzieciom", "Kinder"),
    ("pl", "Co macie dla młodzieży?", "Jugendliche"),
    ("pl", "projekty dla migrantów", "Migranten"),
    ("pl", "pomoc dla uchodźców", "Migranten"),
    ("pl", "coś dla kobiet", "Frauen"),
    ("pl", "Czy jest coś dla rodzin?", "Familien"),
    ("pl", "oferta dla emerytów", "Senioren"),
    ("pl", "co dla niemowląt", "Kleinkinder"),
    ("pl", "dla rodziców", "Eltern"),
    ("pl", "praca dla młodych", "= Arbeit für Jugendliche"),
    ("pl", "problemy z długami", "= Schuldnerberatung"),
    ("ro", "Există proiecte pentru copii?", "Kinder"),
    ("ro", "Ce există pentru tineri?", "Jugendliche"),
    ("ro", "Ajutor pentru șomeri", "Arbeitslose"),
    ("ro", "Proiecte pentru imigranți", "Migranten"),
    ("ro", "Ce aveți pentru persoanele în vârstă?", "Senioren"),
    ("ro", "ajutor copiilor", "Kinder"),
    ("ro", "proiecte pentru copiii mei", "Kinder"),
    ("ro", "ajutor pentru refugiati", "Migranten"),
    ("ro", "ce aveti pentru femei", "Frauen"),
    ("ro", "ceva pentru familii", "Familien"),
    ("ro", "pentru pensionari", "Senioren"),
    ("ro", "pentru mame singure", "Eltern"),
    ("ro", "pentru bebeluși", "Kleinkinder"),
    ("ro", "vreau să învăț limba germană", "= Deutschkurs"),
    ("ro", "loc de muncă pentru tineri", "= Arbeit für Jugendliche"),
    ("ro", "vreau să fac sport", "= Sport"),
    ("bg", "Има ли проекти за деца?", "Kinder"),
    ("bg", "Какво има за възрастни хора?", "Senioren"),
    ("bg", "Помощ за безработни", "Arbeitslose"),
    ("bg", "Искам да уча немски", "= Deutschkurs"),
    ("bg", "Какво има за децата?", "Kinder"),
    ("bg", "проекти за младежи", "Jugendliche"),
    ("bg", "помощ за бежанци", "Migranten"),
    ("bg", "има ли нещо за мигранти", "Migranten"),
    ("bg", "за жени", "Frauen"),
    ("bg", "за семейства", "Familien"),
    ("bg", "за пенсионери", "Senioren"),
    ("bg", "за самотни майки", "Eltern"),
    ("bg", "за бебета", "Kleinkinder"),
    ("bg", "работа за младежи", "= Arbeit für Jugendliche"),
    ("bg", "имам дългове", "= Schuldnerberatung"),
    ("bg", "Искам да бъда доброволец", "= Ehrenamt"),
    ("uk", "Які проєкти є для дітей?", "Kinder"),
    ("uk", "Проєкти для довготривало безробітних?", "Arbeitslose"),
    ("uk", "Що є для молоді?", "Jugendliche"),
    ("uk", "Допомога для біженців", "Migranten"),
    ("uk", "Є щось для літніх людей?", "Senioren"),
    ("uk", "допомога дітям", "Kinder"),
    ("uk", "діти", "Kinder"),
    ("uk", "Що є для жінок?", "Frauen"),
    ("uk", "для родин", "Familien"),
    ("uk", "для пенсіонерів", "Senioren"),
    ("uk", "для мігрантів", "Migranten"),
    ("uk", "для батьків", "Eltern"),
    ("uk", "для немовлят", "Kleinkinder"),
    ("uk", "Хочу вивчити німецьку мову", "= Deutschkurs"),
    ("uk", "робота для молоді", "= Arbeit für Jugendliche"),
    ("uk", "маю борги", "= Schuldnerberatung"),
    ("ru", "Есть ли проекты для детей?", "Kinder"),
    ("ru", "Что есть для пенсионеров?", "Senioren"),
    ("ru", "Помощь мигрантам", "Migranten"),
    ("ru", "Хочу выучить немецкий язык", "= Deutschkurs"),
    ("ru", "Работа для молодежи", "= Arbeit für Jugendliche"),
    ("ru", "помощь детям", "Kinder"),
    ("ru", "для беженцев", "Migranten"),
    ("ru", "Что есть для женщин?", "Frauen"),
    ("ru", "для семей с детьми", "Familien"),
    ("ru", "для пожилых людей", "Senioren"),
    ("ru", "для безработных", "Arbeitslose"),
    ("ru", "для родителей", "Eltern"),
    ("ru", "для подростков", "Jugendliche"),
    ("ru", "для младенцев", "Kleinkinder"),
    ("ru", "у меня долги", "= Schuldnerberatung"),
    ("ru", "хочу заниматься спортом", "= Sport"),
]


def _fitting(kb: KnowledgeBase, expected: str) -> set[int]:
    """The projects the German search finds for the group, or for the German question."""
    if expected.startswith("="):
        return {hit.item.number for hit in kb.rank_projects(expected[1:].strip()).hits}
    return {hit.item.number for hit in kb.projects_for_target_group(expected)}


@table("lang, text, expected", ASKED)
def test_a_group_or_theme_in_another_language_lists_fitting_projects(
    kb: KnowledgeBase, lang: str, text: str, expected: str
) -> None:
    fitting = _fitting(kb, expected)
    assert fitting, expected  # the German search has projects for it
    decision = decided(kb, text)
    listed = {p.number for p in decision.projects}
    assert listed & fitting, (decision.rule, [p.title for p in decision.projects])


def test_every_language_has_fifteen_personas() -> None:
    for lang in ("en", "tr", "ar", "pl", "ro", "bg", "uk", "ru"):
        assert sum(1 for code, _, _ in ASKED if code == lang) >= 15, lang


WHATEVER_INTENT = [
    ("help", "help with learning German", "= Deutschkurs"),
    ("nlu_fallback", "Hangi projeler kadınlar için?", "Frauen"),
    ("district_contact", "ce aveți pentru pensionari?", "Senioren"),
]


@table("intent, text, expected", WHATEVER_INTENT)
def test_a_need_in_another_language_is_searched_whatever_the_intent(
    kb: KnowledgeBase, intent: str, text: str, expected: str
) -> None:
    decision = decided(kb, text, intent)
    assert {p.number for p in decision.projects} & _fitting(kb, expected), decision.rule


@pytest.mark.parametrize(
    "text",
    [
        "Are there reading mentors for children?",  # a need the lexicon does not know
        "Czy są lekcje gry na skrzypcach dla dzieci?",  # violin lessons for children
        "Има ли уроци по шахмат за деца?",  # chess lessons for children
    ],
)
def test_a_need_the_lexicon_does_not_know_lists_no_group_as_if_it_fitted(
    kb: KnowledgeBase, text: str
) -> None:
    decision = decided(kb, text)
    assert decision.rule != "project_search>search.groups", decision.rule
    assert decision.answer != "yes"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Hörde'de çocuklar için ne var?", "Kinder"),  # a place with a Turkish ending
        ("Projects for children in Hörde?", "Kinder"),  # short English taken for German
        ("proiecte pentru tineri în Eving", "Jugendliche"),
    ],
)
def test_a_place_beside_the_group_is_no_unknown_need(
    kb: KnowledgeBase, text: str, group: str
) -> None:
    decision = decided(kb, text)
    assert {p.number for p in decision.projects} & _fitting(kb, group), decision.rule


@pytest.mark.parametrize(
    "text", ["Projekte für Kinder", "Angebote für Senioren", "Migranten", "Projekte für Kids"]
)
def test_german_questions_are_not_read_as_another_language(text: str) -> None:
    assert read_needs(text, detect(text).language) is None
