"""What a question in another language asks for, as the German words the search knows.

The target groups and the lexical search know German only, and a short
question in another language ("Gençler için projeler var mı?") carries too
little meaning for the embeddings to clear the ranking's threshold. Each
language file of :mod:`knowledge.lexicon` (``tr.yml``) has a ``search``
section that a translator reviews: per German target group (the names of
:data:`knowledge.synonyms.TARGET_GROUPS`) and per German search phrase ("Arbeit",
"Sprachkurs Sprachförderung"), the words citizens write. The words found are
read back as German: the group search and the ranking then answer as for a
German question, so titles and goals stay as the page gives them.

A word of the file may take endings (``çocuk*``: çocuklar, çocuklarımıza;
``діт*``: дітей, дітям), Arabic words their prefixes (و، ل، ال: للأطفال), and
case and accents never count ("cocuklar" is "çocuklar"). What is left of
the question after the needs and the file's ``fillers`` ("projects", "var mı")
is returned too: a longer word there is a need the file does not know.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from knowledge import lexicon
from knowledge.language import GERMAN, SUPPORTED
from knowledge.search import target_group_name
from knowledge.text import is_german_word

SECTION = "search"
MIN_REST = 4  # shorter leftovers ("ne", "var", "for") are function words, not needs
HEAD = 2  # letters of an entry's first word that index it
MAX_PREFIXES = 3  # prefixes a word may take: "وللأطفال"
_ENTRY_WORD = r"[\w*]+"  # a word of the file, "*" for an ending


@dataclass(frozen=True)
class Needs:
    """What a question asks for, in German: target groups and search phrases.

    Attributes:
        language: the language whose words were found.
        groups: German target-group names ("Jugendliche").
        topics: German search phrases ("Arbeit").
        rest: the folded words of the question that are neither needs nor fillers.
        named_by: the folded words that named the needs.
        fillers: the folded words read as fillers ("projects").
    """

    language: str
    groups: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()
    named_by: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()

    @property
    def query(self) -> str:
        """The needs as a German search query: "Arbeit Jugendliche"."""
        return " ".join((*self.topics, *self.groups))


@dataclass(frozen=True)
class _Entry:
    target: str  # a German group name or search phrase; "" for a filler
    group: bool
    words: tuple[re.Pattern[str], ...]
    head: str = ""  # up to HEAD letters the first word starts with (after prefixes); "" any


@dataclass(frozen=True)
class _Index:
    """A language's entries (longest first) by the letters their first word starts with.

    A token can start an entry only if, after up to three of the file's
    prefixes, it begins with the entry's ``head``: the regexes of the other
    entries need not be tried (a question once tried every entry at every
    position, in every language: about 40 ms).
    """

    entries: tuple[_Entry, ...]
    by_head: dict[str, tuple[int, ...]]  # head -> positions in ``entries``
    anywhere: tuple[int, ...]  # entries whose first word starts with "*"
    prefixes: tuple[str, ...]

    def starts(self, tokens: list[str]) -> dict[int, list[int]]:
        """Per entry (position, ascending), the token positions it may start at, ascending."""
        found: dict[int, list[int]] = {}
        for start, token in enumerate(tokens):
            heads = {token[at : at + n] for at in self._offsets(token) for n in range(1, HEAD + 1)}
            for number in (*self.anywhere, *(n for h in heads for n in self.by_head.get(h, ()))):
                starts = found.setdefault(number, [])
                if not starts or starts[-1] != start:
                    starts.append(start)
        return dict(sorted(found.items()))

    def _offsets(self, token: str) -> set[int]:
        """Where the word may begin after 0 to 3 prefixes (as ``_prefix`` reads them)."""
        offsets = reached = {0}
        for _ in range(MAX_PREFIXES):
            reached = {
                at + len(p) for at in reached for p in self.prefixes if token.startswith(p, at)
            }
            offsets = offsets | reached
        return offsets


def read_needs(
    text: str, language: str | None, is_name: Callable[[str], bool] = lambda word: False
) -> Needs | None:
    """The needs of a question in ``language``, or None when its file names none.

    Args:
        text: the question as typed.
        language: the language detected. When it is unclear (None) or German
            (the detector takes short English for German: "Projects for
            children in Hörde?"), every language with a ``search`` section is
            tried, and one counts only if no word it reads, nor any left over,
            is a German word ("Projekte für Kids" stays German); and when the
            German search knows the words that name the needs ("Migranten"),
            only if a filler says the language ("projects for children").
        is_name: whether a folded word left over is a name (a place, a project):
            no need, and no evidence of German ("Hörde'de" -> "hordede").
    """
    if not text.strip():
        return None
    if language not in (None, GERMAN):
        if language not in search_languages():
            return None
        return _in_language(text, language, is_name)
    for code in search_languages():
        found = _needs(text, code, is_name)
        if found is None or any(map(is_german_word, (*found.named_by, *found.rest))):
            continue
        said = any(len(word) >= MIN_REST and not is_german_word(word) for word in found.fillers)
        if said or not any(target_group_name(word) for word in found.named_by):
            return found
    return None


def _in_language(text: str, language: str, is_name: Callable[[str], bool]) -> Needs | None:
    """The reading in the language detected; a close language's when it reads the whole question.

    The detector confuses close languages in short questions ("для семей с
    детьми" is Russian, not Ukrainian): another file that leaves nothing over wins.
    """
    found = _needs(text, language, is_name)
    if found is not None and not found.rest:
        return found
    others = (_needs(text, code, is_name) for code in search_languages() if code != language)
    return next((other for other in others if other is not None and not other.rest), found)


@lru_cache(maxsize=1)
def search_languages() -> tuple[str, ...]:
    """The supported languages whose lexicon file has a ``search`` section."""
    return tuple(code for code in SUPPORTED if _has_section(code))


def _has_section(code: str) -> bool:
    try:
        lexicon.section(SECTION, code)
    except lexicon.LexiconError:
        return False
    return True


def names_no_need(text: str, language: str | None, is_name: Callable[[str], bool]) -> bool:
    """Whether a question in another language holds only its small words and names.

    "What projects do you have in Hörde?", "Jakie projekty są w Hörde?": the
    search's fillers, short function words and the place; no need, nothing left.
    """
    if not text.strip() or language not in search_languages():
        return False
    reading = _reading(text, language)
    return not (reading.groups or reading.topics) and all(map(is_name, reading.rest))


def _needs(text: str, language: str, is_name: Callable[[str], bool]) -> Needs | None:
    reading = _reading(text, language)
    if not (reading.groups or reading.topics):
        return None  # the names in the rest need not be looked up (it costs)
    return replace(reading, rest=tuple(word for word in reading.rest if not is_name(word)))


def _reading(text: str, language: str) -> Needs:
    """What a language's search section reads in the text: needs, fillers and the rest.

    The rest holds the words of :data:`MIN_REST` letters or more, names among them.
    """
    tokens = fold(text).split()
    covered = [False] * len(tokens)
    groups: list[str] = []
    topics: list[str] = []
    named_by: list[str] = []
    fillers: list[str] = []
    index = _index(language)
    for number, starts in index.starts(tokens).items():
        entry = index.entries[number]
        for start in _matches(entry, tokens, covered, starts):
            covered[start : start + len(entry.words)] = [True] * len(entry.words)
            if entry.target:
                (groups if entry.group else topics).append(entry.target)
            (named_by if entry.target else fillers).extend(tokens[start : start + len(entry.words)])
    rest = tuple(t for t, done in zip(tokens, covered, strict=True) if not done)
    return Needs(
        language,
        groups=tuple(dict.fromkeys(groups)),
        topics=tuple(dict.fromkeys(topics)),
        rest=tuple(t for t in rest if len(t) >= MIN_REST and not t.isdigit()),
        named_by=tuple(named_by),
        fillers=tuple(fillers),
    )


def _matches(
    entry: _Entry, tokens: list[str], covered: list[bool], starts: Iterable[int]
) -> Iterable[int]:
    width = len(entry.words)
    for start in starts:
        if start + width > len(tokens):
            break
        span = range(start, start + width)
        if any(covered[i] for i in span):
            continue
        if all(p.fullmatch(tokens[i]) for p, i in zip(entry.words, span, strict=True)):
            yield start


def fold(text: str, *, word: str = r"\w+") -> str:
    """The words (``word``), folded by :func:`knowledge.lexicon.fold_any`, one space apart.

    "Çocuklarımız" -> "cocuklarimiz", "дітей" stays, "الأطفال" -> "الاطفال"; hyphens split words.
    """
    return " ".join(re.findall(word, lexicon.fold_any(text)))


@lru_cache(maxsize=16)
def _entries(language: str) -> tuple[_Entry, ...]:
    """The file's needs and fillers, longest first: "young people" before "people"."""
    data = lexicon.section(SECTION, language)
    ending = int(data["max_ending"])
    prefix = _prefix(data.get("prefixes") or [])
    listed = [
        *((name, True, p) for name, phrases in data["groups"].items() for p in phrases),
        *((name, False, p) for name, phrases in data["topics"].items() for p in phrases),
        *(("", False, p) for p in data["fillers"]),
    ]
    entries = [
        _Entry(str(target), group, tuple(_word(w, prefix, ending) for w in words), _head(words))
        for target, group, phrase in listed
        if (words := _entry_words(phrase))
    ]
    return tuple(sorted(entries, key=lambda e: -len(e.words)))


@lru_cache(maxsize=16)
def _index(language: str) -> _Index:
    entries = _entries(language)
    by_head: dict[str, list[int]] = {}
    for number, entry in enumerate(entries):
        if entry.head:
            by_head.setdefault(entry.head, []).append(number)
    prefixes = lexicon.section(SECTION, language).get("prefixes") or []
    return _Index(
        entries,
        {head: tuple(numbers) for head, numbers in by_head.items()},
        tuple(n for n, entry in enumerate(entries) if not entry.head),
        tuple(p for p in {fold(str(p)) for p in prefixes} if p),
    )


def _head(words: list[str]) -> str:
    """The first letters of an entry's first word, up to its first "*"."""
    return words[0].split("*")[0][:HEAD]


def _entry_words(phrase: object) -> list[str]:
    """The folded words of a file's phrase, "*" kept: "Çocuk*" -> ["cocuk*"]."""
    return fold(str(phrase), word=_ENTRY_WORD).split()


def _prefix(prefixes: list[str]) -> str:
    if not prefixes:
        return ""
    alternatives = sorted((re.escape(fold(str(p))) for p in prefixes), key=len, reverse=True)
    return f"(?:{'|'.join(alternatives)}){{0,3}}"


def _word(word: str, prefix: str, ending: int) -> re.Pattern[str]:
    """One word of an entry: ``*`` takes up to ``ending`` letters."""
    body = re.escape(word.replace("*", "\0")).replace("\0", rf"\w{{0,{ending}}}")
    return re.compile(prefix + body)
