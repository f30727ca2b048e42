"""Issue 19, class 7 in the eight other languages: "No" when nothing of the plan fits.

An existence question ("is there ...?", "czy jest ...?", "... var mı?") for a
thing no project offers gets the plan's "no such project" answer with the
Projektbüro, whatever weak NLU reading (the social report, the links, help)
comes next. Questions of the team's personas, never of the evaluation sets.
"""

from __future__ import annotations

import pytest

from actions.decision import Kind
from actions.parsing import asks_existence
from knowledge import KnowledgeBase
from knowledge.records import PageContent, Role
from tests.actions.asking import decided, table
from tests.actions.conftest import ask

# (language, a question for a thing the plan lacks, the NLU's weak runner-up)
LACKING: list[tuple[str, str, str]] = [
    ("en", "Is there a dog grooming salon for free?", "help"),
    ("en", "Are there car repair garages?", "social_report"),
    ("pl", "Czy jest bezpłatny kurs gry na gitarze?", "social_report"),
    ("pl", "Czy są tanie miejsca parkingowe dla kamperów?", "links"),
    ("ru", "Есть ли бесплатная стоянка для автодомов?", "links"),
    ("uk", "Чи є безкоштовна майстерня з ремонту велосипедів?", "social_report"),
    ("bg", "Има ли безплатна автомивка?", "help"),
    ("tr", "Ücretsiz köpek kuaförü var mı?", "links"),
    ("ro", "Există un atelier gratuit de reparații auto?", "social_report"),
    ("ar", "هل يوجد مرآب مجاني لإصلاح السيارات؟", "help"),
]

# (language, an existence question the plan has projects for, a German target group)
FITTING: list[tuple[str, str, str]] = [
    ("en", "Are there offers for children in Hörde?", "Kinder"),
    ("pl", "Czy jest coś dla seniorów?", "Senioren"),
    ("ru", "Есть ли что-нибудь для молодёжи?", "Jugendliche"),
    ("uk", "Чи є щось для дітей?", "Kinder"),
    ("bg", "Има ли нещо за пенсионери?", "Senioren"),
    ("tr", "Kadınlar için bir şey var mı?", "Frauen"),
    ("ro", "Există ceva pentru familii?", "Familien"),
    ("ar", "هل هناك مشاريع للأطفال؟", "Kinder"),
]


@table("lang, text, _", LACKING + FITTING)
def test_an_existence_question_is_read_in_every_language(lang: str, text: str, _: str) -> None:
    assert asks_existence(text), lang


OTHER_QUESTIONS = ["Wer ist in Hörde zuständig?", "What is the social report?",
                   "Kto jest osobą kontaktową w Eving?", "Какие есть ссылки?"]  # fmt: skip


@pytest.mark.parametrize("text", OTHER_QUESTIONS)
def test_other_questions_ask_no_existence(text: str) -> None:
    assert not asks_existence(text)


@table("lang, text, runner_up", LACKING)
def test_a_thing_the_plan_lacks_gets_no_and_no_weak_runner_up(
    kb: KnowledgeBase, lang: str, text: str, runner_up: str
) -> None:
    decision = decided(kb, text, "nlu_fallback", runner_up)
    assert decision.kind is Kind.PROJECT_NONE, decision.rule
    assert decision.answer == "no"


@table("lang, text, group", FITTING)
def test_an_existence_question_that_fits_keeps_its_projects(
    kb: KnowledgeBase, lang: str, text: str, group: str
) -> None:
    decision = decided(kb, text)
    serving = {hit.item.number for hit in kb.projects_for_target_group(group)}
    assert {p.number for p in decision.projects} & serving, decision.rule


def test_the_answer_is_no_with_the_project_office_and_no_projects(
    kb: KnowledgeBase, content: PageContent
) -> None:
    reply = ask("Are there car repair garages?", "nlu_fallback", {"language": "en"},
                slots={"language": "en"})  # fmt: skip
    assert reply.names[0] == "utter_no"  # said in the conversation's language (responses/)
    assert not [p.title for p in kb.projects() if p.title in reply.text]
    phones = [c.phone for c in content.contacts if c.role is Role.OFFICE]
    assert phones and all(phone in reply.text for phone in phones)
