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


# Needs told in everyday words, pointing one way to the page's own words for the offer that
# answers them: "einsam" is what the meeting houses, the neighbours' helpers and the services
# for older people are for, though the page never says "einsam". Unlike a group of synonyms,
# the page's word does not find the everyday words ("Nachbarschaftshelfer" asked by name is no
# question about loneliness). The everyday words are single words; a way of telling ("rede mit
# niemandem", "schaffe den Haushalt nicht mehr") is rewritten to one of them (REWRITES).
NEEDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        (
            "einsam",
            "Einsamkeit",
            "vereinsamt",
            "vereinsamen",
            "vereinsame",
            "Vereinsamung",
            "verwitwet",
            "Witwe",
            "Witwer",
        ),
        ("Begegnungshäuser", "Nachbarschaftshelfer", "Serviceangebote"),
    ),
    # Someone old who cannot manage the household, the shopping, the stairs any more.
    (
        ("hilfsbedürftig", "pflegebedürftig", "gebrechlich"),
        ("Nachbarschaftshelfer", "Serviceangebote"),
    ),
    (
        (
            "Schulden",
            "verschuldet",
            "Geldsorgen",
            "Geldprobleme",
            "pleite",
            "Mahnung",
            "Mahnungen",
            "Inkasso",
            "Gerichtsvollzieher",
            "Pfändung",
            "Mietschulden",
            "Mietrückstand",
            "Stromsperre",
            "Räumung",
            "Zwangsräumung",
            "Kredite",
            "Ratenzahlung",
            "Dispo",
        ),
        ("Schuldnerberatung", "Sozialberatung"),
    ),
    (
        (
            "gemobbt",
            "Mobbing",
            "mobben",
            "fertiggemacht",
            "verprügelt",
            "prügeln",
            "Schlägerei",
            "Schlägereien",
            "geschubst",
            "ausgelacht",
            "schikaniert",
            "gehänselt",
        ),
        ("Gewaltprävention", "Streitschlichter"),
    ),
    (
        (
            "rumhängen",
            "abhängen",
            "herumhängen",
            "rumlungern",
            "herumlungern",
            "lungern",
            "Clique",
            "Gang",
            "kiffen",
            "kifft",
            "dealen",
            "verticken",
            "pöbeln",
            "anpöbeln",
        ),
        ("aufsuchende Arbeit", "Chill out"),
    ),
    (
        (
            "Müll",
            "Sperrmüll",
            "vermüllt",
            "Abfall",
            "Müllkippe",
            "Müllsäcke",
            "Dreck",
            "dreckig",
            "Scherben",
            "Hundekot",
            "Spritzen",
        ),
        ("Straßenkümmerer",),
    ),
    # After school: what job, what training ("weiß nicht, welcher Beruf zu mir passt").
    (
        ("Berufswahl", "Berufsorientierung", "Schulabgänger", "Lehrstelle", "Bewerbungen"),
        ("Übergangs", "Ausbildungsplatzakquise"),
    ),
    (
        ("Streit", "gestritten", "streiten", "Zoff", "Krach", "Lärm", "Nachbarschaftsstreit"),
        ("Konfliktvermittlung", "Mediation"),
    ),
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
    # Ways of telling the needs of NEEDS, rewritten to one of its everyday words.
    # Talking to nobody, nobody calling or visiting, silent evenings, never out of the house.
    (
        r"\b(?:rede|redet|reden|spreche|spricht|sprechen)\s+(?:\w+\s+){0,3}mit\s+(?:niemandem|keinem)\b"
        r"|\b(?:spricht|redet|ruft|besucht)\s+(?:\w+\s+){0,2}(?:keiner|niemand)\b"
        r"|\b(?:keiner|niemand)\s+(?:\w+\s+){0,2}(?:ruft|spricht|redet|besucht)\b"
        r"|\b(?:keinen|kein)\s+besuch\b|\babende\s+(?:\w+\s+){0,4}(?:still|leer)\b"
        r"|\bnie\s+mehr\s+draussen\b|\b(?:verlaesst|verlasse)\s+(?:\w+\s+){0,3}(?:kaum|nie)\b"
        # Being alone ("ist seitdem ganz allein", "fühle mich so allein"), not alone with the
        # children (a single parent) nor unable to do something alone ("schaffe das nicht allein").
        r"|\b(?:ist|bin|sind|bist|lebt|lebe|leben|wohnt|wohne|sitzt|sitze|fuehlt\s+sich"
        r"|fuehle\s+mich)\s+(?:(?:ich|er|sie|wir|jetzt|nun|seitdem|seither|so|ganz|sehr|oft"
        r"|viel|total|voellig|immer|meist|meistens)\s+){0,3}alleine?\b"
        r"(?!\s+(?:mit|erzieh|mach|schaff))",
        "einsam",
    ),
    # The household, the shopping, the stairs, the doctor that someone cannot manage any more.
    (
        r"\bnicht\s+mehr\b(?:\W+\w+){0,5}?\W+(?:einkauf\w*|einkaeuf\w*|haushalt\w*|putzen|waschen"
        r"|treppe\w*|arzt|apotheke|baecker)\b"
        r"|\b(?:einkauf\w*|einkaeuf\w*|haushalt\w*|putzen|waschen|treppe\w*|arzt|apotheke|baecker)\b"
        r"(?:\W+\w+){0,5}?\W+nicht\s+mehr\b"
        r"|\bschaut\s+(?:\w+\s+){0,2}nach\s+(?:ihm|ihr|ihnen)\b",
        "hilfsbedürftig",
    ),
    # An account in the red, the power to be cut off, rent in arrears, bills piling up.
    (
        r"\bkonto\s+(?:\w+\s+){0,3}(?:im\s+minus|gesperrt|gepfaendet|ueberzogen)\b"
        r"|\bstrom\s+(?:\w+\s+){0,4}(?:abgestellt|gesperrt|abgedreht)\b|\bim\s+rueckstand\b"
        r"|\bwovon\s+(?:\w+\s+){0,3}(?:be)?zahlen\b"
        r"|\b(?:rechnungen|mahnungen)\s+(?:\w+\s+){0,2}(?:tuermen|stapeln|haeufen)\b",
        "Schulden",
    ),
    # Being beaten or robbed ("hauen mich", "schlagen sich", "nehmen mir das Geld weg").
    (
        r"\b(?:hauen|schlagen|treten|verhauen)\s+(?:mich|ihn|sie|sich|uns)\b"
        r"|\bnehmen\s+(?:\w+\s+){0,4}(?:geld|handy|sachen)\s+weg\b",
        "Schlägerei",
    ),
    # Young people with nowhere to go, hanging about ("hängt mit einer Gang am Bahnhof ab").
    (
        r"\babends\s+(?:\w+\s+){0,3}nicht\s+wohin\b|\bweggeschickt\b"
        r"|\bkeinen\s+(?:ort|platz|treffpunkt)\s+(?:zum\s+)?(?:chillen|abhaengen)\b"
        r"|\b(?:haengt|haengen|haenge)\s+(?:\w+\s+){0,6}(?:ab|rum|herum)\b",
        "rumhängen",
    ),
    # What comes after school: which job, what to become.
    (
        r"\bnach\s+(?:dem|der)\s+(?:schul)?abschluss\b|\b(?:zeit|was)\s+nach\s+der\s+schule\b"
        r"|\bwelche[rnms]?\s+beruf\w*\b|\bwas\s+ich\s+(?:\w+\s+){0,3}werden\s+(?:will|soll|moechte)\b",
        "Berufswahl",
    ),
    # Shouting, noise and fights between neighbours.
    (r"\b(?:angeschrien|anschreien|gelaermt|laermen|knallt\s+es)\b", "Streit"),
)
# Words that would match the page in another sense (pattern on the folded text, what replaces
# it): "sucht" after a person or before what is sought is the verb (looking for), not "Sucht".
IDIOMS: tuple[tuple[str, str], ...] = (
    # "meine Frau" in a man's story is his wife, not the women the page's offers are for.
    (r"\b(mein|meine|meiner|meinen|seine|seiner|seinen|deine|deiner)\s+frau\b", r"\1 Partnerin"),
    # "mein Vater", "meine Mama": the writer's own parent is the one in need, not the parents
    # of young children the page's offers for "Eltern" and "Mütter" are for.
    (
        r"\b(mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer)\s+"
        r"(?:vater|mutter|papa|mama|papi|mami|vati|mutti)\b",
        r"\1 Angehöriger",
    ),
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
