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
        "Großeltern",
        "Großmutter",
        "Großvater",
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
        "erwerbslos",
        "unemployed",
    ),
    "Kleinkinder": (
        "Kleinkinder",
        "Babys",
        "Kleinkind",
        "frühkindlich",
        "Kinder ohne Kita",
    ),
}

TOPIC_WORDS: tuple[tuple[str, ...], ...] = (
    ("Essen", "Ernährung", "Frühstück", "kochen", "Hunger", "Pausenbrot", "Mahlzeit"),
    # Food as a trade: serving, cooking for guests (not what children eat).
    (
        "Gastronomie",
        "Servicegastronomie",
        "kochen",
        "Restaurant",
        "Kellner",
        "Kellnerin",
        "kellnern",
        "Küche",
        "Gäste",
        "Hotel",
    ),
    ("Freizeit", "Spielen", "Spielplatz", "Spaß", "Freizeitgestaltung", "Wochenende"),
    (
        "Arbeit",
        "Beschäftigung",
        "Ausbildung",
        "Beruf",
        "Job",
        "Qualifizierung",
        "Arbeitsplatz",
    ),
    (
        "Ausbildung",
        "Ausbildungsplatz",
        "Auszubildende",
        "Auszubildender",
        "Lehre",
        "Lehrstelle",
        "Ausbildungsstelle",
        "Berufsausbildung",
    ),
    # After school: what comes next, applying for a place.
    (
        "Übergang",
        "Schulabschluss",
        "Schulabgänger",
        "Berufswahl",
        "Berufsorientierung",
        "Praktikum",
    ),
    ("Ausbildungsabbrüche", "Abbruch", "abbrechen", "abgebrochen", "hinschmeißen"),
    ("Sprache", "Sprachförderung", "Sprachkurs", "Deutschkurs", "Spracherwerb", "Deutsch"),
    ("Integration", "Integrationsförderung", "Migrationshintergrund", "interkulturell"),
    ("zweisprachig", "bilingual", "Muttersprache", "zwei Sprachen"),
    ("Ganztag", "Ganztagsbetreuung", "Mittagessen", "Nachmittagsbetreuung", "OGS"),
    (
        "Gewalt",
        "Gewaltprävention",
        "Streitschlichter",
        "Deeskalation",
        "Schlägerei",
        "pöbeln",
        "randalieren",
        "verprügelt",
        "prügeln",
        "aggressiv",
        "Mobbing",
        "gemobbt",
        "mobben",
        "geschubst",
        "beleidigt",
        "schikaniert",
        "fertiggemacht",
        "gewalttätig",
        "Körperverletzung",
    ),
    (
        "Konflikt",
        "Streit",
        "Mediation",
        "Konfliktvermittlung",
        "Streitschlichter",
        "Lärm",
        "beschweren",
        "Beschwerde",
    ),
    ("Sport", "Bewegung", "Sportverein", "Fitness", "fit", "Fußball", "Verein", "kicken"),
    ("Nachbarschaft", "Nachbarn", "Begegnung", "Zusammenleben", "Treffpunkt"),
    (
        "Begegnung",
        "einsam",
        "allein",
        "alleine",
        "Einsamkeit",
        "Leute treffen",
        "Anschluss",
        "vereinsamt",
        "vereinsamen",
        "verwitwet",
        "Witwe",
        "Witwer",
        "Freunde",
        # a death in the family leaves someone alone
        "gestorben",
        "verstorben",
        "Tod",
        "trauern",
    ),
    (
        "aufsuchende Arbeit",
        "Streetworker",
        "Streetwork",
        "rumhängen",
        "abhängen",
        "herumhängen",
        "Clique",
        "Jugendtreff",
        "Jugendzentrum",
        "chillen",
    ),
    ("Schule", "Grundschule", "Schulhof"),
    ("Kita", "Kindergarten", "Kitaplatz", "Krippe", "Kinder ohne Kita"),
    (
        "arbeitslos",
        "langzeitarbeitslos",
        "Jobcenter",
        "Bürgergeld",
        "Hartz",
        "Arbeitsamt",
        "Arbeitsagentur",
        "erwerbslos",
    ),
    ("Schulweg", "Schulbus", "sicherer Weg", "zur Schule laufen", "zu Fuß", "Fußweg"),
    (
        "Sucht",
        "Drogen",
        "Alkohol",
        "Suchtprävention",
        "trinken",
        "saufen",
        "kiffen",
        "betrunken",
        "Suchtproblem",
        "Suchtprobleme",
        "Alkoholproblem",
        "Alkoholprobleme",
        "Drogenproblem",
        "Drogenprobleme",
    ),
    # Life in retirement: the page's words for older people.
    ("Senioren", "ältere Menschen", "alte Menschen", "Rente", "Ruhestand"),
    (
        "Schulden",
        "Schuldnerberatung",
        "Geldprobleme",
        "verschuldet",
        "Geldsorgen",
        "pleite",
        "Mahnung",
        "Mahnungen",
        "Inkasso",
        "Ratenzahlung",
        "Dispo",
        "überzogen",
        "Gerichtsvollzieher",
        "Pfändung",
        "Mietschulden",
        "Stromsperre",
        "zurückzahlen",
        "abbezahlen",
        "Rechnungen",
        "Stromrechnung",
        "Nebenkostenabrechnung",
        "Räumung",
        "Zwangsräumung",
    ),
    ("Wohnen", "Wohnung", "Wohnblock", "Siedlung", "Seniorenwohnungen"),
    ("Ehrenamt", "ehrenamtlich", "Freiwillige", "Helfer", "helfen"),
    ("Hochschule", "Studierende", "Studenten", "Universität", "Uni", "Studium", "studieren"),
    ("Straßenkümmerer", "Kümmerer", "Müll", "Dreck", "Sauberkeit", "Sperrmüll"),
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
    (
        "Lernen",
        "Bildung",
        "Nachhilfe",
        "Hausaufgabenhilfe",
        "Hausaufgaben",
        "Lernwerkstatt",
        "Forschen",
        "Bücher",
    ),
    ("Sicherheit", "sicher", "Prävention"),
)


# Ways of telling a need that the words alone do not carry: (pattern on the
# folded, lowercased text, what it means). "seit Jahren ohne Arbeit" is
# "arbeitslos"; an age says which target group ("meine Oma ist 82").
REWRITES: tuple[tuple[str, str], ...] = (
    (r"\b(?:ohne|keine|keinen)\s+(?:arbeit|job|beschaeftigung|arbeitsstelle)\b", "arbeitslos"),
    (r"\b(?:keinen|ohne)\s+(?:kitaplatz|kita|kindergartenplatz)\b", "Kinder ohne Kita"),
    # A job lost is work lacking: "Stelle verloren", "mir wurde gekündigt".
    (
        r"\b(?:job|jobs|arbeit|stelle|arbeitsplatz|arbeitsstelle)\s+(?:\w+\s+){0,2}verloren\b",
        "arbeitslos",
    ),
    (r"\b(?:gekuendigt|entlassen)\b", "arbeitslos"),
    # Looking for work is being without it: "ich suche Arbeit", "finde keinen Job"; the page's
    # word for it (plain "arbeitslos" starts with "Arbeit", the word of "Aufsuchende Arbeit").
    (
        r"\b(?:suche|suchen|sucht|suchst|finde|finden|findet|findest)\s+(?:\w+\s+){0,2}"
        r"(?:arbeit|job|arbeitsstelle)\b"
        r"|\b(?:arbeit|job|arbeitsstelle)\s+(?:\w+\s+){0,2}(?:suche|suchen|sucht|finde|finden"
        r"|findet|gesucht|gefunden)\b"
        r"|\b(?:job|arbeits|stellen)such\w*\b",
        "langzeitarbeitslos",
    ),
    # No training or school certificate: the page's low-threshold offers ("niederschwellig").
    (
        r"\b(?:ohne|nie\s+eine?n?|habe?\s+(?:\w+\s+)?keine?n?)\s+(?:ausbildung|berufsausbildung|abschluss"
        r"|schulabschluss|lehre)\b",
        "niederschwellig",
    ),
    (r"\bnur\s+(?:die\s+|den\s+|einen\s+)?(?:hauptschul\w*|foerderschul\w*)\b", "niederschwellig"),
    # What cannot be paid any more is debt: "kann die Miete nicht mehr zahlen".
    (r"\b(?:nicht|kaum)\s+(?:mehr\s+)?(?:be)?zahlen\b", "Schulden"),
    (
        r"\b(?:ungelernt|(?:nie|nichts)\s+(?:was\s+|etwas\s+)?(?:richtiges\s+)?gelernt)\b",
        "niederschwellig",
    ),
)
# Words that would match the page in another sense (pattern on the folded text, what replaces
# it): "sucht" after a person or before what is sought is the verb (looking for), not "Sucht".
IDIOMS: tuple[tuple[str, str], ...] = (
    (r"\b(er|sie|es|man|wer|ihr|mann|frau|sohn|tochter|vater|mutter)\s+sucht\b", r"\1 suche"),
    (
        r"\bsucht(?=\s+(?:seit|schon|noch|nach|eine?n?|arbeit|job|hilfe|jemand\w*|wieder"
        r"|dringend|verzweifelt)\b)",
        "suche",
    ),
)
AGE_GROUPS: tuple[tuple[int, int, str], ...] = (
    (0, 5, "Kleinkinder"),
    (6, 12, "Kinder"),
    (13, 26, "Jugendliche"),
    (65, 110, "Senioren"),
)


def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """All groups, target groups first."""
    return tuple(TARGET_GROUPS.values()) + TOPIC_WORDS
