"""Which statement of the page about the plan a question asks for.

A question is read as folded words with their lemmas ("gerufen" -> "rufen").
Each fact key has patterns: groups of cue phrases that must all occur ("wer"
is not needed, a verb of starting is: "gestartet", "ins Leben gerufen").
Cue words match exactly, by lemma, by prefix ("initiier*"), as the head of a
compound ("~armut" in "Kinderarmut") or with a typo. A question only matches
when every content word of it is explained by the cues of the matching keys,
the plan's own name or a few fillers ("Wie viele Einwohner hat Dortmund?" has
no verb of taking part; "Was ist das Ziel vom Walkingbus?" names a project).
These are words of the language, not facts of the page: the page's own
counts ("13" or "dreizehn" Aktionsräume, "drei" Schwerpunkte) and the titles
of its reports come from what the parser read, as the cues ``@districts``,
``@topics`` and ``@report``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from knowledge import lexicon
from knowledge.records import Hit, Matches, PlanFact
from knowledge.text import fold, is_stop_word, lemma, stem, words

WINDOW = 3  # a phrase's words may stand this far apart ("steckt hinter")
FUZZY_MIN_LEN = 6  # shorter words differ by one letter too often ("worum", "warum")

Group = tuple[str, ...]  # cue phrases, folded words separated by spaces

PLAN: Group = ("~aktionsplan", "~plan", "plans", "plaene", "soziale stadt", "sozialen stadt",
               "soziale stadt dortmund", "programm*", "konzept*", "initiative")  # fmt: skip
NAME: Group = ("~aktionsplan", "~plan", "soziale stadt", "sozialen stadt", "soziale stadt dortmund")
START: Group = (
    "start*", "gestartet", "initiier*", "beschloss*", "beschlossen", "beschliess*", "erfind*",
    "erfunden", "leben rufen", "gruend*", "gegruendet", "ausgedacht", "ausdenk*", "einfuehr*",
    "eingefuehrt", "angefangen", "anfang", "aufgelegt", "weg bringen", "angestossen",
    "anstoss*", "stammen", "stecken hinter", "stecken dahinter", "erstell*", "entwickel*",
    "entwickelt", "verfasst", "geschrieben", "gemacht", "initiator*", "urheber*", "ideengeber*",
    "erfinder*", "aufgestellt", "ausgerufen", "verantwortlich",
)  # fmt: skip
MAYOR: Group = ("oberbuergermeister*", "buergermeister*", "ob")
HOW_MANY: Group = ("wie viele", "wie viel", "wieviele", "wieviel", "wie vile", "wiviele",
                   "wie fiele", "anzahl", "zahl", "menge")  # fmt: skip
PARTICIPATE: Group = (
    "mitgemacht", "mit gemacht", "mitmach*", "machen mit", "beteiligt", "beteilig*", "~beteiligung",
    "teilgenommen", "teilnehm*", "nehmen teil", "~teilnahme", "teilnehmer*", "mitgewirkt",
    "mitwirk*", "mitgeredet", "mitred*", "mitdiskutiert", "diskutiert", "diskutieren",
    "befasst", "eingebracht", "mitsprache", "~beteiligungsprozess", "dabei gewesen",
)  # fmt: skip
CITIZEN: Group = ("~buerger*", "einwohner*", "dortmunder*", "menschen", "leute", "personen",
                  "bevoelkerung", "oeffentlichkeit")  # fmt: skip
RESULT: Group = ("ergebnis*", "ergeben", "herausgekommen", "rausgekommen", "heraus", "raus",
                 "gezeigt", "zeigen", "deutlich", "erkenntnis*", "gelernt", "fazit", "resultat",
                 "festgestellt", "gefordert", "gewuenscht", "vorgeschlagen", "vorschlaege",
                 "wuensche", "meinung")  # fmt: skip
PROCESS: Group = (*PARTICIPATE, "~prozess", "diskussion", "befragung", *CITIZEN)
CITY: Group = ("=stadt", "=dortmund", "=damit", "=dadurch")  # "Was will die Stadt damit erreichen?"
AKTIONSRAUM: Group = ("~aktionsraum", "~aktionsraeume", "aktionsraeumen", "~sozialraum",
                      "~sozialraeume", "sozialraeumen")  # fmt: skip
AREA: Group = (*AKTIONSRAUM, "gebiet*", "stadtteil*", "viertel", "quartier*", "bezirk*",
               "ortsteil*", "@districts", "gegend*", "orte")  # fmt: skip
WHAT_IS: Group = ("was ist", "was is", "was sind", "was bedeutet", "was bedeuten", "was heisst",
                  "was meint", "was versteht", "was genau", "bedeutung", "definition",
                  "erklaer*", "gemeint", "wozu", "zweck", "unterschied")  # fmt: skip
WHY: Group = ("warum", "wieso", "weshalb", "weswegen", "grund", "gruende", "wie kommt")
SELECT: Group = ("kriteri*", "ausgewaehlt", "~auswahl", "auswaehl*", "ausgesucht", "aussuch*",
                 "bestimmt", "festgelegt", "entschieden", "gewaehlt", "nach welchen",
                 "durchschnitt*", "benachteiligt*")  # fmt: skip
WHICH: Group = ("welche", "welcher", "welches", "was sind", "was fuer", "nenn*", "liste",
                "worum", "um was", "geht es", "inhalt*", "alle", "@topics")  # fmt: skip
THEMES: Group = ("=themen", "=thema", "=themenbereiche", "=schwerpunkte", "=schwerpunkten",
                 "~arbeitsschwerpunkte", "=arbeitsschwerpunkt", "=handlungsfelder", "=ziele",
                 "=zielen", "=bereiche", "=inhalte")  # fmt: skip
ACHIEVE: Group = ("erreichen", "bewirken", "verbessern", "wollen", "will", "verfolg*", "bezweck*")
PROJECTS: Group = ("~projekt", "~projekte", "projekten", "massnahmen", "angebote")
IMPLEMENT: Group = ("umgesetzt", "umsetz*", "umsetzung", "laufen", "laufend*", "aktuell")
POVERTY: Group = ("~armut", "armutsbekaempfung", "arm", "arme", "armen", "aermer")
AGAINST: Group = ("gegen", "bekaempf*", "strategie*", "tun", "unternehmen", "machen", "hilft",
                  "helfen", "vorgehen")  # fmt: skip
STRATEGY: Group = ("strategie*", "ansatz", "vorgehen")
REPORT: Group = ("~sozialbericht", "~bericht", "@report", "~atlas", "sozialberichterstattung",
                 "sozialdaten")  # fmt: skip
REPORT_CONTENT: Group = (*WHAT_IS, "drin", "drinstehen", "stehen", "steht", "zeigen",
                         "beschreib*", "inhalt*", "aussagen", "sagen", "erfahren")  # fmt: skip
FILLER: Group = ("hallo", "hi", "hey", "moin", "guten tag", "bitte", "danke", "mal", "kurz",
                 "eigentlich", "genau", "ueberhaupt", "damals", "urspruenglich", "frage", "fragen",
                 "wissen", "weiss", "gerne", "sagen", "erzaehlen", "erklaeren", "info", "infos",
                 "interessiert", "interessieren", "eigentlich", "gerade", "nochmal", "ja", "gibt",
                 "gibts", "insgesamt", "bisher", "schon", "genau", "so")  # fmt: skip


@dataclass(frozen=True)
class _Rule:
    key: str
    patterns: tuple[tuple[Group, ...], ...]
    excludes: Group = ()
    places_ok: bool = False  # a place name does not block ("Warum ist Hörde dabei?")
    tolerated: Group = ()  # further words the rule's questions may contain


RULES: tuple[_Rule, ...] = (
    _Rule("initiator", ((START, PLAN), (START,), (MAYOR, PLAN)),
          excludes=("=wann", "=ich", "=wir", "mit gemacht")),
    _Rule("participation", ((PARTICIPATE, HOW_MANY), (PARTICIPATE, CITIZEN), (PARTICIPATE, PLAN),
                            (HOW_MANY, ("tausend", "mehrere tausend")), (("=wer",), PARTICIPATE)),
          excludes=("=ich", "=wir", "=wo")),
    _Rule("lesson", ((RESULT, PROCESS),), excludes=REPORT),
    _Rule("aktionsraeume", ((WHAT_IS, AKTIONSRAUM), (WHY, AREA), (SELECT, AREA),
                            (HOW_MANY, AKTIONSRAUM)), places_ok=True, tolerated=("liegen",)),
    _Rule("arbeitsschwerpunkte", ((WHICH, THEMES), (THEMES, PLAN), (ACHIEVE, PLAN),
                                  (("worum", "um was"), PLAN), (ACHIEVE, CITY)),
          excludes=PROJECTS, tolerated=CITY),
    _Rule("projects", ((HOW_MANY, PROJECTS), (IMPLEMENT, PROJECTS))),
    _Rule("strategy", ((POVERTY, AGAINST), (STRATEGY, PLAN), (WHY, PLAN), (ACHIEVE, PLAN),
                       (ACHIEVE, CITY)),
          excludes=PROJECTS, tolerated=CITY),  # what the city wants: also its strategy
    _Rule("report", ((REPORT, REPORT_CONTENT),)),
)  # fmt: skip


Token = tuple[str, str]  # folded surface, folded lemma


class PlanQuestions:
    """Maps questions about the plan to the page's statements (:class:`PlanFact`)."""

    def __init__(
        self,
        facts: tuple[PlanFact, ...],
        place_words: frozenset[str],
        counts: dict[str, int] | None = None,
        titles: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        """``counts``: the page's figures by cue ("@districts": 13); ``titles`` likewise."""
        self.facts = {fact.key: fact for fact in facts}
        self._places = place_words
        self._filler = [_phrase(cue) for cue in FILLER]
        self._numbers = {
            form: cue
            for cue, number in (counts or {}).items()
            for form in (str(number), lexicon.number_word(number))
            if form
        }
        self._titles = [
            (tuple(fold(w) for w in words(title)), cue)
            for cue, named in (titles or {}).items()
            for title in named
        ]

    def find(self, text: str) -> Matches[PlanFact]:
        """The statements the question asks for, most specific first; none if unsure."""
        tokens = self._page_cues(_tokens(text))
        if not tokens:
            return Matches()
        cues = [_token_cues(token) for token in tokens]
        hits: list[tuple[int, int, str]] = []
        covered: set[int] = set()
        places_ok = False
        for order, rule in enumerate(RULES):
            if rule.key not in self.facts or _find_group(cues, rule.excludes):
                continue
            best = 0
            for pattern in rule.patterns:
                found = [_find_group(cues, group) for group in pattern]
                if all(found) and len(set().union(*found)) >= len(pattern):  # distinct words
                    best = max(best, len(pattern))
                    covered |= {i for positions in found for i in positions}
            if best:
                hits.append((-best, order, rule.key))
                covered |= _find_group(cues, PLAN) | _find_group(cues, rule.tolerated)
                places_ok = places_ok or rule.places_ok
        if not hits or not self._explained(tokens, cues, covered, places_ok):
            return Matches()
        hits.sort()
        return Matches(tuple(Hit(self.facts[key], float(-score), text) for score, _, key in hits))

    def asks_what_it_is(self, text: str) -> bool:
        """The plan itself asked for by its name: "was ist das für ein Plan, Soziale Stadt?".

        "was ist" (:data:`WHAT_IS`) and the plan's name (:data:`NAME`), every other word
        a filler, as the statements' rules read them; a project's title with "Plan"
        ("Plan B") is the caller's to tell apart.
        """
        tokens = _tokens(text)
        cues = [_token_cues(token) for token in tokens]
        asked, named = _find_group(cues, WHAT_IS), _find_group(cues, NAME)
        return bool(asked and named) and self._explained(tokens, cues, asked | named, False)

    def _page_cues(self, tokens: list[Token]) -> list[Token]:
        """The page's counts and report titles in the question, as their cues."""
        read = [(self._numbers[s], self._numbers[s]) if s in self._numbers else (s, lem)
                for s, lem in tokens]  # fmt: skip
        for title, cue in self._titles:
            for start in range(len(read) - len(title) + 1):
                if tuple(s for s, _ in read[start : start + len(title)]) == title:
                    read[start : start + len(title)] = [(cue, cue)]
                    break
        return read

    def _explained(
        self, tokens: list[Token], cues: list[frozenset[str]], covered: set[int], places_ok: bool
    ) -> bool:
        """Every content word is a cue, a filler or (where allowed) a place name."""
        for phrase in self._filler:
            covered |= _find_phrase(cues, phrase)
        for i, (surface, _) in enumerate(tokens):
            if i in covered or (is_stop_word(surface) and not surface.isdigit()):
                continue
            if places_ok and surface in self._places:
                continue
            return False
        return True


def _tokens(text: str) -> list[Token]:
    return [(fold(word), lemma(word)) for word in words(text) if word]


@lru_cache(maxsize=512)
def _phrase(cue: str) -> tuple[str, ...]:
    return tuple(cue.split())


def _find_group(cues: list[frozenset[str]], group: Group) -> set[int]:
    """Positions of all phrases of ``group`` that occur; empty when none does."""
    present = frozenset().union(*cues)
    found: set[int] = set()
    for cue in group:
        phrase = _phrase(cue)
        if all(word in present for word in phrase):
            found |= _find_phrase(cues, phrase)
    return found


def _find_phrase(cues: list[frozenset[str]], phrase: tuple[str, ...]) -> set[int]:
    """Positions of the phrase's words, in order, each within ``WINDOW`` of the last.

    ``cues`` holds, per word of the question, the cue words it matches.
    """
    for start in range(len(cues)):
        if phrase[0] not in cues[start]:
            continue
        positions, at = [start], start
        for cue in phrase[1:]:
            nxt = next((j for j in range(at + 1, min(len(cues), at + 1 + WINDOW))
                        if cue in cues[j]), None)  # fmt: skip
            if nxt is None:
                break
            positions.append(nxt)
            at = nxt
        if len(positions) == len(phrase):
            return set(positions)
    return set()


@lru_cache(maxsize=1)
def _cue_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Every word of every cue: plain, ``=`` as typed, ``*`` prefixes, ``~`` compound heads."""
    groups = [PLAN, FILLER] + [g for rule in RULES for p in rule.patterns for g in p]
    groups += [rule.excludes for rule in RULES] + [rule.tolerated for rule in RULES]
    every = {word for group in groups for cue in group for word in cue.split()}
    exact = frozenset(w for w in every if not w.startswith(("=", "~")) and not w.endswith("*"))
    return (
        exact,
        tuple(sorted(w for w in every if w.startswith("="))),
        tuple(sorted(w for w in every if w.endswith("*"))),
        tuple(sorted(w for w in every if w.startswith("~"))),
    )


@lru_cache(maxsize=1)
def _long_cues() -> list[str]:
    return sorted(cue for cue in _cue_words()[0] if len(cue) >= FUZZY_MIN_LEN)


@lru_cache(maxsize=8192)
def _token_cues(token: Token) -> frozenset[str]:
    """The cue words a token matches (each token is looked at once, then remembered)."""
    exact, as_typed, prefixes, heads = _cue_words()
    surface, lem = token
    found = {cue for cue in (surface, lem) if cue in exact}
    found |= {cue for cue in as_typed if cue[1:] == surface}
    found |= {cue for cue in prefixes if _word_matches(cue, token)}
    found |= {cue for cue in heads if _word_matches(cue, token)}
    if len(surface) >= FUZZY_MIN_LEN and not surface.isdigit():
        for cue, score, _ in process.extract(
            surface,
            _long_cues(),
            scorer=fuzz.ratio,
            score_cutoff=lexicon.cutoff("fuzzy_short"),
            limit=None,
        ):
            if score >= _cutoff(cue):
                found.add(cue)
    return frozenset(found)


def _word_matches(cue: str, token: Token) -> bool:
    """``=word``: exactly as typed; ``word*``: a prefix; ``~word``: also a compound's head."""
    surface, lem = token
    if cue.startswith("="):
        return surface == cue[1:]
    if cue.startswith("~"):
        cue = cue[1:]
        head = stem(cue.rstrip("*"))
        if len(surface) > len(head) and stem(surface).endswith(head):
            return True
    if cue.endswith("*"):
        return surface.startswith(cue[:-1]) or lem.startswith(cue[:-1])
    if cue in (surface, lem):
        return True
    if min(len(cue), len(surface)) < FUZZY_MIN_LEN or surface.isdigit():
        return False
    return fuzz.ratio(cue, surface) >= _cutoff(cue)


def _cutoff(cue: str) -> float:
    """How close a typed word must come to a cue word: short ones need less (one typo)."""
    return lexicon.cutoff("fuzzy_short" if len(cue) <= FUZZY_MIN_LEN else "fuzzy")
