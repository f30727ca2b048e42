"""Results of lookups by text, kept for the texts asked again; bounded in size.

Reading one turn asks the knowledge base about the same texts several times:
each word of a message is checked as a place by three readers of the turn, a
story's need is ranked by two, and a conversation repeats its words. The
lookups are pure functions of the text and the knowledge-base version, so each
version (:class:`knowledge.knowledge_base.KnowledgeBase` loads a new one after
a content update) keeps its own memo, and a new version starts empty.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MEMO_SIZE = 1024  # texts per lookup; a ranking of every project is about 8 kB


class Memo(Generic[K, V]):
    """The results of one lookup, the least recently used dropped beyond ``size``.

    Results must not be changed by who gets them (frozen records, tuples).
    """

    def __init__(self, lookup: Callable[[K], V], size: int = MEMO_SIZE) -> None:
        """``lookup`` computes a result the memo does not hold yet."""
        self._lookup = lookup
        self._size = size
        self._results: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()  # the action server answers in threads

    def __call__(self, key: K) -> V:
        """The lookup's result for ``key``, computed once while it is kept."""
        with self._lock:
            if key in self._results:
                self._results.move_to_end(key)
                return self._results[key]
        result = self._lookup(key)  # outside the lock: a slow lookup blocks no other
        with self._lock:
            self._results[key] = result
            self._results.move_to_end(key)
            while len(self._results) > self._size:
                self._results.popitem(last=False)
        return result

    def __len__(self) -> int:
        """How many results are kept."""
        return len(self._results)
