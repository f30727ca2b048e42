"""Ranked project search over titles and goals, in German.

A query is cut into units (one word, or a synonym phrase such as "ältere
Menschen"); each unit may match its own lemma or any word of its synonym
group, exactly, as part of a compound ("Sprache" in "Sprachförderung") or with
a typo ("jugentliche"). A project's score is the sum over units of the best
match, weighted by field (title over goal) and by how rare the matched word is.
Order is deterministic: score, then title.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from knowledge import lexicon
from knowledge.records import Hit, Matches, Project, Topic
from knowledge.synonyms import (
    AGE_GROUPS,
    IDIOMS,
    NEEDS,
    REWRITES,
    TARGET_GROUPS,
    synonym_groups,
)
from knowledge.text import compact, fold, forms, is_german_word, key, stem, terms
from knowledge.thesaurus import expansions

MIN_SCORE = 1.0
SYNONYM_WEIGHT = 0.8
# A need told in everyday words ("einsam") finds the page's word for its offer (NEEDS) as a
# synonym would: in a question ("Wann ist Sperrmüll?") no more than that (1.0 let this one fit the
# Straßenkümmerer, tests/knowledge/test_ranking.py); in a story the ranking counts it more
# (knowledge.ranking.NEED_HALF).
NEED_WEIGHT = SYNONYM_WEIGHT
THESAURUS_WEIGHT = 0.6  # generated from OpenThesaurus: below the hand-made synonyms
BRIDGED_WEIGHT = 0.45  # linked through a shared phrase ("Opa" ~ "alter Mann" ~ "Senior")
COMPOUND_SIM = 0.75
REVERSE_COMPOUND_SIM = 0.6
SHORT_WORD = 6  # letters; one typo in a word this short scores about 83
MIN_COMPOUND_HEAD = 5
MIN_HEAD = 5  # letters of an entry that may end a compound of the query
MIN_COMPOUND_REST = 4  # letters after a page word's root that make a compound ("-hof" does not)
FUZZY_WEIGHT = 0.7
PHRASE_SIM = 0.85
FIELD_WEIGHTS = {"title": 1.0, "goal": 0.8, "topic": 0.3}

Word = tuple[str, ...]  # the folded forms of one word, lemma first
Phrase = tuple[Word, ...]
Alternative = tuple[Phrase, float]  # what may match, and its weight
_PhraseAlt = tuple[Phrase, float, float, tuple[frozenset[str], ...]]  # + forms each word needs


@dataclass(frozen=True)
class _Doc:
    project: Project
    fields: dict[str, Phrase]

    @cached_property
    def form_sets(self) -> dict[str, frozenset[str]]:
        """All forms of each field, for a fast test whether a phrase may stand in it."""
        return {
            name: frozenset(f for word in words for f in word)
            for name, words in self.fields.items()
        }

    @cached_property
    def word_sets(self) -> dict[str, frozenset[str]]:
        """The forms single words may match: not the last word of a page phrase.

        "Arbeit" alone does not find "Aufsuchende Arbeit" (lexicon ``page_phrases``);
        the phrase does.
        """
        return {
            name: frozenset(f for i, word in enumerate(words) if not _bound(words, i) for f in word)
            for name, words in self.fields.items()
        }


class ProjectIndex:
    """Search structures for one knowledge-base version."""

    def __init__(self, projects: tuple[Project, ...], topics: tuple[Topic, ...]) -> None:
        self.projects = projects
        self.topics = topics
        self._docs = [
            _Doc(
                p,
                {
                    "title": tuple(forms(p.title)),
                    "goal": tuple(forms(p.goal)),
                    "topic": tuple(forms(p.topic)),
                },
            )  # fmt: skip
            for p in projects
        ]
        df = Counter(
            form for doc in self._docs
            for form in {f for field in doc.fields.values() for word in field for f in word}
        )  # fmt: skip
        self._idf = {form: math.log(1 + len(projects) / n) for form, n in df.items()}
        self._vocab = sorted(df)
        self._similar_cache: dict[Word, dict[str, float]] = {}
        self._groups = [tuple(tuple(forms(entry)) for entry in group) for group in synonym_groups()]
        self._groups_by_form: dict[str, set[int]] = defaultdict(set)
        self._phrases_by_first_form: dict[str, list[tuple[Phrase, int]]] = defaultdict(list)
        for group_id, group in enumerate(self._groups):
            for entry in group:
                if len(entry) == 1:
                    for form in entry[0]:
                        self._groups_by_form[form].add(group_id)
                elif entry:
                    for form in entry[0]:
                        self._phrases_by_first_form[form].append((entry, group_id))
        self._needs_by_form: dict[str, list[Phrase]] = defaultdict(list)
        for everyday, page_words in NEEDS:
            targets = [target for target in (tuple(forms(w)) for w in page_words) if target]
            for told in everyday:
                for told_word in forms(told)[:1]:
                    for form in told_word:
                        self._needs_by_form[form] += targets
        self._entry_forms = sorted(self._groups_by_form)
        self._entry_heads = [form for form in self._entry_forms if len(form) >= MIN_HEAD]
        self._compact_titles = [compact(p.title) for p in projects]
        self._long_roots = [(form, stem(form)) for form in self._vocab if len(stem(form)) >= 5]
        self._long_root_of = dict(self._long_roots)
        for group in self._groups:  # warm the cache: synonyms are looked up on most queries
            for entry in group:
                for word in entry:
                    self._similar_word(word)

    # --- public queries -------------------------------------------------

    def search(self, text: str, limit: int | None = None) -> list[Hit[Project]]:
        """Projects for a free-text question, best first, at least ``MIN_SCORE``."""
        return self._rank(self._units(forms(rewrite(text), drop_noise=True)), limit)

    def by_needs(self, text: str) -> list[Hit[Project]]:
        """Projects by the needs told in everyday words alone (NEEDS): "einsam", "gemobbt"."""
        query = forms(rewrite(text), drop_noise=True)
        units = [alternatives for word in query if (alternatives := self._need_alternatives(word))]
        return self._rank(units, None, anchored=False)

    def for_target_group(self, group: str) -> list[Hit[Project]]:
        """Projects whose title or goal names the target group or a synonym of it."""
        name = target_group_name(group)
        if name is None:
            return []
        entries = _target_group_forms()[name]
        return self._rank([[(entry, 1.0) for entry in entries]], None, anchored=False)

    def find_by_name(self, text: str) -> Matches[Project]:
        """Projects by title fragment or nickname: "Kohldampf", "blaues Haus", "Windelcafe"."""
        query = compact(" ".join(terms(text, drop_noise=True)) or text)
        raw = compact(text)
        if len(query) < 4 and len(raw) < 4:
            return Matches()
        hits = []
        for project, title in zip(self.projects, self._compact_titles, strict=True):
            score = max(_name_score(query, title), _name_score(raw, title))
            if score >= lexicon.cutoff("name"):
                hits.append(Hit(project, round(score, 1), text))
        hits.sort(key=lambda hit: (-hit.score, hit.item.title))
        if hits:
            hits = [hit for hit in hits if hit.score >= hits[0].score - 3]
        return Matches(tuple(hits))

    def find_topic(self, text: str) -> Matches[Topic]:
        """A Schwerpunkt by number ("Schwerpunkt 2", "der dritte") or by its words."""
        numbers = {_number(w) for w in key(text).split()}
        hits = [Hit(t, 100.0, str(t.number)) for t in self.topics if t.number in numbers]
        if not hits:
            queries = [q for q in (compact(" ".join(terms(text, drop_noise=True))), compact(text))
                       if len(q) >= 4]  # fmt: skip
            for topic in self.topics:
                names = (compact(topic.name), compact(topic.work_focus))
                score = max((_name_score(q, n) for q in queries for n in names), default=0.0)
                if score >= 90:
                    hits.append(Hit(topic, score, text))
        return Matches(tuple(sorted(hits, key=lambda hit: (-hit.score, hit.item.number))))

    # --- scoring ---------------------------------------------------------

    def _rank(
        self, units: list[list[Alternative]], limit: int | None, anchored: bool = True
    ) -> list[Hit[Project]]:
        """Score every project; ``anchored`` units are weighed by their first word."""
        prepared = [self._prepare(unit, anchored) for unit in units]
        hits = []
        for doc in self._docs:
            score = sum(self._unit_score(doc, *unit) for unit in prepared)
            if score >= MIN_SCORE:
                hits.append(Hit(doc.project, round(score, 3), doc.project.title))
        hits.sort(key=lambda hit: (-hit.score, hit.item.title))
        return hits[:limit] if limit else hits

    def _units(self, query: list[Word]) -> list[list[Alternative]]:
        """Group the query's words into units, each with its weighted alternatives."""
        units: list[list[Alternative]] = []
        i = 0
        while i < len(query):
            span, group_ids = self._phrase_at(query, i) or ((query[i],), self._groups_of(query[i]))
            alternatives: list[Alternative] = [(span, 1.0)]
            for group_id in sorted(group_ids):
                group = self._groups[group_id]
                alternatives += [(entry, SYNONYM_WEIGHT) for entry in group if entry != span]
            if len(span) == 1:
                alternatives += self._need_alternatives(span[0])
            if not group_ids and len(span) == 1:
                alternatives += self._thesaurus_alternatives(span[0])
            units.append(alternatives)
            i += len(span)
        return units

    def _need_alternatives(self, word: Word) -> list[Alternative]:
        """The page's words for the offer that answers a need told in everyday words (NEEDS)."""
        found = {entry: None for form in word for entry in self._needs_by_form.get(form, ())}
        return [(entry, NEED_WEIGHT) for entry in found]

    def _thesaurus_alternatives(self, word: Word) -> list[Alternative]:
        """The page's words for an everyday word, and their hand-made synonyms, weighed lower."""
        table = expansions()
        found = next((table[form] for form in word if form in table), ())
        alternatives: list[Alternative] = []
        for target in found:
            weight = BRIDGED_WEIGHT if target.startswith("~") else THESAURUS_WEIGHT
            entry = tuple(forms(target.lstrip("~")))
            if not entry:
                continue
            alternatives.append((entry, weight))
            for group_id in sorted(self._groups_of_entry(entry)):
                alternatives += [(e, weight * SYNONYM_WEIGHT) for e in self._groups[group_id]]
        return alternatives

    def _groups_of_entry(self, entry: Phrase) -> set[int]:
        return {g for form in entry[0] for g in self._groups_by_form.get(form, ())}

    def _phrase_at(self, query: list[Word], i: int) -> tuple[Phrase, set[int]] | None:
        """A multi-word synonym entry ("ältere Menschen") starting at word ``i``."""
        for form in query[i]:
            for entry, group_id in self._phrases_by_first_form.get(form, ()):
                if _same_words(tuple(query[i : i + len(entry)]), entry):
                    return entry, {group_id}
        return None

    def _groups_of(self, word: Word) -> set[int]:
        """Synonym groups with ``word`` as an entry; a typo counts ("senoiren")."""
        found = {g for form in word for g in self._groups_by_form.get(form, ())}
        if found:
            return found
        for form in word:
            if len(form) >= 5:
                for entry_form, _, _ in process.extract(
                    form,
                    self._entry_forms,
                    scorer=fuzz.ratio,
                    score_cutoff=lexicon.cutoff("fuzzy"),
                    limit=None,
                ):
                    found |= self._groups_by_form[entry_form]
        if found:
            return found
        for form in word:  # a compound ending in an entry: "Turnverein" -> "Verein"
            found |= {g for head in self._entry_heads if form.endswith(head) and form != head
                      for g in self._groups_by_form[head]}  # fmt: skip
        return found

    def _prepare(
        self, unit: list[Alternative], anchored: bool
    ) -> tuple[dict[str, float], list[_PhraseAlt], Word]:
        """Per doc form, the best weighted score any single-word alternative gives it.

        A match counts no rarer than the word asked for, so a rare synonym
        ("Kita") does not outrank the word itself ("Kinder"). Also the word asked
        (its forms), for the page phrases (:meth:`_unit_score`).
        """
        own = unit[0][0]
        cap = max((self._idf[f] for f in own[0] if f in self._idf), default=99.0)
        cap = cap if anchored else 99.0
        form_scores: dict[str, float] = {}
        phrases = []
        for entry, weight in unit:
            if len(entry) > 1:
                phrases.append((entry, weight, cap, self._phrase_forms(entry)))
                continue
            for form, sim in self._similar_word(entry[0]).items():
                value = weight * sim * min(cap, self._idf[form])
                if value > form_scores.get(form, 0.0):
                    form_scores[form] = value
        return form_scores, phrases, own[0] if len(own) == 1 else ()

    def _unit_score(
        self, doc: _Doc, form_scores: dict[str, float], phrases: list[_PhraseAlt], asked: Word
    ) -> float:
        """The unit's best match in the project's fields.

        The last word of a page phrase ("Arbeit" of "Aufsuchende Arbeit") is found by
        the phrase, or by a compound ending in it ("Jugendarbeit"), not by the word
        alone or its synonyms ("Arbeit", "Job").
        """
        best = 0.0
        for field, field_forms in doc.form_sets.items():
            field_weight = FIELD_WEIGHTS[field]
            free = doc.word_sets[field]
            for form in field_forms:
                if form not in free and not _compound_of(asked, form):
                    continue
                value = form_scores.get(form)
                if value is not None and field_weight * value > best:
                    best = field_weight * value
            for entry, weight, cap, needed in phrases:
                if any(near.isdisjoint(field_forms) for near in needed):
                    continue  # some word of the phrase is not in this field
                match = self._phrase_match(entry, doc.fields[field], cap)
                best = max(best, field_weight * weight * match)
        return best

    def _phrase_forms(self, entry: Phrase) -> tuple[frozenset[str], ...]:
        """Per phrase word, the doc forms like it (a quick test before the windows)."""
        return tuple(
            frozenset(form for form, sim in self._similar_word(word).items() if sim >= PHRASE_SIM)
            for word in entry
        )

    def _phrase_match(self, entry: Phrase, words: Phrase, cap: float) -> float:
        """Rarity of the place where the phrase's words stand side by side, or 0."""
        for start in range(len(words) - len(entry) + 1):
            window = words[start : start + len(entry)]
            if all(self._word_sim(q, w) >= PHRASE_SIM for q, w in zip(entry, window, strict=True)):
                return min(cap, max(self._idf[f] for word in window for f in word))
        return 0.0

    def _word_sim(self, query: Word, word: Word) -> float:
        similar = self._similar_word(query)
        return max(similar.get(f, 0.0) for f in word)

    def _similar_word(self, word: Word) -> dict[str, float]:
        """Doc forms like any form of ``word``, cached per index (queries repeat)."""
        cached = self._similar_cache.get(word)
        if cached is None:
            if len(self._similar_cache) > 10_000:
                self._similar_cache.clear()
            cached = {}
            for form in word:
                for doc_form, sim in self._similar_forms(form).items():
                    cached[doc_form] = max(sim, cached.get(doc_form, 0.0))
            self._similar_cache[word] = cached
        return cached

    def _similar_forms(self, term: str) -> dict[str, float]:
        """Doc forms like ``term``: the same, a compound part, or a typo.

        A word the synonyms or needs know is read as itself, no typo of another word
        ("Schulden" is not "Schulen"); a word that starts with a page word is its compound
        only when the rest is a word too ("Grundschulkinder", not "Schul-den").
        """
        similar: dict[str, float] = {}
        known = term in self._groups_by_form or term in self._needs_by_form
        if len(term) >= 5 and not known:
            for form, score, _ in process.extract(
                term,
                self._vocab,
                scorer=fuzz.ratio,
                score_cutoff=lexicon.cutoff("fuzzy"),
                limit=None,
            ):
                similar[form] = FUZZY_WEIGHT * score / 100
        root = stem(term)
        if len(root) >= 6:  # long enough to look for inside compounds
            parts = [form for form in self._vocab if root in form]
        elif len(root) >= 4:
            parts = [form for form in self._vocab if form.startswith(root) or form.endswith(root)]
        else:
            parts = []
        privative = lexicon.words("privative_endings")
        parts += [form for form, r in self._long_roots
                  if (term.startswith(r) and _compound_rest(term[len(r):], privative))
                  or term.endswith(r)]  # fmt: skip
        for form in parts:
            weight = (
                COMPOUND_SIM
                if form not in self._long_root_of or root in form
                else REVERSE_COMPOUND_SIM
            )
            similar[form] = max(similar.get(form, 0.0), weight)
        if term in self._idf:
            similar[term] = 1.0
        return similar


_AGE = re.compile(r"\b(?:ist|wird|bin|sind|alt|mit)\s+(\d{1,3})\b|\b(\d{1,3})\s*(?:jahre|j\.)")
_REWRITES = [(re.compile(pattern), meaning) for pattern, meaning in REWRITES]
_IDIOMS = [(re.compile(pattern, re.IGNORECASE), meaning) for pattern, meaning in IDIOMS]


def idioms(text: str) -> str:
    """``text`` with the words that mean something else on the page replaced (``IDIOMS``)."""
    for pattern, meaning in _IDIOMS:
        text = pattern.sub(meaning, text)
    return text


def rewrite(text: str) -> str:
    """Add what a way of telling means: "ohne Arbeit" -> "arbeitslos", "ist 82" -> "Senioren".

    Words that mean something else on the page are replaced ("er sucht Arbeit").
    """
    text = idioms(text)
    folded = fold(text)
    added = [meaning for pattern, meaning in _REWRITES if pattern.search(folded)]
    for match in _AGE.finditer(folded):
        age = int(match.group(1) or match.group(2))
        added += [name for low, high, name in AGE_GROUPS if low <= age <= high]
    return " ".join([text, *added])


def _compound_rest(rest: str, privative: frozenset[str]) -> bool:
    """Whether what follows a page word's root makes a compound: a word, not an ending.

    "kinder" of "grundschulkinder" is a word; "den" of "schulden" an ending, and the
    privative endings ("arbeitslos") say the opposite of the page word.
    """
    return len(rest) >= MIN_COMPOUND_REST and rest not in privative


def _compound_of(word: Word, head: str) -> bool:
    """A form of ``word`` is a longer compound ending in ``head`` ("jugendarbeit", "arbeit")."""
    return any(form != head and form.endswith(head) for form in word)


def _bound(words: Phrase, i: int) -> bool:
    """Whether word ``i`` ends one of the page phrases (``page_phrases``) in ``words``."""
    for phrase in _page_phrases():
        start = i - len(phrase) + 1
        if start >= 0 and all(part in words[start + k] for k, part in enumerate(phrase)):
            return True
    return False


@lru_cache(maxsize=1)
def _page_phrases() -> tuple[tuple[str, ...], ...]:
    """The page phrases as their words' folded lemmas ("aufsuchend", "arbeit")."""
    return tuple(
        tuple(word[0] for word in forms(phrase)) for phrase in sorted(lexicon.words("page_phrases"))
    )


def _same_words(a: Phrase, b: Phrase) -> bool:
    return len(a) == len(b) and all(set(x) & set(y) for x, y in zip(a, b, strict=True))


def _name_score(query: str, title: str) -> float:
    if not query or not title:
        return 0.0
    if len(query) > len(title) + 5:
        return fuzz.ratio(query, title)
    return fuzz.partial_ratio(query, title)


@lru_cache(maxsize=1)
def _target_group_forms() -> dict[str, list[Phrase]]:
    """Each target group's entries as word forms, computed once per process."""
    return {
        name: [entry for entry in (tuple(forms(e)) for e in entries) if entry]
        for name, entries in TARGET_GROUPS.items()
    }


@lru_cache(maxsize=4096)  # asked for most words of each message; the lists never change
def target_group_name(text: str) -> str | None:
    """The bot's name for a target group: "senioren", "ältere Menschen" -> "Senioren"."""
    wanted = tuple(terms(text))
    if not wanted:
        return None
    found = _exact_target_group(wanted)
    if found:
        return found
    word, entries = compact(text), _target_group_entries()
    for entry, name in entries.items():  # German compounds end in the group: "Existenzgründerinnen"
        if len(entry) >= MIN_COMPOUND_HEAD and word.endswith(entry):
            return name
    for target in expansions().get(fold(text.strip()), ()):  # "Opa" -> "Großvater" -> Senioren
        found = _exact_target_group(tuple(terms(target.lstrip("~"))))
        if found:
            return found
    best = process.extractOne(word, list(entries), scorer=fuzz.ratio)
    if best and is_german_word(word) and not word.startswith(best[0]):
        return None  # a word spelt right is no typo of a group: "Frage" is not "Frauen"
    cutoff = lexicon.cutoff("fuzzy" if len(word) > SHORT_WORD else "fuzzy_short")  # "kinner"
    return entries[best[0]] if best and best[1] >= cutoff else None


def _number(word: str) -> int | None:
    """A Schwerpunkt's number: digits, a cardinal or an ordinal ("2", "zwei", "der zweite").

    A neuter ordinal ("mein zweites Kind") cannot stand for der Schwerpunkt.
    """
    if word.isdigit():
        return int(word)
    if word in lexicon.words("neuter_ordinals"):
        return None
    return lexicon.ordinals().get(word) or lexicon.cardinals().get(word)


def _exact_target_group(wanted: tuple[str, ...]) -> str | None:
    for name, entries in _target_group_forms().items():
        if any(tuple(word[0] for word in entry) == wanted for entry in entries):
            return name
    return None


@lru_cache(maxsize=1)
def _target_group_entries() -> dict[str, str]:
    """Every target group entry, compacted ("aelteremenschen"), with its group's name."""
    return {
        compact(" ".join(word[0] for word in entry)): name
        for name, entries in _target_group_forms().items()
        for entry in entries
    } | {compact(name): name for name in TARGET_GROUPS}
