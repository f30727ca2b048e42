"""Everyday German for what the page says in official terms.

A citizen asks for "Senioren", the page says "ältere Menschen"; a social
worker asks for "Migranten", the page says "Migrationshintergrund". Each group
lists words that should find each other in a search; the first word of a
target group is the name the bot uses for it (the ``target_group`` entity).
These are words of the language, not facts of the page.
"""

from __future__ import annotations

TARGET_GROUPS: dict[str, tuple[str, ...]] = {
    "Kinder": ("Kinder", "Kind", "Grundschulkinder", "Schulkinder", "Kids", "Kita", "children"),
    "Jugendliche": (
        "Jugendliche",
        "junge Erwachsene",
        "Jugend",
        "Teenager",
        "junge Leute",
        "young people",
        "youth",
    ),
    "Eltern": ("Eltern", "Mütter", "Väter", "Elternteil", "alleinerziehend", "parents"),
    "Familien": ("Familien", "Familie", "Eltern mit Kind", "families"),
    "Frauen": ("Frauen", "Mütter", "Gründerinnen", "women"),
    "Senioren": (
        "Senioren",
        "ältere Menschen",
        "alte Menschen",
        "ältere Leute",
        "Rentner",
        "Seniorinnen",
        "seniors",
        "elderly",
    ),
    "Migranten": (
        "Migranten",
        "Migrationshintergrund",
        "interkulturell",
        "multikulturell",
        "zweisprachig",
        "bilingual",
        "Zuwanderer",
        "Geflüchtete",
        "Flüchtlinge",
        "Ausländer",
        "migrants",
        "refugees",
    ),
    "Arbeitslose": (
        "Arbeitslose",
        "langzeitarbeitslos",
        "Arbeitssuchende",
        "arbeitslos",
        "unemployed",
    ),
    "Kleinkinder": ("Kleinkinder", "Babys", "Kleinkind", "frühkindlich", "Kinder ohne Kita"),
}

TOPIC_WORDS: tuple[tuple[str, ...], ...] = (
    ("Essen", "Ernährung", "Frühstück", "Mittagessen", "Gastronomie", "kochen"),
    ("Freizeit", "Spielen", "Spielplatz", "Spaß", "Freizeitgestaltung", "Wochenende"),
    ("Arbeit", "Beschäftigung", "Ausbildung", "Beruf", "Job", "Qualifizierung", "Arbeitsplatz"),
    ("Sprache", "Sprachförderung", "Sprachkurs", "Deutschkurs", "Spracherwerb", "Deutsch"),
    ("Integration", "Integrationsförderung", "Migrationshintergrund", "interkulturell"),
    ("Gewalt", "Gewaltprävention", "Streitschlichter", "Deeskalation", "Schlägerei"),
    ("Konflikt", "Streit", "Mediation", "Konfliktvermittlung", "Streitschlichter"),
    ("Sport", "Bewegung", "Sportverein", "Fitness", "fit"),
    ("Nachbarschaft", "Nachbarn", "Begegnung", "Zusammenleben", "Treffpunkt"),
    ("Schule", "Grundschule", "Schulhof"),
    ("Schulweg", "Schulbus", "sicherer Weg", "zur Schule laufen"),
    ("Sucht", "Drogen", "Alkohol", "Suchtprävention"),
    ("Schulden", "Schuldnerberatung", "Geldprobleme"),
    ("Wohnen", "Wohnung", "Wohnblock", "Siedlung", "Seniorenwohnungen"),
    ("Ehrenamt", "ehrenamtlich", "Freiwillige", "Helfer", "helfen"),
    ("Hochschule", "Studierende", "Studenten", "Universität", "Uni"),
    ("Baby", "Windel", "Kleinkind", "Krabbelgruppe"),
    ("Beratung", "Sozialberatung", "beraten"),
    ("Gesundheit", "gesund", "Ernährung"),
    (
        "Gründung",
        "Existenzgründung",
        "Existenzgründerin",
        "Existenzgründer",
        "Gründerinnenzentrum",
        "selbstständig",
        "Firma gründen",
    ),
    ("Lernen", "Bildung", "Nachhilfe", "Hausaufgabenhilfe", "Lernwerkstatt", "Forschen"),
    ("Sicherheit", "sicher", "Prävention"),
)


def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """All groups, target groups first."""
    return tuple(TARGET_GROUPS.values()) + TOPIC_WORDS
