"""Masking what citizens type before it is stored."""

from __future__ import annotations

import pytest

from connectors.privacy import mask_personal_data
from knowledge.records import PageContent


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("meine nummer ist 0231 1234567", "meine nummer ist [Telefon]"),
        ("ruf mich an: +49 (231) 12-34-56", "ruf mich an: [Telefon]"),
        ("mail an max.muster+test@example.org bitte", "mail an [E-Mail] bitte"),
        ("IBAN DE89 3704 0044 0532 0130 00 für die Überweisung", "IBAN [IBAN] für die Überweisung"),
        ("iban de89370400440532013000", "iban [IBAN]"),
        ("ich wohne Musterstraße 12a in Hörde", "ich wohne [Adresse] in Hörde"),
        ("Am Nordmarkt, Bornstr. 5", "Am Nordmarkt, [Adresse]"),
        ("Schwerpunkt 2, Nummer 5, im Jahr 2024", "Schwerpunkt 2, Nummer 5, im Jahr 2024"),
        ("wer ist am Borsigplatz zuständig", "wer ist am Borsigplatz zuständig"),
        ('/project_detail{"project":"#12"}', '/project_detail{"project":"#12"}'),
    ],
)
def test_personal_data_is_masked_and_questions_are_not(typed: str, stored: str) -> None:
    assert mask_personal_data(typed) == stored


def test_the_city_contacts_survive_when_not_typed_by_a_citizen(content: PageContent) -> None:
    """Only user messages are masked; this checks the function leaves plain words alone."""
    for district in content.districts:
        assert mask_personal_data(f"wer ist in {district.name} zuständig") == (
            f"wer ist in {district.name} zuständig")  # fmt: skip
