"""Mask personal data in a text a citizen typed (no Rasa inside; the staff report uses it too).

Phone numbers, e-mail addresses, IBANs, street addresses (also "Muster
Straße 12", "Musterstr. 12", "Am Westpark 3"), postcodes with a city and dates
of birth become placeholders ("[Telefon]", "[Adresse]"). A name becomes
"[Name]" where something says it is one: a form of address ("Frau
Mustermann", "Herrn Dr. Muster"), a self-introduction ("ich heiße …", "mein
Name ist …", "ich bin Erika …", "hier Erika …"), a family word ("für meinen
Sohn Kevin …") or a closing ("Gruß, Erika", "LG Erika"). A person of the page
("Frau Lehmann", a contact citizens ask for) is no citizen's name and stays;
the page's people come from the knowledge base's export
(``data/nlu/generated/people.yml``, the ``person`` lookup). Place names
without a house number ("ich wohne in Hörde") stay as they are.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from knowledge.text import is_stop_word, key

logger = logging.getLogger(__name__)

PEOPLE_EXPORT = Path(__file__).resolve().parent.parent / "data" / "nlu" / "generated" / "people.yml"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b", re.I)
_PHONE = re.compile(r"(?<![\w#])(?:\+|00)?\d[\d /().-]{4,}\d(?!\w)")
_SUFFIXES = r"(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|markt|hof)"
_HOUSE_NUMBER = r"\d{1,4}\s?[a-zA-Z]?(?![\w.])"
_STREET = re.compile(
    rf"\b[A-ZÄÖÜ][\wäöüß.-]*\s?{_SUFFIXES}"
    rf"\s*{_HOUSE_NUMBER}",
    re.I,
)
_PREFIXED_STREET = re.compile(
    r"\b(?:Am|An der|An den|Im|In der|Auf dem|Auf der|Zum|Zur|Hinter dem|Unter den)"
    r"\s+(?!(?:Jahr|Jahre|Schwerpunkt|Nummer|Projekt|Alter|Punkt|Seite|Monat|Tag)\b)"
    r"[A-ZÄÖÜ][\wäöüß-]+\s+\d{1,3}\s?[a-zA-Z]?(?![\w.])"
)
_POSTCODE_CITY = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?\b")
_MONTHS = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Jan\.|Feb\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Nov\.|Dez\.)"
)
_DATE = rf"\d{{1,2}}\.\s?(?:\d{{1,2}}\.|{_MONTHS})\s?(?:\d{{4}}|\d{{2}})(?!\d)"
_BIRTH = re.compile(
    rf"\b(?P<word>geb\.|geboren|geburtsdatum|geburtstag|geb\.-datum)(?P<gap>:?\s*(?:am\s+)?)"
    rf"(?P<date>{_DATE})|(?P<date2>{_DATE})(?=\s+geboren)",
    re.I,
)

# What says "a name follows". Strong: anything but an ordinary word after it is a name.
_ADDRESS = r"\b(?:frau|herrn?|fr\.|hr\.|familie|fam\.)(?:\s+(?:dr\.|prof\.|doktor))?"
_NAMED = (
    r"\b(?:ich\s+hei(?:ß|ss)e|mein\s+name\s+ist|mein\s+name\s*:|name\s*:"
    r"|ich\s+bin\s+(?:die|der))"
)
# Weak: a capitalised word (or any word of an all-lowercase message) that is not ordinary.
_INTRO = r"(?:\bich\s+bin|(?:^|[,.!?;:]|\b(?:hallo|moin|hi|hey|tag))\W*hier(?:\s+(?:ist|spricht))?)"
_FAMILY = (
    r"\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)\s+"
    r"(?:sohn|tochter|mann|ehemann|frau|ehefrau|partner|partnerin|freund|freundin|mutter|vater"
    r"|mama|papa|oma|opa|enkel|enkelin|bruder|schwester|kind|neffe|nichte|onkel|tante|cousin"
    r"|cousine|nachbar|nachbarin|schwiegermutter|schwiegervater|schwiegersohn|schwiegertochter"
    r"|lebensgef(?:ä|ae)hrte|lebensgef(?:ä|ae)hrtin|stiefsohn|stieftochter|pflegekind)"
    r"(?:\s+hei(?:ß|ss)t)?"
)
_CLOSING = (
    r"\b(?:(?:viele|liebe|beste|freundliche|herzliche|sch(?:ö|oe)ne)\s+)?"
    r"(?:gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|mfg|lg|vg|bg|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en)"
    r"(?:\s+von)?\s*[,:]?"
)
_STRONG = re.compile(rf"(?:{_ADDRESS}|{_NAMED})(?!\w)", re.I)
_WEAK = re.compile(rf"(?:{_INTRO}|{_FAMILY}|{_CLOSING})(?!\w)", re.I)
# "Erika Mustermann, geb. 3.3.1970": the capitalised words right before "geb."
_BEFORE_BIRTH = re.compile(
    r"((?:[A-ZÄÖÜ][\w'’-]+\s+){0,2}[A-ZÄÖÜ][\w'’-]+)(?=\s*,?\s*(?:geb\.|\(geb|, geboren))"
)
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_NAME_WORD = re.compile(r"\s*,?\s*([^\W\d_]\.|[^\W\d_][\w'’-]*)")
MAX_NAME_WORDS = 3
# Words that follow those cues without being names ("ich bin neu hier", "Frau mit Kind").
_ORDINARY_WORDS = """
    und oder aus von ich wohne wohnen bin in im am an mit habe hab suche brauche bitte der die
    das des dem den ein eine einen einem einer hier wer was wie wo ist sind war mein meine
    meinen möchte moechte will komme lebe bei für fuer zu zum zur auch schon so jahre jahren alt
    neu neue neuer mutter vater oma opa tochter sohn meinung ansicht nachbarin nachbar frau herr
    eltern mama papa rentnerin rentner nicht kein keine sehr noch gerade leider froh
    interessiert hat haben kann können koennen soll sollte gibt gab geht steht wird würde wuerde
    hätte haette da dort wieder gern gerne alle allen uns euch sie er es wir ihr man sich dich
    mich mir dir ihm ihn alleinerziehend alleinerziehende alleinerziehender arbeitslos
    arbeitssuchend berufstätig schwanger krank behindert student studentin schüler schülerin
    schueler schuelerin azubi lehrer lehrerin erzieher erzieherin sozialarbeiter
    sozialarbeiterin mitarbeiter mitarbeiterin ehrenamtlich ehrenamtliche neuling zugezogen
    hergezogen verheiratet ledig geschieden verwitwet selbstständig selbststaendig pensionär
    unsicher hilfe ansprechperson ansprechpartner ansprechpartnerin stadt dortmund team projekt
    projekte allein sicher jetzt nur telefon telefonnummer nummer tel email mail adresse
    erreichen erreiche zuständig zustaendig anrufen kontakt sprechen fragen sucht braucht wohnt
    lebt kommt spielt lernt besucht hilft arbeitet
"""
_ORDINARY = frozenset(_ORDINARY_WORDS.split())
_NOT_IN_LOWERCASE = re.compile(r"(?:ig|lich|isch|los|bar|end|ende|erin|istin|ierte|iert)$")
PLACEHOLDERS = {
    "email": "[E-Mail]",
    "iban": "[IBAN]",
    "phone": "[Telefon]",
    "street": "[Adresse]",
    "birth": "[Geburtsdatum]",
    "name": "[Name]",
}
MIN_PHONE_DIGITS = 6


def mask_personal_data(text: str, page_people: Iterable[str] | None = None) -> str:
    """The text with e-mails, IBANs, addresses, dates of birth, names and phones replaced.

    Args:
        text: what a citizen typed.
        page_people: names that stay ("Lehmann", "Kerstin Lehmann"); the page's people
            from the knowledge base's export when None.
    """
    text = _EMAIL.sub(PLACEHOLDERS["email"], text)
    text = _IBAN.sub(PLACEHOLDERS["iban"], text)
    for pattern in (_STREET, _PREFIXED_STREET, _POSTCODE_CITY):
        text = pattern.sub(PLACEHOLDERS["street"], text)
    text = _BIRTH.sub(_birth_date, text)
    keep = people_keys() if page_people is None else frozenset(map(key, page_people))
    text = _mask_names(text, keep)
    return _PHONE.sub(_phone_or_keep, text)


@lru_cache(maxsize=1)
def people_keys() -> frozenset[str]:
    """The page's people as folded full names and surnames ("kerstin lehmann", "lehmann")."""
    try:
        lines = PEOPLE_EXPORT.read_text(encoding="utf-8").splitlines()
    except OSError:
        logger.warning("No list of the page's people (%s): every name is masked", PEOPLE_EXPORT)
        return frozenset()
    names = [key(name) for name in _lookup_examples(lines, "person")]
    return frozenset(n for n in names if n) | frozenset(n.split()[-1] for n in names if n)


def _lookup_examples(lines: list[str], lookup: str) -> list[str]:
    """The examples of one lookup table of a generated NLU file (read without a YAML parser).

    The action server's image has no YAML library; the file's shape is fixed by
    ``python -m knowledge export``: ``- lookup: NAME`` then ``    - example`` lines.
    """
    found: list[str] = []
    inside = False
    for line in lines:
        if line.startswith("- "):
            inside = line.strip() == f"- lookup: {lookup}"
        elif inside and line.strip().startswith("- "):
            found.append(line.strip()[2:].strip())
    return found


def _mask_names(text: str, keep: frozenset[str]) -> str:
    """Replace the names after the cues; right to left, so earlier spans stay valid."""
    plain = _PLACEHOLDER.sub("", text)
    lowercase = plain == plain.lower()
    spans = [m.span(1) for m in _BEFORE_BIRTH.finditer(text)
             if not _is_ordinary(m.group(1)) and key(m.group(1)) not in keep]  # fmt: skip
    for pattern, strong in ((_STRONG, True), (_WEAK, False)):
        for cue in pattern.finditer(text):
            span = _name_after(text, cue.end(), strong, lowercase, keep)
            if span and not any(s < span[1] and span[0] < e for s, e in spans):
                spans.append(span)
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]}{PLACEHOLDERS['name']}{text[end:]}"
    return text


def _name_after(
    text: str, position: int, strong: bool, lowercase: bool, keep: frozenset[str]
) -> tuple[int, int] | None:
    """The span of up to three name words right after a cue, or None.

    The words of one name are written alike: "Erika Mustermann" or "erika
    mustermann", so "Familie Mustermann sucht" ends before "sucht".
    """
    words: list[re.Match[str]] = []
    while len(words) < MAX_NAME_WORDS:
        found = _NAME_WORD.match(text, position)
        if not found or not _is_name(found.group(1), strong, lowercase):
            break
        if words and (
            "," in text[position : found.start(1)]
            or found.group(1)[0].isupper() != words[0].group(1)[0].isupper()
        ):
            break  # fmt: skip
        words.append(found)
        position = found.end(1)
    names = [w.group(1) for w in words]
    if not words or any(key(" ".join(names[:n])) in keep for n in range(1, len(names) + 1)):
        return None
    return words[0].start(1), words[-1].end(1)


def _is_name(word: str, strong: bool, lowercase: bool) -> bool:
    """Whether a word after a cue is a name, not an ordinary word ("ich bin neu")."""
    folded = word.rstrip(".").lower()
    if _is_ordinary(folded):
        return False
    if word[0].isupper():
        return True
    if strong:
        return not _stop_word(folded)
    return lowercase and not _NOT_IN_LOWERCASE.search(folded)


def _is_ordinary(words: str) -> bool:
    return any(w in _ORDINARY or key(w) in _ORDINARY for w in words.lower().split())


def _stop_word(word: str) -> bool:
    """SpaCy's German stop words where spaCy is installed, else the short list only."""
    try:
        return is_stop_word(word)
    except RuntimeError:
        return False


def _birth_date(match: re.Match[str]) -> str:
    if match.group("date2"):
        return PLACEHOLDERS["birth"]
    return f"{match.group('word')}{match.group('gap')}{PLACEHOLDERS['birth']}"


def _phone_or_keep(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group())
    return PLACEHOLDERS["phone"] if digits >= MIN_PHONE_DIGITS else match.group()
