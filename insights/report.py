"""The staff report: what citizens asked, and which answers probably missed.

A self-contained HTML file (inline CSS and SVG charts, no scripts, no
downloads); every text a citizen typed is masked (:mod:`insights.events`) and
HTML-escaped. Intents carry the names staff use; times are Berlin time.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from insights import wrong_answers
from insights.events import Exchange
from insights.labels import intent_label
from insights.wrong_answers import SIGNAL_LABELS, Finding, Signal

BERLIN = ZoneInfo("Europe/Berlin")
FALLBACK_INTENT = wrong_answers.FALLBACK_INTENT


@dataclass(frozen=True)
class Figures:
    """Everything the report shows, computed once."""

    conversations: int
    messages: int
    per_day: list[tuple[str, int, int]]  # day (Berlin), conversations, messages
    per_intent: list[tuple[str, int]]  # intent name, questions
    per_district: list[tuple[str, int]]
    per_language: list[tuple[str, int]]  # language code, questions asked in it
    fallback_rate: float
    helpful: int  # answers rated "hilfreich"
    unhelpful: int  # answers rated "nicht hilfreich"
    findings: list[Finding]  # answers that probably missed, in the order asked
    per_rule: list[tuple[str, int, Counter[Signal]]]  # rule (or kind), answers, signs

    @property
    def helpful_share(self) -> float | None:
        """The share of helpful ratings, None without ratings."""
        rated = self.helpful + self.unhelpful
        return self.helpful / rated if rated else None

    def with_signal(self, signal: Signal) -> list[Finding]:
        """The findings that show one sign."""
        return [f for f in self.findings if signal in f.signals]


def berlin_time(timestamp: float, pattern: str = "%d.%m.%Y %H:%M") -> str:
    """A stored UNIX time as Berlin local time."""
    return datetime.fromtimestamp(timestamp, tz=BERLIN).strftime(pattern)


def figures(exchanges: list[Exchange]) -> Figures:
    """Count what the report shows."""
    questions = [e for e in exchanges if wrong_answers.is_question(e)]
    days: dict[str, tuple[set[str], int]] = {}
    for e in exchanges:
        day = berlin_time(e.timestamp, "%Y-%m-%d")
        senders, count = days.get(day, (set(), 0))
        senders.add(e.sender)
        days[day] = (senders, count + 1)
    findings = wrong_answers.find(exchanges)
    helpful, unhelpful = wrong_answers.ratings(exchanges)
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
        helpful=helpful,
        unhelpful=unhelpful,
        findings=findings,
        per_rule=wrong_answers.per_rule(exchanges, findings),
    )


def render(
    f: Figures, title: str = "Soziale-Stadt-Assistent: Was Bürgerinnen und Bürger fragen"
) -> str:
    """The report as one HTML page."""
    created = datetime.now(tz=BERLIN).strftime("%d.%m.%Y %H:%M")
    share = "–" if f.helpful_share is None else f"{f.helpful_share:.0%}"
    parts = [
        f"<h1>{_e(title)}</h1><p class=meta>Erstellt {created} (Berliner Zeit)</p>",
        '<div class="cards">'
        + _card("Gespräche", str(f.conversations))
        + _card("Nachrichten", str(f.messages))
        + _card("Fallback-Quote", f"{f.fallback_rate:.1%}")
        + _card("„hilfreich“", str(f.helpful))
        + _card("„nicht hilfreich“", str(f.unhelpful))
        + _card("Anteil hilfreich", share)
        + "</div>",
        "<h2>Gespräche und Nachrichten pro Tag</h2>",
        _bars([(day, msgs) for day, _, msgs in f.per_day], "Nachrichten"),
        _table(["Tag", "Gespräche", "Nachrichten"], [[d, str(c), str(m)] for d, c, m in f.per_day]),
        "<h2>Fragen nach Thema</h2>",
        _bars([(intent_label(i), n) for i, n in f.per_intent], "Fragen"),
        "<h2>Fragen nach Aktionsraum</h2>",
        _bars(f.per_district, "Antworten") if f.per_district else "<p>Noch keine.</p>",
        "<h2>Fragen nach Sprache (Sprachcode)</h2>",
        _bars(f.per_language, "Fragen"),
        "<h2>Antworten, die wohl nicht passten, nach Antwortregel</h2>",
        _table(["Antwortregel", "Antworten", *SIGNAL_LABELS.values()],
               [[rule, str(n), *(str(signs[s]) for s in Signal)] for rule, n, signs in f.per_rule])
        or "<p>Keine.</p>",
        *(_findings(label, f.with_signal(signal)) for signal, label in SIGNAL_LABELS.items()),
    ]  # fmt: skip
    return _PAGE.format(title=_e(title), body="\n".join(parts))


def _findings(label: str, found: list[Finding]) -> str:
    rows = [[berlin_time(x.exchange.timestamp), intent_label(x.exchange.intent), x.exchange.text,
             x.exchange.answer_text, x.exchange.kind] for x in found]  # fmt: skip
    table = _table(["Zeit", "Thema", "Frage (maskiert)", "Antwort", "Antwortregel"], rows)
    return f"<h2>{_e(label)} ({len(found)})</h2>" + (table or "<p>Keine.</p>")


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
