"""Exports of ``sample_data/`` run through the real pipeline (spaCy and the date resolver).

The Markdown golden file changes whenever the sample articles, the resolver or the event
merger change: regenerate it with ``DATELINE_UPDATE_GOLDEN=1`` and read the diff. Nothing here
depends on today's date: every relative date is anchored on an article's publish date.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from export_golden import check_golden
from icalendar import Calendar

from core.export import export_timeline
from core.filters import TimelineFilter

pytestmark = pytest.mark.slow
SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "timeline.schema.json")
                    .read_text(encoding="utf-8"))
STAMP = datetime(2024, 9, 1, tzinfo=UTC)


def run(db, fmt: str, f: TimelineFilter | None = None) -> str:
    out = io.StringIO(newline="")
    export_timeline(db, f or TimelineFilter(), fmt, out, stamp=STAMP)
    return out.getvalue()


def test_sample_data_markdown_matches_golden(sample_db) -> None:
    check_golden("sample_data.md", run(sample_db, "md"))


def test_sample_data_every_format_is_well_formed(sample_db) -> None:
    doc = json.loads(run(sample_db, "json"))
    jsonschema.validate(doc, SCHEMA)
    assert doc["events"], "the sample articles should give a timeline"
    calendar = Calendar.from_ical(run(sample_db, "ics"))
    assert len(calendar.walk("VEVENT")) == len(doc["events"])
    slides = json.loads(run(sample_db, "timelinejs"))["events"]
    assert len(slides) == len(doc["events"])
    assert all(isinstance(s["start_date"]["year"], int) for s in slides)
