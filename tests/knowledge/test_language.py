"""Language detection: German unless the evidence is clear; other scripts are clear at once."""

from __future__ import annotations

import pytest

from knowledge.language import SUPPORTED, detect, is_foreign


@pytest.mark.parametrize(
    "text",
    ["hoerde", "Hörde", "danke", "ok", "Eving telefon", "Nordstadt Hafen telefon", "kinder",
     "projekte für kinder", "hallo wie gehts", "Hörde?", "👍", "0231 12345", "Scharnhorst Ost"],
)  # fmt: skip
def test_short_or_name_only_messages_are_no_evidence(text: str) -> None:
    assert detect(text).language is None


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
