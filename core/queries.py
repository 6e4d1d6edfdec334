"""Read-only questions the dashboard and the exports ask of the store.

Widgets never write SQL: they call these functions (from worker threads, each with its own
connection) and get plain dataclasses back. Timeline order is date, then coarser grain first,
then id, which the ``events_order`` index serves directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from core.filters import TimelineFilter, where_clause

ORDER = "e.date_start, e.rank, e.id"
_ROW_COLUMNS = (
    "e.id, e.display, e.date_value, e.granularity, e.date_start, e.date_end, e.title,"
    " e.people, e.sources, e.conflict, e.edited, e.implied, e.starred, e.hidden, e.confidence"
)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One line of the timeline."""

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


def _row(r: tuple) -> TimelineRow:
    return TimelineRow(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), date.fromisoformat(r[5]),
                       r[6], r[7], r[8], r[9], bool(r[10]), bool(r[11]), bool(r[12]),
                       bool(r[13]), r[14])


def count_events(db: sqlite_utils.Database, f: TimelineFilter) -> int:
    """How many events the filter shows."""
    where, params = where_clause(f)
    return int(db.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0])


def page_events(
    db: sqlite_utils.Database, f: TimelineFilter, offset: int, limit: int
) -> list[TimelineRow]:
    """Rows ``offset`` .. ``offset + limit - 1`` of the filtered timeline."""
    where, params = where_clause(f)
    rows = db.execute(
        f"SELECT {_ROW_COLUMNS} FROM events e WHERE {where} ORDER BY {ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return [_row(r) for r in rows]


def iter_events(db: sqlite_utils.Database, f: TimelineFilter) -> Iterator[TimelineRow]:
    """Every event the filter shows, in timeline order."""
    where, params = where_clause(f)
    for r in db.execute(f"SELECT {_ROW_COLUMNS} FROM events e WHERE {where} ORDER BY {ORDER}",
                        params):
        yield _row(r)


def index_of_date(db: sqlite_utils.Database, f: TimelineFilter, day: date) -> int:
    """Position of the first shown event that starts on or after ``day``."""
    where, params = where_clause(f)
    return int(db.execute(
        f"SELECT count(*) FROM events e WHERE {where} AND e.date_start < ?",
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
    first, last = rows[0][0], rows[-1][0]
    year, month = int(first[:4]), int(first[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True, slots=True)
class PersonCount:
    """A person and how many (shown) events they are in."""

    id: int
    name: str
    role: str | None
    aliases: tuple[str, ...]
    events: int


def people_counts(db: sqlite_utils.Database, f: TimelineFilter | None = None) -> list[PersonCount]:
    """Every person with their event count (under ``f`` when given), most events first."""
    if f is None:
        rows = db.execute("SELECT id, name, role, aliases, events FROM people"
                          " ORDER BY events DESC, name").fetchall()
    else:
        where, params = where_clause(f.with_(people=()))
        rows = db.execute(
            "SELECT p.id, p.name, p.role, p.aliases, count(e.id) AS n FROM people p"
            " JOIN event_people ep ON ep.person_id = p.id JOIN events e ON e.id = ep.event_id"
            f" WHERE {where} GROUP BY p.id ORDER BY n DESC, p.name", params).fetchall()
    return [PersonCount(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]


def source_counts(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    """Every outlet with the number of events it reports, most first."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT a.source, count(DISTINCT er.event_id) AS n FROM articles a"
        " JOIN reports r ON r.article_key = a.key JOIN event_reports er ON er.report_id = r.id"
        " GROUP BY a.source ORDER BY n DESC, a.source").fetchall()]


@dataclass(frozen=True, slots=True)
class SourceReport:
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


@dataclass(frozen=True, slots=True)
class EventDetail:
    """Everything the detail pane and the exports show about one event."""

    row: TimelineRow
    sentence: str
    expression: str
    mod: str | None
    people: tuple[tuple[str, bool], ...]  # (name, implied)
    sources: tuple[SourceReport, ...]


def event_detail(db: sqlite_utils.Database, event_id: int) -> EventDetail | None:
    """The event with its people and every source report, or None if it is gone."""
    from core.granular import parse_value

    found = db.execute(f"SELECT {_ROW_COLUMNS}, e.sentence, e.expression, e.mod FROM events e"
                       " WHERE e.id = ?", [event_id]).fetchone()
    if not found:
        return None
    people = tuple((n, bool(i)) for n, i in db.execute(
        "SELECT p.name, ep.implied FROM event_people ep JOIN people p ON p.id = ep.person_id"
        " WHERE ep.event_id = ? ORDER BY ep.implied, p.name", [event_id]).fetchall())
    sources = []
    for r in db.execute(
            "SELECT r.report_key, a.source, a.title, a.published, a.url, r.sentence, t.text,"
            " t.start - r.sentence_start, t.value, t.mod, t.rule, t.anchor, t.anchor_kind,"
            " t.explanation, t.range_start, t.range_end FROM event_reports er"
            " JOIN reports r ON r.id = er.report_id JOIN times t ON t.id = r.time_id"
            " JOIN articles a ON a.key = r.article_key WHERE er.event_id = ?"
            " ORDER BY a.published, a.source", [event_id]).fetchall():
        parsed = parse_value(r[8], r[9])
        sources.append(SourceReport(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                                    parsed.display if parsed else r[8], r[10], r[11], r[12],
                                    r[13], r[14], r[15]))
    return EventDetail(_row(found[:15]), found[15], found[16], found[17], people, tuple(sources))


def month_grain_counts(
    db: sqlite_utils.Database, f: TimelineFilter
) -> list[tuple[str, int, int]]:
    """Per month (``YYYY-MM``, gaps filled): shown events, and how many lead it coarser than
    a month (a year, quarter, season or span starting on the 1st), which sort first."""
    from core.models import GRANULARITY_RANK, Granularity

    where, params = where_clause(f)
    rows = db.execute(
        "SELECT substr(e.date_start, 1, 7) AS m, count(*),"
        " sum(e.rank < ? AND substr(e.date_start, 9, 2) = '01') FROM events e"
        f" WHERE {where} GROUP BY m ORDER BY m",
        [GRANULARITY_RANK[Granularity.MONTH], *params]).fetchall()
    if not rows:
        return []
    counts = {m: (n, coarse) for m, n, coarse in rows}
    first, last = rows[0][0], rows[-1][0]
    year, month = int(first[:4]), int(first[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        n, coarse = counts.get(key, (0, 0))
        out.append((key, n, coarse))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
