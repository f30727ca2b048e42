"""The staff report: what citizens asked, what went unanswered, what they found unhelpful.

A self-contained HTML file (inline CSS and SVG charts, no scripts, no
downloads); every text a citizen typed is HTML-escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from insights.events import Exchange

# Answers that mean "could not help": the fallback, unknown places, nothing found.
UNANSWERED_RESPONSES = frozenset(
    ["utter_fallback_none", "utter_fallback_suggest", "utter_no_answer", "utter_default",
     "utter_project_search_none", "utter_district_unknown", "utter_district_unknown_generic",
     "utter_person_unknown", "utter_project_unknown", "utter_out_of_scope",
     "utter_service_unavailable", "utter_district_not_member", "utter_district_not_member_generic",
     "utter_project_no_such_number", "utter_fallback_language"]
)  # fmt: skip
FALLBACK_INTENT = "nlu_fallback"
UNHELPFUL_INTENT = "feedback_unhelpful"
TOP = 15


@dataclass(frozen=True)
class Figures:
    """Everything the report shows, computed once."""

    conversations: int
    messages: int
    per_day: list[tuple[str, int, int]]  # day, conversations, messages
    per_intent: list[tuple[str, int]]
    per_district: list[tuple[str, int]]
    per_language: list[tuple[str, int]]  # language code, questions asked in it
    fallback_rate: float
    unanswered: list[tuple[str, int]]
    unhelpful: list[tuple[str, str]]  # question, answer


def figures(exchanges: list[Exchange]) -> Figures:
    """Count what the report shows."""
    questions = [e for e in exchanges if not e.intent.startswith("feedback_")]
    days: dict[str, tuple[set[str], int]] = {}
    for e in exchanges:
        day = datetime.fromtimestamp(e.timestamp, tz=timezone.utc).strftime("%Y-%m-%d")
        senders, count = days.get(day, (set(), 0))
        senders.add(e.sender)
        days[day] = (senders, count + 1)
    unanswered = Counter(
        " ".join(e.text.split()).lower()
        for e in questions
        if e.intent == FALLBACK_INTENT or UNANSWERED_RESPONSES & set(e.responses)
    )
    return Figures(
        conversations=len({e.sender for e in exchanges}),
        messages=len(exchanges),
        per_day=[(day, len(s), n) for day, (s, n) in sorted(days.items())],
        per_intent=Counter(e.intent for e in questions).most_common(),
        per_district=Counter(
            d for e in questions for d in dict.fromkeys(e.districts)
        ).most_common(),
        per_language=Counter(e.language for e in questions).most_common(),
        fallback_rate=sum(e.intent == FALLBACK_INTENT for e in questions) / max(len(questions), 1),
        unanswered=unanswered.most_common(TOP),
        unhelpful=_unhelpful(exchanges),
    )


def _unhelpful(exchanges: list[Exchange]) -> list[tuple[str, str]]:
    """The question and answer right before each "nicht hilfreich"."""
    rated = []
    for before, after in zip(exchanges, exchanges[1:], strict=False):
        if after.intent == UNHELPFUL_INTENT and before.sender == after.sender:
            answer = " ".join(t for t, r in zip(before.answer, before.responses, strict=False)
                              if r != "utter_ask_feedback")  # fmt: skip
            rated.append((before.text, answer))
    return rated


def render(
    f: Figures, title: str = "Soziale-Stadt-Assistent: Was Bürgerinnen und Bürger fragen"
) -> str:
    """The report as one HTML page."""
    created = datetime.now(tz=timezone.utc).strftime("%d.%m.%Y %H:%M UTC")
    parts = [
        f"<h1>{_e(title)}</h1><p class=meta>Erstellt {created}</p>",
        '<div class="cards">'
        + _card("Gespräche", str(f.conversations))
        + _card("Nachrichten", str(f.messages))
        + _card("Fallback-Quote", f"{f.fallback_rate:.1%}")
        + _card("„nicht hilfreich“", str(len(f.unhelpful)))
        + "</div>",
        "<h2>Gespräche und Nachrichten pro Tag</h2>",
        _bars([(day, msgs) for day, _, msgs in f.per_day], "Nachrichten"),
        _table(["Tag", "Gespräche", "Nachrichten"], [[d, str(c), str(m)] for d, c, m in f.per_day]),
        "<h2>Fragen nach Thema (Intent)</h2>",
        _bars(f.per_intent, "Fragen"),
        "<h2>Fragen nach Aktionsraum</h2>",
        _bars(f.per_district, "Antworten") if f.per_district else "<p>Noch keine.</p>",
        "<h2>Fragen nach Sprache (Sprachcode)</h2>",
        _bars(f.per_language, "Fragen"),
        "<h2>Häufigste unbeantwortete Fragen</h2>",
        _table(["Frage", "Anzahl"], [[q, str(n)] for q, n in f.unanswered]) or "<p>Keine.</p>",
        "<h2>Als „nicht hilfreich“ bewertete Antworten</h2>",
        _table(["Frage", "Antwort"], [[q, a] for q, a in f.unhelpful]) or "<p>Keine.</p>",
    ]
    return _PAGE.format(title=_e(title), body="\n".join(parts))


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _card(label: str, value: str) -> str:
    return f'<div class="card"><div class="value">{_e(value)}</div><div>{_e(label)}</div></div>'


def _table(header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _bars(items: list[tuple[str, int]], unit: str) -> str:
    """A horizontal bar chart as inline SVG."""
    if not items:
        return "<p>Keine Daten.</p>"
    top = max(n for _, n in items) or 1
    row, label_w, bar_w = 26, 230, 420
    lines = []
    for i, (label, n) in enumerate(items):
        y = i * row
        width = max(2, round(bar_w * n / top))
        lines.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{width}" height="18" rx="3"></rect>'
            f'<text x="{label_w + width + 6}" y="{y + 17}">{n}</text>'
        )
    width, height = label_w + bar_w + 60, row * len(items)
    return (f'<svg class="chart" role="img" aria-label="{_e(unit)}" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}">{"".join(lines)}</svg>')  # fmt: skip


_PAGE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font: 15px/1.5 Arial, sans-serif; color: #1d1d1b; margin: 0 auto; max-width: 980px;
  padding: 24px; }}
h1 {{ border-bottom: 4px solid #c8102e; padding-bottom: 8px; font-size: 1.5rem; }}
h2 {{ font-size: 1.1rem; margin-top: 32px; }}
.meta {{ color: #5a5a5a; }}
.cards {{ display: flex; gap: 12px; flex-wrap: wrap; }}
.card {{ border: 1px solid #ddd; border-radius: 6px; padding: 12px 18px; min-width: 150px; }}
.card .value {{ font-size: 1.6rem; font-weight: 700; color: #c8102e; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 8px; }}
th, td {{ text-align: left; border-bottom: 1px solid #e5e5e5; padding: 4px 8px;
  vertical-align: top; }}
svg.chart text {{ font: 13px Arial, sans-serif; fill: #1d1d1b; }}
svg.chart rect {{ fill: #c8102e; }}
</style></head><body>
{body}
</body></html>
"""
