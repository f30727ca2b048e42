"""The knowledge base of the Soziale-Stadt assistant, built from the city page.

``python -m knowledge`` is the staff command line; :class:`KnowledgeBase` is the
query API the actions use. Nothing here imports Rasa. The package imports its
query API lazily, so the input channels can use :mod:`knowledge.text` alone
(the Rasa image has neither rapidfuzz nor the store's other dependencies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what the lazy import below gives, for the type checker
    from knowledge.knowledge_base import KnowledgeBase, KnowledgeBaseMissing

__all__ = ["KnowledgeBase", "KnowledgeBaseMissing"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from knowledge import knowledge_base

        return getattr(knowledge_base, name)
    raise AttributeError(f"module 'knowledge' has no attribute {name!r}")
