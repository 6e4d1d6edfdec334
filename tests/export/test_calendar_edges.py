"""Events at the edges of the calendar (issue 10): 31 Dec 9999 and year 1 export to every
format, ICS and TimelineJS included, and a value past the calendar is refused in words."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlite_utils
from factories import analysed, article
from icalendar import Calendar

from core.export import FORMATS, export_timeline
from core.export.limits import beyond_calendar
from core.filters import TimelineFilter
from core.granular import parse_value
from core.rebuild import rebuild
from core.store import open_db, save_article

STAMP = datetime(2024, 6, 1, 12, tzinfo=UTC)
# (TIMEX3 value, first day, last day)
EDGES = [
    ("9999-12-31", date(9999, 12, 31), date(9999, 12, 31)),
    ("0001-01-01", date(1, 1, 1), date(1, 1, 1)),
    ("9999", date(9999, 1, 1), date(9999, 12, 31)),
    ("0001", date(1, 1, 1), date(1, 12, 31)),
    ("9999-12", date(9999, 12, 1), date(9999, 12, 31)),
    ("9999-Q4", date(9999, 10, 1), date(9999, 12, 31)),
    ("9999-W51", date(9999, 12, 20), date(9999, 12, 26)),
    ("0001-W01", date(1, 1, 1), date(1, 1, 7)),
    ("9999-12-20/9999-12-31", date(9999, 12, 20), date(9999, 12, 31)),
    ("0001-01-01/9999-12-31", date(1, 1, 1), date(9999, 12, 31)),
]


@pytest.fixture(scope="module")
def edge_db() -> sqlite_utils.Database:
    """One article whose sentences each name one edge date (values given, no resolver)."""
    phrases = [f"time {chr(ord('A') + i)}" for i in range(len(EDGES))]
    sentences = [f"The milestone was set for {phrase}." for phrase in phrases]
    art = article(" ".join(sentences), title="Far dates", origin="far.md")
    facts = [(s, phrase, value, []) for s, phrase, (value, _, _)
             in zip(sentences, phrases, EDGES, strict=True)]
    db = open_db(None)
    save_article(db, analysed(art, facts), "far.md")
    rebuild(db)
    assert db["events"].count == len(EDGES)
    return db


def _export(db: sqlite_utils.Database, fmt: str) -> str:
    out = io.StringIO()
    written = export_timeline(db, TimelineFilter(), fmt, out, stamp=STAMP)
    assert written == len(EDGES)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_every_edge_event(edge_db: sqlite_utils.Database, fmt: str) -> None:
    assert _export(edge_db, fmt)


def test_ics_covers_exactly_each_span_and_parses_back(edge_db: sqlite_utils.Database) -> None:
    calendar = Calendar.from_ical(_export(edge_db, "ics"))
    spans = set()
    for event in calendar.walk("VEVENT"):
        start = event.decoded("dtstart")
        if "dtend" in event:
            last = event.decoded("dtend") - timedelta(days=1)
        else:  # ends on 31 Dec 9999: no next day for an exclusive DTEND
            last = start + (event.decoded("duration") - timedelta(days=1))
            assert last == date.max
        spans.add((start, last))
    assert spans == {(first, last) for _, first, last in EDGES}


def test_timelinejs_dates_stay_inside_the_calendar(edge_db: sqlite_utils.Database) -> None:
    doc = json.loads(_export(edge_db, "timelinejs"))
    starts = {json.dumps(e["start_date"], sort_keys=True) for e in doc["events"]}
    assert '{"year": 9999}' in starts and '{"year": 1}' in starts
    ends = [e["end_date"] for e in doc["events"] if "end_date" in e]
    assert {"year": 9999} in ends  # year 1 to 9999, in whole years
    assert {"day": 31, "month": 12, "year": 9999} in ends  # 20 to 31 Dec 9999


@pytest.mark.parametrize("value", ["9999-W52", "9999-WI", "0000", "0000-05-01",
                                   "0001-01-01/9999-W52"])
def test_a_value_past_the_calendar_is_no_date_and_is_refused_in_words(value: str) -> None:
    assert parse_value(value) is None  # not an OverflowError
    problem = beyond_calendar(value)
    assert problem is not None and "outside the calendar" in problem and value in problem


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "2024-13", "someday",
                                   "9999-02-29"])
def test_dates_inside_and_plain_mistakes_are_not_called_calendar_edges(value: str) -> None:
    assert beyond_calendar(value) is None
