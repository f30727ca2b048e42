"""How a citizen asks: contact details, picks, "mehr", yes/no, corrections.

Each message is normalised and split once (:func:`read`, memoised per text);
every question here reads that one :class:`Reading`. The words come from
:mod:`knowledge.lexicon`.

Words of the language only; what the words refer to on the page is found in
``knowledge/`` (see :mod:`actions.turn`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from knowledge import lexicon
from knowledge.language import detect
from knowledge.lexicon import cues
from knowledge.person_in_need import is_person_word
from knowledge.text import is_german_word, is_noun, key

MAX_ECHO_CHARS = 40
DETAIL_PHONE = "phone"
DETAIL_EMAIL = "email"
MEMBERSHIP = "membership"  # sections of the lexicon read in every language
CORRECTION = "correction"
PLACE_NEWS = "place_news"
CRISIS = "crisis"  # acute danger told in a message: the lexicon's phrases of each kind below
CRISIS_KINDS = ("violence", "suicide", "medical", "child")
CRISIS_PAIR = ("acts", "victims")  # in one clause: "wird ein Kind jeden Tag geschlagen"
CRISIS_SCHOOL = "school"  # ... not at school, where the projects answer pupils' fights
MAX_PICK = 99  # a bare number above this is no position in a list
_PUNCTUATION_RUN = re.compile(r"[.?!]+")  # ends a sentence or an abbreviation
_AFTER_SENTENCE = re.compile(r"(?<=[.!?\u061f\uff1f;])\s+")  # the space after a sentence's end
_CLAUSE_BREAK = re.compile(r"[,;:]+")  # inside a sentence
QUESTION_MARK = re.compile("[?\u061f\uff1f]")  # Latin, Arabic, full-width
_PLACE_LIKE = re.compile(r"^[^\W\d_]+(?:[ \-/][^\W\d_]+){0,3}$")
_TOKEN = re.compile(r"\w+")
_SPANNED = re.compile(r"\w+(?:['’ʼ]\w+)*")
_GERMAN_WORD = re.compile(r"[a-zäöüß]+")  # a word in German letters only


@dataclass(frozen=True)
class Reading:
    """One message normalised and split once: every question below reads this."""

    folded: str  # knowledge.text.key(): lower case, umlauts written out, words by single spaces
    words: tuple[str, ...]
    word_set: frozenset[str]
    clauses: tuple[tuple[str, ...], ...]  # the folded words of each sentence or clause
    tokens: tuple[str, ...]  # the words as typed (case kept: "Sie" addresses the bot)
    loose: tuple[str, ...]  # the words of any alphabet, folded (lexicon.fold_any)
    sentences: tuple[tuple[str, ...], ...]  # the words as typed of each sentence


@lru_cache(maxsize=64)
def read(text: str) -> Reading:
    """The message's reading, made once per text (the steps of one turn share it)."""
    folded = key(text)
    words = tuple(folded.split())
    pieces = _PUNCTUATION_RUN.split(text)
    parts = [part for piece in pieces for part in _CLAUSE_BREAK.split(piece)]
    clauses = tuple(c for part in parts if (c := tuple(key(part).split())))
    tokens = tuple(_TOKEN.findall(text))
    typed = tuple(tuple(_TOKEN.findall(piece)) for piece in pieces)
    return Reading(folded, words, frozenset(words), clauses, tokens, lexicon.loose_words(text),
                   typed)  # fmt: skip


def asked_details(text: str, entity_values: list[str]) -> tuple[str, ...]:
    """The contact details asked for: ("phone",), ("email",), or () for the whole contact.

    "Name, Telefon und Mail bitte" asks for everything, so it gives ().
    """
    wanted = {v for v in entity_values if v in (DETAIL_PHONE, DETAIL_EMAIL)}
    for lang, said in _readings(text):
        for detail in (DETAIL_PHONE, DETAIL_EMAIL):
            if _detail_pattern(detail, lang).search(said):
                wanted.add(detail)
    return tuple(sorted(wanted)) if len(wanted) == 1 else ()


def asks_only_details(text: str) -> bool:
    """Nothing but contact details and small words: "and the email?", "i numer telefonu?".

    Such a message asks the contact of what the last answer was about.
    """
    for lang, said in _readings(text):
        rest = said
        for detail in (DETAIL_PHONE, DETAIL_EMAIL):
            rest = _detail_pattern(detail, lang).sub(" ", rest)
        if rest != said and set(rest.split()) <= _words("contact_fillers", lang):
            return True
    return False


def _readings(text: str) -> list[tuple[str, str]]:
    """The message as each language's lexicon reads it: German folded, the others loosely."""
    reading = read(text)
    found = [(lexicon.DEFAULT_LANGUAGE, reading.folded)] if _latin(reading) else []
    return found + [(lang, " ".join(_loose(reading, lang))) for lang in _others("patterns")]


def _latin(reading: Reading) -> bool:
    """Whether German can read every word (a Cyrillic or Arabic word folds to nothing)."""
    return all(word.isascii() for word in reading.loose)


def _detail_pattern(detail: str, lang: str) -> re.Pattern[str]:
    if lang == lexicon.DEFAULT_LANGUAGE:
        return lexicon.pattern(detail)
    return lexicon.folded_pattern(detail, lang)


@lru_cache(maxsize=1)
def _all_languages() -> tuple[str, ...]:
    return (lexicon.DEFAULT_LANGUAGE, *lexicon.other_languages())


@lru_cache(maxsize=16)
def _others(section: str) -> tuple[str, ...]:
    """The other languages whose lexicon has this section (their files may be partial)."""
    return tuple(lang for lang in lexicon.other_languages() if section in lexicon._lexicon(lang))


@lru_cache(maxsize=256)
def _words(name: str, lang: str) -> frozenset[str]:
    """A word list of a language as its reading compares it; empty if the file lacks it."""
    if lang == lexicon.DEFAULT_LANGUAGE:
        return lexicon.words(name)
    return lexicon.folded_words(name, lang) if lexicon.has("words", name, lang) else frozenset()


def _loose(reading: Reading, lang: str) -> tuple[str, ...]:
    """The loose words with the language's clitics resolved ("والثاني" -> "الثاني")."""
    clitics = lexicon.prefixes(lang)
    if not clitics:
        return reading.loose
    return tuple(_unclitic(word, clitics) for word in reading.loose)


def _unclitic(word: str, clitics: dict[str, str]) -> str:
    for prefix, rest in clitics.items():
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return rest + word[len(prefix) :]
    return word


def _language_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The message's words as each language reads them (German first)."""
    reading = read(text)
    german = [(lexicon.DEFAULT_LANGUAGE, reading.words)] if _latin(reading) else []
    return german + [(lang, _loose(reading, lang)) for lang in lexicon.other_languages()]


def ordinal(text: str) -> int | None:
    """Position the citizen picks from a list: "der zweite" -> 2, "ikincisi", "al treilea".

    Every word must be an ordinal, a number after "Nummer", a filler or a word of a
    follow-up ("перший, яка мета?"), all of one language, so "alert(1)" or
    "wer ist in hörde 2 mal zuständig" pick nothing.
    """
    for lang, words in _language_words(text):
        if not _has_numbers(lang):
            continue
        picks = _picks(list(words), lang, strict=True)
        if len(picks) == 1 and all(_pick_word(w, lang) for w in words):
            return picks[0]
    return None


_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def loose_ordinal(text: str) -> int | None:
    """An ordinal word in a longer message: "zurück zu den Senioren: das erste" -> 1.

    Bare digits and cardinals count only after "Nummer"/"Nr", so "Eving 2" picks nothing;
    another language's ordinal that is also a German word ("last") counts only in
    :func:`ordinal`, where every word must be of that language. A hyphenated
    compound's first word is none: "Erste-Hilfe-Kurse".
    """
    found: dict[int, int] = {}
    for lang, words in _language_words(_HYPHENATED.sub(" ", text)):
        if _has_numbers(lang):
            found.update(_positions(list(words), lang))
    picks = set(found.values())
    return picks.pop() if len(found) == 1 else None


def _has_numbers(lang: str) -> bool:
    return lang == lexicon.DEFAULT_LANGUAGE or lexicon.has("numbers", "ordinals", lang)


@lru_cache(maxsize=16)
def _numbers(lang: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """Ordinals, cardinals and number markers of a language as its reading compares them."""
    if lang == lexicon.DEFAULT_LANGUAGE:
        return lexicon.ordinals(), lexicon.cardinals(), lexicon.number_markers()
    markers = frozenset(w for m in lexicon.number_markers(lang) for w in lexicon.loose_words(m))
    return lexicon.folded_ordinals(lang), lexicon.folded_cardinals(lang), markers


def _picks(words: list[str], lang: str, strict: bool) -> list[int]:
    positions = _positions(words, lang, strict)
    return [positions[i] for i in sorted(positions)]


def list_position(text: str) -> int | None:
    """Which list a pick is from: "das dritte aus der ersten Liste" -> 1, "من القائمة الأولى"."""
    for lang, words in _language_words(text):
        if _has_numbers(lang):
            ordinals = _numbers(lang)[0]
            found = [ordinals[words[i]] for i in _list_ordinals(list(words), lang)]
            if len(found) == 1:
                return found[0]
    return None


def _list_ordinals(words: list[str], lang: str) -> set[int]:
    """Indexes of ordinals that number a list, not its items: "ersten Liste", "القائمة الأولى"."""
    ordinals, lists = _numbers(lang)[0], _words("list_words", lang)
    found = set()
    for j, word in enumerate(words):
        if word in lists:  # the ordinal before it ("ersten Liste"), else after it (Arabic)
            beside = [i for i in (j - 1, j + 1) if 0 <= i < len(words) and words[i] in ordinals]
            found |= set(beside[:1])
    return found


def _class_ordinals(words: list[str], lang: str) -> set[int]:
    """Indexes of ordinals beside a school class: "in second grade", "в третьем классе"."""
    ordinals, classes = _numbers(lang)[0], _words("class_words", lang)
    beside = ({*words[max(0, i - 1) : i], *words[i + 1 : i + 2]} for i in range(len(words)))
    return {i for i, near in enumerate(beside) if words[i] in ordinals and near & classes}


def _positions(words: list[str], lang: str, strict: bool = False) -> dict[int, int]:
    """Each word's position that picks from a list, by the word's index."""
    ordinals, cardinals, markers = _numbers(lang)
    foreign = lang != lexicon.DEFAULT_LANGUAGE
    found: dict[int, int] = {}
    lists = _list_ordinals(words, lang) | _class_ordinals(words, lang)
    for i, word in enumerate(words):
        if i in lists:
            continue
        marked = i > 0 and words[i - 1] in markers
        if word.isdigit() and (marked or strict) and 0 < int(word) <= MAX_PICK:
            found[i] = int(word)
        elif word in cardinals and (marked or (strict and not foreign)):
            found[i] = cardinals[word]
        elif word in ordinals and (strict or not (foreign and is_german_word(word))):
            found[i] = ordinals[word]
    return found


def _pick_word(word: str, lang: str) -> bool:
    ordinals, cardinals, markers = _numbers(lang)
    return (
        word in ordinals
        or word in cardinals
        or word in markers
        or word in _words("pick_fillers", lang)
        or word in _words("list_words", lang)
        or word in _words("follow_up", lang)
        or (word.isdigit() and len(word) <= 2)
    )


def asks_for_more(text: str) -> bool:
    """True for "mehr", "gibt es noch mehr?", "habt ihr noch weitere?", "die nächsten drei".

    A count beside the words for more ("die nächsten drei", "next 3") asks for a page too.
    """
    for lang, said in _language_words(text):
        words = {w for w in said if not _a_count(w, lang)}
        if words & _words("more_triggers", lang) and words <= _words("more", lang):
            return True
    return False


def list_step(text: str) -> int:
    """The next (1) or the previous (-1) of the list, nothing else said: "und das davor?".

    Every word of one language's ``step`` list or ``step_pages``, a word of ``step_next``
    or of ``step_back`` among them (not both): "the next one", "und das nächste?",
    "предыдущий". With a word for a page ("vorherige Seite", "previous page") the step is
    a page: 2 or -2. 0 for anything else.
    """
    for lang, said in _language_words(text):
        words = set(said)
        pages = words & _words("step_pages", lang)
        if not words or not words - pages <= _words("step", lang):
            continue
        forward = bool(words & _words("step_next", lang))
        back = bool(words & _words("step_back", lang))
        if forward != back:
            return (1 if forward else -1) * (2 if pages else 1)
    return 0


def _a_count(word: str, lang: str) -> bool:
    """A number written in digits or as a word of the language ("drei", "3")."""
    if word.isdigit():
        return len(word) <= 2
    return _has_numbers(lang) and word in _numbers(lang)[1]


def is_yes_no(text: str) -> bool:
    """A question to be answered with yes or no: "Gehört Brackel auch dazu?".

    The question may follow a statement: "Ich wohne in Brechten. Ist das ein Aktionsraum?".
    """
    return any(words[0] in lexicon.words("yes_no_starts") for words in read(text).clauses)


def asks_existence(text: str) -> bool:
    """Whether something exists, asked in any language: "Gibt es ...?", "... var mı?"."""
    return _said_in_any(read(text), "existence")


def _said_in_any(reading: Reading, name: str) -> bool:
    """A phrase of ``patterns.<name>`` of any language whose lexicon has it, German first."""
    return any(
        _said_in(reading, name, lang)
        for lang in (lexicon.DEFAULT_LANGUAGE, *lexicon.other_languages())
        if lexicon.has("patterns", name, lang)
    )


def asks_which_division(text: str) -> bool:
    """The division itself is asked: "Welcher Schwerpunkt ...?", "Bereich ... – wie heißt der?".

    A word of ``which`` right before a division word in the singular
    (``plan_division``: "Welche Schwerpunkte ...?" may ask for all), or a division named
    beside a question for its name (``division_name``). German only.
    """
    reading = read(text)
    divisions = lexicon.words("plan_division") - lexicon.words("plan_divisions")  # not all
    which = lexicon.words("which")
    pairs = zip(reading.words, reading.words[1:], strict=False)
    before = any(first in which and second in divisions for first, second in pairs)
    named = bool(reading.word_set & divisions) and _said_in(reading, "division_name", "de")
    return before or named


def names_a_division(text: str) -> bool:
    """A division of the plan is named: "Schwerpunkt", "Bereich", "Thema" (``plan_division``)."""
    return bool(read(text).word_set & lexicon.words("plan_division"))


def names_a_theme(text: str) -> bool:
    """A theme asked for, in any language: "alles zum Thema Armut", "projects about jobs".

    A division of the plan ("im Bereich Wohnen", lexicon ``plan_division``) or a theme
    phrase (``themes``): what follows may name a Schwerpunkt in other words.
    """
    return names_a_division(text) or _said_in_any(read(text), "themes")


def asks_offer(text: str) -> bool:
    """A question to the assistant whether "you" have or offer something, in any language.

    "Habt ihr eine Autowerkstatt?", "Do you offer ...?", "У вас есть ...?": it starts
    so (after courtesy); "What projects do you have in Hörde?" does not.
    """
    loose = " ".join(lexicon.loose_words(without_courtesy(text)))
    return any(
        lexicon.folded_pattern("offers", lang).match(loose)
        for lang in lexicon.languages()
        if lexicon.has("patterns", "offers", lang)
    )


def asks_membership(text: str) -> bool:
    """A yes/no question whether a place belongs to the plan, in any language.

    "Ist Hörde dabei?" (a German yes/no verb first and a membership word), or a
    membership phrase of any language without words that ask something else:
    "Mengede dabei?", "Hörde – ja oder nein?", "Is Huckarde an action area?",
    "Hörde dahil mi?", "Czy Eving należy do planu?". Whether a place is named
    is the turn's business.
    """
    german = any(
        words[0] in lexicon.words("membership_starts")
        and bool(set(words) & lexicon.words("membership"))
        for words in read(text).clauses
    )
    return german or any(
        cues.found(MEMBERSHIP, "cues", s) and not _asks_something_else(s) for s in _asked(text)
    )


def _asked(text: str) -> list[str]:
    """The sentences from the first question on, or all of them when none has a question mark.

    "Mein Junge würd gern Fußball spielen, aber der Beitrag is nich drin bei uns. Gibbet da
    wat in Eving?": the story before the question asks nothing; "und Kirchlinde nebenan? da
    haben wir auch Häuser" and "Is Hörde included. Thanks." still ask.
    """
    said = sentences(text)
    first = next((i for i, s in enumerate(said) if QUESTION_MARK.search(s)), 0)
    return said[first:]


def without_news(text: str) -> str | None:
    """The words besides a "what goes on?" phrase of any language, if the text has one.

    "Was läuft in Hörde?" -> "in Hörde", "What's going on in Eving?" -> "What s in
    Eving": with a place, the question asks for that place's projects, and
    "läuft" or "going on" is no need to search for. None without such a phrase.
    """
    covered = cues.spans(PLACE_NEWS, "cues", text)
    return " ".join(cues.without(covered, text)) if covered else None


def says_also(text: str) -> bool:
    """A "too" of any language ("Huckarde auch?", "Brackel теж?"), asking nothing else."""
    return cues.found(MEMBERSHIP, "also", text) and not _asks_something_else(text)


def says_and(text: str) -> bool:
    """An "and" of any language: "und Hafen?", "а Hafen?", "peki Hafen?"."""
    return cues.found(MEMBERSHIP, "and", text) or cues.found(MEMBERSHIP, "openers", text)


def _asks_something_else(text: str) -> bool:
    """A person, a number or projects are asked ("Durchwahl vom Aktionsraum Hafen")."""
    folded = read(text).folded
    details = any(lexicon.pattern(name).search(folded) for name in ("phone", "email"))
    return details or asks_for_someone(text) or cues.found(MEMBERSHIP, "blockers", text)


def membership_rest(text: str) -> tuple[str, ...]:
    """The words as typed besides membership, "too", "and" and filler words: the place, if any.

    "und Hafen?" -> ("Hafen",), "Wie ist es mit Kirchlinde, dabei?" -> ("Kirchlinde",).
    """
    names = ("cues", "also", "and", "openers", "fillers")
    return cues.without([s for name in names for s in cues.spans(MEMBERSHIP, name, text)], text)


def is_correction(text: str) -> bool:
    """A correction in any language: "ach nein, ich meinte Nette", "nicht Hörde, Brackel".

    A negation counts at the start of the message or of a clause, when something is left
    beside it ("Brackel, nicht Hörde"), not inside a question ("Ist Brackel nicht dabei?").
    """
    folded = cues.tokens(text)
    if any(not _possessive(folded, end) for _, end in cues.spans(CORRECTION, "cues", text)):
        return True
    negations = cues.negated(CORRECTION, text)
    clause = any(first in _clause_starts(text) for first, _ in negations)
    after = cues.spans(CORRECTION, "negations_after", text)  # "Hörde değil, ..." not "değil mi"
    closed = all(last in folded.breaks for _, last in after)
    return clause and closed and bool(_corrected_words(text))  # not "Nicht mehr, oder?"


def _possessive(folded: cues.Tokens, end: int) -> bool:
    """A cue ending in "meine" before a person: "wie melde ich meine Tochter an?" means no one.

    "ich meine Frau ..." before a name is still a correction: "Frau" addresses someone.
    """
    words = folded.german.split()
    if words[end - 1] != "meine" or end >= len(words):
        return False
    return is_person_word(words[end]) and words[end] not in lexicon.words("address")


def _clause_starts(text: str) -> set[int]:
    """Where clauses start, also after a correction's leading fillers: "ach nicht Hörde, ..."."""
    starts = set(cues.tokens(text).breaks) | {0}
    fillers = dict(cues.spans(CORRECTION, "fillers", text))
    for start in list(starts):
        while start in fillers:
            start = fillers[start]
            starts.add(start)
    return starts


def correction_target(text: str) -> str:
    """The part of a correction that names the right thing: "nicht X, sondern Y" -> "Y".

    What is left besides the negated words, the correction's own words and fillers:
    "falsch, Mengede meinte ich" -> "Mengede", "sorry I meant Hafen" -> "Hafen".
    """
    return " ".join(_corrected_words(text)) or text


def correction_negated(text: str) -> str:
    """The words a correction negates: "nicht das mit der aufsuchenden Arbeit, das andere"."""
    folded = cues.tokens(text)
    spans = cues.negated(CORRECTION, text)
    return " ".join(word for first, last in spans for word in folded.typed[first:last])


def _corrected_words(text: str) -> tuple[str, ...]:
    covered = cues.negated(CORRECTION, text) + [
        span for name in ("cues", "fillers", "ends") for span in cues.spans(CORRECTION, name, text)
    ]
    return cues.without(covered, text)


def asks_same_person(text: str) -> bool:
    """Whether several places share one person: "dieselbe Person", "czy to ta sama osoba?"."""
    return _says_any("same", text)


def asks_why_or_what(text: str) -> bool:
    """An explanation is asked: "Warum gerade diese 13?", "Was ist ein Aktionsraum?"."""
    reading = read(text)
    starts = lexicon.word_list("what_is_starts")
    return bool(reading.word_set & lexicon.words("why")) or reading.folded.startswith(starts)


def asks_about_one(text: str) -> bool:
    """A question about one project's aim, audience or work: "wozu soll das gut sein?"."""
    return bool(lexicon.pattern("about_one").search(read(text).folded))


def points_home(text: str) -> bool:
    """Where the citizen is: "jemand vor Ort?", "bei uns", "in her area", "w mojej okolicy"."""
    return _said_in_any(read(text), "home_pointers")


def means_one(text: str) -> bool:
    """A correction points to one project by what it does: "ich meine das, wo ..."."""
    return bool(lexicon.pattern("meant_one").search(read(text).folded))


def describes_one(text: str) -> bool:
    """A question about one project told by what it does: "die Sache mit ... – wozu ist das?".

    Not a list ("Welche Projekte gibt es für Senioren und was ist ihr Ziel?"). Any language
    whose lexicon has ``about_described``: "that cafe for parents with babies, who is it for?".
    """
    reading = read(text)
    if _describes_one_in_german(reading, text):
        return True
    others = [
        lang for lang in _others("patterns") if lexicon.has("patterns", "about_described", lang)
    ]
    if any(_said_in(reading, "several_projects", lang) for lang in others):
        return False  # "Какие проекты ...": Bulgarian "цел*" fits, but Russian lists
    return any(_said_in(reading, "about_described", lang) for lang in others)


def _describes_one_in_german(reading: Reading, text: str) -> bool:
    """German: "alle" or "welche" in the telling ("ein Essen für alle") make no list."""
    if not lexicon.pattern("about_described").search(reading.folded):
        return False
    if reading.word_set & lexicon.words("several_projects"):
        return False
    points_to_one = lexicon.pattern("one_described").search(reading.folded) is not None
    return points_to_one or not asks_for_a_list(text)


def _said_in(reading: Reading, name: str, lang: str) -> bool:
    """Whether a phrase of the language's ``patterns.<name>`` is in the message."""
    return bool(lexicon.folded_pattern(name, lang).search(" ".join(_loose(reading, lang))))


def says_earlier_list(text: str, picks: bool) -> bool:
    """Back to the list shown before: "nochmal die Liste von vorhin", "back to the previous list".

    A word for "earlier" counts beside a word for a list or for projects, or beside a
    pick ("zurück zu den Projekten von vorhin, das erste").
    """
    reading = read(text)
    for lang, said in _language_words(text):
        words = set(said)
        if not words & _words("earlier_words", lang):
            continue
        if picks or words & _words("list_words", lang) or _says_projects(reading, words, lang):
            return True
    return False


def _says_projects(reading: Reading, words: set[str], lang: str) -> bool:
    """A word for several projects: German's word list, the other languages' patterns."""
    if lang == lexicon.DEFAULT_LANGUAGE:
        return bool(words & lexicon.words("several_projects"))
    return lexicon.has("patterns", "several_projects", lang) and _said_in(
        reading, "several_projects", lang
    )


def says_word_of(name: str, text: str) -> bool:
    """A word of the list ``words.<name>`` of the message's language is in the message.

    A message that reads clearly as German is read with German words only, so the
    German filler "also" is not the English "also"; an unclear one with every lexicon.
    """
    german = detect(text).language == lexicon.DEFAULT_LANGUAGE
    return any(
        set(said) & _words(name, lang)
        for lang, said in _language_words(text)
        if not german or lang == lexicon.DEFAULT_LANGUAGE
    )


def pauses(text: str) -> bool:
    """Nothing but a pause: "moment, ich muss kurz überlegen", "hm", "wait a second".

    What interrupts may be told ("moment, mein kind schreit", "es klingelt"): the words of
    the scene (``pause_scene``) count only beside one of its events (``pause_events``), so
    "hmm, telefon?" and "wait, my baby" still ask.
    """
    for lang, said in _language_words(text):
        words = set(said)
        events = words & _words("pause_events", lang)  # "es klingelt" is one too
        scene = _words("pause_scene", lang) | events if events else set()
        triggered = events or words & _words("pause_triggers", lang)
        if triggered and words <= _words("pause", lang) | scene:
            return True
    return False


def _nothing_but(name: str, text: str) -> bool:
    """Every word of the list ``name`` of one language, one of ``<name>_triggers`` among them."""
    for lang, said in _language_words(text):
        words = set(said)
        if words & _words(f"{name}_triggers", lang) and words <= _words(name, lang):
            return True
    return False


def only_thanks(text: str) -> bool:
    """Nothing but thanks: "sağol evladım", "vielen Dank, sehr nett", "thanks a lot, mate", "👍"."""
    thanking = only_pictograms(text) and any(
        p in text for p in lexicon.word_list("thanks_pictograms")
    )
    return thanking or _nothing_but("thanks", text)


def only_pictograms(text: str) -> bool:
    """Pictograms and punctuation, no word: "🙄", "😅!", "👍🙏"."""
    return not _has_words(text) and any(unicodedata.category(ch) == "So" for ch in text)


def _has_words(text: str) -> bool:
    """Letters or digits: something to read (a pictogram or "?!" alone has none)."""
    return any(ch.isalnum() for ch in text)


def complains(text: str) -> bool:
    """A complaint about the answers: "das hättest du auch übersichtlicher sagen können 🙄"."""
    reading = read(text)  # German as folded ("hättest" -> "haettest"), as about_described is
    if lexicon.pattern("complaints").search(reading.folded):
        return True
    others = [lang for lang in _others("patterns") if lexicon.has("patterns", "complaints", lang)]
    return any(_said_in(reading, "complaints", lang) for lang in others)


def shows_the_list(text: str) -> bool:
    """The list talked about, shown: "zeig die mal", "show me them", "покажите их"."""
    return _nothing_but("show", text)


def asks_for_a_human(text: str) -> bool:
    """A person to talk to, not the plan: "ich will mit nem echten Menschen reden".

    Also in a clause of its own beside a complaint: "das bringt nix, ich will mit
    einem echten Menschen reden". "bist du ein Mensch?" alone is small talk.
    """
    clauses = (c for s in _PUNCTUATION_RUN.split(text) for c in _CLAUSE_BREAK.split(s))
    return any(_says_any("human_talk", c) and _nothing_but("human", c) for c in clauses)


def tells_crisis(text: str) -> bool:
    """Acute danger or a crisis told, in any language (lexicon ``crisis``, read like the cues).

    Violence or threats against the writer or the family ("Mein Mann schlägt mich"),
    suicidal thoughts ("mein Sohn will nicht mehr leben"), a medical emergency, a child in
    danger; a topic asked about ("Gibt es Gewaltprävention an Schulen?"), a figure of
    speech ("das bringt mich um (lacht)") or pupils' fights at school ("wird auf dem Schulhof
    verprügelt", a need the projects answer) tell none.
    """
    if any(cues.found(CRISIS, kind, text) for kind in CRISIS_KINDS):
        return True
    return cues.together(CRISIS, *CRISIS_PAIR, text) and not cues.found(CRISIS, CRISIS_SCHOOL, text)


def names_a_project_word(text: str) -> bool:
    """The message says "Projekt" or "Angebot" ("das dritte Projekt von vorhin")."""
    prefixes = lexicon.word_list("project_prefixes")
    return any(w.startswith(prefixes) for w in read(text).words)


def asks_for_someone(text: str) -> bool:
    """A question for a person: "Ich suche jemanden für X", "Wen frage ich in X?"."""
    return bool(read(text).word_set & lexicon.words("someone"))


def for_someone_close(text: str) -> bool:
    """A need told for someone close: "für meine Mutter", "jemand, der meinem Vater hilft"."""
    said, mine = read(text).words, lexicon.words("possessives")
    return any(a in mine and is_person_word(b) for a, b in zip(said, said[1:], strict=False))


def asks_for_contact(text: str) -> bool:
    """A contact person asked in so many words, in any language: "Wer ist dafür zuständig?".

    Also "Kontakt", "kto tam jest odpowiedzialny?", "kim sorumlu?", "who is in charge?";
    not a contact word inside a phrase that asks something else (``contact_asks_not``:
    "is it free of charge?").
    """
    return _says_any("contact_asks", _without_phrases("contact_asks_not", text))


def _without_phrases(name: str, text: str) -> str:
    """The text (folded) without the phrases of the list ``name`` of any language."""
    folded = lexicon.fold_any(text)
    for lang in lexicon.other_languages():
        if not lexicon.has("words", name, lang):
            continue
        for phrase in lexicon.folded_phrases(name, lang):
            pattern = r"\W+".join(re.escape(word) for word in phrase)
            folded = re.sub(rf"\b{pattern}\b", " ", folded)
    return folded if folded != lexicon.fold_any(text) else text


def asks_where(text: str) -> bool:
    """Where something takes place, in any language: "wo ist das?", "in welchem Stadtteil?"."""
    return _says_any("where_asks", text)


def asks_location(text: str) -> bool:
    """The address of something named: "Wo ist das Gründerinnenzentrum?", "where is it located?"."""
    return _said_in_any(read(text), "location_asks")


def asks_for_a_list(text: str) -> bool:
    """A list asked for: "Was gehört alles dazu?", "Welche sind das?"."""
    return bool(read(text).word_set & lexicon.words("list_asks"))


def asks_for_areas(text: str) -> bool:
    """Which other areas someone serves: "welche Gebiete hat sie noch?", "auch andere Stadtteile".

    "Welche Aktionsräume gibt es?" asks for the list, not for someone's areas.
    """
    words = read(text).word_set
    return all(words & lexicon.words(kind) for kind in ("areas", "other", "serves"))


def mentions_person_pronoun(text: str) -> bool:
    """A pronoun for a person: "ist sie auch für Nette zuständig?", "seine Nummer".

    A capitalised "Sie"/"Ihre" inside a sentence addresses the bot politely ("Können Sie …").
    Only German letters: the Polish "się" folds to "sie" but is no pronoun for a person.
    """
    tokens = read(text).tokens
    return any(
        _GERMAN_WORD.fullmatch(token.lower())
        and key(token) in lexicon.words("person_pronouns")
        and not (i > 0 and token in lexicon.words("polite_forms"))
        for i, token in enumerate(tokens)
    )


def refers_to_person(text: str) -> bool:
    """A clause that asks of a person by "der"/"die" or "he"/"she": "ist der auch für Wickede?".

    Only at a clause's start (lexicon ``person_reference``), so "Wer ist der für Marten
    zuständige Ansprechpartner?" asks for a contact; in English only at the message's
    start: "My son is 12, is he allowed ...?" asks of the son.
    """
    clauses = [f"{' '.join(words)} " for words in read(text).clauses]
    return any(
        clause.startswith(f"{phrase} ")
        for lang, asked in (("de", clauses), ("en", clauses[:1]))
        for clause in asked
        for phrase in lexicon.word_list("person_reference", lang)
    )


def nouns_inside(text: str) -> list[str]:
    """Words capitalised inside a sentence, German nouns: "wann hat das Schwimmbad offen?".

    A sentence's first word and the polite "Sie"/"Ihnen" are left out.
    """
    return [token for sentence in read(text).sentences for token in sentence[1:]
            if token[0].isupper() and token not in lexicon.words("polite_forms")]  # fmt: skip


def names_a_social_offer(text: str) -> bool:
    """Words that ask for a social offer: "kostenlos", "Beratung", "ehrenamtlich"."""
    return bool(read(text).word_set & lexicon.words("social_offers"))


def asks_terms_elsewhere(text: str, counting: bool = True) -> bool:
    """Terms of a service asked in another language: "how much does it cost?", "ücretli mi?".

    Read by each other language's ``service_terms`` (German: :func:`asks_terms`);
    ``counting=False``: not by a word that asks a number too ("Колко проекта ...?",
    lexicon ``how_many``).
    """

    def terms(lang: str) -> frozenset[str]:
        numbers = frozenset() if counting else _words("how_many", lang)
        return _words("service_terms", lang) - numbers

    return any(
        set(words) & terms(lang)
        for lang, words in _language_words(text)
        if lang != lexicon.DEFAULT_LANGUAGE
    )


def asks_only_terms(text: str) -> bool:
    """Nothing but the terms of a service and follow-up words: "ile to kosztuje?", "e gratuit?".

    Such a question names no thing of its own: after a list it asks about the list shown.
    """
    for lang, words in _language_words(text):
        terms = _words("service_terms", lang) | _words("price_words", lang)
        if set(words) & terms and set(words) <= terms | _words("follow_up", lang):
            return True
    return False


def asks_price(text: str) -> bool:
    """Whether something costs: "ist das kostenlos?" (lexicon ``price_words``)."""
    return bool(read(text).word_set & lexicon.words("price_words"))


def tells_aside(text: str) -> bool:
    """A remark about one's day that asks nothing: "bin grad im Bus nach Hörde, Empfang mies".

    A word of a language's ``aside_markers`` ("grad", "übrigens", "heute", "haha") and
    none of the ``aside_blockers`` of German, of the language detected or of a language
    whose marker it has: words that ask, wish, tell a lack or a trouble, or where one
    lives ("ich wohne übrigens in Hörde" narrows a list). "hahaha I need help" is English
    with a German marker; the colloquial German "is" and "ne" of "netz is mies" are no
    English or Turkish blockers. The question mark and what the message names are weighed
    by the decision (actions/decision).
    """
    read_as = [(lang, set(said)) for lang, said in _language_words(text)]
    marked = {lang for lang, words in read_as if words & _words("aside_markers", lang)}
    if not marked:
        return False
    asked_in = marked | {lexicon.DEFAULT_LANGUAGE, detect(text).language}
    return not any(
        words & _words("aside_blockers", lang) for lang, words in read_as if lang in asked_in
    )


def apologises_for_language(text: str) -> bool:
    """An apology for one's German, and nothing more: "sorry mein deutsch is nich so gut".

    In German, every other word must be one of ``apology_words`` ("ich spreche wenig
    Deutsch und suche einen Kurs" asks for a course); another language's apology is
    weighed against what else the message names or asks (actions/decision).
    """
    reading = read(text)
    german = lexicon.folded_pattern("language_apology", lexicon.DEFAULT_LANGUAGE)
    said = " ".join(_loose(reading, lexicon.DEFAULT_LANGUAGE))
    if german.search(said):
        return set(german.sub(" ", said).split()) <= _words("apology_words", "de")
    return _said_in_any(reading, "language_apology")  # German said none: the others


def sentences(text: str) -> list[str]:
    """The message's sentences, each with its closing mark or ";" ("Kostet das was?", "…؟")."""
    return [s for s in _AFTER_SENTENCE.split(text.strip()) if s]


def without_apology(text: str) -> str:
    """The question after a leading apology for one's German: "Sorry, my German is bad. What ...".

    A message that is nothing but the apology stays as it is (an aside, see the decision).
    """
    said = sentences(text)
    for start in range(1, len(said)):
        if not apologises_for_language(" ".join(said[:start])):
            break
        rest = " ".join(said[start:])
        if not apologises_for_language(rest):
            return rest
    return text


def asks_similar(text: str) -> bool:
    """Something like the offer shown, in any language: "gibt es noch was Ähnliches?"."""
    return _said_in_any(read(text), "similar")


def asks_specifics(text: str) -> bool:
    """A detail of an offer no page gives, in any language: when, from what age, on which days.

    "ab wann kann er da hin?", "an welchen Tagen ist das?", "what time does it start?"
    (lexicon ``specifics``): of the project just shown, the Projektbüro knows.
    """
    return _said_in_any(read(text), "specifics")


def which_nouns(text: str) -> tuple[str, ...]:
    """The words right after a German "welche", folded: "welche Schulhöfe sind das" -> schulhoefe.

    Not the page's own details, which a follow-up asks ("welches Ziel hat das?").
    """
    which, asked_of_it = lexicon.words("which"), lexicon.words("follow_up")  # "welches Ziel"
    pairs = pairwise(read(text).words)
    return tuple(w for before, w in pairs if before in which and w not in asked_of_it)


def runs_errand(text: str) -> bool:
    """An errand the plan never answers: buying, renting, a timetable ("Wann fährt der Bus?")."""
    return bool(read(text).word_set & lexicon.words("errands"))


def runs_errand_elsewhere(text: str) -> bool:
    """The same in another language, by its ``errands`` phrases: "Where can I renew my ID card?".

    German is read by :func:`runs_errand` alone: its words need the nouns beside them.
    """
    reading = read(text)
    return any(
        lexicon.folded_pattern("errands", lang).search(" ".join(_loose(reading, lang)))
        for lang in lexicon.other_languages()
        if lexicon.has("patterns", "errands", lang)
    )


def asks_terms(text: str) -> bool:
    """Terms of a service: a price, opening hours, registering ("Was kostet ...?", "anmelden")."""
    return bool(read(text).word_set & lexicon.words("service_terms"))


def words_for_whom(text: str, by_lemma: bool = False) -> list[tuple[str, bool]]:
    """The words as typed (no sentence's first), each with whether it says for whom.

    After an audience word (lexicon ``audience_markers``), the words up to the
    first noun name who an offer is for: "für junge Erwachsene". Nouns are
    capitalised, or with ``by_lemma`` (a message typed in lower case) known as
    nouns to the German lemma table (:func:`knowledge.text.is_noun`).
    """
    markers = lexicon.words("audience_markers")
    found = []
    for sentence in read(text).sentences:
        for_whom = False
        for i, token in enumerate(sentence):
            if key(token) in markers:
                for_whom = True
                continue
            if i and token not in lexicon.words("polite_forms"):
                found.append((token, for_whom))
            if token[0].isupper() or (by_lemma and is_noun(token)):
                for_whom = False
    return found


def asks_for_pages(text: str) -> bool:
    """Whether the message asks for the page's links or documents ("Links zum Nachlesen")."""
    return bool(read(text).word_set & lexicon.words("page_asks"))


def points_to_a_place(text: str) -> bool:
    """Whether the text points to the place just talked about: "da", "dort", "tam", "orada".

    A pointer inside a phrase that points nowhere ("How many projects are there?") does not.
    """
    for lang, words in _language_words(text):
        said = f" {' '.join(words)} "
        for phrase in _phrases("no_pointers", lang):
            said = said.replace(f" {phrase} ", " ")
        if set(said.split()) & _words("place_pointers", lang):
            return True
    return False


@lru_cache(maxsize=16)
def _phrases(name: str, lang: str) -> tuple[str, ...]:
    """A phrase list of a language as its reading compares it; empty if the file lacks it."""
    if lang == lexicon.DEFAULT_LANGUAGE or not lexicon.has("words", name, lang):
        return ()
    return tuple(" ".join(phrase) for phrase in lexicon.folded_phrases(name, lang))


def _says_any(name: str, text: str) -> bool:
    """A word of the list ``name`` of some language's lexicon (files without it have none)."""
    return any(set(words) & _words(name, lang) for lang, words in _language_words(text))


def is_follow_up(text: str) -> bool:
    """True for "Was ist das Ziel davon?", "an wen richtet sich das?", a button payload ("").

    Anything with other words is a new question, not a reference to the last project;
    pictograms alone ("🙄", "😅") ask nothing.
    """
    if text.strip() and not _has_words(text):
        return False
    return any(set(words) <= _words("follow_up", lang) for lang, words in _language_words(text))


@lru_cache(maxsize=1024)  # read by several readers of each turn
def without_courtesy(text: str) -> str:
    """The question after leading thanks or greetings: "danke! übrigens, gibt es …" -> "gibt es …".

    A message of nothing but courtesy stays as it is (the NLU answers thanks itself).
    """
    spans = [(m.start(), m.group()) for m in _SPANNED.finditer(text)]
    start = 0
    while start < len(spans):
        step = _courtesy_at([word for _, word in spans[start:]])
        if not step:
            break
        start += step
    if start == 0 or start >= len(spans):
        return text
    return text[spans[start][0] :]


def _courtesy_at(words: list[str]) -> int:
    """How many of the words (from the first) are one courtesy phrase of some language."""
    for lang in _all_languages():
        phrases = _courtesy(lang)
        if not phrases:
            continue
        first = words[: len(phrases[0])]  # the longest phrase first: no more words can match
        folded = [
            key(w) if lang == lexicon.DEFAULT_LANGUAGE else lexicon.fold_any(w) for w in first
        ]
        for phrase in phrases:
            if tuple(folded[: len(phrase)]) == phrase:
                return len(phrase)
    return 0


@lru_cache(maxsize=16)
def _courtesy(lang: str) -> tuple[tuple[str, ...], ...]:
    if lang == lexicon.DEFAULT_LANGUAGE:
        phrases = {tuple(p.split()) for p in lexicon.word_list("courtesy")}
        return tuple(sorted(phrases, key=len, reverse=True))
    return (
        lexicon.folded_phrases("courtesy", lang) if lexicon.has("words", "courtesy", lang) else ()
    )


def echoable_place(text: str) -> str | None:
    """A place name safe to repeat back: letters only, short; else None.

    Whatever a citizen types could reach a web page, so only plain words are
    echoed ("Huckarde"), never markup or long pastes.
    """
    candidate = " ".join(text.split())
    if len(candidate) > MAX_ECHO_CHARS or not _PLACE_LIKE.match(candidate):
        return None
    return candidate[:1].upper() + candidate[1:]
