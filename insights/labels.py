"""What staff call the bot's intents (the report's German labels)."""

from __future__ import annotations

INTENT_LABELS = {
    "greet": "Begrüßung",
    "goodbye": "Verabschiedung",
    "thank": "Dank",
    "help": "Was kann der Assistent?",
    "bot_challenge": "Mensch oder Maschine?",
    "affirm": "Zustimmung",
    "deny": "Ablehnung",
    "inform": "Ergänzung oder Korrektur",
    "district_contact": "Ansprechperson im Aktionsraum",
    "district_list": "Liste der Aktionsräume",
    "project_search": "Projektsuche",
    "project_detail": "Einzelnes Projekt",
    "topic_overview": "Schwerpunkte im Überblick",
    "social_report": "Sozialbericht",
    "project_office_contact": "Projektbüro",
    "links": "Links und weitere Informationen",
    "out_of_scope": "Anderes Thema",
    "feedback_helpful": "Bewertung „hilfreich“",
    "feedback_unhelpful": "Bewertung „nicht hilfreich“",
    "nlu_fallback": "Nicht verstanden",
}


def intent_label(intent: str) -> str:
    """The staff's name for an intent; an unknown one as it is."""
    return INTENT_LABELS.get(intent, intent or "ohne Intent")
