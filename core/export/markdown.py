"""The Markdown export: a "Timeline of …" page with year and month headings and footnotes.

Each event is one list item: its date at its own grain, its title, its people in bold and a
footnote per source report. Events coarser than a month (a year, a quarter, a season, "early
2024") come under their year heading before that year's months. Every piece of article text
is escaped (:func:`core.export.text.md_escape`), so the page renders the same on GitHub and in
Textual's Markdown widget whatever the articles contain.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import lru_cache
from itertools import groupby
from typing import TextIO

from core.export.collect import ExportEvent
from core.export.summary import coverage, timeline_title
from core.export.text import md_escape, mermaid_text, safe_url
from core.filters import TimelineFilter
from core.granular import parse_value
from core.models import GRANULARITY_RANK, Granularity
from core.queries import EventDetail, SourceReport, TimelineRow

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_RANK = GRANULARITY_RANK[Granularity.MONTH]
_MULTI_YEAR = (Granularity.DECADE.value, Granularity.CENTURY.value)


@lru_cache(maxsize=8192)
def published_display(published: str) -> str:
    """An article's publish date as "17 May 2024" (its own local date)."""
    try:
        day = datetime.fromisoformat(published).date()
    except ValueError:
        return md_escape(published)
    parsed = parse_value(day.isoformat())
    return parsed.display if parsed else day.isoformat()


_RANKS = {g.value: rank for g, rank in GRANULARITY_RANK.items()}


def _rank(granularity: str) -> int:
    return _RANKS.get(granularity, 0)


def within_month(row: TimelineRow) -> bool:
    """True when the event belongs under a month heading (its grain is a month or finer)."""
    return _rank(row.granularity) >= _MONTH_RANK or (
        (row.date_start.year, row.date_start.month) == (row.date_end.year, row.date_end.month))


def year_heading(row: TimelineRow) -> str:
    """The year section an event sits in: its start year, or "2010s" for a decade."""
    if row.granularity in _MULTI_YEAR:
        return row.display
    return str(row.date_start.year)


def month_heading(row: TimelineRow) -> str:
    """The month section of a month-or-finer event: "November 2023"."""
    return f"{_MONTHS[row.date_start.month - 1]} {row.date_start.year}"


@lru_cache(maxsize=16384)
def _person(name: str, implied: bool) -> str:
    return f"**{md_escape(name)}**" + (" (implied)" if implied else "")


@lru_cache(maxsize=4096)
def _short(text: str) -> str:
    """md_escape for short strings that repeat (dates, outlets): computed once each."""
    return md_escape(text)


def people_text(people: Sequence[tuple[str, bool]]) -> str:
    """People in bold, those only implied by a pronoun marked as such."""
    return ", ".join([_person(name, implied) for name, implied in people])


def marks(detail: EventDetail) -> str:
    """Italic notes for a corrected date and for sources that disagree ("" when neither)."""
    row = detail.row
    notes = []
    if row.edited:
        said = sorted({s.date_display for s in detail.sources} - {row.display})
        was = f"; sources said {md_escape(' / '.join(said))}" if said else ""
        notes.append(f"*(date corrected by hand{was})*")
    if row.conflict:
        notes.append(f"*({md_escape(row.conflict)})*")
    return " ".join(notes)


@lru_cache(maxsize=16384)
def _article(outlet: str, title: str, url: str | None, published: str) -> str:
    quoted = f"“{md_escape(title)}”"
    safe = safe_url(url)
    linked = f"[{quoted}](<{safe}>)" if safe else quoted
    return f"*{md_escape(outlet)}*, {linked}, {published_display(published)}"


def source_citation(source: SourceReport) -> str:
    """Outlet, linked article title, publish date, quoted sentence and how it was dated."""
    article = _article(source.outlet, source.article_title, source.url, source.published)
    return (f"{article}: “{md_escape(source.sentence)}” (“{_short(source.phrase)}” →"
            f" {_short(source.date_display)})")


def event_line(detail: EventDetail, refs: str = "") -> str:
    """One list item: date, title, people in bold, notes, footnote references."""
    row = detail.row
    title = md_escape(row.title)
    if detail.people and title.endswith(".") and not title.endswith(".."):
        title = title[:-1]  # "… citing cost — **Elena Ruiz**", not "cost. — **Elena Ruiz**"
    parts = [f"- {_short(row.display)} — {title}"]
    if detail.people:
        parts.append("— " + people_text(detail.people))
    note = marks(detail)
    if note:
        parts.append(note)
    return " ".join(parts) + refs


Section = tuple[str, list[ExportEvent], list[tuple[str, list[ExportEvent]]]]


def sections(events: Sequence[ExportEvent]) -> Iterator[Section]:
    """(year heading, events coarser than a month, [(month heading, events)]) in order."""
    for heading, group in groupby(events, key=lambda e: year_heading(e.row)):
        members = list(group)
        coarse = [e for e in members if not within_month(e.row)]
        fine = [e for e in members if within_month(e.row)]
        months = [(month, list(same))
                  for month, same in groupby(fine, key=lambda e: month_heading(e.row))]
        yield heading, coarse, months


def _mermaid(title: str, events: Sequence[ExportEvent]) -> Iterator[str]:
    yield "```mermaid"
    yield "timeline"
    yield f"    title {mermaid_text(title)}"
    for heading, coarse, months in sections(events):
        yield f"    section {mermaid_text(heading)}"
        ordered = coarse + [e for _, same in months for e in same]
        for display, same in groupby(ordered, key=lambda e: e.row.display):
            titles = " : ".join(mermaid_text(e.row.title, 60) for e in same)
            yield f"        {mermaid_text(display)} : {titles}"
    yield "```"


def _body(events: Sequence[ExportEvent], footnotes: list[str]) -> Iterator[str]:
    def line(event: ExportEvent) -> str:
        refs = []
        for source in event.detail.sources:
            footnotes.append(source_citation(source))
            refs.append(f"[^{len(footnotes)}]")
        return event_line(event.detail, "".join(refs))

    for heading, coarse, months in sections(events):
        yield f"## {heading}"
        yield ""
        if coarse:
            yield from (line(e) for e in coarse)
            yield ""
        for month, same in months:
            yield f"### {month}"
            yield ""
            yield from (line(e) for e in same)
            yield ""


def render_markdown(events: Sequence[ExportEvent], f: TimelineFilter, *,
                    title: str | None = None, mermaid: bool = False) -> Iterator[str]:
    """The page, line by line (no trailing newlines)."""
    heading = title or timeline_title(f, events)
    yield f"# {md_escape(heading)}"
    yield ""
    yield f"*{md_escape(coverage(f, events))}*"
    yield ""
    if mermaid and events:
        yield from _mermaid(heading, events)
        yield ""
    footnotes: list[str] = []
    yield from _body(events, footnotes)
    if footnotes:
        yield "## Sources"
        yield ""
        for number, text in enumerate(footnotes, start=1):
            yield f"[^{number}]: {text}"
            yield ""


def write_markdown(events: Sequence[ExportEvent], f: TimelineFilter, out: TextIO, *,
                   title: str | None = None, mermaid: bool = False) -> int:
    """Write the Markdown page to ``out``; returns the number of events written."""
    page = "\n".join(render_markdown(events, f, title=title, mermaid=mermaid))
    out.write(page.rstrip("\n") + "\n")
    return len(events)


def event_markdown(detail: EventDetail) -> str:
    """One event as a self-contained Markdown snippet ("copy event as Markdown")."""
    row = detail.row
    lines = [f"**{md_escape(row.display)}** — {md_escape(row.title)}", ""]
    if detail.people:
        lines += [f"People: {people_text(detail.people)}", ""]
    note = marks(detail)
    if note:
        lines += [note, ""]
    if detail.sentence:
        lines += [f"> {md_escape(detail.sentence)}", ""]
    if detail.sources:
        lines += ["Sources:", ""]
        lines += [f"{n}. {source_citation(s)}" for n, s in enumerate(detail.sources, start=1)]
    return "\n".join(lines).rstrip("\n") + "\n"
