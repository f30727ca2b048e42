"""Situations told per project (knowledge/situations/<language>.yml): they name projects of the
page, and a story told in other words than the page's finds its project by them."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase, lexicon
from knowledge.data_files import read_yaml
from knowledge.records import PageContent
from knowledge.situations import ERRANDS, UNMET, situations, sources, tellings_beyond_plan
from tests.knowledge.test_search import project_by_fragment


def test_every_fragment_names_one_project_of_the_page(content: PageContent) -> None:
    for source in sources():
        for entry in read_yaml(source):
            project_by_fragment(content, entry["project"])


def test_every_project_has_situations_in_every_language(content: PageContent) -> None:
    assert {path.stem for path in sources()} == set(lexicon.languages())
    for source in sources():
        told = {p.number for entry in read_yaml(source) for p in content.projects
                if entry["project"] in p.title}  # fmt: skip
        assert told == {p.number for p in content.projects}, source.name


def test_a_situation_holds_no_contact(kb: KnowledgeBase, content: PageContent) -> None:
    """Facts stay in the page: no name, phone or e-mail of a contact in a situation."""
    texts = " ".join(s.text for s in situations(tuple(content.projects)))
    for contact in content.contacts:
        assert contact.phone not in texts and contact.email not in texts
        assert contact.name.split()[-1] not in texts


# Stories of the team's personas (not in the situations, not in the evaluation sets): before the
# situations, none of them listed its project among the first three.
@pytest.mark.parametrize(
    ("story", "fragment"),
    [
        ("Ich möchte mit meiner Freundin einen kleinen Friseursalon im Viertel eröffnen",
         "Gründerinnenzentrum"),
        ("Seit der Kündigung sitze ich nur noch zu Hause und brauche wieder eine Aufgabe",
         "blaue Haus"),
        ("Mein Sohn hat keinen Schulabschluss und will lieber mit den Händen arbeiten", "Plan B"),
        ("Ich komme aus Eritrea und verstehe die Zettel aus der Schule von meinen Kindern nicht",
         "Familienstützpunkte"),
    ],
)  # fmt: skip
def test_a_story_in_other_words_finds_its_project(
    kb: KnowledgeBase, content: PageContent, story: str, fragment: str
) -> None:
    listed = [hit.item for hit in kb.rank_projects(story).hits[:3]]
    assert project_by_fragment(content, fragment) in listed


def test_every_project_is_described_in_every_other_language(content: PageContent) -> None:
    """A project told by what it does in another language meets a telling in that language."""
    for source in sources():
        if source.stem == "de":
            continue
        described = {p.number for entry in read_yaml(source) if entry.get("described")
                     for p in content.projects if entry["project"] in p.title}  # fmt: skip
        assert described == {p.number for p in content.projects}, source.name


# Questions of the team's personas about one project told by what it does, in other languages
# (not in the situations, nor in any evaluation or development set): without the descriptions
# in their language, nothing fitted them.
@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("ten projekt z boiskami szkolnymi otwartymi w weekend – jaki ma cel?", "Schulhöfen"),
        ("proiectul cu micul dejun la scoala primara, ce scop are?", "Schulfrühstück"),
        ("проект, где студенты из университетов приходят в район – для кого он?",
         "Hochschulen vor Ort"),
    ],
)  # fmt: skip
def test_a_project_described_in_another_language_leads(
    kb: KnowledgeBase, content: PageContent, question: str, fragment: str
) -> None:
    ranking = kb.rank_projects(question, described=True)
    assert ranking.hits and ranking.hits[0].item == project_by_fragment(content, fragment)
    # other questions do not meet the descriptions (they drew questions that nothing fits near)
    assert not kb.rank_projects(question).hits


def test_what_the_plan_lacks_is_told_in_every_language(
    kb: KnowledgeBase, content: PageContent
) -> None:
    """Needs and errands no project is for: both kinds in each language, no contact in them."""
    told = tellings_beyond_plan()
    for language in lexicon.languages():
        own = "" if language == lexicon.DEFAULT_LANGUAGE else language
        assert {t.label for t in told if t.language == own} == {UNMET, ERRANDS}, language
    texts = " ".join(t.text for t in told)
    for contact in content.contacts:
        assert contact.phone not in texts and contact.email not in texts
        assert contact.name.split()[-1] not in texts


@pytest.mark.parametrize(
    ("message", "beyond"),
    [
        ("Mein Mann ist gestorben und ich weiß nicht, wie ich die Beerdigung bezahlen soll", UNMET),
        ("Mein Asylverfahren dauert schon drei Jahre, wer kann mir rechtlich helfen?", UNMET),
        ("Die Ampel an der Kreuzung ist kaputt, wem melde ich das?", ERRANDS),
        ("Wo kann ich meinen Führerschein umschreiben lassen?", ERRANDS),
        ("Wann hat das Bürgerbüro in Hörde geöffnet?", ERRANDS),
        # a need the projects answer is no need beyond the plan
        ("Ich bin seit Jahren arbeitslos und finde einfach keine Stelle mehr", ""),
        ("Meine Tochter weiß nach der Schule nicht, welcher Beruf zu ihr passt", ""),
    ],
)  # fmt: skip
def test_a_need_no_project_is_for_is_read_as_beyond_the_plan(
    kb: KnowledgeBase, message: str, beyond: str
) -> None:
    assert kb.beyond_plan(message) == beyond
