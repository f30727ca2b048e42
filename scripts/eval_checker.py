"""Judge one answer of the bot against the expectations of an evaluation item.

An item's ``x`` names places, people and projects the way a citizen would; the
checker looks the facts up in the knowledge base and searches the answer for
them. No fact is written into the evaluation files. Every answer is also
searched for phone numbers and e-mail addresses the page does not have.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from knowledge import KnowledgeBase
from knowledge.records import Contact, Project, Role
from knowledge.text import fold

_BUTTON_REF = re.compile(r"^\[.*\] #(\d+)$", re.MULTILINE)  # a project button: "[Titel…] #12"
_PHONE = re.compile(r"(?:\+|\b0)\d[\d ()/-]{6,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9])")
MIN_PHONE_DIGITS = 9
MODIFIERS = frozenset({"detail", "from"})  # keys that qualify another expectation
CONTACT_KINDS = frozenset({"districts", "person"})
ALL_DETAILS = ("person", "phone", "email")
Expected = dict[str, Any]  # one question's expectations, as the YAML file gives them
TOP_N = 3  # ``top``: the projects that clearly fit come first
# The first word of a yes/no answer per language code (item key ``l``; German is the default
# and always accepted, since the facts are what ``answer`` judges, not the language).
YES = {"de": "Ja", "en": "Yes", "tr": "Evet", "ar": "نعم", "pl": "Tak", "ro": "Da", "bg": "Да",
       "uk": "Так", "ru": "Да"}  # fmt: skip
NO = {"de": "Nein", "en": "No", "tr": "Hayır", "ar": "لا", "pl": "Nie", "ro": "Nu", "bg": "Не",
      "uk": "Ні", "ru": "Нет"}  # fmt: skip
_DIRECTION_MARKS = "\u200e\u200f\u061c\ufeff"
_CITY_LINK = re.compile(r"(?<![\w.])www\.dortmund\.de\b")


@dataclass
class Result:
    """One message: what was expected, what came back, and the verdicts."""

    item: dict[str, Any]
    intent: str
    entities: list[tuple[str, str]]
    answer: str
    seconds: float
    intent_ok: bool = False
    answer_ok: bool = False
    problems: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    in_language: bool = True  # the bot's own sentences are in the language asked (item ``l``)

    @property
    def ok(self) -> bool:
        """The answer is right; an item without answer expectations is judged by its intent."""
        return self.answer_ok and (self.intent_ok or bool(self.item.get("x")))


def plan_sentences(kb: KnowledgeBase) -> list[str]:
    """The page's plan text (``plan_summary``), sentence by sentence."""
    return [s.strip() for p in kb.plan_summary() for s in _SENTENCE_END.split(p) if s.strip()]


def phone_digits(text: str) -> str:
    """A phone number as international digits: "0231 50-2 31 14" -> "492315023114"."""
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("00"):
        return digits[2:]
    if text.lstrip().startswith("0"):
        return "49" + digits[1:]
    return digits


def _wanted(detail: str | list[str] | None) -> list[str]:
    if detail is None:
        return list(ALL_DETAILS)
    return [detail] if isinstance(detail, str) else list(detail)


class Checker:
    """Turns expectations into facts from the knowledge base and looks for them."""

    def __init__(self, kb: KnowledgeBase, responses: dict[str, Any]) -> None:
        self.kb = kb
        self.responses = responses
        self.titles = [p.title for p in kb.projects()]
        self.by_number = {p.number: p.title for p in kb.projects()}
        self.sentences = plan_sentences(kb)
        self.phone_owners: dict[str, set[str]] = defaultdict(set)
        self.email_owners: dict[str, set[str]] = defaultdict(set)
        for contact in kb.content().contacts:
            self.phone_owners[phone_digits(contact.phone)].add(contact.name)
            self.email_owners[contact.email.lower()].add(contact.name)

    # --- the verdict -----------------------------------------------------------

    def check(self, result: Result, history: list[str] | None = None) -> None:
        """Set the verdicts of one result; ``history``: the earlier answers of its dialogue."""
        history = history or []
        expected = result.item.get("x") or {}
        context = {**expected, "l": result.item.get("l", "de")}  # kinds may read the language
        result.intent_ok = result.intent == result.item["i"]
        for kind, value in expected.items():
            if kind not in MODIFIERS:
                result.problems += self._kind(kind)(value, result.answer, context, history)
        result.invented = self.invented_contacts(result.answer)
        result.problems += [f"invented contact: {c}" for c in result.invented]
        if CONTACT_KINDS & set(expected):
            result.problems += self._others(result.answer, self.expected_people(expected))
        result.problems = list(dict.fromkeys(result.problems))  # one place per person, once
        result.answer_ok = not result.problems

    def _kind(self, kind: str) -> Callable[[Any, str, dict[str, Any], list[str]], list[str]]:
        method = getattr(self, f"_{kind}", None)
        if method is None:
            raise ValueError(f"unknown expectation kind {kind!r}")
        return cast(Callable[[Any, str, Expected, list[str]], list[str]], method)

    # --- contacts in the answer ------------------------------------------------

    def contacts_in(self, answer: str) -> tuple[list[str], list[str]]:
        """Phone numbers (as digits) and e-mail addresses (lowercase) the answer states."""
        phones = [phone_digits(m.group()) for m in _PHONE.finditer(answer)]
        phones = [p for p in phones if len(p) >= MIN_PHONE_DIGITS]
        return phones, [m.group().lower() for m in _EMAIL.finditer(answer)]

    def invented_contacts(self, answer: str) -> list[str]:
        """Phone numbers and e-mail addresses in the answer the knowledge base does not have."""
        phones, emails = self.contacts_in(answer)
        return [f"+{p}" for p in phones if p not in self.phone_owners] + [
            e for e in emails if e not in self.email_owners
        ]

    def expected_people(self, expected: dict[str, Any]) -> set[str]:
        """The names whose contact details the expectation asks for."""
        names = {c.name for c in self._expected_district_contacts(expected.get("districts"))}
        if "person" in expected:
            names |= {p.name for p in self.kb.find_people(expected["person"]).items[:1]}
        return names

    def _others(self, answer: str, allowed: set[str]) -> list[str]:
        phones, emails = self.contacts_in(answer)
        found = [(p, self.phone_owners.get(p, set())) for p in phones]
        found += [(e, self.email_owners.get(e, set())) for e in emails]
        return [f"contact of another person: {value}" for value, owners in found
                if owners and not owners & allowed]  # fmt: skip

    def _expected_district_contacts(self, places: list[str] | None) -> list[Contact]:
        return [d.contact for place in places or [] for d in self.kb.find_districts(place).items]

    # --- projects in the answer ------------------------------------------------

    def listed(self, answer: str) -> list[str]:
        """Project titles in the answer or behind its buttons ("#12"), in order of appearance."""
        found = [(answer.find(title), title) for title in self.titles if title in answer]
        refs = [(m.start(), int(m.group(1))) for m in _BUTTON_REF.finditer(answer)]
        found += [(at, self.by_number[n]) for at, n in refs if n in self.by_number]
        return list(dict.fromkeys(title for _, title in sorted(found)))

    def _project_named(self, fragment: str) -> Project | None:
        items = self.kb.find_project(fragment).items
        return items[0] if items else None

    def _goal_in(self, project: Project | None, answer: str, what: str) -> list[str]:
        if project is None:
            return [f"bad expectation: no project for {what!r}"]
        return [] if project.goal in answer else [f"missing goal of {project.title!r}"]

    # --- contact expectations --------------------------------------------------

    def _needs(
        self, answer: str, contact: Contact, detail: Any, districts: tuple[str, ...] = ()
    ) -> list[str]:
        values = {"person": [contact.name], "phone": [contact.phone], "email": [contact.email],
                  "district": list(districts)}  # fmt: skip
        wanted = [v for part in _wanted(detail) for v in values[part]]
        return [f"missing {value!r}" for value in wanted if value not in answer]

    def _districts(self, places: list[str], answer: str, x: Expected, _: list[str]) -> list[str]:
        found = [d for place in places for d in self.kb.find_districts(place).items]
        if not found:
            return [f"bad expectation: no district for {places}"]
        return [
            p for d in found for p in self._needs(answer, d.contact, x.get("detail"), (d.name,))
        ]

    def _person(self, name: str, answer: str, x: Expected, _: list[str]) -> list[str]:
        people = self.kb.find_people(name).items
        if not people:
            return [f"bad expectation: nobody called {name!r}"]
        return self._needs(answer, people[0].contacts[0], x.get("detail"), people[0].districts)

    def _office(self, _: bool, answer: str, x: Expected, __: list[str]) -> list[str]:
        return self._role(Role.OFFICE, answer, x.get("detail"))

    def _report(self, _: bool, answer: str, x: Expected, __: list[str]) -> list[str]:
        return self._role(Role.REPORT, answer, x.get("detail"))

    def _role(self, role: Role, answer: str, detail: Any) -> list[str]:
        problems = [p for c in self.kb.contacts(role) for p in self._needs(answer, c, detail)]
        return list(dict.fromkeys(problems))  # Sozialplanung shares one e-mail address

    # --- project expectations --------------------------------------------------

    def _project(self, name: str, answer: str, _: Expected, __: list[str]) -> list[str]:
        return self._goal_in(self._project_named(name), answer, name)

    def _picked(self, position: int, answer: str, x: Expected, history: list[str]) -> list[str]:
        listed = self._list_meant(history, x.get("from"))
        if len(listed) < position:
            return ["the list before listed too few projects"]
        return self._goal_in(self._project_named(listed[position - 1]), answer, str(position))

    def _list_meant(self, history: list[str], turn: int | None) -> list[str]:
        """The projects of turn ``turn`` (1-based), or of the latest answer that listed any."""
        if turn is not None:
            return self.listed(history[turn - 1]) if turn <= len(history) else []
        return next((found for a in reversed(history) if (found := self.listed(a))), [])

    def _more(self, _: bool, answer: str, __: Expected, history: list[str]) -> list[str]:
        seen = {title for earlier in history for title in self.listed(earlier)}
        new = [title for title in self.listed(answer) if title not in seen]
        return [] if new else ["no project that was not listed before"]

    def _group(self, group: str, answer: str, _: Expected, __: list[str]) -> list[str]:
        fitting = {hit.item.title for hit in self.kb.projects_for_target_group(group)}
        return [] if fitting & set(self.listed(answer)) else [f"no project for {group}"]

    def _words(self, words: str | list[str], answer: str, _: Expected, __: list[str]) -> list[str]:
        wanted = [words] if isinstance(words, str) else words
        projects = [self.kb.find_project(t).items[0] for t in self.listed(answer)]
        hit = any(w in fold(f"{p.title} {p.goal}") for p in projects for w in wanted)
        return [] if hit else [f"no listed project mentions {wanted}"]

    def _titles(self, fragments: list[str], answer: str, _: Expected, __: list[str]) -> list[str]:
        listed = set(self.listed(answer))
        problems = []
        for fragment in fragments:
            project = self._project_named(fragment)
            if project is None:
                problems.append(f"bad expectation: no project for {fragment!r}")
            elif project.title not in listed:
                problems.append(f"missing title {project.title!r}")
        return problems

    def _none(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        named = [f"named a project: {title!r}" for title in self.listed(answer)]
        return named + self._role(Role.OFFICE, answer, None)

    # --- the plan ----------------------------------------------------------------

    def _topic(self, number: int, answer: str, _: Expected, __: list[str]) -> list[str]:
        topic = self.kb.topics()[number - 1]
        return [] if topic.name in answer else [f"missing Schwerpunkt {topic.name!r}"]

    def _plan(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        return [f"missing {t.name!r}" for t in self.kb.topics() if t.name not in answer]

    def fact_sentence(self, word: str) -> str | None:
        """The first sentence of the page's plan text that contains ``word``."""
        return next((s for s in self.sentences if fold(word) in fold(s)), None)

    def _fact(self, word: str, answer: str, _: Expected, __: list[str]) -> list[str]:
        sentence = self.fact_sentence(word)
        if sentence is None:
            return [f"bad expectation: no plan sentence with {word!r}"]
        flat = " ".join(answer.split())
        return [] if " ".join(sentence.split()) in flat else [f"missing sentence {sentence!r}"]

    def _links(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        return [f"missing {link!r}" for link in self.kb.links() if link not in answer]

    def _list(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        return [f"missing {d.name!r}" for d in self.kb.districts() if d.name not in answer]

    def _unknown(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        problems = self._list(True, answer, {}, [])
        leaked = [d.contact.phone for d in self.kb.districts() if d.contact.phone in answer]
        return problems + [f"named a contact: {phone}" for phone in dict.fromkeys(leaked)]

    def _suggest(self, place: str, answer: str, _: Expected, __: list[str]) -> list[str]:
        offered = [d.name for d in self.kb.districts() if f"] {d.name}" in answer]
        return [] if any(place in name for name in offered) else [f"{place} not offered"]

    # --- the form of the answer --------------------------------------------------

    def response_text(self, name: str) -> str:
        """The fixed start of a domain response (up to its first free slot)."""
        template: str = self.responses[name][0]["text"]
        try:
            return template.format(example=self.kb.districts()[0].name)
        except (KeyError, IndexError):
            return template.split("{", 1)[0]

    def _response(self, name: str, answer: str, _: Expected, __: list[str]) -> list[str]:
        return [] if answer.startswith(self.response_text(name)) else [f"not {name}"]

    def _not_response(
        self, names: str | list[str], answer: str, _: Expected, __: list[str]
    ) -> list[str]:
        names = [names] if isinstance(names, str) else names
        return [f"answered {n}" for n in names if answer.startswith(self.response_text(n))]

    def _answer(self, value: str | bool, answer: str, x: Expected, __: list[str]) -> list[str]:
        yes = value is True or str(value).lower() in {"yes", "ja"}
        text = answer.strip().lstrip(_DIRECTION_MARKS)
        first = text.splitlines()[0] if text else ""
        words = YES if yes else NO
        wanted = dict.fromkeys([words["de"], words[x.get("l", "de")]])
        if any(re.match(rf"{re.escape(w)}(?!\w)", first, re.IGNORECASE) for w in wanted):
            return []
        return [f"first line does not start with {' or '.join(map(repr, wanted))}"]

    def _top(self, fragments: list[str], answer: str, _: Expected, __: list[str]) -> list[str]:
        """One of the projects that clearly fit is among the first ``TOP_N`` listed."""
        projects = [self._project_named(fragment) for fragment in fragments]
        if None in projects:
            return [f"bad expectation: no project for one of {fragments}"]
        first = self.listed(answer)[:TOP_N]
        if any(p.title in first for p in projects if p is not None):
            return []
        return [f"none of {fragments} among the first {TOP_N} listed"]

    def _out_of_scope(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        """Nothing of the plan offered as the answer, and a pointer to the city's portal."""
        problems = [f"named a project: {title!r}" for title in self.listed(answer)]
        phones, _emails = self.contacts_in(answer)
        problems += [f"named a contact: +{p}" for p in phones if p in self.phone_owners]
        return problems + ([] if _CITY_LINK.search(answer) else ["no pointer to www.dortmund.de"])

    def _source(self, _: bool, answer: str, __: Expected, ___: list[str]) -> list[str]:
        has = any(line.strip().startswith("Quelle:") for line in answer.splitlines())
        return [] if has else ["no 'Quelle:' line"]
