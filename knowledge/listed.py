"""Texts listed per label and embedded at build time, stored under "label#position".

The plan's listed questions are labelled by what they ask ("initiator#0",
:mod:`knowledge.plan_meaning`), the projects' situations by the project's number
("12#3", :mod:`knowledge.situations`); a question's cosine to a label is the best
of its listed texts.
"""

from __future__ import annotations

from dataclasses import dataclass

REF_SEPARATOR = "#"


@dataclass(frozen=True)
class Listed:
    """One listed text and its label; ``language`` is set for a text not in German."""

    label: str
    text: str
    language: str = ""

    def ref(self, position: int) -> str:
        """The reference of its stored vector: label, language, position ("12#tr40")."""
        return f"{self.label}{REF_SEPARATOR}{self.language}{position}"


def label_of(ref: str) -> str:
    """The label of a stored listed text, from its reference (so a build stays readable)."""
    return ref.split(REF_SEPARATOR, 1)[0]


def language_of(ref: str) -> str:
    """The language of a stored listed text ("" for German), from its reference."""
    return ref.split(REF_SEPARATOR, 1)[1].rstrip("0123456789")


def best_by_label(by_ref: dict[str, float]) -> dict[str, float]:
    """The best cosine of each label's listed texts."""
    best: dict[str, float] = {}
    for ref, cosine in by_ref.items():
        label = label_of(ref)
        best[label] = max(cosine, best.get(label, cosine))
    return best
