"""Which language a message is written in, only when the evidence is clear.

Citizens write German with typos, place names and the odd "ok", so German is
the default and a message switches the conversation's language only when it
clearly is another one: "Hörde'deki irtibat kişisi kim?" is Turkish, "hoerde",
"danke" or "Eving telefon" are no evidence of anything.

Only the citizen's own words count: the page's names and titles are left out
first (:mod:`knowledge.page_words`), so "Who is the contact person for Hörde?"
is English and "ما هو مشروع Fitte Frauen im Clarenberg؟" Arabic. Letters of another
script are clear at once: Arabic letters are Arabic (or Persian), Cyrillic ones
Bulgarian, Ukrainian or Russian; which one, letters ("і", "ы"), spellings ("-ння",
"-ют", "ъ" before a consonant), frequent short words and lingua decide, and a
message too short for that ("да", "а Hafen?")
leaves it open (``Evidence.family``): a conversation in one of them stays in it.
Latin script has two detectors: lingua in its low-accuracy mode (about 20 MB),
restricted to the languages in ``lexicon/languages.yml``, and fastText's
compressed language model (:mod:`knowledge.fasttext_lid`, about 1 MB), which
knows short questions lingua confuses ("Who is the contact person" looked
Spanish to it). One of them being sure, or both agreeing, or the language's
small words with one of them, is clear evidence; German words or any real
chance of German keep a message German. Nothing here imports Rasa.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from knowledge.data_files import read_yaml
from knowledge.fasttext_lid import probabilities
from knowledge.page_words import own_words

__all__ = [
    "SUPPORTED",
    "GERMAN",
    "Evidence",
    "answer_word",
    "answer_words",
    "detect",
    "family",
    "is_foreign",
    "settings",
]

GERMAN = "de"
ENGLISH = "en"
MIN_MARKERS = 2  # frequent short words of a language that, with one detector, decide
MIN_WORDS = 3  # Latin-script messages need this many words that are evidence
MIN_CONFIDENCE = 0.8  # of the detector's best language, over all it knows
HINT_CONFIDENCE = 0.3  # a hint (Telegram, browser) decides among plausible languages only
MIN_SCRIPT_SHARE = 0.3  # of the citizen's letters, for a script other than Latin to decide
HALF = 0.5  # ... or more than this share of them besides capitalised names ("Mengede ... ли е?")
FAST_CLEAR = 0.5  # fastText's probability that decides alone
FAST_WORDS = 2  # own words fastText needs to decide alone
FAST_AGREES = 0.1  # fastText's consent to lingua's choice
FAST_GERMAN = 0.2  # German this likely: no switch
# One word needs more: fastText must know it (an unknown word gets about 0.12 English
# and 0.08 German) and find it hardly German ("Definition" is German too, "nedir" is not).
FAST_AGREES_ONE = 0.25
FAST_GERMAN_ONE = 0.05
_LEXICON = Path(__file__).parent / "lexicon" / "languages.yml"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LINK = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
# Markup and code are no one's language: script bodies, tags, SQL statements, a.b(c) calls.
_CODE = re.compile(
    r"<(script|style)\b.*?(?:</\1\s*>|$)|<[^<>]*>"
    r"|\b(?:select|insert|update|delete|drop|union|alter)\s+(?:\*|all|table|from|into|database)\b.*"
    r"|\S*[\w)]\.\w+\S*|\S*\w\([^()\s]*\)\S*",
    re.IGNORECASE | re.DOTALL,
)
# Scripts of languages the assistant does not speak, by the Unicode name's first word.
_OTHER_SCRIPTS = {"CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
                  "GREEK": "el", "HEBREW": "he", "DEVANAGARI": "hi", "THAI": "th",
                  "ARMENIAN": "hy", "GEORGIAN": "ka", "BENGALI": "bn", "TAMIL": "ta",
                  "ETHIOPIC": "am", "GUJARATI": "gu", "GURMUKHI": "pa"}  # fmt: skip
_CYRILLIC = ("bg", "uk", "ru")
_ARABIC = ("ar", "fa")
MIN_SCRIPT_LETTERS = 4  # fewer letters ("да", "а") are too few for lingua to be clear
SCRIPT_CLEAR = 0.8  # lingua's share among a script's languages that is clear on its own


@dataclass(frozen=True)
class Settings:
    """The data of ``lexicon/languages.yml``."""

    supported: tuple[str, ...]
    unsupported: tuple[str, ...]
    neutral: frozenset[str]
    cues: dict[str, frozenset[str]]
    letters: dict[str, frozenset[str]]
    spellings: tuple[tuple[re.Pattern[str], frozenset[str]], ...]
    markers: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Evidence:
    """What a message says about its language.

    Attributes:
        language: ISO 639-1 code when the evidence is clear, else None.
        letters: whether the message has any letters at all (emoji-only has none).
        family: when the script is clear but not which of its languages ("а Hafen?",
            "да": Bulgarian, Ukrainian or Russian), the languages it may be in;
            ``language`` is then the likeliest, and a conversation already in one
            of them stays in it. Empty when ``language`` is clear.
    """

    language: str | None
    letters: bool
    family: tuple[str, ...] = ()

    @property
    def supported(self) -> bool:
        """A clear language that the assistant answers in."""
        return self.language in SUPPORTED


@lru_cache(maxsize=1)
def settings() -> Settings:
    """Read the lexicon once."""
    data: dict[str, Any] = read_yaml(_LEXICON)
    cues = {code: frozenset(_plain(p) for p in phrases) for code, phrases in data["cues"].items()}
    return Settings(
        supported=tuple(data["supported"]),
        unsupported=tuple(data["recognised_unsupported"]),
        neutral=frozenset(w.lower() for w in data["neutral"]),
        cues=cues,
        letters={code: frozenset(chars) for code, chars in data["letters"].items()},
        spellings=tuple(
            (re.compile(pattern), frozenset(codes)) for pattern, codes in data["spellings"].items()
        ),
        markers={code: frozenset(words) for code, words in data["markers"].items()},
    )


def answer_word(name: str, language: str | None) -> str:
    """A word the answers put between the page's values ("und"), in ``language`` or German."""
    words = _answer_words()[name]
    return words.get(language or GERMAN) or words[GERMAN]


def answer_words() -> frozenset[str]:
    """The names :func:`answer_word` knows."""
    return frozenset(_answer_words())


@lru_cache(maxsize=1)
def _answer_words() -> dict[str, dict[str, str]]:
    data: dict[str, Any] = read_yaml(_LEXICON)
    return {name: dict(words) for name, words in data["answer_words"].items()}


@lru_cache(maxsize=256)  # one message is read several times (crosslingual needs, is_foreign)
def detect(text: str, hint: str | None = None) -> Evidence:
    """The language of one message, if the evidence is clear.

    Args:
        text: the message as typed.
        hint: a language the channel suggests (Telegram's ``language_code``, the
            browser's language); it only decides between plausible languages.

    Returns:
        The evidence; ``language`` is None when the message proves nothing.
    """
    text = _CODE.sub(" ", _LINK.sub(" ", unicodedata.normalize("NFC", text)))
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return Evidence(None, letters=False)
    words = own_words(_WORD.findall(text))
    script = _script_of(words)
    if script == "ARABIC":
        return _of_script(_words(words, "ARABIC"), _ARABIC, hint)
    if script == "CYRILLIC":
        return _of_script(_words(words, "CYRILLIC"), _CYRILLIC, hint)
    if script in _OTHER_SCRIPTS:
        return Evidence(_OTHER_SCRIPTS[script], True)
    return Evidence(_latin(text, _words(words, "LATIN"), hint), True)


def family(code: str) -> tuple[str, ...]:
    """The languages of ``code``'s script that a message may leave open ("ru": bg, uk, ru)."""
    return next((languages for languages in (_CYRILLIC, _ARABIC) if code in languages), ())


def other_language(text: str) -> bool:
    """A message clearly in another language than German (the page's language)."""
    return detect(text).language not in (None, GERMAN)


def is_foreign(text: str) -> bool:
    """A message the assistant cannot read: no letters, or clearly a language it does not speak.

    A blank text (a button's payload) is not foreign: there is nothing to read.
    """
    if not text.strip():
        return False
    evidence = detect(text)
    return not evidence.letters or (evidence.language is not None and not evidence.supported)


def _latin(text: str, words: Sequence[str], hint: str | None) -> str | None:
    """The language of a Latin-script message: lingua and fastText, German unless clear."""
    everything, plain = _WORD.findall(text), _plain(text)
    for code, phrases in settings().cues.items():
        if plain in phrases:
            return code
    neutral = settings().neutral
    words = [w for w in words if len(w) > 1 and w.lower() not in neutral]
    if not words:
        return None
    languages = _allowed(words, settings().supported + settings().unsupported)
    ranked = _ranked(" ".join(words), languages)
    lingua, fast = dict(ranked), probabilities(" ".join(words))
    spoken = [c for c in languages if c in settings().supported and c != GERMAN]
    for code in _clear(words, languages, ranked, fast):
        if code == GERMAN:  # clear German switches back ("wer ist in hörde zuständig")
            return GERMAN if len(words) >= MIN_WORDS else None
        return None if _german(words, everything, code, lingua, fast) else code
    if hint and hint in spoken and lingua.get(hint, 0.0) >= HINT_CONFIDENCE:
        clear = len(words) >= MIN_WORDS - 1 and not _german(words, everything, hint, lingua, fast)
        return hint if clear else None
    return None


def _clear(words: Sequence[str], languages: Sequence[str], ranked: list[tuple[str, float]],
           fast: dict[str, float]) -> list[str]:  # fmt: skip
    """The language the detectors clearly agree on, if any (a list of at most one)."""
    spoken = [c for c in languages if c in settings().supported]
    likeliest = max(spoken, key=lambda c: fast.get(c, 0.0), default=GERMAN)
    if len(words) >= FAST_WORDS and fast.get(likeliest, 0.0) >= FAST_CLEAR:
        return [likeliest]  # fastText is sure: "what is the", "co to jest"
    best, confidence = ranked[0]
    consent = FAST_AGREES if len(words) > 1 else FAST_AGREES_ONE
    agrees = best in spoken and fast.get(best, 0.0) >= consent
    if confidence >= MIN_CONFIDENCE and (len(words) >= MIN_WORDS or agrees):
        return [best]  # lingua is sure, on enough words or with fastText's consent: "ne yapar"
    if len(languages) == 1:
        return [languages[0]]  # its letters say so: "Co to są", "Bună"
    marked = _marked(words, [c for c in languages if c in spoken])
    count = sum(w.lower() in settings().markers.get(marked or "", ()) for w in words)
    if marked and count >= MIN_MARKERS and marked in (best, max(fast, key=fast.__getitem__)):
        return [marked]  # its small words and one detector: "Cu cine pot vorbi"
    if marked and count > MIN_MARKERS:
        return [marked]  # many of its small words: "Pe cine pot suna"
    return []


def _german(words: Sequence[str], everything: Sequence[str], code: str,
            lingua: dict[str, float], fast: dict[str, float]) -> bool:  # fmt: skip
    """Whether a message may be German after all: German keeps the benefit of the doubt.

    ``everything``: all words of the message. With few words of its own, the small
    German words of the page's titles count too: "Angebote für children" is German.
    A single word is no English: "please", "sorry" are said in German chats too.
    """
    if len(words) == 1 and code == ENGLISH:
        return True
    counted = everything if len(words) < MIN_WORDS else words
    german, other = (_count(counted, c) for c in (GERMAN, code))
    if german and german >= other:
        return True  # German words around a foreign name: "Was ist der Walkingbus?", "wer is"
    limit = FAST_GERMAN if len(words) > 1 else FAST_GERMAN_ONE
    doubt = len(words) < MIN_WORDS and fast.get(code, 0.0) < FAST_CLEAR  # lingua's, on few words
    return fast.get(GERMAN, 0.0) >= limit or (doubt and lingua.get(GERMAN, 0.0) >= limit)


def _count(words: Sequence[str], code: str) -> int:
    """How many of the words are frequent short words of the language ("I" of "Eving I" is none)."""
    return sum(len(w) > 1 and w.lower() in settings().markers.get(code, ()) for w in words)


def _of_script(words: Sequence[str], family: tuple[str, ...], hint: str | None) -> Evidence:
    """Which language of a script: its letters, its small words, then lingua.

    Letters of the script are evidence at once; which language is clear only when
    letters, markers or lingua (sure, on more than one short word) say so.
    """
    languages = _allowed(words, family)
    marked = _marked(words, languages)
    if len(languages) == 1 or marked:
        return Evidence(marked or languages[0], True)
    ranked = _ranked(" ".join(words), languages)
    best, confidence = ranked[0]
    if hint in languages and dict(ranked).get(hint, 0.0) >= HINT_CONFIDENCE:
        return Evidence(hint, True)
    if confidence >= SCRIPT_CLEAR and sum(len(w) for w in words) > MIN_SCRIPT_LETTERS:
        return Evidence(best, True)
    guess = next((code for code, _ in ranked if code in settings().supported), family[0])
    return Evidence(guess, True, family=family)  # a language spoken here: "نعم" is no Persian


def _allowed(words: Sequence[str], languages: Sequence[str]) -> tuple[str, ...]:
    """The languages whose letters and spellings the words have ("ă": Romanian, "-ют": Russian).

    A spelling (``spellings``: "сім'я", "работает", "търся") rules out like a letter.
    German letters of a capitalised word do not count: "Hörde" is a name in any language.
    """
    letters = settings().letters
    special = frozenset().union(*letters.values())
    names = letters.get(GERMAN, frozenset())
    seen = {ch for word in words for ch in word.lower()
            if ch in special and not (word[0].isupper() and ch in names)}  # fmt: skip
    allowed = tuple(c for c in languages if seen <= letters.get(c, frozenset()))
    for pattern, codes in settings().spellings:
        if any(pattern.search(word.lower()) for word in words):
            allowed = tuple(c for c in allowed if c in codes)
    return allowed or tuple(languages)


def _marked(words: Sequence[str], languages: Sequence[str]) -> str | None:
    """The one language with the most of its frequent short words, if one leads."""
    counts = sorted(
        ((sum(w.lower() in settings().markers.get(c, ()) for w in words), c) for c in languages),
        reverse=True,
    )
    if counts and counts[0][0] > 0 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][1]
    return None


def _ranked(text: str, languages: Sequence[str]) -> list[tuple[str, float]]:
    values = _detector().compute_language_confidence_values(text)
    codes = [(v.language.iso_code_639_1.name.lower(), v.value) for v in values]
    kept = [(code, value) for code, value in codes if code in languages]
    total = sum(value for _, value in kept) or 1.0
    return [(code, value / total) for code, value in kept] or [(languages[0], 0.0)]


def _script(letters: Sequence[str]) -> str:
    """The script of at least half the letters ("LATIN", "ARABIC", ...), else "LATIN"."""
    counts: dict[str, int] = {}
    for ch in letters:
        name = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
        counts[name] = counts.get(name, 0) + 1
    if not counts:  # a "word" of number signs (U+109BC) or marks: no script of its own
        return "UNKNOWN"
    others = {name: count for name, count in counts.items() if name != "LATIN"}
    script, count = max(others.items(), key=lambda item: item[1], default=("LATIN", 0))
    return script if count >= MIN_SCRIPT_SHARE * len(letters) else "LATIN"


def _script_of(words: Sequence[str]) -> str:
    """The script of the message's own words; capitalised ones are names beside another.

    German places and terms are written in Latin letters in any language: "Mengede
    Aktionsraum ли е?", "Innenstadt-Ost теж Aktionsraum?" are Bulgarian and Ukrainian;
    "Hallo, Sprachkurs für Frau Мирослава in Nette?" stays German.
    """
    script = _script([ch for word in words for ch in word if ch.isalpha()])
    if script != "LATIN":
        return script
    named = [w for w in words if w[:1].isupper()]  # "Frau Мирослава": a name in any script
    rest = [ch for word in words if word not in named for ch in word if ch.isalpha()]
    most = _script(rest) if rest else script  # most of the rest: "Ich heiße Наталья ..." stays
    share = sum(_script([ch]) == most for ch in rest) / max(len(rest), 1)
    if most not in ("ARABIC", "CYRILLIC") or share <= HALF:
        return script
    # a name has no case in Arabic ("Familie الحسن sucht Hilfe"): its small words tell
    own = [w.lower() for w in words if w not in named and _script(list(w)) == most]
    return most if len(own) >= MIN_MARKERS or _small_words() & set(own) else script


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """The frequent short words of every language (``markers``), read once."""
    return frozenset().union(*settings().markers.values())


def _words(words: Sequence[str], script: str) -> list[str]:
    """The words written in one script: German words in an Arabic sentence are left out."""
    return [w for w in words if _script([ch for ch in w if ch.isalpha()]) == script]


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Built once, on first use (low-accuracy mode: the models of short n-grams only)."""
    codes = settings().supported + settings().unsupported
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


SUPPORTED: tuple[str, ...] = settings().supported
