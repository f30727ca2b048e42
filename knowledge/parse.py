"""Turn the text of the city page into records; no database involved.

The page is a scrape of dortmund.de and has quirks the parser absorbs, so the
copy in ``knowledge/source/`` stays exactly as scraped:

* The scrape is rotated: it starts in the middle of the first Schwerpunkt's
  project list, whose heading and first projects stand at the very end.
  :func:`_unrotate` moves that tail back in front.
* A goal is always one line, so a title may follow a goal line without a
  blank line ("Ziel: ... Beruf" / "Aufsuchende Arbeit, ...").
* A title may span two lines; they are joined with " – ".
* One contact line reads "Name Ute Kampmann"; phone spacing varies
  ("50-2 42 23" and "50 2 42 23" are the same number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.encoding import UndecodablePage, decode_page
from knowledge.records import (
    PLAN_FACT_KEYS,
    Contact,
    District,
    PageContent,
    PlanFact,
    Project,
    Report,
    Role,
    Topic,
)

SOURCE_DIR = Path(__file__).parent / "source"
DEFAULT_SOURCE = SOURCE_DIR / "aktionsplan-soziale-stadt-dortmund.txt"
TITLE_JOINER = " – "

_TOPIC = re.compile(r"^Schwerpunkt\s+(?P<arg>.+)$")
_LINKS = re.compile(r"^Links$")
_CONTACTS = re.compile(
    r"^Ansprechpartnerinnen und Ansprechpartner\s+(?:im\s+|in der\s+)?(?P<arg>\S.*)$"
)
_REPORTS = re.compile(r"^„(?P<first>[^“]+)“\s+und\s+„(?P<second>[^“]+)“$")
_PLAN = re.compile(r"^Aktionsplan Soziale Stadt Dortmund$")
_OTHER = re.compile(r"^Die ersten \d+ Projekte\b.*$")
_HEADINGS: dict[str, re.Pattern[str]] = {
    "topic": _TOPIC,
    "links": _LINKS,
    "contacts": _CONTACTS,
    "reports": _REPORTS,
    "plan": _PLAN,
    "other": _OTHER,
}

_GOAL = re.compile(r"^(?P<label>Zielgruppe|Ziel)\s*:\s*(?P<text>.+)$")
_DISTRICT = re.compile(r"^Aktionsraum\s+(?P<name>.+)$")
_PERSON = re.compile(r"^(?:Name\s+)?(?P<name>\S.*)$")
_PHONE = re.compile(r"^Telefon\s+(?P<phone>\+?[\d][\d\s\-/()]+)$")
_EMAIL = re.compile(r"^E-Mail\s+(?P<email>[^\s@]+@[^\s@]+\.[a-z]{2,})$", re.IGNORECASE)
_LINK = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$", re.I)
_WORK_FOCUS = re.compile(r"^\d+\.\s+\*\*(?P<text>.+?)\*\*\s*$")
_STATED_PROJECTS = re.compile(r"\b(?:ersten|die)\s+(?P<n>\d+)\s+Projekte\b")
_STATED_DISTRICTS = re.compile(r"\b(?P<n>\d+)\s+Sozialräume\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[„\"A-ZÄÖÜ])")
_LIST_ITEM = re.compile(r"^(?P<n>\d+)\.\s+(?P<text>.+)$")

# Where each statement about the plan stands: the section and a pattern that
# picks its sentence(s). The text itself is always the page's.
_PLAN_FACTS: dict[str, tuple[str, re.Pattern[str]]] = {
    "initiator": ("plan", re.compile(r"\b(?:Oberbürgermeister(?:in)?|Stadtrat|Rat der Stadt)\b")),
    "participation": (
        "plan",
        re.compile(r"\b(?:tausend|hundert|\d[\d.]*)\s+(?:Dortmunder|Bürger|Menschen)"),
    ),
    "lesson": ("plan", re.compile(r"\b(?:wurde|wurden)\s+(?:deutlich|klar)\b")),
    "aktionsraeume": ("plan", re.compile(r"\b\d+\s+Sozialräume\b.*\bAktionsräume\b")),
    "arbeitsschwerpunkte": ("plan", re.compile(r"\bArbeitsschwerpunkte\b.*:\n1\. ", re.S)),
    "projects": ("plan", re.compile(r"\bersten\s+\d+\s+Projekte\b")),
    "strategy": ("plan", re.compile(r"\bStrategie\b")),
    "report": ("reports", re.compile(r"\b(?:Sozialberichterstattung|Datenbasis|Bestandteil)\b")),
}


class ParseError(ValueError):
    """The page does not have the shape the parser knows; the message says where."""


@dataclass
class _Section:
    kind: str
    heading: re.Match[str] | None
    lines: list[str] = field(default_factory=list)

    def blocks(self) -> list[list[str]]:
        """Runs of non-blank lines."""
        blocks: list[list[str]] = [[]]
        for line in self.lines:
            if line:
                blocks[-1].append(line)
            elif blocks[-1]:
                blocks.append([])
        return [block for block in blocks if block]


def parse_file(path: Path = DEFAULT_SOURCE) -> PageContent:
    """Parse a saved copy of the page (UTF-8 with or without BOM, or Windows-1252)."""
    return parse_text(read_page(path))


def read_page(path: Path) -> str:
    """The text of a saved copy of the page.

    Raises:
        ParseError: the file cannot be decoded (see :mod:`knowledge.encoding`).
    """
    try:
        return decode_page(path.read_bytes())
    except UndecodablePage as error:
        raise ParseError(f"{path}: {error}") from None


def parse_text(text: str) -> PageContent:
    """Parse the page text into records.

    Raises:
        ParseError: when a part of the page cannot be read; nothing is guessed.
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    sections = _split_sections(_unrotate(lines))
    topics, projects = _parse_projects(sections)
    contacts, districts = _parse_contacts(sections)
    topics = _attach_work_focus(topics, sections)
    content = PageContent(
        topics=tuple(topics),
        projects=tuple(projects),
        districts=tuple(districts),
        contacts=tuple(contacts),
        reports=tuple(_parse_reports(sections)),
        links=tuple(_parse_links(sections)),
        plan_summary=tuple(_plan_paragraphs(sections)),
        plan_facts=tuple(_parse_plan_facts(sections)),
        stated_counts=_stated_counts(text),
    )
    _check_complete(content)
    return content


def normalize_phone(raw: str) -> str:
    """One spelling per number: "+49 231 50 2 42 23" -> "+49 231 5024223".

    Country and area code keep their place; the rest is written as one block,
    since the page separates the extension in two different ways.
    """
    groups = raw.replace("/", " ").split()
    if len(groups) < 3 or not groups[0].startswith("+"):
        return "".join(ch for ch in raw if ch.isdigit() or ch == "+")
    subscriber = "".join(ch for ch in "".join(groups[2:]) if ch.isdigit())
    return f"{groups[0]} {groups[1]} {subscriber}"


def _heading_kind(line: str) -> tuple[str, re.Match[str]] | None:
    for kind, pattern in _HEADINGS.items():
        match = pattern.match(line)
        if match:
            return kind, match
    return None


def _unrotate(lines: list[str]) -> list[str]:
    """Undo the scrape's rotation: the first list's start stands at the end."""
    heading_at = [i for i, line in enumerate(lines) if _heading_kind(line)]
    if not heading_at:
        raise ParseError("Keine Überschrift gefunden: ist das die Seite zum Aktionsplan?")
    preamble = lines[: heading_at[0]]
    if not any(_GOAL.match(line) for line in preamble):
        return lines
    last = heading_at[-1]
    if _heading_kind(lines[last])[0] != "topic":  # type: ignore[index]  # a heading line
        raise ParseError(
            "Die Seite beginnt mit Projekten, aber am Ende steht keine Schwerpunkt-Überschrift, "
            f"zu der sie gehören (Zeile {heading_at[0] + 1})."
        )
    return lines[last:] + lines[:last]


def _split_sections(lines: list[str]) -> list[_Section]:
    sections = [_Section("preamble", None)]
    for line in lines:
        found = _heading_kind(line)
        if found:
            sections.append(_Section(found[0], found[1]))
        else:
            sections[-1].lines.append(line)
    stray = [line for line in sections[0].lines if line]
    if stray:
        raise ParseError(f"Text vor der ersten Überschrift: {stray[0]!r}")
    return sections


def _of_kind(sections: list[_Section], kind: str) -> list[_Section]:
    return [section for section in sections if section.kind == kind]


def _parse_projects(sections: list[_Section]) -> tuple[list[Topic], list[Project]]:
    topics: list[Topic] = []
    projects: list[Project] = []
    for section in _of_kind(sections, "topic"):
        name = section.heading.group("arg")  # type: ignore[union-attr]  # not the preamble
        if any(topic.name == name for topic in topics):
            raise ParseError(f"Schwerpunkt doppelt: {name!r}")
        topics.append(Topic(number=len(topics) + 1, name=name, work_focus=""))
        for title, label, goal in _title_goal_pairs(section.lines, name):
            projects.append(Project(len(projects) + 1, title, goal, label, name))
    return topics, projects


def _title_goal_pairs(lines: list[str], topic: str) -> list[tuple[str, str, str]]:
    """A goal line closes the title lines before it; blank lines do not matter."""
    pairs: list[tuple[str, str, str]] = []
    title_lines: list[str] = []
    for line in filter(None, lines):
        goal = _GOAL.match(line)
        if not goal:
            title_lines.append(line)
            continue
        if not title_lines:
            raise ParseError(f"Ziel ohne Projekttitel im Schwerpunkt {topic!r}: {line!r}")
        pairs.append((TITLE_JOINER.join(title_lines), goal["label"], goal["text"].strip()))
        title_lines = []
    if title_lines:
        raise ParseError(f"Projekt ohne Ziel im Schwerpunkt {topic!r}: {title_lines[0]!r}")
    return pairs


def _parse_contacts(sections: list[_Section]) -> tuple[list[Contact], list[District]]:
    contacts: list[Contact] = []
    districts: list[District] = []
    for section in _of_kind(sections, "contacts"):
        unit = section.heading.group("arg")  # type: ignore[union-attr]  # not the preamble
        role = _role_of(unit)
        for block in section.blocks():
            district, contact = _contact_block(block, role, unit)
            if contact not in contacts:
                contacts.append(contact)
            if district:
                if any(d.name == district for d in districts):
                    raise ParseError(f"Aktionsraum doppelt: {district!r}")
                districts.append(District(district, contact))
    return contacts, districts


def _role_of(unit: str) -> Role:
    if "Aktionsräume" in unit:
        return Role.DISTRICT
    if "Projektbüro" in unit:
        return Role.OFFICE
    if "Sozialplanung" in unit:
        return Role.REPORT
    raise ParseError(f"Unbekannte Liste von Ansprechpartnern: {unit!r}")


def _contact_block(block: list[str], role: Role, unit: str) -> tuple[str | None, Contact]:
    """Read "[Aktionsraum X] / Name / Telefon ... / E-Mail ..." into a contact."""
    lines = list(block)
    district = None
    if role is Role.DISTRICT:
        match = _DISTRICT.match(lines.pop(0))
        if not match:
            raise ParseError(f"Kontaktblock ohne 'Aktionsraum': {block[0]!r}")
        district = match["name"]
    if len(lines) != 3:
        raise ParseError(f"Kontaktblock unvollständig: {' / '.join(block)!r}")
    person, phone, email = _PERSON.match(lines[0]), _PHONE.match(lines[1]), _EMAIL.match(lines[2])
    if not (person and phone and email):
        raise ParseError(f"Kontaktblock nicht lesbar: {' / '.join(block)!r}")
    contact = Contact(
        name=person["name"],
        phone=normalize_phone(phone["phone"]),
        email=email["email"].lower(),
        role=role,
        unit=unit,
    )
    return district, contact


def _parse_reports(sections: list[_Section]) -> list[Report]:
    """The page describes both reports together, so both get the same text."""
    reports: list[Report] = []
    for section in _of_kind(sections, "reports"):
        heading = section.heading
        description = "\n\n".join(" ".join(block) for block in section.blocks())
        # ignored: only the preamble has no heading
        for title in (heading["first"], heading["second"]):  # type: ignore[index]
            reports.append(Report(title=title, description=description))
    return reports


def _parse_links(sections: list[_Section]) -> list[str]:
    links: list[str] = []
    for section in _of_kind(sections, "links"):
        links += [line for line in section.lines if _LINK.match(line)]
    return links


def _plan_paragraphs(sections: list[_Section]) -> list[str]:
    paragraphs: list[str] = []
    for section in _of_kind(sections, "plan"):
        paragraphs += [
            " ".join(block) for block in section.blocks() if not _WORK_FOCUS.match(block[0])
        ]
    return paragraphs


def _parse_plan_facts(sections: list[_Section]) -> list[PlanFact]:
    """Find each statement about the plan by its pattern; a missing one is an error.

    A statement is one sentence; the report's spans the sentences its pattern
    picks, the Arbeitsschwerpunkte's includes the numbered list it introduces.
    """
    facts = []
    for key in PLAN_FACT_KEYS:
        kind, pattern = _PLAN_FACTS[key]
        sentences = [s for section in _of_kind(sections, kind) for s in _sentences(section)]
        found = [sentence for sentence in sentences if pattern.search(sentence)]
        if not found or (len(found) > 1 and key != "report"):
            where = "nicht gefunden" if not found else f"{len(found)}-mal gefunden"
            raise ParseError(
                f"Aussage zum Aktionsplan {key!r} {where} (Muster {pattern.pattern!r})."
            )
        facts.append(PlanFact(key, " ".join(found)))
    return facts


def _sentences(section: _Section) -> list[str]:
    """The section's sentences; a numbered list joins the sentence that introduces it."""
    sentences: list[str] = []
    for block in section.blocks():
        items = [_LIST_ITEM.match(line) for line in block]
        if all(items) and sentences:
            listed = (f"{m['n']}. {m['text'].replace('**', '').strip()}" for m in items if m)
            sentences[-1] = "\n".join([sentences[-1], *listed])
        else:
            sentences += _SENTENCE_END.split(" ".join(block))
    return sentences


def _attach_work_focus(topics: list[Topic], sections: list[_Section]) -> list[Topic]:
    """Pair the numbered Arbeitsschwerpunkte with the Schwerpunkte, in page order."""
    focuses: list[str] = []
    for section in _of_kind(sections, "plan"):
        for line in section.lines:
            match = _WORK_FOCUS.match(line)
            if match:
                focuses.append(_clean_list_item(match["text"]))
    if len(focuses) != len(topics):
        raise ParseError(
            f"{len(focuses)} Arbeitsschwerpunkte, aber {len(topics)} Schwerpunkte gefunden."
        )
    return [
        Topic(topic.number, topic.name, focus) for topic, focus in zip(topics, focuses, strict=True)
    ]


def _clean_list_item(text: str) -> str:
    """Drop the list's glue: "Integration und" -> "Integration", "Quartier," -> "Quartier"."""
    text = text.strip().rstrip(",.;")
    return re.sub(r"\s+(?:und|oder)$", "", text).rstrip(",.;")


def _stated_counts(text: str) -> dict[str, int]:
    """The numbers the page states about itself ("die ersten 34 Projekte")."""
    counts: dict[str, int] = {}
    if match := _STATED_PROJECTS.search(text):
        counts["projects"] = int(match["n"])
    if match := _STATED_DISTRICTS.search(text):
        counts["districts"] = int(match["n"])
    return counts


def _check_complete(content: PageContent) -> None:
    if not content.projects:
        raise ParseError("Keine Projekte gefunden.")
    if not content.districts:
        raise ParseError("Keine Aktionsräume gefunden.")
