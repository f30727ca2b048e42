"""Everyday words -> the page's words, generated from OpenThesaurus at build time.

Citizens write "Job", "Azubi", "Zoff"; the page says "Beschäftigung",
"Ausbildung", "Konflikte". The generator (``python -m knowledge thesaurus``)
reads OpenThesaurus as Debian's ``mythes-de`` package installs it and writes
:data:`TABLE` into the repository; the running bot reads only that table, so
it needs no thesaurus package.

Method: the targets are the nouns and adjectives of the page's titles, goals
and Schwerpunkte (by lemma) and the single words of the hand-made synonyms
(:mod:`knowledge.synonyms`). For each synset of OpenThesaurus that contains a
target in its plain sense (not marked colloquial, figurative, regional, ...),
every other single-word member that the page does not use is mapped to that
target. Members marked as a generic term (Oberbegriff), archaic, vulgar,
elevated or technical are left out, and so are words in very many synsets
(too general: "Sache", "Problem") and synsets with very many members (vague).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.records import PageContent
from knowledge.synonyms import synonym_groups
from knowledge.text import fold, is_stop_word, lemma, stem, words

MYTHES_DAT = Path("/usr/share/mythes/th_de_DE_v2.dat")
MYTHES_COPYRIGHT = Path("/usr/share/doc/mythes-de/copyright")
TABLE = Path(__file__).parent / "generated" / "thesaurus_de.tsv"
ALLOWED_NOTES = frozenset({"ugs.", "Hauptform", "Kurzform", "Plural", "Abkürzung"})
MAX_SYNSET_WORDS = 25  # a synset this large is a vague sense
MAX_WORD_SENSES = 8  # a word in more synsets than this is too general
MAX_TARGET_SENSES = 10
MAX_TARGETS = 4  # a word that maps to more page words says little
MIN_WORD = 3
MIN_ADJECTIVE = 6
MIN_STEMMED = 7
_NOTE = re.compile(r"\s*\(([^()]*)\)")
_SINGLE_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*$")


@dataclass(frozen=True)
class Term:
    """A member of a synset: the word as written and its notes ("ugs.", ...)."""

    word: str
    notes: frozenset[str]

    @property
    def plain(self) -> bool:
        """Used in its ordinary sense: no note, or only "Hauptform"."""
        return self.notes <= {"Hauptform", "Abkürzung"}

    @property
    def allowed(self) -> bool:
        """Everyday or neutral German (colloquial allowed), a single word."""
        return self.notes <= ALLOWED_NOTES and bool(_SINGLE_WORD.match(self.word))


def parse_term(raw: str) -> Term:
    """Read one member: "Opa (ugs.)" -> Term("Opa", {"ugs."}); a leading "(so'n)" is dropped."""
    raw = raw.strip()
    if raw.startswith("(") and ")" in raw:  # "(so'n) Opa": an optional word in front, no note
        raw = raw[raw.index(")") + 1 :]
    notes: set[str] = set()
    for match in _NOTE.finditer(raw):
        notes |= {note.strip() for note in match.group(1).split(",") if note.strip()}
    return Term(" ".join(_NOTE.sub(" ", raw).split()), frozenset(notes))


def read_synsets(path: Path = MYTHES_DAT) -> list[tuple[Term, ...]]:
    """Every distinct synset of the MyThes data file, in file order."""
    seen: set[tuple[str, ...]] = set()
    synsets = []
    with path.open(encoding="utf-8") as file:
        file.readline()  # the encoding
        for line in file:
            if not line.startswith("-|"):  # a headword line: "word|number of synsets"
                continue
            terms = tuple(parse_term(raw) for raw in line.rstrip("\n").split("|")[1:] if raw)
            signature = tuple(sorted(term.word for term in terms))
            if signature not in seen:
                seen.add(signature)
                synsets.append(terms)
    return synsets


def source_version(copyright_path: Path = MYTHES_COPYRIGHT) -> str:
    """The installed mythes-de version, from dpkg's status file."""
    status = Path("/var/lib/dpkg/status")
    if status.exists():
        block = re.search(r"^Package: mythes-de\n(?:.+\n)*?Version: (.+)$", status.read_text(),
                          re.M)  # fmt: skip
        if block:
            return block.group(1)
    return "unbekannt"


@dataclass(frozen=True)
class Target:
    """A word of the page (or of the hand-made synonyms) as written, and whether it is a noun."""

    word: str
    noun: bool


def match_key(word: str) -> str:
    """Singular and plural alike: "Ausbildungsplätze", "Ausbildungsplatz" -> "ausbildungsplatz"."""
    folded = fold(word)
    if len(folded) < MIN_STEMMED:  # "Esse" and "Essen" are different words
        return folded
    return stem(folded).replace("ae", "a").replace("oe", "o").replace("ue", "u")


def page_targets(content: PageContent) -> dict[str, Target]:
    """The page's (and the hand-made synonyms') words by :func:`match_key`.

    A word counts as a noun when it is capitalised inside a title or goal (the
    first word of each is capitalised anyway: "Lokale Ökonomie"). Place names
    are no targets ("Nette" is not "nett").
    """
    places = {match_key(word) for d in content.districts for word in words(d.name)}
    texts = [text for p in content.projects for text in (p.title, p.goal, p.topic)]
    entries = [entry for group in synonym_groups() for entry in group if " " not in entry]
    pairs = [pair for text in texts for pair in enumerate(words(text))]
    targets: dict[str, Target] = {}
    for position, word in pairs + [(1, entry) for entry in entries]:
        noun = position > 0 and word[0].isupper()
        for form in dict.fromkeys((match_key(lemma(word)), match_key(word))):
            known = targets.get(form)
            if form in places or is_stop_word(word):
                continue
            if known is None or (noun and not known.noun):
                targets[form] = Target(word, noun)
    return targets


def plain_senses(synsets: list[tuple[Term, ...]]) -> dict[str, int]:
    """How many synsets hold each folded word in its own sense (not as a generic term)."""
    senses: dict[str, int] = defaultdict(int)
    for synset in synsets:
        for term in synset:
            if not term.notes & {"Oberbegriff", "Unterbegriff"}:
                senses[fold(term.word)] += 1
    return senses


def build_table(content: PageContent, synsets: list[tuple[Term, ...]]) -> dict[str, list[str]]:
    """Everyday word -> the page's (or hand-made) words it stands for, both as written.

    A word is linked to a target when both stand in one synset, or (weaker,
    marked ``~``) when a synset of the word and one of the target share a
    phrase: "Opa" and "Senior" both stand with "alter Mann".
    """
    targets = page_targets(content)
    senses = plain_senses(synsets)
    usable = [[t for t in synset if t.allowed or (" " in t.word and t.plain)] for synset in synsets]
    usable = [synset for synset in usable if len(synset) <= MAX_SYNSET_WORDS]
    table: dict[str, dict[str, None]] = defaultdict(dict)
    by_phrase: dict[str, list[str]] = defaultdict(list)  # phrase -> targets of its synsets
    for synset in usable:
        hits = [w for t in synset if t.plain and (w := _target(t.word, targets, senses))]
        for term in synset:
            if " " in term.word:
                by_phrase[term.word] += hits
            elif _usable(term.word, targets, senses):
                table[term.word].update(dict.fromkeys(hits))
    for synset in usable:
        phrases = [t.word for t in synset if " " in t.word]
        bridged = [f"~{target}" for phrase in phrases for target in by_phrase[phrase]]
        for term in synset:
            if " " not in term.word and _usable(term.word, targets, senses):
                table[term.word].update(
                    dict.fromkeys(t for t in bridged if t[1:] not in table[term.word])
                )
    _add_adjectives(table, targets, senses)
    return {
        word: sorted(found, key=fold)
        for word, found in sorted(table.items(), key=lambda item: fold(item[0]))
        if 0 < len(found) <= MAX_TARGETS
    }


def _add_adjectives(
    table: dict[str, dict[str, None]], targets: dict[str, Target], senses: dict[str, int]
) -> None:
    """An adjective gets what its noun has, weaker: "einsam" as "Einsamkeit"."""
    for word in list(table):
        for suffix in ("igkeit", "keit", "heit"):
            base = word[: -len(suffix)].lower()
            if word.endswith(suffix) and len(base) >= MIN_ADJECTIVE - 1 and base not in table:
                if _usable(base, targets, senses):
                    table[base] = {f"~{t.lstrip('~')}": None for t in table[word]}
                break


def _target(word: str, targets: dict[str, Target], senses: dict[str, int]) -> str | None:
    """The page's word for ``word`` if it is a noun the page uses as a noun, or a telling adjective.

    Verbs ("schaffen"), short or participle adjectives ("hoch", "gestellt",
    "bleibend") and words of many senses ("sicher") mean more than the page does.
    """
    found = targets.get(match_key(word))
    if found is None or " " in word or senses[fold(word)] > MAX_TARGET_SENSES:
        return None
    if word[0].isupper():
        return found.word if found.noun else None
    folded = fold(word)
    plain_adjective = (
        len(folded) >= MIN_ADJECTIVE
        and not folded.endswith(("en", "ern", "eln", "end"))
        and not (folded.startswith("ge") and folded.endswith("t"))
    )
    return found.word if plain_adjective and not found.noun else None


def _usable(word: str, targets: dict[str, Target], senses: dict[str, int]) -> bool:
    folded = fold(word)
    return (
        len(folded) >= MIN_WORD
        and match_key(word) not in targets
        and match_key(lemma(word)) not in targets
        and not is_stop_word(word)
        and senses[folded] <= MAX_WORD_SENSES
    )


def write_table(table: dict[str, list[str]], path: Path = TABLE) -> None:
    """Write the table with a header naming its source and licence."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(_table_lines(table)), encoding="utf-8")


def _table_lines(table: dict[str, list[str]]) -> Iterator[str]:
    yield "# DO NOT EDIT: generated by `python -m knowledge thesaurus` (knowledge/thesaurus.py).\n"
    yield (
        f"# Source: OpenThesaurus (www.openthesaurus.de) via Debian mythes-de {source_version()}, "
        f"{MYTHES_DAT}.\n"
    )
    yield f"# Licence: LGPL (GNU Lesser General Public License), see {MYTHES_COPYRIGHT}.\n"
    yield "# Columns: everyday word, TAB, words of the page or of knowledge/synonyms.py;\n"
    yield "# '~' marks a weaker link through a shared phrase (Opa ~ 'alter Mann' ~ Senior).\n"
    for word, found in table.items():
        yield f"{word}\t{','.join(found)}\n"


def read_table_lines(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Parse the table: folded everyday word -> the page's words."""
    table: dict[str, tuple[str, ...]] = {}
    for line in lines:
        if line.startswith("#") or "\t" not in line:
            continue
        word, found = line.rstrip("\n").split("\t")
        table[fold(word)] = tuple(found.split(","))
    return table


@lru_cache(maxsize=1)
def expansions() -> dict[str, tuple[str, ...]]:
    """The committed table, read once per process (no thesaurus package needed)."""
    with TABLE.open(encoding="utf-8") as file:
        return read_table_lines(file)
