"""One project told by what it does, a detail asked: its answer, whatever the NLU read.

Personas of the team (never the evaluation sets): a mother of a baby, an apprentice's
father, a woman without work in the Clarenberg, a teacher, a neighbour from Scharnhorst,
a Russian-speaking father. Each question describes one project in its own words and
asks what it is for or whom it is for. The best fitting project is answered when it
leads even a little, the next ones offered as buttons ("Oder meinten Sie …?"); two
essentially tied are asked for; a question about several projects stays a list.
Titles and goals are read from the knowledge base.
"""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.records import Project
from tests.actions.asking import ask_in, decided, table

K_DETAIL, K_CHOICE, K_LIST = "project_detail", "project_choice", "project_list"

# (question, the NLU's intent, a word of the meant project's title)
DESCRIBED: list[tuple[str, str, str]] = [
    ("Die Sache mit den Azubis, die jemanden an die Seite bekommen, damit sie durchhalten – "
     "was soll das bringen?", "nlu_fallback", "Mentoring"),
    ("Das Café, wo Mütter und Väter mit ihren Kleinen andere Eltern treffen, an wen richtet "
     "sich das?", "district_list", "Windel"),
    ("Das Projekt mit dem Sport für Frauen ohne Job im Clarenberg, für wen ist das genau?",
     "district_list", "Fitte"),
    ("Die Streitschlichter-Trainings an den Schulen, was ist das Ziel davon?", "nlu_fallback",
     "Maßnahmenkatalog"),
    ("Das Angebot, wo Menschen aus verschiedenen Kulturen und Generationen sich in Häusern "
     "begegnen, was ist das Ziel?", "district_list", "Begegnungshäuser"),
    ("Проект, где у фирм ищут больше мест для профессионального обучения, какая у него цель?",
     "project_detail", "Ausbildungsplatzakquise"),
]  # fmt: skip


def _project(kb: KnowledgeBase, word: str) -> Project:
    """The one project whose title has the word."""
    (found,) = [p for p in kb.projects() if word in p.title]
    return found


@table("text, intent, word", DESCRIBED)
def test_a_described_project_is_answered_whatever_the_intent(
    kb: KnowledgeBase, text: str, intent: str, word: str
) -> None:
    decision = decided(kb, text, intent)
    assert (decision.kind, decision.projects) == (K_DETAIL, (_project(kb, word),)), decision.rule


def test_the_next_ones_that_fit_are_offered_beside_the_answer(kb: KnowledgeBase) -> None:
    text, intent, word = DESCRIBED[0]
    offered = decided(kb, text, intent).close.projects
    reply = ask_in(text, intent)
    meant = _project(kb, word)
    assert meant.goal in reply.text
    assert "utter_project_or_meant" in reply.names
    assert all(p.goal in reply.text for p in offered)  # each told by its goal, to recognise
    assert offered and meant not in offered
    assert reply.payloads()[-len(offered) :] == [
        ("project_detail", {"project": f"#{p.number}"}) for p in offered
    ]


def test_two_projects_essentially_tied_are_asked_for(kb: KnowledgeBase) -> None:
    text = "Das Angebot für ältere Menschen in Alt-Scharnhorst – was ist das Ziel?"
    decision = decided(kb, text, "project_detail")
    both = {_project(kb, "Seniorenwohnungen"), _project(kb, "Serviceangebote")}
    assert decision.kind == K_CHOICE and set(decision.projects) == both


def test_the_projects_asked_for_are_each_told_by_their_goal(kb: KnowledgeBase) -> None:
    """The question asked a goal: each candidate's goal answers it for the one meant."""
    text = "Das Angebot für ältere Menschen in Alt-Scharnhorst – was ist das Ziel?"
    reply = ask_in(text, "project_detail")
    for project in decided(kb, text, "project_detail").projects:
        assert project.goal in reply.text, project.title


def test_several_projects_asked_about_stay_a_list(kb: KnowledgeBase) -> None:
    decision = decided(kb, "Welche Projekte gibt es für Kinder und was ist ihr Ziel?")
    assert decision.kind == K_LIST and len(decision.projects) > 1


def test_an_overview_asked_for_is_no_described_project(kb: KnowledgeBase) -> None:
    """ "worum es geht" asks about one thing; an overview of a programme is the plan's."""
    decision = decided(
        kb, "Gib mir einen Überblick, worum es in dem Programm geht.", "topic_overview"
    )
    assert decision.kind == "overview"


def test_a_project_named_by_its_title_is_answered_alone(kb: KnowledgeBase) -> None:
    project = _project(kb, "Kohldampf")
    reply = ask_in(f"Was ist das Ziel von {project.title}?", "project_detail")
    assert project.goal in reply.text
    assert "utter_project_or_meant" not in reply.names
