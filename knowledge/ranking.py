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

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from knowledge.records import Hit, Project

LEXICAL_HALF = 2.0  # a lexical score that counts as half a fit (1 word ~ 2-3)
SEMANTIC_WEIGHT = 0.5
COSINE_FLOOR = 0.82  # e5: an unrelated question scores about 0.78-0.82 against a project
COSINE_SPAN = 0.06  # from the floor to a clear paraphrase
GOAL_Z_FLOOR = -0.5  # a goal this far below the average similarity vetoes the word matches
GOAL_Z_SPAN = 0.5
STAND_OUT_Z = 2.0  # standard deviations above the other projects where meaning starts to count
FITS = 0.30  # the one "nothing fits" threshold on the fused score
LIST_SHARE = 0.5  # a short list: projects within this share of the best fused score
MAX_LIST = 5
CLEAR_LEAD = 0.15  # the best is the clear leader this far ahead of the second
# A question that describes one project and asks about it ("die Sache mit den Müttern, die
# zwei Sprachen sprechen – was ist das Ziel?") means one: the best fitting is meant when
# it stands this far ahead (on the development sets the best was the one described in
# 48 of 50 such questions; the two misses were less than 0.025 ahead).
DESCRIBED_LEAD = 0.04

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

    @property
    def leader(self) -> Project | None:
        """The one project that clearly fits best, if it stands clearly ahead."""
        return self.leader_by(CLEAR_LEAD)

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
) -> Ranking:
    """Rank ``projects`` for ``text``.

    Args:
        text: the question.
        projects: all projects, in page order.
        lexical: lexical score by project number (missing: 0).
        title_goal: cosine of the question to each project's title and goal, by number.
        goal: cosine of the question to each project's goal alone, by number.
    """
    if not projects:
        return Ranking((), ())
    numbers = [str(p.number) for p in projects]
    lex = np.array([lexical.get(p.number, 0.0) for p in projects])
    words = lex / (lex + LEXICAL_HALF)
    if title_goal and goal:
        scores = _fused(text, words, _array(title_goal, numbers), _array(goal, numbers))
    else:  # no vectors for this build: words alone
        scores = words
    closeness = _array(title_goal, numbers) if title_goal else np.zeros(len(projects))
    order = sorted(
        range(len(projects)), key=lambda i: (-scores[i], -closeness[i], projects[i].title)
    )
    ranked = tuple(Hit(projects[i], round(float(scores[i]), 4), projects[i].title) for i in order)
    best = ranked[0].score if ranked else 0.0
    hits = (
        tuple(h for h in ranked if h.score >= LIST_SHARE * best)[:MAX_LIST] if best >= FITS else ()
    )
    return Ranking(hits, ranked)


def _fused(text: str, words: Scores, title_goal: Scores, goal: Scores) -> Scores:
    goal_z = _z(goal)
    close = np.clip((title_goal - COSINE_FLOOR) / COSINE_SPAN, 0.0, 1.0)
    if len(text.split()) <= 1:  # one word: standing out means little ("qwertzuiop")
        return np.minimum(1.0, words + SEMANTIC_WEIGHT * close)
    stands_out = np.clip(np.minimum(_z(title_goal), goal_z) - STAND_OUT_Z, 0.0, 1.0)
    meaning = np.maximum(close, stands_out)
    backed = np.clip((goal_z - GOAL_Z_FLOOR) / GOAL_Z_SPAN, 0.0, 1.0)
    fused: Scores = (1 - SEMANTIC_WEIGHT) * words * backed + SEMANTIC_WEIGHT * meaning
    return fused


def _array(by_number: dict[str, float], numbers: list[str]) -> Scores:
    return np.array([by_number.get(n, 0.0) for n in numbers], dtype=np.float64)


def _z(values: Scores) -> Scores:
    """How many standard deviations each value stands above the mean of all."""
    spread = float(values.std())
    result: Scores = (values - values.mean()) / spread if spread > 0 else values * 0.0
    return result
