"""Hybrid project ranking: word matches and meaning, fused into one score.

The lexical search (:mod:`knowledge.search`: lemmas, synonyms, the
OpenThesaurus expansions, typos) finds what shares words with the page; the
embeddings (:mod:`knowledge.semantic`) find what means the same in other words
or another language. Each project gets one fused score in 0..1:

- a one-word question ("senoiren", "Ehrenamt") carries too little meaning for
  the embedding, so its words count in full, the meaning only adds;
- in a longer question, words count only as far as the project's goal fits
  the question's meaning: "Ich will ein Haus kaufen, gern ein blaues" shares
  two words with "Das blaue Haus", but its goal (work for the long-term
  unemployed) is among the least similar of all, so nothing fits;
- the meaning counts by the cosine to the project's title and goal, and by
  how far that project stands out from the others for this question.

One threshold, :data:`FITS`, says "nothing fits" below it. The constants were
calibrated on the search-quality tables of ``tests/knowledge/test_search.py``
(positives) against out-of-scope questions (negatives); see README, "The
semantic layer", for the figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from knowledge.listed import label_of
from knowledge.records import Hit, Project

LEXICAL_HALF = 2.0  # a lexical score that counts as half a fit (1 word ~ 2-3)
SEMANTIC_WEIGHT = 0.5
COSINE_FLOOR = 0.82  # e5: an unrelated question scores about 0.78-0.82 against a project
COSINE_SPAN = 0.06  # from the floor to a clear paraphrase
GOAL_Z_FLOOR = -0.5  # a goal this far below the average similarity vetoes the word matches
GOAL_Z_SPAN = 0.5
STAND_OUT_Z = 2.0  # standard deviations above the other projects where meaning starts to count
# Where the words and the meaning agree on a project (it stands this many standard deviations
# above the others, to title and goal and to the goal alone), its words count up to this much
# more: "Mahnungen vom Inkasso" shares a word of debt with the goal that offers the
# Schuldnerberatung, and the story's meaning is nearest to that goal too. Calibrated on the
# development sets (tests/dev: situations, described, offtopic; session 11): 0.07 raised the
# described needs from 61 to 89 % right and kept every off-topic answer; 0.1 let one
# off-topic question of tests/knowledge/semantic_tables.py in, 0.2 several.
AGREE_Z = 1.0
AGREE_WEIGHT = 0.07
# A question in another language stands further from the page's German passages: its cosines
# to every project sit lower (English stories about 0.76 to title and goal on average, German
# ones 0.805 with a spread of 0.02; to the goal alone 0.78 and 0.814; tests/dev, session 12).
# Its cosines are raised by the gap between these means and its own, so that the floor and span
# mean for it what they mean for German; and its closeness is the lesser of the two, as a
# title's name translates word by word ("a blue house" is near "Das blaue Haus", not its goal).
GERMAN_MEAN_COSINE = 0.805
GERMAN_MEAN_GOAL_COSINE = 0.814
FITS = 0.30  # the one "nothing fits" threshold on the fused score
LIST_SHARE = 0.5  # a short list: projects within this share of the best fused score
MAX_LIST = 5
CLEAR_LEAD = 0.15  # the best is the clear leader this far ahead of the second
# A question that describes one project and asks about it ("die Sache mit den Müttern, die
# zwei Sprachen sprechen – was ist das Ziel?") means one: the best fitting is meant when it
# leads even a little, the next ones are offered beside it; closer than this the two are
# essentially tied and the citizen is asked which (tests/dev/described.yml, session 10: the
# best was the one described in 54 of 63 German questions; of the nine misses, one stood
# less than 0.015 ahead, and in seven the meant one was among the two offered beside it).
DESCRIBED_LEAD = 0.015
ALSO_MEANT = 2  # at most this many runners-up offered beside a described project's answer
# A story's clause that fits a project counts this much of its own score for the whole story
# (see with_clauses; on the development situations 0.9 kept the described and "nothing
# fits" questions as they were and 1.0 did not).
CLAUSE_SHARE = 0.9
# ... unless the whole story's meaning is this far (standard deviations) below the average
# for that project's goal: less strict than GOAL_Z_FLOOR, as a story's meaning is spread thin.
CLAUSE_Z_FLOOR = -1.5
# A project found by a need told in everyday words (knowledge.synonyms.NEEDS: "gemobbt" for the
# violence prevention) keeps its words unless the story's meaning is this far below the average
# for its goal, or for its title and goal, whichever is nearer: a goal in the page's terse words
# ("Coolness- und Streitschlichter-Trainings") stands 1.2-1.4 standard deviations below the
# average for a bullying story, its title above it. As for a clause (CLAUSE_Z_FLOOR); on tests/dev
# (session 13) -1.0, -1.5 and -2.0 listed the same, -0.5 one situation fewer.
NEED_Z_FLOOR = -1.5
# Beside a told need, the other projects' word matches count this share (0.5 / 0.6 / 0.7 kept
# 76 / 77 / 78 of the 100 described questions of tests/dev, 0.8 lost a situation; session 13).
BESIDE_NEED = 0.7
# A need word's lexical score that counts as half a fit: one need word alone now reaches FITS
# (at LEXICAL_HALF it landed at 0.26-0.29: "Ich fühle mich so einsam, seit ..."; session 13).
NEED_HALF = 1.5

# A story that tells an age or a life stage ("ich bin 67", "meine Tochter geht in die 3. Klasse",
# "Rentnerin"): the projects the page addresses to that stage count this much more, those it
# addresses only to other stages this much less (see by_life_stage; calibrated on the
# development situations, README "The semantic layer").
STAGE_RAISE = 1.15
STAGE_LOWER = 0.7

# A story close to a situation listed for a project (knowledge.situations) means that project:
# its best cosine from SITUATION_FLOOR over SITUATION_SPAN, as far as it stands SITUATION_Z
# standard deviations above the other projects' best (over SITUATION_Z_SPAN); this much of it
# lets the project's word matches count in full (calibrated: README, "The semantic layer").
SITUATION_FLOOR = 0.86
SITUATION_SPAN = 0.05
SITUATION_Z = 1.0
SITUATION_Z_SPAN = 1.0
SITUATION_BACKS = 0.5
# A story's best cosine per project to the situations, averaged over the projects: German
# stories 0.845, stories in other languages 0.801 (tests/dev stories, situations, described;
# session 14); another language's are raised by its gap, as GERMAN_MEAN_COSINE does for titles.
GERMAN_MEAN_SITUATION = 0.845
# A German question nearer to the everyday senses listed for the projects' words
# (knowledge.situations, not_meant: "Restaurant für eine Geburtstagsfeier" for the
# Lerngastronomie) than to any situation or German description of a project (described:
# "Was ist Kohldampf?") asks about everyday things: from EVERYDAY_FROM nearer (best cosine to
# the senses minus best to the tellings) over EVERYDAY_SPAN, no project fits. On the development
# sets (tests/dev: everyday18, conversations17 and the older ones; 633 German questions that
# projects answer, 114 that none does) no question a project answers came nearer by more than
# 0.013; 51 of the 114 by more than 0.02 (README, "The semantic layer").
EVERYDAY_FROM = 0.02
EVERYDAY_SPAN = 0.01
EVERYDAY_SURE = 0.5  # from this share on, a word of a title names no project either
# A question nearer by BEYOND_FROM to a telling of what the plan has nothing for
# (knowledge.situations, tellings_beyond_plan: a need no project answers, an errand) than to any
# situation or description of a project, in German or its own language, asks for neither
# (calibrated on the development sets: README, "The semantic layer").
BEYOND_FROM = 0.02
EVERYDAY_MIN_WORDS = 4  # fewer words ("das blaue Haus", "Kohldampf?") carry little but a name

Scores = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Ranking:
    """Every project's fused score for one question, and what clearly fits.

    ``hits`` are the projects that fit, when the best clearly does (fused
    score at least :data:`FITS`): those within :data:`LIST_SHARE` of the
    best, at most :data:`MAX_LIST`, best first. A weak best thus comes with
    its close runners-up, not alone as if it were the one meant. ``ranked``
    is every project, by fused score, then by closeness in meaning, then by
    title: the order for suggestions
    ("Meinten Sie ...?") when nothing clearly fits, also in another language.
    """

    hits: tuple[Hit[Project], ...]
    ranked: tuple[Hit[Project], ...]
    # the question uses the projects' words in an everyday sense (see EVERYDAY_FROM)
    everyday: bool = False

    @property
    def leader(self) -> Project | None:
        """The one project that clearly fits best, if it stands clearly ahead."""
        return self.leader_by(CLEAR_LEAD)

    def near_best(self, within: float = CLEAR_LEAD, limit: int = ALSO_MEANT) -> tuple[Project, ...]:
        """The fitting projects after the best that come within ``within`` of its score."""
        if not self.hits:
            return ()
        best = self.hits[0].score
        return tuple(h.item for h in self.hits[1:] if best - h.score < within)[:limit]

    def leader_by(self, lead: float) -> Project | None:
        """The best fitting project if it stands ``lead`` ahead of the second."""
        if not self.hits:
            return None
        if len(self.hits) == 1 or self.hits[0].score - self.hits[1].score >= lead:
            return self.hits[0].item
        return None


def fuse(
    text: str,
    projects: tuple[Project, ...],
    lexical: dict[int, float],
    title_goal: dict[str, float],
    goal: dict[str, float],
    other_language: bool = False,
    needs: dict[int, float] | None = None,
    situations: dict[str, float] | None = None,
    own_situations: dict[str, float] | None = None,
    everyday: float = 0.0,
) -> Ranking:
    """Rank ``projects`` for ``text``.

    Args:
        text: the question.
        projects: all projects, in page order.
        lexical: lexical score by project number (missing: 0).
        title_goal: cosine of the question to each project's title and goal, by number.
        goal: cosine of the question to each project's goal alone, by number.
        other_language: the question is in another language than the page
            (its cosines are raised to a German question's level: :data:`GERMAN_MEAN_COSINE`).
        needs: the lexical score of the needs told in everyday words alone, by project number
            (:meth:`knowledge.search.ProjectIndex.by_needs`): their words are backed by the
            meaning less strictly (:data:`NEED_Z_FLOOR`).
        situations: the best cosine of the question to each project's listed situations
            (:mod:`knowledge.situations`), by number: a story close to one counts as meaning.
        own_situations: the same for the situations and descriptions told in the question's
            own language, when it is another than German (their level moved to a German
            story's), for a question as for a story.
        everyday: how far the question asks about everyday things (:func:`everyday_share`):
            every project's score falls by this share.
    """
    if not projects:
        return Ranking((), ())
    numbers = [str(p.number) for p in projects]
    lex = np.array([lexical.get(p.number, 0.0) for p in projects])
    words = lex / (lex + LEXICAL_HALF)
    if title_goal and goal:
        told = np.array([(needs or {}).get(p.number, 0.0) for p in projects])
        situ = _array(situations, numbers) if situations else None
        own = _array(own_situations, numbers) if own_situations else None
        if situ is not None and other_language:
            situ = _at_german_level(situ, own)
        elif situ is not None and own is not None:  # a question, not a story: its own language's
            situ = np.maximum(situ, _own_at_german_level(own))  # tellings, the German as they are
        scores = _fused(
            text, words, _array(title_goal, numbers), _array(goal, numbers), other_language, told,
            situ,
        )  # fmt: skip
    else:  # no vectors for this build: words alone
        scores = words
    closeness = _array(title_goal, numbers) if title_goal else np.zeros(len(projects))
    ranking = _ranking(projects, scores * (1.0 - everyday), closeness)
    return replace(ranking, everyday=everyday >= EVERYDAY_SURE)


def everyday_share(not_meant: dict[str, float], meant: dict[str, float]) -> float:
    """How far a German question asks about everyday things rather than a project, 0..1.

    ``not_meant``: its cosines to the everyday senses of the projects' words;
    ``meant``: to what the projects are told as (situations, descriptions). The
    best of the first against the best of the second, from :data:`EVERYDAY_FROM`
    over :data:`EVERYDAY_SPAN`.
    """
    if not not_meant or not meant:
        return 0.0
    gap = max(not_meant.values()) - max(meant.values())
    return float(np.clip((gap - EVERYDAY_FROM) / EVERYDAY_SPAN, 0.0, 1.0))


def label_beyond_plan(beyond: dict[str, float], meant: dict[str, float]) -> str:
    """The label of what a question asks beyond the plan ("unmet", "errands"), or "".

    ``beyond``: its cosines to the tellings of needs and errands no project is for;
    ``meant``: to the situations and descriptions told for the projects. The nearest
    of the first counts when it is :data:`BEYOND_FROM` nearer than the nearest of the second.
    """
    if not beyond or not meant:
        return ""
    ref, best = max(beyond.items(), key=lambda item: item[1])
    return label_of(ref) if best - max(meant.values()) >= BEYOND_FROM else ""


def with_clauses(
    whole: Ranking, clauses: list[tuple[Ranking, int]], goal: dict[str, float]
) -> Ranking:
    """The ranking of a story, raised where one of its clauses fits a project better.

    A story ("Mein Mann ist arbeitslos, schon ewig, und trinkt inzwischen")
    spreads its need over words about other things; the clause that carries
    the need fits its project as a short question would. Each project keeps the
    better of its score for the whole and :data:`CLAUSE_SHARE` of its best
    clause's score, as far as the whole story's meaning backs its goal: a
    clause of one content word ("gern ein blaues" of a question about buying a
    house) as strictly as the words of any question (:data:`GOAL_Z_FLOOR`), a
    longer one less strictly (:data:`CLAUSE_Z_FLOOR`).

    Args:
        whole: the ranking of the whole text.
        clauses: the ranking of each clause (:func:`fuse` of the clause alone) and
            how many content words it has.
        goal: cosine of the whole text to each project's goal alone, by number.
    """
    if not clauses or not whole.ranked or whole.everyday:  # no clause of it asks for a need
        return whole
    projects = tuple(sorted((h.item for h in whole.ranked), key=lambda p: p.number))
    numbers = [str(p.number) for p in projects]
    scores = _scores(whole, projects)
    goal_z = _z(_array(goal, numbers)) if goal else np.full(len(projects), np.inf)
    raised: Scores = scores
    for ranking, content_words in clauses:
        floor = CLAUSE_Z_FLOOR if content_words > 1 else GOAL_Z_FLOOR
        clause: Scores = CLAUSE_SHARE * _scores(ranking, projects) * _backed(goal_z, floor)
        raised = np.maximum(raised, clause)
    place = {h.item.number: i for i, h in enumerate(whole.ranked)}
    closeness = np.array([-place[p.number] for p in projects], dtype=np.float64)  # ties: as before
    return _ranking(projects, raised, closeness)


def by_life_stage(
    ranking: Ranking, told: frozenset[str], stages_of: dict[int, frozenset[str]]
) -> Ranking:
    """The ranking, its projects raised or lowered by whether they are for the stage told.

    A soft weight, never a filter: a project for several ages ("Kinder, Jugendliche
    und Eltern") that the words alone did not list is not listed for one of them;
    and it makes no project the clear leader that was none before (its score stays
    just short of :data:`CLEAR_LEAD` ahead). A project for the stage told
    ("Senioren" of "ich bin 67") counts :data:`STAGE_RAISE` times its score, a
    project only for other stages (the school leavers' of "bin schon über 40")
    :data:`STAGE_LOWER` times; a project for every age, or for none the page
    names, keeps its score.

    Args:
        ranking: the ranking of the story.
        told: the life stages the story tells (:func:`knowledge.lifestage.stages`).
        stages_of: the life stages each project is for, by number.
    """
    if not told or not ranking.ranked:
        return ranking

    def weight(project: Project) -> float:
        meant = stages_of.get(project.number, frozenset())
        if not meant:
            return 1.0
        return STAGE_RAISE if meant & told else STAGE_LOWER

    weighted = _weighted(ranking, weight)
    if ranking.hits:  # only a project for the stage told alone joins the list; others move in it
        listed = {hit.item.number for hit in ranking.hits}
        kept = tuple(
            hit
            for hit in weighted.hits
            if hit.item.number in listed or stages_of.get(hit.item.number, frozenset()) <= told
        )
        weighted = Ranking(kept or weighted.hits, weighted.ranked)
    if ranking.leader is not None or weighted.leader is None or len(weighted.hits) < 2:
        return weighted
    # The stage tells whom, not which project: it orders the list, it singles out none.
    first, second = weighted.hits[0], weighted.hits[1]
    capped = Hit(first.item, round(second.score + CLEAR_LEAD - 0.001, 4), first.matched)
    return Ranking((capped, *weighted.hits[1:]), (capped, *weighted.ranked[1:]))


def _scores(ranking: Ranking, projects: tuple[Project, ...]) -> Scores:
    by_number = {hit.item.number: hit.score for hit in ranking.ranked}
    return np.array([by_number.get(p.number, 0.0) for p in projects], dtype=np.float64)


def for_others_lowered(ranking: Ranking, others: frozenset[int]) -> Ranking:
    """The ranking, the projects for the people of a story's background only lowered.

    "Ich fühle mich einsam, seit meine Kinder weggezogen sind": the children are not
    the ones in need, so the projects for children count :data:`STAGE_LOWER` times.
    """
    if not others or not ranking.ranked:
        return ranking
    return _weighted(ranking, lambda project: STAGE_LOWER if project.number in others else 1.0)


def _weighted(ranking: Ranking, weight: Callable[[Project], float]) -> Ranking:
    """The ranking, each project's score times its weight (at most 1); ties keep their order."""
    projects = tuple(h.item for h in ranking.ranked)
    scores = np.array([h.score * weight(h.item) for h in ranking.ranked], dtype=np.float64)
    closeness = -np.arange(len(projects), dtype=np.float64)
    return _ranking(projects, np.minimum(scores, 1.0), closeness)


def _ranking(projects: tuple[Project, ...], scores: Scores, closeness: Scores) -> Ranking:
    order = sorted(
        range(len(projects)), key=lambda i: (-scores[i], -closeness[i], projects[i].title)
    )
    ranked = tuple(Hit(projects[i], round(float(scores[i]), 4), projects[i].title) for i in order)
    best = ranked[0].score if ranked else 0.0
    hits = (
        tuple(h for h in ranked if h.score >= LIST_SHARE * best)[:MAX_LIST] if best >= FITS else ()
    )
    return Ranking(hits, ranked)


def _backed(goal_z: Scores, floor: float = GOAL_Z_FLOOR) -> Scores:
    """How far a goal's closeness to the question lets its word matches count (0..1)."""
    backed: Scores = np.clip((goal_z - floor) / GOAL_Z_SPAN, 0.0, 1.0)
    return backed


def _fused(
    text: str,
    words: Scores,
    title_goal: Scores,
    goal: Scores,
    other_language: bool = False,
    needs: Scores | None = None,
    situations: Scores | None = None,
) -> Scores:
    goal_z = _z(goal)
    close = _close_across(title_goal, goal) if other_language else _close(title_goal)
    if len(text.split()) <= 1:  # one word: standing out means little ("qwertzuiop")
        return np.minimum(1.0, words + SEMANTIC_WEIGHT * close)
    stands_out = np.clip(np.minimum(_z(title_goal), goal_z) - STAND_OUT_Z, 0.0, 1.0)
    meaning = np.maximum(close, stands_out)
    backed = _backed(goal_z)
    if situations is not None:  # a story like one told for the project: meaning, and its words
        told_like = _told_like(situations)
        meaning = np.maximum(meaning, told_like)
        backed = np.maximum(backed, np.clip(told_like / SITUATION_BACKS, 0.0, 1.0))
    if needs is not None and needs.any():  # a need told in everyday words decides
        told = needs > 0
        words = np.where(told, np.maximum(words, needs / (needs + NEED_HALF)), words)
        need_z = np.maximum(goal_z, _z(title_goal))  # the need's word is often the title's
        backed = np.where(told, _backed(need_z, NEED_Z_FLOOR), backed * BESIDE_NEED)
    agree = np.clip(np.minimum(_z(title_goal), goal_z) - AGREE_Z, 0.0, 1.0)
    fused: Scores = (1 - SEMANTIC_WEIGHT + AGREE_WEIGHT * agree) * words * backed
    fused += SEMANTIC_WEIGHT * meaning
    return fused


def _at_german_level(german: Scores, own: Scores | None) -> Scores:
    """A story in another language compared with the situations as a German story would be.

    Its cosines to the German situations are raised by their gap to a German story's
    level, as the titles' cosines are; those to the situations told in its own language
    are moved to that level (e5 rates two English texts closer than two German ones).
    """
    raised: Scores = german + max(0.0, GERMAN_MEAN_SITUATION - float(german.mean()))
    if own is None:
        return raised
    return np.maximum(raised, _own_at_german_level(own))


def _own_at_german_level(own: Scores) -> Scores:
    """Cosines to the tellings in the question's own language, moved to a German story's level."""
    return own + (GERMAN_MEAN_SITUATION - float(own.mean()))


def _told_like(situations: Scores) -> Scores:
    """How like a situation listed for each project the story is, 0..1: close and standing out."""
    close: Scores = np.clip((situations - SITUATION_FLOOR) / SITUATION_SPAN, 0.0, 1.0)
    stands_out: Scores = np.clip((_z(situations) - SITUATION_Z) / SITUATION_Z_SPAN, 0.0, 1.0)
    return close * stands_out


def _close_across(title_goal: Scores, goal: Scores) -> Scores:
    """:func:`_close` of a question in another language, raised to a German one's level."""
    return np.minimum(
        _close(title_goal + max(0.0, GERMAN_MEAN_COSINE - float(title_goal.mean()))),
        _close(goal + max(0.0, GERMAN_MEAN_GOAL_COSINE - float(goal.mean()))),
    )


def _close(cosines: Scores) -> Scores:
    """How close in meaning, 0..1, from :data:`COSINE_FLOOR` over :data:`COSINE_SPAN`."""
    close: Scores = np.clip((cosines - COSINE_FLOOR) / COSINE_SPAN, 0.0, 1.0)
    return close


def _array(by_number: dict[str, float], numbers: list[str]) -> Scores:
    return np.array([by_number.get(n, 0.0) for n in numbers], dtype=np.float64)


def _z(values: Scores) -> Scores:
    """How many standard deviations each value stands above the mean of all."""
    spread = float(values.std())
    result: Scores = (values - values.mean()) / spread if spread > 0 else values * 0.0
    return result
