"""Places written in Cyrillic or Arabic letters, or with a glued case ending, are found;
ordinary sentences of those languages name no place."""

from __future__ import annotations

import pytest

from knowledge.aliases import PLACE_ALIASES
from knowledge.knowledge_base import KnowledgeBase
from knowledge.records import PageContent
from knowledge.transliteration import skeleton, sound


def names_with(content: PageContent, part: str) -> list[str]:
    """Parsed district names containing ``part``, in page order."""
    return [d.name for d in content.districts if part in d.name]


def expected(content: PageContent, part: str) -> list[str]:
    parts = PLACE_ALIASES.get(part, (part,))
    return sorted(name for p in parts for name in names_with(content, p))


@pytest.mark.parametrize(
    ("typed", "part"),
    [
        # Russian, Ukrainian, Bulgarian
        ("Кто отвечает за Хёрде?", "Hörde"),
        ("Хорде", "Hörde"),
        ("Хьорде", "Hörde"),
        ("Кларенберг", "Hörde"),
        ("Что есть в Эвинге?", "Eving"),
        ("Хто відповідає за Евінг?", "Eving"),
        ("проекты в Нордштадте", "Nordstadt"),
        ("Шарнхорст", "Scharnhorst"),
        ("Бодельшвинг", "Bodelschwingh"),
        ("Вестерфильде", "Westerfilde"),
        ("Кеммингхаузен", "Kemminghausen"),
        ("Линденхорст", "Lindenhorst"),
        ("Борзигплац", "Borsigplatz"),
        ("Виккеде", "Wickede"),
        ("Хафен", "Hafen"),
        ("Нордмаркт", "Nordmarkt"),
        ("Дорстфельд", "Dorstfelder"),
        ("Кой отговаря за Мартен?", "Marten"),
        ("Нетте", "Nette"),
        # Arabic: no short vowels, an attached preposition
        ("من المسؤول عن هورده؟", "Hörde"),
        ("مشاريع بهورده", "Hörde"),
        ("إيفينغ", "Eving"),
        ("نوردشتات", "Nordstadt"),
        ("مارتن", "Marten"),
        ("شارنهورست", "Scharnhorst"),
        ("ليندنهورست", "Lindenhorst"),
        ("بورزيغبلاتس", "Borsigplatz"),
        ("بودلشفينغ", "Bodelschwingh"),
        ("هافن", "Hafen"),
        ("فيكيده", "Wickede"),
        # Turkish and Polish endings glued without an apostrophe
        ("Hördedeki projeler", "Hörde"),
        ("Evingden kim sorumlu?", "Eving"),
        ("Nordstadttaki projeler", "Nordstadt"),
        ("Kto pomaga Evingowi?", "Eving"),
    ],
)
def test_a_place_in_another_script_or_with_an_ending_is_found(
    kb: KnowledgeBase, content: PageContent, typed: str, part: str
) -> None:
    assert sorted(d.name for d in kb.find_districts(typed).items) == expected(content, part)


NEGATIVE = [
    # Russian
    "Здравствуйте, я хочу узнать больше о городе.",
    "В марте у нас будет праздник во дворе.",
    "Мой сын ходит в детский сад, а дочь в школу.",
    "Хорошо, спасибо, до свидания!",
    "Где можно найти помощь для пожилых людей?",
    "Мы живём в этом районе уже десять лет.",
    "Сколько стоит участие и когда начинается курс?",
    "Я ищу работу и место в общежитии.",
    # Ukrainian
    "Добрий день, чи є тут курси німецької мови?",
    "Моя мама хворіє, нам потрібна допомога вдома.",
    "Дякую, все зрозуміло, гарного вечора.",
    "Де знаходиться найближча бібліотека?",
    # Bulgarian
    "Здравейте, търся помощ за децата си.",
    "Благодаря, това е всичко за днес.",
    "Къде мога да намеря спортен клуб наблизо?",
    "Имам въпрос за градината и парка.",
    # Arabic
    "مرحبا، أريد أن أعرف المزيد عن المدينة.",
    "زرت المكتب مرتين ولم أجد أحدا.",
    "هل هناك دورات لتعلم اللغة الألمانية للنساء؟",
    "ابني يذهب إلى الحضانة كل يوم.",
    "شكرا جزيلا، مع السلامة.",
    "نحن نبحث عن مساعدة لكبار السن في الحي.",
    "متى يبدأ المشروع وكم يكلف؟",
    "أين أجد حديقة أو ملعبا للأطفال؟",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_ordinary_sentences_of_other_scripts_name_no_place(
    kb: KnowledgeBase, sentence: str
) -> None:
    assert kb.find_districts(sentence).status == "none"
    assert [w for w in sentence.split() if kb.find_districts(w)] == []


def test_sound_and_skeleton_agree_across_scripts() -> None:
    assert sound("Kherde") == sound("hoerde") == "herde"
    assert skeleton(sound("hoerde")) == "hrd"
