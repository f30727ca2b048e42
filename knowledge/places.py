"""Find Aktionsräume by what citizens type.

"in der Nordstadt", "hoerde", "Hörd", "dorstfelder bruecke", "Evinger",
"Scharnhorst": exact names, name parts, aliases, folded umlauts, typos and
inflected forms. A place that several Aktionsräume share returns all of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

from knowledge import lexicon
from knowledge.aliases import OTHER_PLACES, PLACE_ALIASES
from knowledge.records import District, Hit, Matches
from knowledge.text import is_german_word, is_noun, key
from knowledge.transliteration import ScriptPlaces

PREFIX_SCORE = 90.0
MAX_NGRAM = 3
_ROMAN = {"i": "1", "ii": "2", "iii": "3"}
_FILLERS = frozenset(
    [
        "in",
        "im",
        "am",
        "an",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "bei",
        "fuer",
        "von",
        "vom",
        "aus",
        "nach",
        "zu",
        "zum",
        "zur",
        "und",
        "oder",
        "mit",
        "ich",
        "wir",
        "wohne",
        "wohnen",
        "stadtteil",
        "aktionsraum",
        "ortsteil",
        "viertel",
        "quartier",
    ]
)
_GENERIC_PARTS = frozenset({"ost", "west", "nord", "sued", "alt", "neu"})
_AREA_TAILS = ("viertel", "quartier", "gebiet")  # "Hafenviertel" -> "hafen"


class PlaceIndex:
    """Place keys of the districts, built once per knowledge-base version."""

    def __init__(self, districts: tuple[District, ...]) -> None:
        self.districts = districts
        by_name = {district.name: district for district in districts}
        self._keys: dict[str, list[District]] = defaultdict(list)
        for district in districts:
            for place_key in _name_keys(district.name):
                self._add(place_key, district)
        for alias, targets in PLACE_ALIASES.items():
            for target in targets:
                if target in by_name:
                    self._add(key(alias), by_name[target])
        self._key_list = sorted(self._keys)
        self._scripts = ScriptPlaces(
            self._key_list, lexicon.cutoff("script_place"), lexicon.cutoff("script_skeleton")
        )
        self._other = {key(place): place for place in OTHER_PLACES}
        # "korne", "hombruch": the umlaut's dots left out, no typo of another word
        self._other |= {key(_undotted(place)): place for place in OTHER_PLACES}
        self._other_scripts = ScriptPlaces(
            sorted(self._other), lexicon.cutoff("script_place"), lexicon.cutoff("script_skeleton")
        )

    def _add(self, place_key: str, district: District) -> None:
        if place_key and district not in self._keys[place_key]:
            self._keys[place_key].append(district)

    def find(self, text: str) -> Matches[District]:
        """All Aktionsräume the text names, best first; none for other places."""
        grams = _ngrams(_content_words(text))
        exact = [(gram, self._keys[gram]) for gram in grams if gram in self._keys]
        if exact:
            return self._ranked([(gram, 100.0) for gram, _ in _longest_first(exact)])
        fuzzy = [match for gram in grams if len(gram) >= 4 for match in self._fuzzy(gram)]
        fuzzy += [match for word in text.split() for match in self._scripts.match(word)]
        return self._ranked(fuzzy)

    def other_place(self, text: str) -> str | None:
        """A Dortmund place the text names that is not an Aktionsraum: "in Wambel" -> "Wambel"."""
        if self.find(text):
            return None
        for gram in _ngrams(_content_words(text, cut_tails=False)):
            if gram in self._other:
                return self._other[gram]
            if len(gram) >= 5 and not _a_word(gram):  # "nach dem Rechten" is no "Brechten"
                found = process.extractOne(
                    gram,
                    list(self._other),
                    scorer=fuzz.ratio,
                    score_cutoff=lexicon.cutoff("other_place"),
                )
                if found:
                    return self._other[found[0]]
        # in another script, as the Aktionsräume are read (find): "Лютгендортмунд"
        written = [m for word in text.split() for m in self._other_scripts.match(word)]
        return self._other[max(written, key=lambda m: m[1])[0]] if written else None

    def mentioned_in(self, text: str) -> list[District]:
        """Districts a longer text names exactly or in an inflected form; no typo guessing.

        Used on project texts: "Sportpaten für Evinger Sportvereine" -> both Eving areas.
        """
        grams = _ngrams(_content_words(text))[1:]
        exact = _longest_first([(gram, self._keys[gram]) for gram in grams if gram in self._keys])
        keys = {gram for gram, _ in exact}
        keys |= {
            k
            for g in grams
            if g not in self._keys
            for k in self._key_list
            if _is_prefix_match(g, k)
        }
        found = {district.name for k in keys for district in self._keys[k]}
        return [district for district in self.districts if district.name in found]

    def suggest(self, text: str, limit: int = 3) -> list[District]:
        """Nearest districts for an unknown place, or for a near-miss word in a question.

        "Hörd-Süd" -> Hörde; "kontakt evnig" -> both Eving areas; empty when nothing is near.
        """
        queries = [(key(text), lexicon.cutoff("suggest"))]
        queries += [
            (word, lexicon.cutoff("suggest_word"))
            for word in _content_words(text)
            if len(word) >= 5
        ]
        scored = sorted(
            (
                (-score, place_key)
                for query, cutoff in queries
                for place_key, score, _ in process.extract(
                    query, self._key_list, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
                )
            )
        )
        suggestions: list[District] = []
        for _, place_key in scored:
            for district in self._keys[place_key]:
                if district not in suggestions:
                    suggestions.append(district)
        return suggestions[:limit]

    def _fuzzy(self, gram: str) -> list[tuple[str, float]]:
        matches = [
            (place_key, score)
            for place_key, score, _ in process.extract(
                gram,
                self._key_list,
                scorer=fuzz.ratio,
                score_cutoff=lexicon.cutoff("fuzzy"),
                limit=None,
            )
        ]
        matches += [(k, PREFIX_SCORE) for k in self._key_list if _is_prefix_match(gram, k)]
        return matches

    def _ranked(self, matches: list[tuple[str, float]]) -> Matches[District]:
        best: dict[str, Hit[District]] = {}
        for place_key, score in matches:
            for district in self._keys[place_key]:
                current = best.get(district.name)
                if current is None or score > current.score:
                    best[district.name] = Hit(district, score, place_key)
        order = {district.name: i for i, district in enumerate(self.districts)}
        if best:
            top = max(hit.score for hit in best.values())
            best = {name: hit for name, hit in best.items() if hit.score >= top - 5}
        hits = sorted(best.values(), key=lambda hit: (-hit.score, order[hit.item.name]))
        return Matches(tuple(hits))


def _name_keys(name: str) -> set[str]:
    """Keys for one district.

    "Eving I/Kemminghausen" -> its full name, "eving i", "eving 1", "eving",
    "kemminghausen".
    """
    keys = {key(name)}
    for part in re.split(r"[/,]", name):
        part_key = key(part)
        keys.add(part_key)
        words = part_key.split()
        if words and words[-1] in _ROMAN:
            keys.add(" ".join(words[:-1] + [_ROMAN[words[-1]]]))
            keys.add(" ".join(words[:-1]))
        keys.update(w for w in words if len(w) >= 5 and w not in _GENERIC_PARTS)
    return {k for k in keys if k}


def _content_words(text: str, cut_tails: bool = True) -> list[str]:
    words = [word for word in _without_adjectives(key(text).split()) if word not in _FILLERS]
    return [_without_area_tail(word) for word in words] if cut_tails else words


def _without_adjectives(words: list[str]) -> list[str]:
    """Without the adjective that a place's name also is: "ein netter Mann", "nette Leute".

    Its inflected forms (lexicon ``adjective_forms``) never name the place, nor does the
    name itself before a noun; "in Nette", "ansprechpartner nette?" still do.
    """
    forms, names = lexicon.words("adjective_forms"), lexicon.words("adjective_places")
    at = lexicon.words("place_prepositions")  # "in nette angebote für senioren?": the place
    plan = lexicon.words("several_projects") | lexicon.words("contact_asks")  # "Nette Projekte?"
    before_noun = {
        i
        for i, w in enumerate(words[:-1])
        if w in names
        and is_noun(words[i + 1])
        and words[i + 1] not in plan
        and not (i and words[i - 1] in at)
    }
    return [w for i, w in enumerate(words) if w not in forms and i not in before_noun]


def _without_area_tail(word: str) -> str:
    for tail in _AREA_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 4:
            return word[: -len(tail)]
    return word


def _ngrams(words: list[str]) -> list[str]:
    """All runs of up to three words, the whole text first."""
    grams = [" ".join(words)] if words else []
    for size in range(min(MAX_NGRAM, len(words)), 0, -1):
        grams += [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return list(dict.fromkeys(grams))


def _longest_first(exact: list[tuple[str, list[District]]]) -> list[tuple[str, list[District]]]:
    """Keep a key only if no longer matched key covers it ("eving" inside "eving 2")."""
    kept: list[tuple[str, list[District]]] = []
    for gram, districts in sorted(exact, key=lambda item: -len(item[0])):
        if not any(gram in longer.split() or gram in longer for longer, _ in kept):
            kept.append((gram, districts))
    return kept


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """Case endings other languages glue to a place (``words.place_endings``): "deki", "owi"."""
    endings: set[str] = set()
    for lang in lexicon.other_languages():
        try:
            endings.update(key(ending) for ending in lexicon.words("place_endings", lang))
        except lexicon.LexiconError:
            continue  # a language that glues no endings to names
    return frozenset(endings)


def _is_prefix_match(gram: str, place_key: str) -> bool:
    """Inflected or cut-off forms: "evinger" ~ "eving", "hoerd" ~ "hoerde", "hoerdedeki"."""
    if " " in place_key or len(place_key) < 5:
        return False
    if gram.startswith(place_key):
        ending = gram[len(place_key) :]
        return len(ending) <= 2 or ending in _endings()
    return len(gram) >= 4 and place_key.startswith(gram) and len(gram) >= len(place_key) - 2


def _a_word(gram: str) -> bool:
    """One word of the German dictionary: no typo of a place's name."""
    return " " not in gram and is_german_word(gram)


def _undotted(name: str) -> str:
    """The name with its umlauts' dots left out: "Körne" -> "Korne"."""
    return name.translate(_UNDOTTED)


_UNDOTTED = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"})
