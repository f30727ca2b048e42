"""The answerable passages of the page, as texts to embed, and their stored vectors.

Each passage names the record it answers with (``kind``, ``ref``): a project
is embedded with its title, goal and Schwerpunkt, so "das Projekt mit der
Gastronomie für junge Leute" finds "Kohldampf"; a plan statement with its own
sentence, so "Wer hat da mitgemacht?" finds the one about the several thousand
citizens who took part. The questions citizens ask about the plan
(:mod:`knowledge.plan_meaning`) are embedded too, to be read by meaning in any
language. A project's goal is embedded alone too: a question
that shares words with a title but not the goal's meaning ("ein blaues Haus
kaufen") fits no project (:mod:`knowledge.ranking`). The Schwerpunkt is left
out of a project's text: eleven projects share it, and it blurs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import numpy as np

from knowledge.embedding import Vectors
from knowledge.plan_meaning import questions
from knowledge.records import PageContent, Role
from knowledge.situations import not_meant, situations, tellings_beyond_plan


class Kind(str, Enum):
    """What a passage answers with."""

    PROJECT = "project"  # ref: the project's number; title and goal
    PROJECT_GOAL = "project_goal"  # ref: the project's number; the goal alone
    PROJECT_SITUATION = "project_situation"  # ref: "12#3", a situation told for project 12
    # ref: "12#3": an everyday sense of project 12's words that does not mean it
    PROJECT_NOT_MEANT = "project_not_meant"
    BEYOND_PLAN = "beyond_plan"  # ref: "unmet#tr3", "errands#12": what no project is for
    PLAN_FACT = "plan_fact"  # ref: the statement's key
    PLAN_QUESTION = "plan_question"  # ref: what it asks and its position: "initiator#0"
    DISTRICT = "district"  # ref: the Aktionsraum's name
    TOPIC = "topic"  # ref: the Schwerpunkt's number
    OFFICE = "office"  # ref: ""
    REPORT = "report"  # ref: the report's position


@dataclass(frozen=True)
class Passage:
    """One text to embed and the record it stands for."""

    kind: Kind
    ref: str
    text: str


def passages(content: PageContent) -> list[Passage]:
    """Every answerable passage of the page, in a stable order."""
    found = [
        Passage(Kind.PROJECT, str(p.number), f"{p.title}. {p.goal_label}: {p.goal}")
        for p in content.projects
    ]
    found += [Passage(Kind.PROJECT_GOAL, str(p.number), p.goal) for p in content.projects]
    found += [
        Passage(Kind.PROJECT_SITUATION, s.ref(i), s.text)
        for i, s in enumerate(situations(tuple(content.projects)))
    ]
    found += [
        Passage(Kind.PROJECT_NOT_MEANT, s.ref(i), s.text)
        for i, s in enumerate(not_meant(tuple(content.projects)))
    ]
    found += [
        Passage(Kind.BEYOND_PLAN, s.ref(i), s.text) for i, s in enumerate(tellings_beyond_plan())
    ]
    found += [Passage(Kind.PLAN_FACT, f.key, f.text) for f in content.plan_facts]
    found += [Passage(Kind.PLAN_QUESTION, q.ref(i), q.text) for i, q in enumerate(questions())]
    found += [
        Passage(Kind.DISTRICT, d.name, f"Aktionsraum {d.name}: Ansprechperson vor Ort")
        for d in content.districts
    ]
    found += [
        Passage(Kind.TOPIC, str(t.number), f"Schwerpunkt {t.name}. {t.work_focus}")
        for t in content.topics
    ]
    offices = sorted({c.unit for c in content.contacts if c.role is Role.OFFICE})
    found += [Passage(Kind.OFFICE, "", f"Ansprechpersonen im {unit}") for unit in offices[:1]]
    found += [
        Passage(Kind.REPORT, str(i), f"{r.title}: {r.description}")
        for i, r in enumerate(content.reports)
    ]
    return found


@dataclass(frozen=True)
class PassageVectors:
    """The vectors of one build, one row per passage reference."""

    refs: tuple[tuple[Kind, str], ...]
    matrix: Vectors

    def of(self, kind: Kind) -> tuple[list[str], Vectors]:
        """The references and vectors of one kind of passage."""
        rows = [i for i, (k, _) in enumerate(self.refs) if k is kind]
        return [self.refs[i][1] for i in rows], self.matrix[rows]


def to_bytes(vector: Vectors) -> bytes:
    """A vector as little-endian float32 bytes (the same on SQLite and PostgreSQL)."""
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes) -> Vectors:
    """The vector :func:`to_bytes` stored."""
    return np.frombuffer(data, dtype="<f4").astype(np.float32)
