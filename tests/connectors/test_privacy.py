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


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ich heiße Max Mustermann und wohne in Hörde", "ich heiße [Name] und wohne in Hörde"),
        ("Hallo, mein Name ist erika musterfrau, ich suche Hilfe",
         "Hallo, mein Name ist [Name], ich suche Hilfe"),
        ("ich bin die Erika aus Hörde", "ich bin die [Name] aus Hörde"),
        ("Ich bin Frau Beispiel-Meier", "Ich bin Frau [Name]"),
        ("Name: Otto Testmann", "Name: [Name]"),
        ("geb. 3. März 1970 in Dortmund", "geb. [Geburtsdatum] in Dortmund"),
        ("geboren am 03.03.1970", "geboren am [Geburtsdatum]"),
        ("Geburtsdatum: 3.3.70", "Geburtsdatum: [Geburtsdatum]"),
        ("ich bin am 3. März 1970 geboren", "ich bin am [Geburtsdatum] geboren"),
        ("ich wohne Muster Straße 12", "ich wohne [Adresse]"),
        ("Musterstr. 12, 2. Etage", "[Adresse], 2. Etage"),
        ("Muster Str. 7b", "[Adresse]"),
        ("wir wohnen Am Westpark 3", "wir wohnen [Adresse]"),
        ("Hauptweg 5a", "[Adresse]"),
        ("in 44135 Dortmund", "in [Adresse]"),
        ("ich bin die Mutter von zwei Kindern", "ich bin die Mutter von zwei Kindern"),
        ("Ich bin der Meinung, dass", "Ich bin der Meinung, dass"),
        ("Im Jahr 2024 gab es", "Im Jahr 2024 gab es"),
        ("ich wohne in Hörde", "ich wohne in Hörde"),
        ("Am Nordmarkt gibt es was?", "Am Nordmarkt gibt es was?"),
    ],
)  # fmt: skip
def test_names_birth_dates_and_other_address_forms_are_masked(typed: str, stored: str) -> None:
    assert mask_personal_data(typed) == stored


def test_place_and_project_names_of_the_plan_are_not_masked(content: PageContent) -> None:
    for district in content.districts:
        for typed in (f"ich wohne in {district.name}", f"ich bin aus {district.name}"):
            assert mask_personal_data(typed) == typed
    for project in content.projects:
        typed = f"Erzählen Sie mir mehr über {project.title}"
        assert mask_personal_data(typed) == typed


def test_metadata_of_user_messages_is_not_stored() -> None:
    from rasa.shared.core.events import SessionStarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from connectors.privacy import mask_user_events

    secret = {"ip": "203.0.113.7", "user_agent": "Mozilla"}
    tracker = DialogueStateTracker.from_events("privacy-meta", [
        SessionStarted(metadata=dict(secret)),
        SlotSet("session_started_metadata", dict(secret)),
        UserUttered("hallo", {"name": "greet", "confidence": 1.0}, metadata=dict(secret)),
    ])  # fmt: skip
    mask_user_events(tracker)
    assert "203.0.113.7" not in str([event.as_dict() for event in tracker.events])


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("hier Erika Mustermann", "hier [Name]"),
        ("Ich bin Erika Mustermann", "Ich bin [Name]"),
        ("Frau Mustermann", "Frau [Name]"),
        ("für meinen Sohn Kevin Mustermann", "für meinen Sohn [Name]"),
        ("Gruß, Frau Mustermann", "Gruß, Frau [Name]"),
        ("LG Erika", "LG [Name]"),
        ("Mit freundlichen Grüßen Erika Mustermann", "Mit freundlichen Grüßen [Name]"),
        ("Hallo, hier ist Kevin. Gibt es was für Jugendliche?",
         "Hallo, hier ist [Name]. Gibt es was für Jugendliche?"),
        ("Familie Mustermann sucht Hilfe", "Familie [Name] sucht Hilfe"),
        ("mein Sohn heißt Kevin und ist 12", "mein Sohn heißt [Name] und ist 12"),
        ("ich bin erika mustermann", "ich bin [Name]"),
        ("Erika Mustermann, geb. 3.3.1970, wohne Mallinckrodtstraße 12, 44145 Dortmund, "
         "Tel 0231 123456 … gibt es Angebote für Senioren?",
         "[Name], geb. [Geburtsdatum], wohne [Adresse], [Adresse], Tel [Telefon] … "
         "gibt es Angebote für Senioren?"),
        ("ich bin neu hier", "ich bin neu hier"),
        ("Ich bin Rentnerin und suche was", "Ich bin Rentnerin und suche was"),
        ("ich bin alleinerziehend", "ich bin alleinerziehend"),
        ("hier gibt es was?", "hier gibt es was?"),
        ("meine tochter braucht hilfe", "meine tochter braucht hilfe"),
        ("Viele Grüße aus Hörde", "Viele Grüße aus Hörde"),
        ("Familienarbeit und Familienstützpunkte", "Familienarbeit und Familienstützpunkte"),
    ],
)  # fmt: skip
def test_names_after_address_introduction_family_word_or_closing_are_masked(
    typed: str, stored: str
) -> None:
    assert mask_personal_data(typed) == stored


def test_the_people_of_the_page_are_not_masked(content: PageContent) -> None:
    """Citizens ask for the page's contacts by name; those stay (the list is the KB's export)."""
    people = {c.name for c in content.contacts} | {d.contact.name for d in content.districts}
    assert people
    for name in people:
        surname = name.split()[-1]
        for typed in (f"wie erreiche ich Frau {surname}?", f"Herr {name.lower()} bitte",
                      f"Gruß an {name}"):  # fmt: skip
            assert mask_personal_data(typed) == typed


def test_offsets_follow_the_masked_text_and_masked_entities_go() -> None:
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from connectors.privacy import mask_user_events

    typed = "Ich bin Erika Mustermann, wer ist in Hörde zuständig?"
    place = typed.index("Hörde")
    name = typed.index("Mustermann")
    parse = {"text_tokens": [[0, 3], [4, 7], [8, 13], [14, 24]],
             "entities": [{"entity": "district", "value": "Hörde", "start": place,
                           "end": place + 5},
                          {"entity": "person", "value": "Mustermann", "start": name,
                           "end": name + 10}]}  # fmt: skip
    event = UserUttered(typed, {"name": "district_contact", "confidence": 1.0},
                        entities=parse["entities"], parse_data=parse)  # fmt: skip
    tracker = DialogueStateTracker.from_events("offsets", [event])
    mask_user_events(tracker)
    stored = tracker.events[-1].as_dict()
    text, data = stored["text"], stored["parse_data"]
    assert text == "Ich bin [Name], wer ist in Hörde zuständig?"
    assert "text_tokens" not in data and "Mustermann" not in str(stored)
    assert [(e["entity"], text[e["start"] : e["end"]]) for e in data["entities"]] == [
        ("district", "Hörde")
    ]


def test_the_nlu_s_vector_of_a_message_is_not_stored() -> None:
    """The vector handed to the action server is derived from the typed text: it is not kept."""
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from connectors.privacy import mask_user_events
    from knowledge.embedding import HANDOVER_KEY

    parse = {"text": "hallo", "intent": {"name": "greet", "confidence": 1.0},
             HANDOVER_KEY: {"model": "x", "vector": [0.25] * 16}}  # fmt: skip
    tracker = DialogueStateTracker.from_events("privacy-vector", [
        UserUttered("hallo", parse["intent"], parse_data=parse),
    ])  # fmt: skip
    mask_user_events(tracker)
    assert HANDOVER_KEY not in str([event.as_dict() for event in tracker.events])
