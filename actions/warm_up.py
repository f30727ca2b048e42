"""Warm the action server before it listens, so the first citizen does not wait.

The first answer of a fresh process loads the knowledge base, the lemma table,
the lexicons and the embedding model: 0.7 s on a warm disk, 2-3 s after a
deploy, against about 20 ms for every later one. The action server builds its
actions before it opens its port, so :class:`actions.action_answer.ActionAnswer`
calls :func:`warm_up_once` when it is built: the server answers its health
check only once it is warm.

The warm-up answers the page's own first project title as a search, in this
process, and throws the answer away: no citizen's text, nothing stored.
``SOZIALE_STADT_WARM_UP=0`` turns it off (the tests do: they build actions
by the hundred and choose their own knowledge base).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import Any

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.focus import Focus
from actions.knowledge_access import knowledge_base
from actions.turn import Turn, read_message
from knowledge import KnowledgeBase, KnowledgeBaseMissing

logger = logging.getLogger(__name__)
SWITCH = "SOZIALE_STADT_WARM_UP"
SEARCH = "project_search"
_warm = False

Respond = Callable[[CollectingDispatcher, KnowledgeBase, Turn, Focus], Any]


def warm_up_once(respond: Respond) -> None:
    """Answer one search with ``respond``, once per process, unless switched off."""
    global _warm
    if _warm or os.environ.get(SWITCH, "1") == "0":
        return
    _warm = True
    started = time.perf_counter()
    try:
        warm_up(respond)
    except (SQLAlchemyError, KnowledgeBaseMissing):  # the first question gets the polite answer
        logger.warning("warm-up skipped: the knowledge base cannot be read yet")
        return
    logger.info("warm-up done in %.0f ms", 1000 * (time.perf_counter() - started))


def warm_up(respond: Respond) -> None:
    """Answer the first project's title as a search and drop the answer."""
    kb = knowledge_base()
    projects = kb.projects()
    if not projects:
        return
    asked = {"name": SEARCH, "confidence": 1.0}
    message = {"text": projects[0].title, "intent": asked, "intent_ranking": [asked]}
    respond(CollectingDispatcher(), kb, read_message(kb, message), Focus())
