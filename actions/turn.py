"""One citizen turn, read once: the text, the NLU's reading, and what it refers to.

Every knowledge-base referent the message names is looked up here, once:
Aktionsräume (also places outside the plan and near misses), people,
projects (entity, button reference, a title word or nickname), target
groups, Schwerpunkte, the Projektbüro, the social report, the plan's own
statements. :func:`actions.decision.decide` then needs no tracker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker

from actions import parsing
from knowledge import KnowledgeBase
from knowledge.records import District, Person, PlanFact, Project, Topic
from knowledge.synonyms import synonym_groups
from knowledge.text import compact, key, terms

MIN_NAME_SCORE = 90.0  # a project named by one word of free text must match its title closely
MIN_WORD_FOR_NAME = 5
_REF = re.compile(r"^#(\d{1,4})$")
_OFFICE_WORDS = ("projektbuero", "projektburo", "projektbro")
_REPORT_WORDS = ("sozialbericht", "berichtzursozialenlage", "sozialstrukturatlas",
                 "sozialplanung", "sozialberichterstattung")  # fmt: skip
# Words before "nette" that make it the adjective ("eine nette Nachbarin"), not the place.
_ADJECTIVE_CUES = frozenset({"ein", "eine", "einen", "einer", "sehr", "so", "ganz", "echt", "voll",
                             "total", "super", "mega", "richtig", "wirklich", "nicht"})  # fmt: skip


@dataclass(frozen=True)
class Turn:
    """What the citizen said in this turn and what it names on the page."""

    text: str = ""
    intent: str = ""
    confidence: float = 1.0
    ranking: tuple[tuple[str, float], ...] = ()
    channel: str = ""
    payload: bool = False
    details: tuple[str, ...] = ()
    places: tuple[District, ...] = ()
    unknown_place: str | None = None  # a place-like name that is no Aktionsraum, as typed
    other_place: str | None = None  # a place of Dortmund outside the plan
    suggestions: tuple[District, ...] = ()
    people: tuple[Person, ...] = ()
    projects: tuple[Project, ...] = ()
    groups: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    pick: int | None = None
    more: bool = False
    yes_no: bool = False
    membership: bool = False
    count: bool = False
    correction: bool = False
    pronoun: bool = False
    office: bool = False
    report: bool = False
    plan_fact: PlanFact | None = None
    content: tuple[str, ...] = field(default=())

    def second_intent(self) -> str | None:
        """The NLU's runner-up, for a misread intent."""
        return self.ranking[1][0] if len(self.ranking) > 1 else None


def read_turn(tracker: Tracker, kb: KnowledgeBase) -> Turn:
    """Read the latest message of the tracker (see the module docstring)."""
    message = tracker.latest_message or {}
    raw = str(message.get("text") or "")
    payload = raw.startswith("/")
    intent = message.get("intent") or {}
    entities = _entities(message.get("entities") or [])
    ranking = tuple(
        (str(r.get("name")), float(r.get("confidence") or 0.0))
        for r in message.get("intent_ranking") or []
    )
    return read_text(
        kb,
        "" if payload else raw,
        entities,
        intent=str(intent.get("name") or ""),
        confidence=float(intent.get("confidence") or 0.0),
        ranking=ranking,
        channel=tracker.get_latest_input_channel() or "",
        payload=payload,
    )


def read_text(
    kb: KnowledgeBase,
    text: str,
    entities: dict[str, list[str]] | None = None,
    **nlu: Any,
) -> Turn:
    """Read a message given as text and entities (the NLU's fields in ``nlu``)."""
    entities = entities or {}
    correction = parsing.is_correction(text)
    if correction:  # "nicht Hörde, sondern Hafen": only the part that names the right thing
        text_for_refs, entities = parsing.correction_target(text), {}
    else:
        text_for_refs = text
    places, unknown = _places(kb, text_for_refs, entities.get("district", []))
    other = kb.other_place(unknown or text_for_refs) if not places else None
    named_projects = _projects(kb, text_for_refs, entities.get("project", []), places)
    return Turn(
        text=text,
        details=parsing.asked_details(text, entities.get("contact_detail", [])),
        places=tuple(places),
        unknown_place=unknown,
        other_place=other,
        suggestions=tuple(kb.suggest_districts(unknown)) if unknown and not other else (),
        people=tuple(_people(kb, text_for_refs, entities.get("person", []))),
        projects=tuple(named_projects),
        groups=tuple(_groups(kb, text_for_refs, entities.get("target_group", []))),
        topics=tuple(_topics(kb, text_for_refs, entities.get("topic", []))),
        pick=parsing.ordinal(text) or parsing.loose_ordinal(text),
        more=parsing.asks_for_more(text),
        yes_no=parsing.is_yes_no(text),
        membership=parsing.asks_membership(text),
        count=parsing.asks_count(text),
        correction=correction,
        pronoun=parsing.mentions_person_pronoun(text),
        office=any(word in compact(text_for_refs) for word in _OFFICE_WORDS),
        report=any(word in compact(text_for_refs) for word in _REPORT_WORDS),
        plan_fact=_plan_fact(kb, text),
        content=tuple(terms(text_for_refs, drop_noise=True)),
        **nlu,
    )


def _entities(found: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Entity values by entity name, in order, without repeats or stop-word-only values.

    The NLU sometimes tags the article of a title on its own ("den" in "über den Walkingbus").
    """
    values: dict[str, list[str]] = {}
    for entity in found:
        value = entity.get("value")
        if value in (None, ""):
            continue
        value = str(value)
        if not (terms(value) or value.isdigit() or _REF.match(value)):
            continue
        bucket = values.setdefault(str(entity.get("entity")), [])
        if value not in bucket:
            bucket.append(value)
    return values


def _places(kb: KnowledgeBase, text: str, named: list[str]) -> tuple[list[District], str | None]:
    """Aktionsräume named by entity or in the text, in page order; and an unknown place."""
    found: dict[str, District] = {}
    unknown = None
    for value in named:
        districts = kb.find_districts(value).items
        if not districts and unknown is None:
            unknown = value
        found.update((d.name, d) for d in districts)
    if not named and text:
        found.update((d.name, d) for d in kb.find_districts(text).items if not _adjective(text, d))
    order = [d for d in kb.districts() if d.name in found]
    return order, unknown


def _adjective(text: str, district: District) -> bool:
    """"eine nette Nachbarin": the word is an adjective here, not the Aktionsraum."""
    words = key(text).split()
    name = key(district.name)
    return any(
        word == name and i > 0 and words[i - 1] in _ADJECTIVE_CUES and name not in text
        for i, word in enumerate(words)
    )


def _people(kb: KnowledgeBase, text: str, named: list[str]) -> list[Person]:
    if named:
        return [p for value in named for p in kb.find_people(value).items[:2]]
    return kb.find_people(text).items[:2] if text else []


def _projects(
    kb: KnowledgeBase, text: str, named: list[str], places: list[District]
) -> list[Project]:
    """Projects the message names: a button's "#12", a title or nickname, a title word."""
    found: list[Project] = []
    for value in named:
        ref = _REF.match(value.strip())
        if ref:
            found += [p for p in kb.projects() if p.number == int(ref.group(1))]
        else:
            found += kb.find_project(value).items[:3]
    if not found and text:
        found = _named_in(kb, text, places)
    return list(dict.fromkeys(found))


def _named_in(kb: KnowledgeBase, text: str, places: list[District]) -> list[Project]:
    """Projects a question names closely: by its whole text, else by one of its rarer words.

    "Was soll der Walkingbus bringen?" names one project by one word of its title;
    words for a target group, a theme or a place ("Jugendliche", "Sprache", "Nette")
    ask for a search, not for one project.
    """
    place_words = {w for d in places for w in terms(d.name)}
    candidates = [
        word
        for word in terms(text, drop_noise=True)
        if len(word) >= MIN_WORD_FOR_NAME
        and word not in _theme_words()
        and word not in place_words
        and kb.target_group(word) is None
        and not kb.find_districts(word)
        and kb.other_place(word) is None
    ]
    for query in [text, *candidates] if candidates else []:
        hits = kb.find_project(query).hits
        strong = [hit.item for hit in hits if hit.score >= MIN_NAME_SCORE]
        if strong:
            return strong
    return []


@lru_cache(maxsize=1)
def _theme_words() -> frozenset[str]:
    """Folded lemmas of the synonym groups: theme words, not project names."""
    return frozenset(t for group in synonym_groups() for entry in group for t in terms(entry))


def _groups(kb: KnowledgeBase, text: str, named: list[str]) -> list[str]:
    groups = [g for value in named if (g := kb.target_group(value))]
    if not groups and text:
        groups = [g for word in terms(text) if len(word) >= 4 and (g := kb.target_group(word))]
    return list(dict.fromkeys(groups))


def _topics(kb: KnowledgeBase, text: str, named: list[str]) -> list[Topic]:
    values = named or ([text] if "schwerpunkt" in key(text) else [])
    for value in values:
        found = kb.find_topic(value).items
        if len(found) == 1:
            return found
    return []


def _plan_fact(kb: KnowledgeBase, text: str) -> PlanFact | None:
    found = kb.find_plan_fact(text).items if text else []
    return found[0] if found else None
