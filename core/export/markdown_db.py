"""The Markdown export: a "Timeline of …" page with year and month headings and footnotes.

Each event is one list item: its date at its own grain, its title, its people in bold and a
footnote per source report. Events coarser than a month (a year, a quarter, "early 2024") come
under their year heading before that year's months; ``--mermaid`` adds a Mermaid ``timeline``
block. Read straight from the database (only the columns the page needs, one query per table),
escaping each distinct string once and building lines as plain strings, so 100,000 events
export in a couple of seconds. Article text is escaped so it cannot break the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TextIO

import sqlite_utils

from core.export.collect import _display
from core.export.markdown import article_reference
from core.export.summary import coverage_of, title_for
from core.export.text import clean, md_escape, mermaid_text
from core.filters import TimelineFilter, where_clause
from core.models import GRANULARITY_RANK, Granularity
from core.queries import ORDER

# One event of the page: (year heading, under a month?, month heading, event id, its list
# item without footnote references, display, title). The references are added when the event
# is written, because footnotes are numbered in page order, not timeline order.
_Item = tuple[str, bool, str, int, str, str, str]
# One source report: (publish date, outlet, date display, and the footnote's three pieces:
# the article citation, the escaped sentence, how the phrase was dated).
_Source = tuple[str, str, str, str, str, str]
_by_date_and_outlet = itemgetter(0, 1)

_CHUNK = 4096  # lines per write

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_RANK = GRANULARITY_RANK[Granularity.MONTH]
_MULTI_YEAR = (Granularity.DECADE.value, Granularity.CENTURY.value)
_RANKS = {g.value: rank for g, rank in GRANULARITY_RANK.items()}


def _escaper() -> tuple[dict[str, str], Callable[[str], str]]:
    """A cache of ``md_escape`` keyed by the raw (uncleaned) string, and its miss function.

    Callers write ``cache.get(raw) or miss(raw)``: a dictionary lookup for a string seen before.
    """
    cache: dict[str, str] = {}

    def miss(raw: str) -> str:
        found = cache[raw] = md_escape(clean(raw))
        return found

    return cache, miss


def _people(db: sqlite_utils.Database, where: str, params: list[object]
            ) -> tuple[dict[int, str], Counter[str]]:
    """Each event's people as the line shows them ("**A**, **B** (implied)"), and how many
    events name each person."""
    names = {pid: clean(name) for pid, name in db.execute("SELECT id, name FROM people")}
    shown = {pid: (f"**{md_escape(name)}**", f"**{md_escape(name)}** (implied)")
             for pid, name in names.items()}
    counts: Counter[int] = Counter()
    grouped: list[tuple[int, list[tuple[int, str, str]]]] = []
    current: list[tuple[int, str, str]] = []
    last = None
    for event_id, person_id, implied in db.execute(
            "SELECT ep.event_id, ep.person_id, ep.implied FROM event_people ep"
            f" WHERE ep.event_id IN (SELECT e.id FROM events e WHERE {where})"
            " ORDER BY ep.event_id", params):
        if event_id != last:
            last, current = event_id, []
            grouped.append((event_id, current))
        counts[person_id] += 1
        implied = 1 if implied else 0
        current.append((implied, names[person_id], shown[person_id][implied]))
    found = {}
    for event_id, people in grouped:
        if len(people) == 1:
            found[event_id] = people[0][2]
        else:
            people.sort()  # named before implied, then by name
            found[event_id] = ", ".join([p[2] for p in people])
    named: Counter[str] = Counter()
    for person_id, n in counts.items():
        named[names[person_id]] += n
    return found, named


def _sources(db: sqlite_utils.Database, where: str, params: list[object],
             cache: dict[str, str], miss: Callable[[str], str]) -> dict[int, list[_Source]]:
    """Each event's source reports as footnote texts, ordered as ``event_detail`` orders them."""
    articles = {key: (clean(source), clean(title), published, clean(url) or None)
                for key, source, title, published, url in db.execute(
                    "SELECT key, source, title, published, url FROM articles")}
    cited: dict[str, tuple[str, str, str]] = {}  # article key -> (published, outlet, citation)
    dated: dict[tuple[str, str, str | None], tuple[str, str]] = {}  # -> (tail, date display)
    found: dict[int, list[_Source]] = {}
    current: list[_Source] = []
    last = None
    for event_id, article_key, sentence, phrase, value, mod in db.execute(
            "SELECT er.event_id, r.article_key, r.sentence, t.text, t.value, t.mod"
            " FROM event_reports er JOIN reports r ON r.id = er.report_id"
            " JOIN times t ON t.id = r.time_id"
            f" WHERE er.event_id IN (SELECT e.id FROM events e WHERE {where})"
            " ORDER BY er.event_id, er.report_id", params):
        article = cited.get(article_key)
        if article is None:
            outlet, title, published, url = articles[article_key]
            article = cited[article_key] = (published, outlet,
                                            article_reference(outlet, title, url, published))
        key = (phrase, value, mod)
        receipt = dated.get(key)
        if receipt is None:
            display = _display(value, mod)
            receipt = dated[key] = (f"” (“{md_escape(clean(phrase))}” → {md_escape(display)})",
                                 display)
        source = (article[0], article[1], receipt[1], article[2],
                  cache.get(sentence) or miss(sentence), receipt[0])
        if event_id != last:
            last, current = event_id, []
            found[event_id] = current
        current.append(source)
    for reports in found.values():
        if len(reports) > 1:  # by publish date, then outlet (stable: report order on ties)
            reports.sort(key=_by_date_and_outlet)
    return found


def _sections(items: Sequence[_Item]
              ) -> Iterator[tuple[str, list[_Item], list[tuple[str, list[_Item]]]]]:
    """As :func:`core.export.markdown.sections`: (year, coarse events, [(month, events)])."""
    for heading, group in groupby(items, key=itemgetter(0)):
        members = list(group)
        coarse = [item for item in members if not item[1]]
        fine = [item for item in members if item[1]]
        yield heading, coarse, [(month, list(same))
                                for month, same in groupby(fine, key=itemgetter(2))]


def _mermaid(title: str, items: Sequence[_Item]) -> list[str]:
    lines = ["```mermaid", "timeline", f"    title {mermaid_text(title)}"]
    for heading, coarse, months in _sections(items):
        lines.append(f"    section {mermaid_text(heading)}")
        ordered = coarse + [item for _, same in months for item in same]
        for display, same in groupby(ordered, key=itemgetter(5)):
            titles = " : ".join(mermaid_text(item[6], 60) for item in same)
            lines.append(f"        {mermaid_text(display)} : {titles}")
    lines.append("```")
    return lines


def write_markdown_db(db: sqlite_utils.Database, f: TimelineFilter, out: TextIO, *,
                      title: str | None = None, mermaid: bool = False) -> int:
    """Write the Markdown page of the events ``f`` shows; returns the number of events."""
    where, params = where_clause(f)
    cache, miss = _escaper()
    people, named = _people(db, where, params)
    sources = _sources(db, where, params, cache, miss)

    get = cache.get
    # date_start -> (year, month, year heading, month heading); date_end -> (year, month)
    starts: dict[str, tuple[int, int, str, str]] = {}
    ends: dict[str, tuple[int, int]] = {}
    items: list[_Item] = []
    append = items.append
    for event_id, display, granularity, start, end, text, conflict, edited in db.execute(
            "SELECT e.id, e.display, e.granularity, e.date_start, e.date_end, e.title,"
            # NOT INDEXED: reading the table in storage order and sorting is about twice as
            # fast as following the date index with one table lookup per event
            f" e.conflict, e.edited FROM events e NOT INDEXED WHERE {where} ORDER BY {ORDER}",
            params):
        began = starts.get(start)
        if began is None:
            day = date.fromisoformat(start)
            began = starts[start] = (day.year, day.month, str(day.year),
                                     f"{_MONTHS[day.month - 1]} {day.year}")
        ended = ends.get(end)
        if ended is None:
            day = date.fromisoformat(end)
            ended = ends[end] = (day.year, day.month)
        said = get(text) or miss(text)
        who = people.get(event_id)
        if who:
            if said.endswith(".") and not said.endswith(".."):
                said = said[:-1]  # "… citing cost — **Elena Ruiz**", not "cost. — **…"
            item = f"- {get(display) or miss(display)} — {said} — {who}"
        else:
            item = f"- {get(display) or miss(display)} — {said}"
        if edited or conflict:
            item += _marks(display, conflict, edited, sources.get(event_id))
        append((display if granularity in _MULTI_YEAR else began[2],
                _RANKS.get(granularity, 0) >= _MONTH_RANK
                or (began[0] == ended[0] and began[1] == ended[1]),
                began[3], event_id, item, display, text))

    outlet_counts: Counter[str] = Counter()
    for reports in sources.values():
        if len(reports) == 1:
            outlet_counts[reports[0][1]] += 1
        else:
            outlet_counts.update({s[1] for s in reports})
    heading = title or title_for(
        f, lambda: sorted(named.items(), key=lambda item: (-item[1], item[0])))
    outlets = [name for name, _ in
               sorted(outlet_counts.items(), key=lambda item: (-item[1], item[0]))]
    reported = sum(len(reports) for reports in sources.values())
    first = min((y for y, _, _, _ in starts.values()), default=0)
    last = max((y for y, _ in ends.values()), default=0)
    lines = [f"# {md_escape(heading)}", "",
             f"*{md_escape(coverage_of(f, len(items), reported, outlets, first, last))}*", ""]
    if mermaid and items:
        lines += _mermaid(heading, items)
        lines.append("")
    footnotes: list[str] = []
    for year, coarse, by_month in _sections(items):
        lines += (f"## {year}", "")
        if coarse:
            _write_items(coarse, sources, lines, footnotes)
            lines.append("")
        for month, same in by_month:
            lines += (f"### {month}", "")
            _write_items(same, sources, lines, footnotes)
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


def _marks(display: str, conflict: str | None, edited: int,
           reports: list[_Source] | None) -> str:
    """As :func:`core.export.markdown.marks`, with a leading space ("" when no note)."""
    notes = ""
    if edited:
        said = sorted({s[2] for s in reports or ()} - {display})
        was = f"; sources said {md_escape(' / '.join(said))}" if said else ""
        notes += f" *(date corrected by hand{was})*"
    if conflict:
        shown = clean(conflict)
        if shown:
            notes += f" *({md_escape(shown)})*"
    return notes


def _write_items(items: Sequence[_Item], sources: dict[int, list[_Source]], lines: list[str],
                 footnotes: list[str]) -> None:
    """Append the items' lines with their footnote references, and their footnotes (each
    ending with a newline: the blank line after it on the page)."""
    for item in items:
        reports = sources.get(item[3])
        if not reports:
            lines.append(item[4])
            continue
        refs = []
        for source in reports:
            ref = f"[^{len(footnotes) + 1}]"
            footnotes.append(f"{ref}: {source[3]}: “{source[4]}{source[5]}\n")
            refs.append(ref)
        lines.append(item[4] + "".join(refs))
