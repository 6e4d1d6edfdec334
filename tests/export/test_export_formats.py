"""Format contracts: JSON against its schema, ICS read back, TimelineJS fields, CSV rows."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from icalendar import Calendar

from core.export import FORMATS, export_timeline
from core.export.markdown import event_markdown
from core.filters import TimelineFilter
from core.queries import event_detail

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "timeline.schema.json")
                    .read_text(encoding="utf-8"))
STAMP = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)


def run(db, fmt: str, f: TimelineFilter | None = None, **options) -> str:
    out = io.StringIO(newline="")
    export_timeline(db, f or TimelineFilter(), fmt, out, stamp=STAMP, **options)
    return out.getvalue()


def test_formats_are_the_five_promised() -> None:
    assert set(FORMATS) == {"md", "json", "csv", "timelinejs", "ics"}


def test_unknown_format_is_a_value_error(story_db) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        export_timeline(story_db, TimelineFilter(), "pdf", io.StringIO())


def test_json_validates_against_the_schema(story_db) -> None:
    doc = json.loads(run(story_db, "json"))
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(doc, SCHEMA)
    assert doc["schema"] == 2
    assert len(doc["events"]) == 14
    week = next(e for e in doc["events"] if e["date"]["granularity"] == "week")
    assert week["date"] | {} == {"value": "2024-W11", "granularity": "week", "mod": None,
                                 "start": "2024-03-11", "end": "2024-03-17",
                                 "display": "week of 11 Mar 2024"}
    people = {p["name"]: p for p in doc["people"]}
    assert people["Elena Ruiz"]["events"] == 4
    assert "Mayor Ruiz" in people["Elena Ruiz"]["aliases"]


def test_json_of_an_empty_view_is_valid(story_db) -> None:
    doc = json.loads(run(story_db, "json", TimelineFilter(text="nothingmatchesthis")))
    jsonschema.validate(doc, SCHEMA)
    assert doc["events"] == [] and doc["people"] == []


def test_json_with_hidden_events_included(story_db) -> None:
    doc = json.loads(run(story_db, "json", TimelineFilter(include_hidden=True)))
    jsonschema.validate(doc, SCHEMA)
    assert [e["hidden"] for e in doc["events"]].count(True) == 1


def test_ics_parses_back_with_all_day_spans(story_db) -> None:
    calendar = Calendar.from_ical(run(story_db, "ics"))
    assert str(calendar["PRODID"]).startswith("-//Dateline//")
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 14
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 14
    by_summary = {str(e["SUMMARY"]): e for e in events}
    for e in events:
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert type(start) is date and type(end) is date  # all-day, never datetimes
        assert end > start
        assert e["DTSTART"].params.get("VALUE") == "DATE"
        assert "Sources:" in str(e["DESCRIPTION"])
    day = by_summary["Engineers found a widening crack in a main support beam."]
    assert (day.decoded("DTSTART"), day.decoded("DTEND")) == (date(2024, 3, 6), date(2024, 3, 7))
    week = by_summary["Divers inspected the submerged piers."]
    assert week.decoded("DTEND") - week.decoded("DTSTART") == timedelta(days=7)
    month = by_summary["Ruiz’s office shelved a repair plan last November, citing cost."]
    assert (month.decoded("DTSTART"), month.decoded("DTEND")) == (date(2023, 11, 1),
                                                                   date(2023, 12, 1))


def test_ics_uids_survive_a_rebuild_of_ids(story_db) -> None:
    first = {str(e["UID"]) for e in Calendar.from_ical(run(story_db, "ics")).walk("VEVENT")}
    story_db.execute("PRAGMA foreign_keys=OFF")
    for table, column in (("events", "id"), ("event_reports", "event_id"),
                          ("event_people", "event_id")):
        story_db.execute(f"UPDATE {table} SET {column} = {column} + 100")
    story_db.conn.commit()
    again = {str(e["UID"]) for e in Calendar.from_ical(run(story_db, "ics")).walk("VEVENT")}
    assert first == again


def test_timelinejs_has_what_timelinejs_needs(story_db) -> None:
    doc = json.loads(run(story_db, "timelinejs"))
    assert doc["title"]["text"]["headline"]
    ids = set()
    for slide in doc["events"]:
        start = slide["start_date"]
        assert isinstance(start["year"], int)
        assert set(start) <= {"year", "month", "day"}
        if "day" in start:
            assert "month" in start
        assert slide["text"]["headline"] and slide["text"]["text"]
        assert slide["display_date"]
        ids.add(slide["unique_id"])
        if "end_date" in slide:
            assert set(slide["end_date"]) == set(start)
    assert len(ids) == len(doc["events"]) == 14
    dates = {s["display_date"]: s for s in doc["events"]}
    assert dates["1962"]["start_date"] == {"year": 1962}
    assert dates["Nov 2023"]["start_date"] == {"year": 2023, "month": 11}
    assert dates["week of 11 Mar 2024"]["end_date"] == {"year": 2024, "month": 3, "day": 17}
    assert dates["Q4 2021"]["end_date"] == {"year": 2021, "month": 12}


@pytest.mark.parametrize(("group_by", "expected"), [("person", "Elena Ruiz"),
                                                    ("source", "Lakemoor Herald")])
def test_timelinejs_groups_by_choice(story_db, group_by: str, expected: str) -> None:
    doc = json.loads(run(story_db, "timelinejs", group_by=group_by))
    closed = next(s for s in doc["events"] if s["display_date"] == "7 Mar 2024, evening")
    assert closed["group"] == expected
    ungrouped = json.loads(run(story_db, "timelinejs", group_by="none"))
    assert all("group" not in s for s in ungrouped["events"])


def test_csv_has_one_row_per_event_and_source(story_db) -> None:
    rows = list(csv.DictReader(io.StringIO(run(story_db, "csv"))))
    assert len(rows) == 20  # 14 events, 20 source reports
    closed = [r for r in rows if r["date"] == "7 Mar 2024, evening"]
    assert [r["source"] for r in closed] == ["Lakemoor Herald", "Riverbend Post",
                                             "Channel 9 News"]


def test_event_markdown_is_a_self_contained_snippet(story_db) -> None:
    detail = event_detail(story_db, 11)
    assert detail is not None
    text = event_markdown(detail)
    assert text.startswith("**13 May 2024** — A temporary pedestrian ferry began running.")
    assert "**Tom Hale** (implied)" in text
    assert "date corrected by hand; sources said 14 May 2024" in text
    assert "1. *Channel 9 News*, [“Detour traffic snarls downtown" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_puts_coarse_events_before_the_months(story_db) -> None:
    text = run(story_db, "md")
    year = text.index("## 2024")
    assert year < text.index("- H2 2024") < text.index("### March 2024")
    assert text.index("## 1962") < text.index("## 2019") < text.index("## 2026")


def test_markdown_for_no_events_says_so(story_db) -> None:
    text = run(story_db, "md", TimelineFilter(text="zzzz"))
    assert "No events." in text and "## Sources" not in text


def test_json_and_csv_carry_each_events_importance_and_top_exports_the_key_events(
    story_db,
) -> None:
    ids = [r[0] for r in story_db.execute(
        "SELECT id FROM events WHERE hidden = 0 ORDER BY date_start DESC, id LIMIT 2")]
    story_db.conn.executemany("UPDATE events SET importance = ? WHERE id = ?",
                              [(2.34567, ids[0]), (1.0004, ids[1])])
    doc = json.loads(run(story_db, "json"))
    jsonschema.validate(doc, SCHEMA)
    scored = {e["id"]: e["importance"] for e in doc["events"] if e["importance"]}
    assert scored == {ids[0]: 2.346, ids[1]: 1.0}
    rows = list(csv.DictReader(io.StringIO(run(story_db, "csv"))))
    assert {int(r["event_id"]): r["importance"] for r in rows if r["importance"] != "0"} == {
        ids[0]: "2.346", ids[1]: "1"}
    top = json.loads(run(story_db, "json", TimelineFilter(top=2)))
    assert [e["id"] for e in top["events"]] == [ids[1], ids[0]]  # timeline order
    assert top["filter"] == "top 2 by importance"
