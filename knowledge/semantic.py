"""Embedding similarity between a question and the page's passages.

The passages' vectors come from the knowledge-base build; only the question is
embedded at run time (and cached, since follow-ups repeat texts). Cosines of
e5 crowd into a narrow band (unrelated German texts score about 0.78, a close
paraphrase about 0.9); :mod:`knowledge.ranking` turns them into scores.
"""

from __future__ import annotations

from knowledge.embedding import Embedder
from knowledge.passages import Kind, PassageVectors


class SemanticIndex:
    """Cosine similarity of a question to every passage of one kind."""

    def __init__(self, vectors: PassageVectors, embedder: Embedder) -> None:
        self._embedder = embedder
        self._by_kind = {kind: vectors.of(kind) for kind in Kind}

    def prepare(self, texts: list[str]) -> None:
        """Embed texts that :meth:`similarities` will be asked about, in one call.

        The backend caches the vectors; one call for several texts costs less
        than one call each (:meth:`knowledge.embedding.E5Embedder.queries`).
        """
        texted = [text for text in texts if text.strip()]
        if len(texted) > 1:
            self._embedder.queries(texted)

    def similarities(self, text: str, kind: Kind) -> dict[str, float]:
        """Cosine per passage reference of ``kind``; empty for an empty text."""
        refs, matrix = self._by_kind[kind]
        if not text.strip() or not refs:
            return {}
        query = self._embedder.queries([text])[0]
        scores = matrix @ query
        return {ref: float(score) for ref, score in zip(refs, scores, strict=True)}
