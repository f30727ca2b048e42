"""A test double for :class:`knowledge.embedding.Embedder`: letter trigrams, hashed.

Fast and deterministic; it shares no identity with the real model, which is
what the model-mismatch tests need.
"""

from __future__ import annotations

import hashlib

import numpy as np

from knowledge.embedding import ModelIdentity, Vectors

DIM = 64


class TrigramEmbedder:
    """Hashed letter trigrams, L2-normalised."""

    def __init__(self, name: str = "trigram-test-double") -> None:
        self._identity = ModelIdentity(name, hashlib.sha256(name.encode()).hexdigest())

    @property
    def identity(self) -> ModelIdentity:
        """A made-up model."""
        return self._identity

    @property
    def dim(self) -> int:
        """64."""
        return DIM

    def queries(self, texts: list[str]) -> Vectors:
        """Trigram vectors."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.stack([_vector(text) for text in texts])

    def passages(self, texts: list[str]) -> Vectors:
        """Trigram vectors (no prefix: this model does not need one)."""
        return self.queries(texts)


def _vector(text: str) -> Vectors:
    vector = np.zeros(DIM, dtype=np.float32)
    padded = f"  {text.lower()}  "
    for i in range(len(padded) - 2):
        vector[int(hashlib.md5(padded[i : i + 3].encode()).hexdigest(), 16) % DIM] += 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
