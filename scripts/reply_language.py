"""Judge whether a reply of the bot is written in the language the citizen asked in.

Names, phone numbers, e-mails, project titles, goals and the plan's own sentences stay
German in every language (issue 19), so they must not count: the judge removes every
fact the knowledge base holds (and anything quoted, every link and contact) from the
reply, splits what is left into the bot's own sentences and detects each one with
lingua, restricted to the nine languages the bot is meant to speak. A reply is in the
asked language when at least ``SHARE_NEEDED`` of its own letters are in sentences
detected as that language. Evaluation only; the bot does not import this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from knowledge import KnowledgeBase

LANGUAGES: dict[str, Language] = {
    "de": Language.GERMAN,
    "en": Language.ENGLISH,
    "tr": Language.TURKISH,
    "ar": Language.ARABIC,
    "pl": Language.POLISH,
    "ro": Language.ROMANIAN,
    "bg": Language.BULGARIAN,
    "uk": Language.UKRAINIAN,
    "ru": Language.RUSSIAN,
}
SHARE_NEEDED = 0.8
MIN_LETTERS = 8  # shorter leftovers ("Tel.:", "ok") say nothing about the language
ALONE_LETTERS = 20  # shorter sentences ("Telefon für:") are judged together, not alone
# Names of the plan and its parts that stay German in every language, beside the KB's facts.
PLAN_NAMES = (
    "Aktionsplan Soziale Stadt Dortmund",
    "Aktionsplan Soziale Stadt",
    "Projektbüro",
    "Sozialplanung",
    "Aktionsräume",
    "Aktionsraum",
)
_QUOTED = re.compile(r"„[^“”\n]*[“”]|“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|‚[^‘\n]*‘")
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
_PHONE = re.compile(r"\+?\d[\d ()/-]{5,}\d")
_PROJECT_BUTTON = re.compile(r"^\[.*\] #\d+$", re.MULTILINE)
_BUTTON = re.compile(r"^\[(.*)\].*$", re.MULTILINE)
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")
_LETTER = re.compile(r"[^\W\d_]")


def page_facts(kb: KnowledgeBase) -> list[str]:
    """Every text the page gives that a reply may quote unchanged, longest first."""
    content = kb.content()
    texts: list[str] = [*PLAN_NAMES, *kb.links()]
    texts += [text for p in content.projects for text in (p.title, p.goal)]
    texts += [text for t in content.topics for text in (t.name, t.work_focus)]
    texts += [d.name for d in content.districts]
    texts += [text for c in content.contacts for text in (c.name, c.unit, c.email)]
    texts += [r.title for r in content.reports] + [r.description for r in content.reports]
    texts += [f.text for f in content.plan_facts]
    texts += [line for f in content.plan_facts for line in f.text.splitlines()]
    texts += [s for p in content.plan_summary for s in re.split(r"(?<=[.!?])\s+", p)]
    return sorted({t.strip() for t in texts if t.strip()}, key=len, reverse=True)


class ReplyLanguage:
    """Detects the language of the bot's own sentences in a reply."""

    def __init__(self, facts: Iterable[str]) -> None:
        self.facts = [f for f in facts if len(f) >= 3]
        self.detector: LanguageDetector = LanguageDetectorBuilder.from_languages(
            *LANGUAGES.values()
        ).build()

    def own_text(self, reply: str) -> str:
        """The reply without facts, quotes, links, contacts and project buttons."""
        text = _PROJECT_BUTTON.sub("", reply)
        text = _BUTTON.sub(r"\1", text)  # a button's title is the bot's own wording
        for fact in self.facts:
            text = text.replace(fact, " ")
        for pattern in (_QUOTED, _LINK, _PHONE):
            text = pattern.sub(" ", text)
        return text

    def sentences(self, reply: str) -> list[tuple[str, str | None]]:
        """The bot's own sentences with the language code lingua detects (None if unsure)."""
        parts = [s.strip() for s in _SENTENCE.split(self.own_text(reply)) if s.strip()]
        long = [s for s in parts if len(_LETTER.findall(s)) >= ALONE_LETTERS]
        short = " ".join(s for s in parts if len(_LETTER.findall(s)) < ALONE_LETTERS)
        if len(_LETTER.findall(short)) >= MIN_LETTERS:  # labels such as "Ziel:" "Telefon für:"
            long.append(short)
        return [(sentence, self._detect(sentence)) for sentence in long]

    def _detect(self, sentence: str) -> str | None:
        language = self.detector.detect_language_of(sentence)
        return language.iso_code_639_1.name.lower() if language else None

    def answered_in(self, reply: str, code: str) -> bool:
        """At least ``SHARE_NEEDED`` of the own letters are in sentences of language ``code``.

        A reply that holds nothing but the page's facts is not in another language.
        """
        judged = self.sentences(reply)
        total = sum(len(_LETTER.findall(s)) for s, _ in judged)
        if not total:
            return True
        right = sum(len(_LETTER.findall(s)) for s, lang in judged if lang == code)
        return right / total >= SHARE_NEEDED
