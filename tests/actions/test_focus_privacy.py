"""The focus slot holds what the bot found (ids, places, the kind of list), never what was typed."""

from __future__ import annotations

import json

from knowledge import KnowledgeBase
from tests.actions.conftest import ask

# Made up; the search still finds the seniors' projects of the page.
TYPED = ("Erika Mustermann, geb. 3.3.1970, wohne Mallinckrodtstraße 12, 44145 Dortmund, "
         "Tel 0231 123456 … gibt es Angebote für Senioren?")  # fmt: skip


def test_a_search_stores_the_projects_found_not_the_question(kb: KnowledgeBase) -> None:
    reply = ask(TYPED, "project_search", {"target_group": "Senioren"})
    found = {hit.item.number for hit in kb.search_projects(TYPED)}
    assert reply.focus.projects and set(reply.focus.projects) <= found
    stored = json.dumps(reply.slot("focus"), ensure_ascii=False)
    for word in ("Mustermann", "1970", "Mallinckrodt", "123456", "44145", "Senioren"):
        assert word not in stored
