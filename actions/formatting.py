"""Values formatted for answers: lists, contacts, buttons. Never whole sentences.

Sentences live in ``domain.yml``; this module only turns records into the
values its responses take. Phones and e-mails stay plain text ("+49 231
1234567", "name@example.org"): phones, Telegram and the web widget turn them
into ``tel:``/``mailto:`` links, and ``rasa shell`` shows them as they are.
The few words between values ("und") follow the conversation's language, which
the running action sets with :func:`answering_in`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from knowledge.language import GERMAN, answer_word, answer_words
from knowledge.records import Contact, District, Project, Topic

MAX_BUTTON_TITLE = 60
_LANGUAGE: ContextVar[str] = ContextVar("answer_language", default=GERMAN)


@contextmanager
def answering_in(language: str | None) -> Iterator[None]:
    """Values formatted inside the block use the words of ``language`` (German if None)."""
    token = _LANGUAGE.set(language or GERMAN)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def join_words(values: Iterable[str]) -> str:
    """Enumeration: ["A"] -> "A", ["A", "B", "C"] -> "A, B und C" (in English "A, B and C")."""
    items = list(dict.fromkeys(values))
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {answer_word('and', _LANGUAGE.get())} {items[-1]}"


def project_count(count: int) -> str:
    """A number of projects in the answer's language: "12 Projekte", "12 projects"."""
    return answer_word("projects", _LANGUAGE.get()).format(n=count)


def label(page_word: str) -> str:
    """A label word of the page ("Ziel", "Schwerpunkt") in the answer's language, if known."""
    return answer_word(page_word, _LANGUAGE.get()) if page_word in answer_words() else page_word


def bullet_list(values: Iterable[str]) -> str:
    """One value per line, as a dash list."""
    return "\n".join(f"- {value}" for value in values)


def numbered_list(values: Iterable[str], start: int = 1) -> str:
    """One value per line, numbered from ``start`` ("1. …", "2. …")."""
    return "\n".join(f"{number}. {value}" for number, value in enumerate(values, start))


def with_goals(projects: Iterable[Project], numbered: bool = False) -> str:
    """Projects one per line with their goals, to tell apart ("1. Title – Ziel: …")."""
    lines = [f"{p.title} – {label(p.goal_label)}: {p.goal}" for p in projects]
    return numbered_list(lines) if numbered else bullet_list(lines)


def contact_line(contact: Contact) -> str:
    """A person in one line, for lists of several people: name, phone, e-mail."""
    return f"{contact.name}, Tel. {contact.phone}, E-Mail {contact.email}"


def grouped_by_contact(districts: Sequence[District]) -> list[tuple[Contact, list[str]]]:
    """Districts that share one person and one number, grouped in page order.

    "Scharnhorst" -> one group (the same person serves both areas); the
    Nordstadt -> two groups, since one of its areas has its own number.
    """
    groups: dict[tuple[str, str, str], tuple[Contact, list[str]]] = {}
    for district in districts:
        contact = district.contact
        group = groups.setdefault((contact.name, contact.phone, contact.email), (contact, []))
        group[1].append(district.name)
    return list(groups.values())


def site_contacts(districts: Sequence[District]) -> str:
    """The people on site for some Aktionsräume, each once: "Name, Tel. …, E-Mail …".

    The e-mail too: a resident who cannot call during office hours writes. A person with
    a number per place gives each with its places: "Tel. … (Borsigplatz, Nordmarkt), …
    (Hafen)".
    """
    people: dict[tuple[str, str], dict[str, list[str]]] = {}  # (name, e-mail) -> phone -> places
    for district in districts:
        c = district.contact
        people.setdefault((c.name, c.email), {}).setdefault(c.phone, []).append(district.name)
    lines = []
    for (name, email), phones in people.items():
        numbers = [phone if len(phones) == 1 else f"{phone} ({', '.join(places)})"
                   for phone, places in phones.items()]  # fmt: skip
        lines.append(f"{name}, Tel. {', '.join(numbers)}, E-Mail {email}")
    return join_words(lines)


def button(title: str, intent: str, **entities: str) -> dict[str, str]:
    """A quick-reply button that sends an intent with entities, as Rasa payload syntax.

    Payloads stay short: Telegram refuses buttons whose data exceed 64 bytes.
    """
    compact = json.dumps(entities, ensure_ascii=False, separators=(",", ":"))
    return {"title": shorten(title), "payload": f"/{intent}" + (compact if entities else "")}


def project_ref(project: Project) -> str:
    """A short reference to a project for button payloads: "#12"."""
    return f"#{project.number}"


def project_buttons(projects: Iterable[Project]) -> list[dict[str, str]]:
    """One button per project that opens its details."""
    return [button(p.title, "project_detail", project=project_ref(p)) for p in projects]


def topic_buttons(topics: Iterable[Topic]) -> list[dict[str, str]]:
    """One button per Schwerpunkt, referred to by its number ("2")."""
    return [button(t.name, "topic_overview", topic=str(t.number)) for t in topics]


def district_buttons(districts: Iterable[District]) -> list[dict[str, str]]:
    """One button per Aktionsraum that asks for its contact person."""
    return [button(d.name, "district_contact", district=d.name) for d in districts]


def shorten(text: str, limit: int = MAX_BUTTON_TITLE) -> str:
    """Cut long titles at a word boundary, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,–-:")
    return f"{cut}…"
