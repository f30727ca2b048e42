"""Questions to the assistant whether "you" have or offer a thing: "No" when nothing fits.

"Do you have a car repair garage?" once came near the plan's statement on
participation by meaning, "Habt ihr eine Autowerkstatt?" got the plan's overview
(the NLU's weak runner-up): both ask for an offer the plan lacks and get the
plan's "no such project" answer with the Projektbüro (``patterns.offers`` of the
lexicon files). Questions of the team's personas, never of the evaluation sets.
"""

from __future__ import annotations

import pytest

from actions.decision import Decision, Kind, decide
from actions.focus import Focus
from actions.parsing import asks_offer
from actions.turn import read_text
from knowledge import KnowledgeBase

# (a question for an offer the plan lacks, the NLU's weak runner-up)
LACKING = [
    ("Do you have a car repair garage?", "bot_challenge"),
    ("Do you offer dance classes for dogs?", "district_list"),
    ("Do you sell bus tickets?", "help"),
    ("Do you have a hairdresser?", "goodbye"),
    ("Habt ihr eine Autowerkstatt?", "topic_overview"),
    ("Haben Sie einen Friseursalon?", "topic_overview"),
    ("Bietet ihr Tanzkurse für Hunde an?", "district_list"),
    ("У вас есть автосервис?", "district_list"),
    ("Czy macie warsztat samochodowy?", "topic_overview"),
]


def _decided(kb: KnowledgeBase, text: str, intent: str, runner_up: str = "thank") -> Decision:
    ranking = ((intent, 0.5), (runner_up, 0.3), ("thank", 0.1))
    return decide(read_text(kb, text, intent=intent, ranking=ranking), Focus(), kb)


@pytest.mark.parametrize(("text", "runner_up"), LACKING)
def test_an_offer_the_plan_lacks_gets_no(kb: KnowledgeBase, text: str, runner_up: str) -> None:
    decision = _decided(kb, text, "nlu_fallback", runner_up)
    assert (decision.kind, decision.answer) == (Kind.PROJECT_NONE, "no"), decision.rule


@pytest.mark.parametrize("text", ["What projects do you have?", "How many projects are there?"])
def test_only_a_question_that_starts_so_asks_for_an_offer(text: str) -> None:
    assert not asks_offer(text)


def test_the_number_of_projects_is_still_the_plans_fact(kb: KnowledgeBase) -> None:
    decision = _decided(kb, "How many projects are there?", "project_search")
    assert decision.kind is Kind.PLAN_FACT and decision.fact is not None
    assert decision.fact.key == "projects"


def test_an_offer_for_a_group_lists_its_projects(kb: KnowledgeBase) -> None:
    decision = _decided(kb, "Do you have projects for children?", "project_search")
    children = {hit.item for hit in kb.projects_for_target_group("Kinder")}
    assert decision.kind is Kind.PROJECT_LIST and set(decision.projects) <= children
