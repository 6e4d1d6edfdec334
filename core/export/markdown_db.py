"""The Markdown export: a "Timeline of …" page with year and month headings and footnotes.

Each event is one list item: its date at its own grain, its title, its people in bold and a
footnote per source report. Events coarser than a month (a year, a quarter, "early 2024") come
under their year heading before that year's months; ``--mermaid`` adds a Mermaid ``timeline``
block. The key events (a filter with ``top``, ``dateline export --top N``) are written as a
newsroom's timeline box instead: year headings only, each event led by its date in bold. The
events stream from :func:`core.queries.iter_event_citations` and each becomes a compact
:class:`_Item` at once, escaping each distinct date and person list once and building lines
as plain strings, with the cycle collector paused, so 100,000 events export in under 3 s.
Article text is escaped so it cannot break the page.
"""

from __future__ import annotations

import gc
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import partial
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple, TextIO

import sqlite_utils

from core.export.markdown import citations, marks, people_text
from core.export.summary import coverage_of, title_for
from core.export.text import md_escape, mermaid_text
from core.filters import TimelineFilter
from core.models import GRANULARITY_RANK, Granularity
from core.queries import EventCitations, iter_event_citations

_CHUNK = 4096  # lines per write

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_RANK = GRANULARITY_RANK[Granularity.MONTH]
_MULTI_YEAR = (Granularity.DECADE.value, Granularity.CENTURY.value)
_RANKS = {g.value: rank for g, rank in GRANULARITY_RANK.items()}


class _Item(NamedTuple):
    """One event of the page. ``line`` lacks its footnote references: footnotes are numbered
    in page order, not timeline order, so they are added when the item is written."""

    heading: str  # the year heading it comes under ("2024", or "1990s" for a decade)
    in_month: bool  # under a month heading (else before the year's months)
    month: str  # "May 2024"
    line: str
    display: str
    title: str
    cites: tuple[str, ...]  # its footnotes' texts, without their numbers


_new_item = partial(tuple.__new__, _Item)  # without the generated __new__: one call fewer
_by_heading = attrgetter("heading")
_by_month = attrgetter("month")
_by_display = attrgetter("display")


class _Page:
    """What the page needs from the events, gathered as they stream past."""

    def __init__(self) -> None:
        self.items: list[_Item] = []
        self.escaped: dict[str, str] = {}
        self.people: dict[tuple[tuple[str, bool], ...], str] = {}  # people -> "**A**, **B**"
        self.groups: Counter[tuple[tuple[str, bool], ...]] = Counter()  # events per people
        self.outlets: Counter[str] = Counter()  # events per outlet
        self.reports = 0
        self.headings: dict[date, tuple[str, str]] = {}  # start -> year and month headings
        self.first = self.last = 0

    def escape(self, text: str) -> str:
        """``md_escape``, once per distinct string."""
        found = self.escaped.get(text)
        if found is None:
            found = self.escaped[text] = md_escape(text)
        return found

    def gather(self, events: Iterable[EventCitations]) -> None:
        """Turn each event into its item and count its people, outlets and reports (one
        loop over local names: this runs once per event of the page)."""
        items, append = self.items, self.items.append
        escaped, escape = self.escaped, self.escape
        shown_people, groups, outlets, headings_of = (self.people, self.groups, self.outlets,
                                                      self.headings)
        reports, last = self.reports, self.last
        for row in events:
            people, sources = row.people, row.sources
            said = md_escape(row.title)  # nearly every title is its event's own: no cache
            display = escaped.get(row.display) or escape(row.display)
            if people:
                who = shown_people.get(people)
                if who is None:
                    who = shown_people[people] = people_text(people)
                groups[people] += 1
                if said.endswith(".") and not said.endswith(".."):
                    said = said[:-1]  # "… citing cost — **Elena Ruiz**", not "cost. — **…"
                line = f"- {display} — {said} — {who}"
            else:
                line = f"- {display} — {said}"
            if row.edited or row.conflict:
                line += " " + marks(row, sources)
            if sources:
                if len(sources) == 1:
                    outlets[sources[0].outlet] += 1
                else:
                    for outlet in {s.outlet for s in sources}:
                        outlets[outlet] += 1
                cites = citations(sources)  # each sentence is one report's: no cache
            else:
                cites = ()
            reports += len(sources)
            start, end = row.date_start, row.date_end
            headings = headings_of.get(start)
            if headings is None:
                headings = headings_of[start] = (str(start.year),
                                                 f"{_MONTHS[start.month - 1]} {start.year}")
            if not items:
                self.first = start.year  # the events come in date order
            if end.year > last:
                last = end.year
            granularity = row.granularity
            append(_new_item((
                row.display if granularity in _MULTI_YEAR else headings[0],
                _RANKS.get(granularity, 0) >= _MONTH_RANK
                or (start.year == end.year and start.month == end.month),
                headings[1], line, row.display, row.title, cites)))
        self.reports, self.last = reports, last

    def ranked_people(self) -> list[tuple[str, int]]:
        """Everyone named with their event count, most first (ties by name)."""
        named: Counter[str] = Counter()
        for people, n in self.groups.items():
            for name, _ in people:
                named[name] += n
        return sorted(named.items(), key=lambda item: (-item[1], item[0]))


def _sections(items: Sequence[_Item]
              ) -> Iterator[tuple[str, list[_Item], list[tuple[str, list[_Item]]]]]:
    """(year heading, its events coarser than a month, [(month heading, its events)])."""
    for heading, group in groupby(items, key=_by_heading):
        members = list(group)
        coarse = [item for item in members if not item.in_month]
        fine = [item for item in members if item.in_month]
        yield heading, coarse, [(month, list(same)) for month, same in groupby(fine, _by_month)]


def _mermaid(title: str, items: Sequence[_Item]) -> list[str]:
    lines = ["```mermaid", "timeline", f"    title {mermaid_text(title)}"]
    for heading, coarse, months in _sections(items):
        lines.append(f"    section {mermaid_text(heading)}")
        ordered = coarse + [item for _, same in months for item in same]
        for display, same in groupby(ordered, key=_by_display):
            titles = " : ".join(mermaid_text(item.title, 60) for item in same)
            lines.append(f"        {mermaid_text(display)} : {titles}")
    lines.append("```")
    return lines


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the page is built. The page makes a few million
    small tuples and strings and keeps them all until it is written, so the collector keeps
    walking a growing heap in which it can find no cycle (nothing here makes one); pausing it
    took about a sixth off the CPU time of a 100,000-event page (bench_export.py)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def write_markdown_db(db: sqlite_utils.Database, f: TimelineFilter, out: TextIO, *,
                      title: str | None = None, mermaid: bool = False) -> int:
    """Write the Markdown page of the events ``f`` shows; returns the number of events."""
    with _cycle_collector_paused():
        return _write_page(db, f, out, title, mermaid)


def _write_page(db: sqlite_utils.Database, f: TimelineFilter, out: TextIO,
                title: str | None, mermaid: bool) -> int:
    page = _Page()
    page.gather(iter_event_citations(db, f))
    items = page.items
    heading = title or title_for(f, page.ranked_people)
    outlets = [name for name, _ in
               sorted(page.outlets.items(), key=lambda item: (-item[1], item[0]))]
    cover = coverage_of(f, len(items), page.reports, outlets, page.first, page.last)
    lines = [f"# {md_escape(heading)}", "", f"*{md_escape(cover)}*", ""]
    if mermaid and items:
        lines += _mermaid(heading, items)
        lines.append("")
    footnotes: list[str] = []
    if f.top is not None:
        _write_box(items, lines, footnotes, page.escape)
    else:
        for year, coarse, by_month in _sections(items):
            lines += (f"## {year}", "")
            if coarse:
                _write_items(coarse, lines, footnotes)
                lines.append("")
            for month, same in by_month:
                lines += (f"### {month}", "")
                _write_items(same, lines, footnotes)
                lines.append("")
    if footnotes:
        lines += ("## Sources", "")
        lines += footnotes
    # the page ends with exactly one newline, as "\n".join(page).rstrip("\n") + "\n" would
    while lines and not lines[-1]:
        lines.pop()
    if lines:
        lines[-1] = lines[-1].rstrip("\n")
    for at in range(0, len(lines), _CHUNK):
        out.write("\n".join(lines[at:at + _CHUNK]))
        out.write("\n")
    return len(items)


_YEAR = re.compile(r"\b\d{4}\b")
_MONTH_YEAR = re.compile(r"\b([A-Z][a-z]{2}) \d{4}\b")  # "May 2024" of core.granular's dates


def within_year(display: str, year: str) -> str:
    """A date under its year's heading: "15 May – 7 Jun" for "15 May 2024 – 7 Jun 2024"
    under "2024". Only a month's year goes ("Q2 2024", "early 2024" and "2024" stay whole),
    and only when every year the date names is the heading's."""
    if set(_YEAR.findall(display)) != {year}:
        return display
    month = _MONTH_YEAR.fullmatch(display)
    if month:  # a month on its own is spelt out: "November", not "Nov"
        return next(name for name in _MONTHS if name.startswith(month[1]))
    return _MONTH_YEAR.sub(r"\1", display)


def _write_box(items: Sequence[_Item], lines: list[str], footnotes: list[str],
               escape: Callable[[str], str]) -> None:
    """The key events (a ``top`` filter) as a newsroom's "Timeline of …" box: a heading per
    year, no month headings, each event one line led by its date in bold, without the year
    the heading gives. A short list, so it is not a hot path like the full page."""
    for year, group in groupby(items, key=_by_heading):
        lines += (f"## {year}", "")
        boxed = []
        for item in group:
            date_cut = 2 + len(escape(item.display))  # the line is "- <date> — …"
            short = escape(within_year(item.display, year))
            boxed.append(item._replace(line=f"- **{short}**{item.line[date_cut:]}"))
        _write_items(boxed, lines, footnotes)
        lines.append("")


def _write_items(items: Sequence[_Item], lines: list[str], footnotes: list[str]) -> None:
    """Append the items' lines with their footnote references, and their footnotes (each
    ending with a newline: the blank line after it on the page)."""
    append, note = lines.append, footnotes.append
    for item in items:
        cites = item.cites
        if not cites:
            append(item.line)
        elif len(cites) == 1:
            n = len(footnotes) + 1
            note(f"[^{n}]: {cites[0]}\n")
            append(f"{item.line}[^{n}]")
        else:
            n = len(footnotes)
            refs = []
            for cite in cites:
                n += 1
                note(f"[^{n}]: {cite}\n")
                refs.append(f"[^{n}]")
            append(item.line + "".join(refs))
