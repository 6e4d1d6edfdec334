"""Read-only questions the dashboard and the exports ask of the store.

Widgets never write SQL: they call these functions (from worker threads, each with its own
connection) and get typed rows back (named tuples and dataclasses, never bare SQL rows).
Timeline order is date, then coarser grain first, then id, which the ``events_order`` index
serves directly.

This module is the one read model for events: :class:`TimelineRow` is a line of the timeline
and :class:`EventDetail` an event with its people and source reports, whether the dashboard
asks for one (:func:`event_detail`) or an export for a whole filtered timeline
(:func:`iter_event_details`). Article text in both has had its control sequences removed.
It also holds the SQL of a :class:`~core.filters.TimelineFilter` (:func:`where_clause`) and the
questions a correction asks about an event's reports: no other module but ``core.rebuild``
joins events to their sources or people.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple

import sqlite_utils

from core.filters import TimelineFilter
from core.granular import parse_value
from core.sanitize import strip_controls
from core.store import ensure_statistics

ORDER = "e.date_start, e.rank, e.id"


class TimelineRow(NamedTuple):
    """One line of the timeline (each field is the ``events`` column of the same name)."""

    id: int
    display: str
    date_value: str
    granularity: str
    date_start: date
    date_end: date
    title: str
    people: str
    sources: int
    conflict: str | None
    edited: bool
    implied: bool
    starred: bool
    hidden: bool
    confidence: float
    importance: float = 0.0  # as the column: 0 until a rebuild scores the event


_ROW_SELECT = ", ".join(f"e.{name}" for name in TimelineRow._fields)
# NamedTuple construction without the generated __new__: one Python call fewer per row
_new_row = partial(tuple.__new__, TimelineRow)
_day = lru_cache(maxsize=8192)(date.fromisoformat)


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A user's search words as a safe FTS5 query: every word must appear (prefix match)."""
    return " ".join(f'"{w}"*' for w in _WORD.findall(text))


# The events that name any of the people / that an article of any of the outlets reports
_EVENTS_OF_PEOPLE = ("SELECT ep.event_id FROM event_people ep JOIN people p ON p.id = ep.person_id"
                     " WHERE p.name IN ({marks})")
_EVENTS_OF_OUTLETS = ("SELECT er.event_id FROM event_reports er JOIN reports r"
                      " ON r.id = er.report_id JOIN articles a ON a.key = r.article_key"
                      " WHERE a.source IN ({marks})")
# How "most important" ranks events, ties broken so a top N is always the same N; the
# ``events_top`` index has this order, so the N are read off its first entries.
IMPORTANCE_ORDER = "{a}.importance DESC, {a}.sources DESC, {a}.date_start, {a}.id"


def where_clause(f: TimelineFilter, alias: str = "e") -> tuple[str, list[object]]:
    """The SQL condition (on table alias ``alias`` of ``events``) that selects the events
    ``f`` shows, and its parameters: every value reaches SQLite as a parameter."""
    if f.top is not None:  # the other conditions pick the candidates, ranked in a subquery
        inner, inner_params = where_clause(f.with_(top=None, include_hidden=True), "top_e")
        if not f.include_hidden:
            # "+" keeps SQLite from reading the candidates off the hidden-first index and
            # sorting them all: it walks events_top (which holds hidden) and stops at N
            inner = f"+top_e.hidden = 0 AND {inner}"
        return (f"{alias}.id IN (SELECT top_e.id FROM events top_e WHERE {inner}"
                f" ORDER BY {IMPORTANCE_ORDER.format(a='top_e')} LIMIT ?)", [*inner_params, f.top])
    clauses: list[str] = []
    params: list[object] = []
    if not f.include_hidden:
        clauses.append(f"{alias}.hidden = 0")
    if f.starred_only:
        clauses.append(f"{alias}.starred = 1")
    if f.min_confidence:
        clauses.append(f"{alias}.confidence >= ?")
        params.append(f.min_confidence)
    if f.date_from:
        clauses.append(f"{alias}.date_end >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(f.date_to.isoformat())
    if f.people:
        marks = ",".join("?" * len(f.people))
        if f.people_mode == "all":
            clauses.append(f"{alias}.id IN ({_EVENTS_OF_PEOPLE.format(marks=marks)}"
                           " GROUP BY ep.event_id HAVING count(DISTINCT p.id) = ?)")
            params.extend([*f.people, len(set(f.people))])
        else:
            clauses.append(f"{alias}.id IN ({_EVENTS_OF_PEOPLE.format(marks=marks)})")
            params.extend(f.people)
    if f.sources:
        marks = ",".join("?" * len(f.sources))
        clauses.append(f"{alias}.id IN ({_EVENTS_OF_OUTLETS.format(marks=marks)})")
        params.extend(f.sources)
    query = fts_query(f.text)
    if f.text.strip():
        clauses.append(f"{alias}.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(query or '""')
    return (" AND ".join(clauses) or "1"), params


def _picked_by_ids(f: TimelineFilter) -> bool:
    """True when ``f`` picks its events by id (people, outlets, a search, the key events)
    rather than by ranges of the timeline order (hidden, dates)."""
    return bool(f.people or f.sources or f.text.strip() or f.top is not None)


def _by_ranges(f: TimelineFilter) -> bool:
    """True when ``f`` asks only what the timeline's indexes hold (hidden, dates), so its
    events are ranges of ``events_shown`` (or ``events_order``) and of ``events_display``."""
    return not (_picked_by_ids(f) or f.starred_only or f.min_confidence)


def _events(f: TimelineFilter, alias: str = "e") -> str:
    """``events`` as a question under ``f`` should read it (the FROM clause, aliased).

    An event picked by id is looked up in ``events_ids`` (id, hidden and the timeline-order
    columns) rather than in the table: SQLite would take the table's own rowid lookup, which
    reads a whole wide row (title, sentence, people) per event, so a search matching 80,000
    of a million events would read most of the table to learn their dates. ``INDEXED BY``
    is the planner's documented override for this; the index exists from schema 4 on.
    """
    return f"events {alias} INDEXED BY events_ids" if _picked_by_ids(f) else f"events {alias}"


def _months_between(first: str, last: str) -> list[str]:
    """Every month (``YYYY-MM``) from ``first`` to ``last``, both included."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def clean(text: str | None) -> str:
    """Article text without control sequences ("" for None; fast when there are none)."""
    if not text:
        return ""
    return text if text.isprintable() else strip_controls(text)


def _row(id: int, display: str, date_value: str, granularity: str, date_start: str,
         date_end: str, title: str, people: str, sources: int, conflict: str | None,
         edited: int, implied: int, starred: int, hidden: int, confidence: float,
         importance: float) -> TimelineRow:
    """A :class:`TimelineRow` from the columns of ``_ROW_SELECT``, in their order."""
    # the isprintable() tests inline what clean() does first: this runs once per event
    return _new_row((id, display, date_value, granularity, _day(date_start), _day(date_end),
                     title if title.isprintable() else strip_controls(title),
                     people if people.isprintable() else strip_controls(people), sources,
                     (conflict and clean(conflict)) or None, bool(edited), bool(implied),
                     bool(starred), bool(hidden), confidence, importance))


def count_events(db: sqlite_utils.Database, f: TimelineFilter) -> int:
    """How many events the filter shows."""
    where, params = where_clause(f)
    return int(db.execute(f"SELECT count(*) FROM {_events(f)} WHERE {where}",
                          params).fetchone()[0])


def page_events(
    db: sqlite_utils.Database, f: TimelineFilter, offset: int, limit: int
) -> list[TimelineRow]:
    """Rows ``offset`` .. ``offset + limit - 1`` of the filtered timeline.

    Events picked by id are paged one of two ways. Few of them (or a page deep among them):
    all are ordered in the narrow ``events_ids`` index and only the page's rows are read.
    Many (a search matching a tenth of the timeline): the timeline index is walked in order,
    each event tested against the picked ids, until the page is full, which reads
    ``(offset + limit) / share`` index entries rather than looking every picked one up.
    """
    if _picked_by_ids(f) and not _walk_for_page(db, f, offset + limit):
        where, params = where_clause(f, "s")
        rows = db.execute(
            f"SELECT {_ROW_SELECT} FROM events e WHERE e.id IN (SELECT s.id FROM {_events(f, 's')}"
            f" WHERE {where} ORDER BY s.date_start, s.rank, s.id LIMIT ? OFFSET ?)"
            f" ORDER BY {ORDER}", [*params, limit, offset]).fetchall()
    else:
        where, params = where_clause(f)
        # in timeline order: events_order holds the hidden events, events_shown leaves them out
        walk = ("" if not _picked_by_ids(f) else
                " INDEXED BY events_order" if f.include_hidden else " INDEXED BY events_shown")
        rows = db.execute(
            f"SELECT {_ROW_SELECT} FROM events e{walk} WHERE {where} ORDER BY {ORDER}"
            " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [_row(*r) for r in rows]


WALK_SHARE = 8
"""Walk the timeline index for a page of events picked by id when at least this many times
the rows up to the page's end are picked (then the walk is short: see :func:`page_events`)."""


def _walk_for_page(db: sqlite_utils.Database, f: TimelineFilter, upto: int) -> bool:
    """True when ``f`` picks at least ``WALK_SHARE * upto`` events (counted no further)."""
    enough = WALK_SHARE * upto
    where, params = where_clause(f)
    return int(db.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {_events(f)} WHERE {where} LIMIT ?)",
        [*params, enough]).fetchone()[0]) >= enough


def iter_events(db: sqlite_utils.Database, f: TimelineFilter) -> Iterator[TimelineRow]:
    """Every event the filter shows, in timeline order."""
    where, params = where_clause(f)
    for r in db.execute(f"SELECT {_ROW_SELECT} FROM events e WHERE {where} ORDER BY {ORDER}",
                        params):
        yield _row(*r)


def index_of_date(db: sqlite_utils.Database, f: TimelineFilter, day: date) -> int:
    """Position of the first shown event that starts on or after ``day``."""
    where, params = where_clause(f)
    return int(db.execute(
        f"SELECT count(*) FROM {_events(f)} WHERE {where} AND e.date_start < ?",
        [*params, day.isoformat()]).fetchone()[0])


def month_density(db: sqlite_utils.Database, f: TimelineFilter) -> list[tuple[str, int]]:
    """Events per month (``YYYY-MM``, count) across the shown range, gaps filled with 0."""
    where, params = where_clause(f)
    rows = db.execute(
        f"SELECT substr(e.date_start, 1, 7) AS m, count(*) FROM events e WHERE {where}"
        " GROUP BY m ORDER BY m", params).fetchall()
    if not rows:
        return []
    counts = dict(rows)
    return [(m, counts.get(m, 0)) for m in _months_between(rows[0][0], rows[-1][0])]


@dataclass(frozen=True, slots=True)
class PersonCount:
    """A person and how many (shown) events they are in."""

    id: int
    name: str
    role: str | None
    aliases: tuple[str, ...]
    events: int


def people_counts(db: sqlite_utils.Database, f: TimelineFilter | None = None) -> list[PersonCount]:
    """Every person in at least one event, with their event count (under ``f`` when given),
    most events first. Someone only named in passing, in no event, is nobody to follow."""
    if f is None:
        rows = db.execute("SELECT id, name, role, aliases, events FROM people WHERE events > 0"
                          " ORDER BY events DESC, name").fetchall()
    else:
        where, params = where_clause(f.with_(people=()))
        rows = db.execute(
            "SELECT p.id, p.name, p.role, p.aliases, count(e.id) AS n FROM people p"
            f" JOIN event_people ep ON ep.person_id = p.id JOIN {_events(f.with_(people=()))}"
            " ON e.id = ep.event_id"
            f" WHERE {where} GROUP BY p.id ORDER BY n DESC, p.name", params).fetchall()
    return [PersonCount(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person as the exports list them."""

    name: str
    aliases: tuple[str, ...]
    role: str | None


def people_info(db: sqlite_utils.Database, names: set[str]) -> dict[str, PersonInfo]:
    """Aliases (sorted) and role of each of the named people (names as the loader cleans them)."""
    found = {}
    for name, aliases, role in db.execute("SELECT name, aliases, role FROM people"):
        name = clean(name)
        if name in names:
            found[name] = PersonInfo(name, tuple(sorted(clean(a) for a in json.loads(aliases))),
                                     clean(role) or None)
    return found


def source_counts(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    """Every outlet with the number of events it reports, most first."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT a.source, count(DISTINCT er.event_id) AS n FROM articles a"
        " JOIN reports r ON r.article_key = a.key JOIN event_reports er ON er.report_id = r.id"
        " GROUP BY a.source ORDER BY n DESC, a.source").fetchall()]


class SourceReport(NamedTuple):
    """One source's account of an event, with the receipt for its date."""

    report_key: str
    outlet: str
    article_title: str
    published: str
    url: str | None
    sentence: str
    phrase: str
    phrase_start: int  # offset of the phrase inside ``sentence``
    date_value: str
    date_display: str
    rule: str
    anchor: str
    anchor_kind: str
    explanation: str
    range_start: str | None
    range_end: str | None


class EventDetail(NamedTuple):
    """Everything the detail pane and the exports show about one event."""

    row: TimelineRow
    key: str  # survives re-ingest: ICS UIDs and the JSON ``key`` use it
    sentence: str
    expression: str
    mod: str | None
    people: tuple[tuple[str, bool], ...]  # (name, implied): named first, then by name
    sources: tuple[SourceReport, ...]  # by publish date, then outlet, then report id


class Citation(NamedTuple):
    """What a citation prints of a source report: :class:`SourceReport` without the receipt
    (the light projection, for readers such as the Markdown page)."""

    outlet: str
    article_title: str
    published: str
    url: str | None
    sentence: str
    phrase: str
    date_display: str


class EventCitations(NamedTuple):
    """An event as a page lists it: the :class:`TimelineRow` fields it prints (same names,
    cleaned alike), its people and its sources' citations, as :class:`EventDetail` orders
    them."""

    id: int
    display: str
    granularity: str
    date_start: date
    date_end: date
    title: str
    conflict: str | None
    edited: bool
    people: tuple[tuple[str, bool], ...]  # (name, implied): named first, then by name
    sources: tuple[Citation, ...]  # by publish date, then outlet, then report id


def event_detail(db: sqlite_utils.Database, event_id: int) -> EventDetail | None:
    """The event with its people and every source report, or None if it is gone."""
    return next(_details(db, "e.id = ?", [event_id]), None)


def iter_event_details(db: sqlite_utils.Database, f: TimelineFilter) -> Iterator[EventDetail]:
    """Every event the filter shows with its people and sources, in timeline order.

    Five queries however many events: the people (and their names) and the source reports
    (and their articles) of the whole filtered timeline are read first, then the events are
    streamed, so a reader such as the Markdown page never holds them all at once.
    """
    where, params = where_clause(f)
    return _details(db, where, params)


def iter_event_citations(db: sqlite_utils.Database, f: TimelineFilter
                         ) -> Iterator[EventCitations]:
    """As :func:`iter_event_details` (same loader, same queries and order), reading only what
    a citation prints: no receipts, no event sentence or key. The Markdown page uses it."""
    where, params = where_clause(f)
    shown = f"SELECT e.id FROM events e WHERE {where}"
    people = _people(db, shown, params)
    sources = _citations(db, shown, params)
    no_one: tuple[tuple[str, bool], ...] = ()
    nothing: tuple[Citation, ...] = ()
    pget, sget = people.get, sources.get
    for event_id, display, granularity, date_start, date_end, title, conflict, edited in (
            _event_rows(db, "e.id, e.display, e.granularity, e.date_start, e.date_end, e.title,"
                        " e.conflict, e.edited", where, params)):
        yield _new_citations((
            event_id, display, granularity, _day(date_start), _day(date_end),
            title if title.isprintable() else strip_controls(title),
            (conflict and clean(conflict)) or None, bool(edited),
            pget(event_id, no_one), sget(event_id, nothing)))


@lru_cache(maxsize=65536)  # one per distinct date: a timeline spanning decades has many
def date_display(value: str, mod: str | None) -> str:
    """A TIMEX3 value as Dateline shows it ("Nov 2023"), the value itself if it names no span."""
    parsed = parse_value(value, mod)
    return parsed.display if parsed else value


def _event_rows(db: sqlite_utils.Database, columns: str, where: str, params: list[object]
                ) -> sqlite3.Cursor:
    """The ``columns`` of the events ``where`` selects, in timeline order."""
    # NOT INDEXED: reading the table in storage order and sorting is about twice as fast as
    # following the date index with one table lookup per event (an id still finds its row)
    return db.execute(f"SELECT {columns} FROM events e NOT INDEXED WHERE {where}"
                      f" ORDER BY {ORDER}", params)


def _details(db: sqlite_utils.Database, where: str, params: list[object]
             ) -> Iterator[EventDetail]:
    """The one loader behind :func:`event_detail` and :func:`iter_event_details`."""
    shown = f"SELECT e.id FROM events e WHERE {where}"
    people = _people(db, shown, params)
    sources = _sources(db, shown, params)
    no_one: tuple[tuple[str, bool], ...] = ()
    nothing: tuple[SourceReport, ...] = ()
    for *row, key, sentence, expression, mod in _event_rows(
            db, f"{_ROW_SELECT}, e.event_key, e.sentence, e.expression, e.mod", where, params):
        event_id = row[0]
        yield _new_detail((
            _row(*row), key, sentence if sentence.isprintable() else strip_controls(sentence),
            expression if expression.isprintable() else strip_controls(expression), mod,
            people.get(event_id, no_one), sources.get(event_id, nothing)))


def _people(db: sqlite_utils.Database, shown: str, params: list[object]
            ) -> dict[int, tuple[tuple[str, bool], ...]]:
    """{event id: ((name, implied), ...)} for the events the ``shown`` subquery selects,
    named people first, then by name. Equal groups are one tuple (readers cache by them)."""
    rows = db.execute("SELECT ep.event_id, ep.person_id, ep.implied FROM event_people ep"
                      f" WHERE ep.event_id IN ({shown}) ORDER BY ep.event_id", params).fetchall()
    names = {pid: clean(name) for pid, name in db.execute(
        "SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(list({row[1] for row in rows}))])}
    found: dict[int, tuple[tuple[str, bool], ...]] = {}
    groups: dict[tuple[tuple[str, bool], ...], tuple[tuple[str, bool], ...]] = {}
    for event_id, group in groupby(rows, key=_first):
        people = [(names[pid], implied != 0) for _, pid, implied in group]
        if len(people) > 1:
            people.sort(key=_implied_name)
        shared = tuple(people)
        found[event_id] = groups.setdefault(shared, shared)
    return found


def _source_rows(db: sqlite_utils.Database, columns: str, shown: str, params: list[object]
                 ) -> tuple[list[tuple[Any, ...]], dict[str, tuple[str, str, str, str | None]]]:
    """The source reports of the events the ``shown`` subquery selects, by event then report
    id (each row: event id, article key, then ``columns``), and {article key: (outlet, title,
    published, url)} of the articles they cite, cleaned."""
    rows = db.execute(
        f"SELECT er.event_id, r.article_key, {columns} FROM event_reports er"
        " JOIN reports r ON r.id = er.report_id JOIN times t ON t.id = r.time_id"
        f" WHERE er.event_id IN ({shown}) ORDER BY er.event_id, er.report_id", params).fetchall()
    # the articles cited, fetched by key once the reports name them (reports cite few)
    articles = {key: (clean(outlet), clean(title), published, clean(url) or None)
                for key, outlet, title, published, url in db.execute(
                    "SELECT key, source, title, published, url FROM articles"
                    " WHERE key IN (SELECT value FROM json_each(?))",
                    [json.dumps(list({row[1] for row in rows}))])}
    return rows, articles


def _sources(db: sqlite_utils.Database, shown: str, params: list[object]
             ) -> dict[int, tuple[SourceReport, ...]]:
    """{event id: (report, ...)} for the events the ``shown`` subquery selects."""
    rows, articles = _source_rows(
        db, "r.report_key, r.sentence, t.text, t.start - r.sentence_start, t.value, t.mod,"
        " t.rule, t.anchor, t.anchor_kind, t.explanation, t.range_start, t.range_end",
        shown, params)
    found: dict[int, tuple[SourceReport, ...]] = {}
    known: dict[str, str] = {}  # phrase or explanation -> cleaned: both recur across reports
    get = known.get
    for event_id, group in groupby(rows, key=_first):
        reports = [_new_source((
            report_key, *articles[article_key],
            sentence if sentence.isprintable() else strip_controls(sentence),
            get(phrase) or known.setdefault(phrase, clean(phrase)), phrase_start, value,
            date_display(value, mod), rule, anchor, anchor_kind,
            get(explanation) or known.setdefault(explanation, clean(explanation)),
            range_start, range_end))
                   for (_, article_key, report_key, sentence, phrase, phrase_start, value, mod,
                        rule, anchor, anchor_kind, explanation, range_start, range_end) in group]
        if len(reports) > 1:  # by publish date, then outlet; report id on ties (sort is stable)
            reports.sort(key=_report_published_outlet)
        found[event_id] = tuple(reports)
    return found


def _citations(db: sqlite_utils.Database, shown: str, params: list[object]
               ) -> dict[int, tuple[Citation, ...]]:
    """As :func:`_sources`, each report read only as far as its :class:`Citation`."""
    rows, articles = _source_rows(db, "r.sentence, t.text, t.value, t.mod", shown, params)
    found: dict[int, list[Citation]] = {}
    known: dict[str, str] = {}  # phrase -> cleaned: phrases recur across reports
    get = known.get
    last, current = None, []
    for event_id, article_key, sentence, phrase, value, mod in rows:
        cited = _new_citation((
            *articles[article_key],
            sentence if sentence.isprintable() else strip_controls(sentence),
            get(phrase) or known.setdefault(phrase, clean(phrase)), date_display(value, mod)))
        if event_id == last:
            current.append(cited)
        else:
            last, current = event_id, [cited]
            found[event_id] = current
    # as _sources orders them (the sort is stable)
    return {event_id: tuple(cited) if len(cited) == 1
            else tuple(sorted(cited, key=_cited_published_outlet))
            for event_id, cited in found.items()}


_first = itemgetter(0)
_implied_name = itemgetter(1, 0)
# (publish date, outlet) of a SourceReport and of a Citation
_report_published_outlet = itemgetter(SourceReport._fields.index("published"),
                                      SourceReport._fields.index("outlet"))
_cited_published_outlet = itemgetter(Citation._fields.index("published"),
                                     Citation._fields.index("outlet"))
_new_source = partial(tuple.__new__, SourceReport)
_new_detail = partial(tuple.__new__, EventDetail)
_new_citation = partial(tuple.__new__, Citation)
_new_citations = partial(tuple.__new__, EventCitations)


def month_grain_counts(
    db: sqlite_utils.Database, f: TimelineFilter
) -> list[tuple[str, int, int]]:
    """Per month (``YYYY-MM``, gaps filled): shown events, and how many lead it coarser than
    a month (a year, quarter, season or span starting on the 1st), which sort first.

    Events picked by id are few enough to group; a timeline picked by ranges (everything not
    hidden, a date range) is counted month by month on the timeline index instead, which
    SQLite does without grouping (or even reading) a million rows.
    """
    from core.models import GRANULARITY_RANK, Granularity

    coarser = GRANULARITY_RANK[Granularity.MONTH]
    where, params = where_clause(f)
    if not _by_ranges(f):
        rows = db.execute(
            "SELECT substr(e.date_start, 1, 7) AS m, count(*),"
            f" sum(e.rank < ? AND substr(e.date_start, 9, 2) = '01') FROM {_events(f)}"
            f" WHERE {where} GROUP BY m ORDER BY m", [coarser, *params]).fetchall()
        if not rows:
            return []
        counts = {m: (n, coarse) for m, n, coarse in rows}
        return [(m, *counts.get(m, (0, 0))) for m in _months_between(rows[0][0], rows[-1][0])]
    ends = [db.execute(f"SELECT e.date_start FROM events e WHERE {where}"
                       f" ORDER BY e.date_start {way} LIMIT 1", params).fetchone()
            for way in ("ASC", "DESC")]
    if ends[0] is None or ends[1] is None:
        return []
    months = _months_between(ends[0][0][:7], ends[1][0][:7])
    rows = db.execute(
        f"SELECT (SELECT count(*) FROM events e WHERE {where}"
        " AND e.date_start BETWEEN m.value || '-01' AND m.value || '-31'),"
        f" (SELECT count(*) FROM events e WHERE {where}"
        " AND e.date_start = m.value || '-01' AND e.rank < ?)"
        " FROM json_each(?) m ORDER BY m.key",
        [*params, *params, coarser, json.dumps(months)]).fetchall()
    return [(m, n, coarse) for m, (n, coarse) in zip(months, rows, strict=True)]


def longest_displays(db: sqlite_utils.Database, f: TimelineFilter, limit: int = 16
                     ) -> list[str]:
    """The ``limit`` longest distinct date displays among the shown events, longest first
    (the dashboard sizes its date column to the widest of them)."""
    where, params = where_clause(f)
    # read from the longest down, stopping at the ``limit``-th distinct one; without the
    # hint SQLite may take events_shown for "hidden = 0" and sort every event by length
    table = "events e INDEXED BY events_display" if _by_ranges(f) else "events e"
    return [r[0] for r in db.execute(
        f"SELECT DISTINCT e.display FROM {table} WHERE {where}"
        " ORDER BY length(e.display) DESC, e.display LIMIT ?", [*params, limit]).fetchall()]


def event_row(db: sqlite_utils.Database, event_id: int) -> TimelineRow | None:
    """The timeline line of one event (shown or not), or None if it is gone."""
    found = db.execute(f"SELECT {_ROW_SELECT} FROM events e WHERE e.id = ?",
                       [event_id]).fetchone()
    return _row(*found) if found else None


def position_of(db: sqlite_utils.Database, f: TimelineFilter, event_id: int) -> int | None:
    """Where event ``event_id`` sits in the filtered timeline (None when the filter hides it):
    the number of shown events before it in timeline order."""
    where, params = where_clause(f)
    here = db.execute(f"SELECT e.date_start, e.rank FROM events e WHERE {where} AND e.id = ?",
                      [*params, event_id]).fetchone()
    if here is None:
        return None
    return int(db.execute(
        f"SELECT count(*) FROM {_events(f)} WHERE {where}"
        " AND (e.date_start, e.rank, e.id) < (?, ?, ?)",
        [*params, here[0], here[1], event_id]).fetchone()[0])


def refresh_statistics(db: sqlite_utils.Database, wait_ms: int = 1000) -> bool:
    """:func:`core.store.ensure_statistics` unless the database stays busy (an ingest is
    writing) or cannot be written for ``wait_ms``; True when statistics were refreshed.

    Statistics only speed queries up, so any database error is a skip, never a failure.
    """
    try:
        db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        return ensure_statistics(db)
    except sqlite3.Error:
        return False


# --- the events behind a correction (core.triage asks; it writes, these only read) -----------


def event_report_keys(db: sqlite_utils.Database, event_id: int) -> list[str]:
    """The report keys of every source report of the event, sorted (a correction is stored
    under each of them, so it survives re-ingest)."""
    return [r[0] for r in db.execute(
        "SELECT r.report_key FROM event_reports er JOIN reports r ON r.id = er.report_id"
        " WHERE er.event_id = ? ORDER BY r.report_key", [event_id]).fetchall()]


def event_of_reports(db: sqlite_utils.Database, report_keys: list[str]) -> int | None:
    """The event (today's id) one of these report keys belongs to, None when none does."""
    found = db.execute(
        "SELECT er.event_id FROM event_reports er JOIN reports r ON r.id = er.report_id"
        f" WHERE r.report_key IN ({','.join('?' * len(report_keys))}) LIMIT 1",
        report_keys).fetchone()
    return int(found[0]) if found else None


def event_first_published(db: sqlite_utils.Database, event_id: int) -> str | None:
    """The publish date (ISO 8601, as stored) of the earliest article reporting the event."""
    row = db.execute(
        "SELECT min(a.published) FROM event_reports er JOIN reports r ON r.id = er.report_id"
        " JOIN articles a ON a.key = r.article_key WHERE er.event_id = ?", [event_id]).fetchone()
    return row[0] if row and row[0] else None
