"""The one knowledge base of the action server process.

Created on first use, not on import, so importing an action touches no
database; tests swap it with :func:`use`.
"""

from __future__ import annotations

from knowledge import KnowledgeBase

_kb: KnowledgeBase | None = None


def knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base (engine from ``DATABASE_URL``)."""
    global _kb
    if _kb is None:
        _kb = KnowledgeBase()
    return _kb


def use(kb: KnowledgeBase | None) -> None:
    """Replace the process-wide knowledge base (tests, or after a reconfiguration)."""
    global _kb
    _kb = kb
