"""The knowledge base of the Soziale-Stadt assistant, built from the city page.

``python -m knowledge`` is the staff command line; :class:`KnowledgeBase` is the
query API the actions use. Nothing here imports Rasa.
"""

from knowledge.knowledge_base import KnowledgeBase, KnowledgeBaseMissing

__all__ = ["KnowledgeBase", "KnowledgeBaseMissing"]
