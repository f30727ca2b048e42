"""How a citizen asks: contact details, picks, "mehr", yes/no, corrections.

Words of the language only; what the words refer to on the page is found in
``knowledge/`` (see :mod:`actions.turn`).
"""

from __future__ import annotations

import re

from knowledge.text import key

MAX_ECHO_CHARS = 40
DETAIL_PHONE = "phone"
DETAIL_EMAIL = "email"
_PHONE_WORDS = re.compile(
    r"\b(tel\w*|fon|phone|nummer\w*|nr|anruf\w*|anrufen|handy\w*|durchwahl\w*|erreichbar\w*)\b"
)
_EMAIL_WORDS = re.compile(r"\b(e ?mail\w*|mail\w*|email\w*|mailadresse\w*)\b")
_ORDINALS = {
    "eins": 1, "erste": 1, "ersten": 1, "erstes": 1, "erster": 1, "1.": 1,
    "zwei": 2, "zweite": 2, "zweiten": 2, "zweites": 2, "zweiter": 2,
    "drei": 3, "dritte": 3, "dritten": 3, "drittes": 3, "dritter": 3,
    "vier": 4, "vierte": 4, "vierten": 4, "viertes": 4, "vierter": 4,
    "fuenf": 5, "fuenfte": 5, "fuenften": 5, "fuenftes": 5, "fuenfter": 5,
    "sechs": 6, "sechste": 6, "sechsten": 6, "sieben": 7, "siebte": 7, "siebten": 7,
    "acht": 8, "achte": 8, "achten": 8, "neun": 9, "neunte": 9, "neunten": 9,
    "zehn": 10, "zehnte": 10, "zehnten": 10,
    "letzte": -1, "letzten": -1, "letztes": -1, "letzter": -1,
}  # fmt: skip
_CARDINALS = frozenset({"eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht",
                        "neun", "zehn"})  # fmt: skip
_NUMBER_MARKERS = frozenset({"nummer", "nr", "no", "punkt"})
_PICK_FILLERS = frozenset(
    ["der", "die", "das", "den", "dem", "nummer", "nr", "projekt", "bitte", "ich", "nehme",
     "will", "moechte", "mehr", "zu", "zum", "ueber", "was", "ist", "mit", "und", "eintrag",
     "erzaehl", "mir", "infos", "info", "zeig", "zeige", "davon", "aus", "liste", "ok", "gerne",
     "dann", "doch", "lieber", "mal", "nochmal", "ja", "genau", "angebot", "punkt", "hm", "also",
     "gern", "interessiert", "mich", "klingt", "gut", "oben", "von", "vorhin", "eben", "hier",
     "dazu", "zur", "genauer", "naeher", "bitteschoen", "davon", "gleich", "infos"]
)  # fmt: skip
_MORE_WORDS = frozenset(
    ["mehr", "weitere", "weiteren", "weiter", "noch", "andere", "anderen", "sonst", "zeig",
     "zeige", "zeigen", "gibt", "es", "was", "bitte", "ja", "und", "die", "der", "naechste",
     "naechsten", "projekte", "angebote", "alle", "habt", "ihr", "haben", "sie", "hast", "du",
     "gibts", "noch", "was", "dazu", "davon", "kannst", "koennen", "mir", "welche", "sind",
     "da", "so", "restlichen", "rest", "uebrigen", "auch", "denn", "mal"]
)  # fmt: skip
_MORE_TRIGGERS = frozenset({"mehr", "weitere", "weiteren", "weiter", "naechsten", "andere",
                            "anderen", "restlichen", "rest", "uebrigen"})  # fmt: skip
_YES_NO_STARTS = frozenset(
    ["gehoert", "gehoeren", "ist", "sind", "zaehlt", "zaehlen", "liegt", "liegen", "gilt",
     "faellt", "hat", "haben", "gibt", "kann", "koennen", "darf", "macht", "bietet", "wird",
     "werden", "betreut", "arbeitet", "kuemmert"]
)  # fmt: skip
_MEMBERSHIP_STARTS = frozenset(
    ["gehoert", "gehoeren", "ist", "sind", "zaehlt", "zaehlen", "liegt", "liegen", "gilt",
     "faellt", "wird", "werden", "hat", "haben"]
)  # fmt: skip
_MEMBERSHIP_WORDS = frozenset(
    ["dazu", "dabei", "aktionsraum", "aktionsraeume", "aktionsraeumen", "aktionsgebiet",
     "gehoert", "gehoeren", "zaehlt", "zaehlen", "teil", "mit", "drin", "auch", "liste",
     "einer", "eines", "gefoerdert", "plan", "aktionsplan", "programm", "zustaendig"]
)  # fmt: skip
_CORRECTION = re.compile(
    r"\b(ich meinte|meinte ich|ich meine|gemeint war|gemeint ist|sondern|"
    r"falsch|korrektur|vertippt|verschrieben|nicht das|nein,? ich)\b"
)
_CORRECTION_TARGET = re.compile(
    r"\b(?:meinte|meine|gemeint (?:war|ist)|sondern|lieber)\b", re.IGNORECASE
)
_PERSON_PRONOUNS = frozenset({"er", "ihn", "ihm", "sein", "seine", "seiner", "seinen", "ihr",
                              "ihre", "ihrer", "ihren", "sie", "herr", "frau", "dame",
                              "mann"})  # fmt: skip
_SAME_WORDS = frozenset({"dieselbe", "derselbe", "dasselbe", "denselben", "gleiche", "gleichen",
                         "gleicher", "selbe", "selben", "beide", "beiden"})  # fmt: skip
_WHY_WORDS = frozenset({"warum", "wieso", "weshalb", "weswegen", "wozu", "bedeutet", "bedeutung",
                        "definition", "kriterien", "kriterium", "ausgesucht", "ausgewaehlt",
                        "gewaehlt", "bestimmt", "festgelegt"})  # fmt: skip
_SOMEONE_WORDS = frozenset(
    ["jemand", "jemanden", "jemandem", "wen", "wem", "wer", "ansprechpartner",
     "ansprechpartnerin", "ansprechperson", "kontaktperson", "zustaendig", "zustaendige",
     "zustaendigen", "kontakt", "erreiche", "anrufen"]
)  # fmt: skip
_POLITE_FORMS = frozenset({"Sie", "Ihr", "Ihre", "Ihrer", "Ihren", "Ihnen"})
_SERVES = frozenset({"hat", "haben", "betreut", "betreuen", "zustaendig", "kuemmert", "arbeitet",
                     "da", "macht", "vertritt", "uebernimmt"})  # fmt: skip
_OTHER_WORDS = frozenset({"noch", "auch", "sonst", "andere", "anderen", "weitere", "weiteren",
                          "woanders", "mehr"})  # fmt: skip
_AREA_WORDS = frozenset({"gebiete", "gebieten", "stadtteile", "stadtteilen", "aktionsraeume",
                         "aktionsraeumen", "bereiche", "viertel", "orte", "gegenden",
                         "bezirke"})  # fmt: skip
# Words of a follow-up about the project just shown ("Was ist das Ziel davon?").
_FOLLOW_UP_WORDS = frozenset(
    ["was", "ist", "sind", "das", "die", "der", "den", "dem", "des", "es", "da", "dort", "und",
     "ziel", "ziele", "zielgruppe", "davon", "dazu", "darueber", "dahinter", "mehr", "details",
     "detail", "genau", "konkret", "worum", "geht", "gehts", "wen", "wer", "fuer", "infos", "info",
     "informationen", "erzaehl", "erzaehlen", "erklaer", "erklaeren", "mir", "bitte", "projekt",
     "gemacht", "wird", "macht", "man", "wie", "welches", "ueber", "noch", "bedeutet", "heisst",
     "soll", "erreicht", "werden", "damit", "gemeint", "beschreibung", "naeher", "zum", "zu",
     "an", "richtet", "sich", "welcher", "welchem", "welche", "schwerpunkt", "gehoert", "wo",
     "findet", "statt", "bringt", "bringen", "eigentlich", "denn", "dabei", "passiert", "ort",
     "gemeint", "fuers", "angebot", "gedacht", "wem", "hilft", "nutzt", "bereich", "thema",
     "kann", "mitmachen", "teilnehmen", "ok", "aha", "interessant", "klingt", "gut", "hm",
     "is", "wat", "dat", "wollen", "will", "erreichen", "machen", "nochmal", "gibt", "gibts",
     "stadtteil", "welchem", "welchen", "genau", "alt", "wie", "lange", "wann", "dafuer",
     "darum", "drin", "da", "denn", "nun", "jetzt", "worum", "wofuer", "wozu", "dient", "sinn",
     "zweck", "leute", "die", "machen", "tun", "bietet", "angeboten", "gebiet", "in", "im"]
)  # fmt: skip
_CLAUSE_END = re.compile(r"[.?!,;:]+")
_PLACE_POINTERS = frozenset({"da", "dort", "dorten", "hier", "ort", "dortigen", "drueben"})
_PLACE_LIKE = re.compile(r"^[^\W\d_]+(?:[ \-/][^\W\d_]+){0,3}$")
_COUNT = re.compile(r"\b(wie ?viele?|anzahl|wieviel\w*)\b")


def asked_details(text: str, entity_values: list[str]) -> tuple[str, ...]:
    """The contact details asked for: ("phone",), ("email",), or () for the whole contact.

    "Name, Telefon und Mail bitte" asks for everything, so it gives ().
    """
    folded = key(text)
    wanted = {v for v in entity_values if v in (DETAIL_PHONE, DETAIL_EMAIL)}
    if _PHONE_WORDS.search(folded):
        wanted.add(DETAIL_PHONE)
    if _EMAIL_WORDS.search(folded):
        wanted.add(DETAIL_EMAIL)
    return tuple(sorted(wanted)) if len(wanted) == 1 else ()


def ordinal(text: str) -> int | None:
    """Position the citizen picks from a list: "der zweite" -> 2, "den letzten" -> -1.

    Every word must be an ordinal, a number after "Nummer" or a filler, so
    "alert(1)" or "wer ist in hörde 2 mal zuständig" pick nothing.
    """
    words = key(text).split()
    picks = _picks(words, strict=True)
    if len(picks) != 1 or any(not _pick_word(w) for w in words):
        return None
    return picks[0]


def loose_ordinal(text: str) -> int | None:
    """An ordinal word in a longer message: "zurück zu den Senioren: das erste" -> 1.

    Bare digits and cardinals count only after "Nummer"/"Nr", so "Eving 2" picks nothing.
    """
    picks = _picks(key(text).split(), strict=False)
    return picks[0] if len(picks) == 1 else None


def _picks(words: list[str], strict: bool) -> list[int]:
    found = []
    for i, word in enumerate(words):
        marked = i > 0 and words[i - 1] in _NUMBER_MARKERS
        if word.isdigit() and (marked or strict) and 0 < int(word) <= 99:
            found.append(int(word))
        elif word in _ORDINALS and (marked or strict or word not in _CARDINALS):
            found.append(_ORDINALS[word])
    return found


def _pick_word(word: str) -> bool:
    return word in _ORDINALS or word in _PICK_FILLERS or (word.isdigit() and len(word) <= 2)


def asks_for_more(text: str) -> bool:
    """True for "mehr", "gibt es noch mehr?", "habt ihr noch weitere?", "zeig die nächsten"."""
    words = set(key(text).split())
    return bool(words & _MORE_TRIGGERS) and words <= _MORE_WORDS


def is_yes_no(text: str) -> bool:
    """A question to be answered with yes or no: "Gehört Brackel auch dazu?".

    The question may follow a statement: "Ich wohne in Brechten. Ist das ein Aktionsraum?".
    """
    return any(words[0] in _YES_NO_STARTS for words in _clauses(text))


def asks_membership(text: str) -> bool:
    """A yes/no question whether a place belongs to the plan ("Ist Hörde dabei?")."""
    return any(
        words[0] in _MEMBERSHIP_STARTS and bool(set(words) & _MEMBERSHIP_WORDS)
        for words in _clauses(text)
    )


def _clauses(text: str) -> list[list[str]]:
    """The folded words of each sentence or clause ("..., ist das dabei?")."""
    return [words for part in _CLAUSE_END.split(text) if (words := key(part).split())]


def asks_count(text: str) -> bool:
    """A question for a number: "Wie viele ...?"."""
    return bool(_COUNT.search(key(text)))


def is_correction(text: str) -> bool:
    """A correction: "ach nein, ich meinte Nette", "nicht Hörde, sondern Hafen"."""
    return bool(_CORRECTION.search(key(text)))


def correction_target(text: str) -> str:
    """The part of a correction that names the right thing: "nicht X, sondern Y" -> "Y"."""
    matches = list(_CORRECTION_TARGET.finditer(text))
    rest = text[matches[-1].end() :].strip(" ,.:;!?-") if matches else ""
    return rest or text


def asks_same_person(text: str) -> bool:
    """Whether several places share one person: "dieselbe Person", "beide der gleiche"."""
    return bool(set(key(text).split()) & _SAME_WORDS)


def asks_why_or_what(text: str) -> bool:
    """An explanation is asked: "Warum gerade diese 13?", "Was ist ein Aktionsraum?"."""
    folded = key(text)
    return bool(set(folded.split()) & _WHY_WORDS) or folded.startswith(("was ist", "was sind"))


def names_a_project_word(text: str) -> bool:
    """The message says "Projekt" or "Angebot" ("das dritte Projekt von vorhin")."""
    return any(w.startswith(("projekt", "angebot")) for w in key(text).split())


def asks_for_someone(text: str) -> bool:
    """A question for a person: "Ich suche jemanden für X", "Wen frage ich in X?"."""
    return bool(set(key(text).split()) & _SOMEONE_WORDS)


def asks_for_areas(text: str) -> bool:
    """Which other areas someone serves: "welche Gebiete hat sie noch?", "auch andere Stadtteile".

    "Welche Aktionsräume gibt es?" asks for the list, not for someone's areas.
    """
    words = set(key(text).split())
    return bool(words & _AREA_WORDS) and bool(words & _OTHER_WORDS) and bool(words & _SERVES)


def mentions_person_pronoun(text: str) -> bool:
    """A pronoun for a person: "ist sie auch für Nette zuständig?", "seine Nummer".

    A capitalised "Sie"/"Ihre" inside a sentence addresses the bot politely ("Können Sie …").
    """
    tokens = re.findall(r"\w+", text)
    return any(
        key(token) in _PERSON_PRONOUNS and not (i > 0 and token in _POLITE_FORMS)
        for i, token in enumerate(tokens)
    )


def points_to_a_place(text: str) -> bool:
    """Whether the text points to the place just talked about: "da", "dort", "vor Ort"."""
    return bool(set(key(text).split()) & _PLACE_POINTERS)


def is_follow_up(text: str) -> bool:
    """True for "Was ist das Ziel davon?", "an wen richtet sich das?", a button payload ("").

    Anything with other words is a new question, not a reference to the last project.
    """
    return set(key(text).split()) <= _FOLLOW_UP_WORDS


def echoable_place(text: str) -> str | None:
    """A place name safe to repeat back: letters only, short; else None.

    Whatever a citizen types could reach a web page, so only plain words are
    echoed ("Huckarde"), never markup or long pastes.
    """
    candidate = " ".join(text.split())
    if len(candidate) > MAX_ECHO_CHARS or not _PLACE_LIKE.match(candidate):
        return None
    return candidate[:1].upper() + candidate[1:]
