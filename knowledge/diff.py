"""What changed between two versions of the page, in words staff can read."""

from __future__ import annotations

from knowledge.records import Contact, PageContent, Project


def describe_changes(old: PageContent | None, new: PageContent) -> list[str]:
    """German lines: projects added, removed or changed; contacts whose details changed."""
    if old is None:
        return ["Erster Aufbau der Wissensbasis."]
    lines = _projects(old.projects, new.projects)
    lines += _districts(old, new)
    lines += _people(old.contacts, new.contacts)
    lines += [f"Neuer Link: {link}" for link in new.links if link not in old.links]
    lines += [f"Link entfernt: {link}" for link in old.links if link not in new.links]
    return lines


def _projects(old: tuple[Project, ...], new: tuple[Project, ...]) -> list[str]:
    before, after = {p.title: p for p in old}, {p.title: p for p in new}
    lines = [f"Neues Projekt: {title}" for title in after if title not in before]
    lines += [f"Projekt entfernt: {title}" for title in before if title not in after]
    for title in before.keys() & after.keys():
        was, now = before[title], after[title]
        if (was.goal, was.goal_label) != (now.goal, now.goal_label):
            lines.append(f"Projekt geändert: {title}: {was.goal_label} „{was.goal}“ → „{now.goal}“")
        if was.topic != now.topic:
            lines.append(f"Projekt verschoben: {title}: „{was.topic}“ → „{now.topic}“")
    return sorted(lines)


def _districts(old: PageContent, new: PageContent) -> list[str]:
    before = {d.name: d.contact for d in old.districts}
    after = {d.name: d.contact for d in new.districts}
    lines = [f"Neuer Aktionsraum: {name}" for name in after if name not in before]
    lines += [f"Aktionsraum entfernt: {name}" for name in before if name not in after]
    for name in [n for n in after if n in before]:
        lines += [
            f"Aktionsraum {name}: {change}"
            for change in _contact_changes(before[name], after[name])
        ]
    return lines


def _people(old: tuple[Contact, ...], new: tuple[Contact, ...]) -> list[str]:
    """Projektbüro and Sozialplanung (district contacts are compared per Aktionsraum)."""
    before = {(c.role, c.name): c for c in old if c.role.value != "district"}
    after = {(c.role, c.name): c for c in new if c.role.value != "district"}
    lines = [
        f"Neue Ansprechperson ({c.unit}): {c.name}" for k, c in after.items() if k not in before
    ]
    lines += [
        f"Ansprechperson entfernt ({c.unit}): {c.name}" for k, c in before.items() if k not in after
    ]
    for key in [k for k in after if k in before]:
        lines += [f"{key[1]}: {change}" for change in _contact_changes(before[key], after[key])]
    return lines


def _contact_changes(was: Contact, now: Contact) -> list[str]:
    changes = []
    for label, a, b in (("Ansprechperson", was.name, now.name), ("Telefon", was.phone, now.phone),
                        ("E-Mail", was.email, now.email)):  # fmt: skip
        if a != b:
            changes.append(f"{label} {a} → {b}")
    return changes
