"""Publish dates in the formats files really use, and the sanity warnings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from core.ingest.dates import date_warnings, parse_date
from core.ingest.textmeta import read_text_meta

NY = ZoneInfo("America/New_York")
EDT = timezone(timedelta(hours=-4))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-17", datetime(2024, 5, 17, tzinfo=NY)),
        ("2024-05-17T10:00:00Z", datetime(2024, 5, 17, 10, tzinfo=UTC)),
        ("2024-05-17T10:00", datetime(2024, 5, 17, 10, tzinfo=NY)),
        ("2024-05-17 10:00:00+02:00", datetime(2024, 5, 17, 8, tzinfo=UTC)),
        ("Fri, 17 May 2024 10:32:00 GMT", datetime(2024, 5, 17, 10, 32, tzinfo=UTC)),
        ("Fri, 17 May 2024 10:32:00 -0400", datetime(2024, 5, 17, 10, 32, tzinfo=EDT)),
        ("May 17, 2024", datetime(2024, 5, 17, tzinfo=NY)),
        ("17 May 2024 2:15 PM", datetime(2024, 5, 17, 14, 15, tzinfo=NY)),
        ("May 17, 2024 10:32 AM EDT", datetime(2024, 5, 17, 10, 32, tzinfo=EDT)),
        (1715940000, datetime(2024, 5, 17, 10, 0, tzinfo=UTC)),
        (1715940000000, datetime(2024, 5, 17, 10, 0, tzinfo=UTC)),
    ],
)
def test_absolute_dates(value: object, expected: datetime) -> None:
    parsed = parse_date(value, NY)
    assert parsed == expected and parsed is not None and parsed.tzinfo is not None


@pytest.mark.parametrize(
    "value", ["yesterday", "3 hours ago", "", "May 2024", "2024-13-45", "soon", True, [1], None]
)
def test_relative_partial_and_nonsense_are_refused(value: object) -> None:
    assert parse_date(value, NY) is None


def test_warnings_for_future_and_pre_1900_dates() -> None:
    now = datetime(2024, 6, 1, tzinfo=UTC)
    assert date_warnings("a", datetime(2024, 5, 31, tzinfo=UTC), now) == []
    (future,) = date_warnings("a", datetime(2024, 7, 1, tzinfo=UTC), now)
    assert future.is_warning and "in the future" in future.problem
    (old,) = date_warnings("a", datetime(1899, 12, 31, tzinfo=UTC), now)
    assert old.is_warning and "before 1900" in old.problem
    assert date_warnings("a", datetime(9999, 12, 31, tzinfo=timezone(timedelta(hours=5))))


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("WASHINGTON, May 17, 2024 — The Senate voted.", datetime(2024, 5, 17, tzinfo=NY)),
        ("LONDON (Agency) 17 May 2024 - Prices rose.", datetime(2024, 5, 17, tzinfo=NY)),
        ("KYIV, Ukraine, May 17, 2024 — Shelling.", datetime(2024, 5, 17, tzinfo=NY)),
        ("SÃO PAULO, 3 March 2024 — Rain.", datetime(2024, 3, 3, tzinfo=NY)),
        ("PARIS, Friday, May 17, 2024 — Strike.", datetime(2024, 5, 17, tzinfo=NY)),
    ],
)
def test_datelines(top: str, expected: datetime) -> None:
    meta = read_text_meta(top, NY)
    assert meta.dateline == expected and meta.text == top


def test_dateline_without_a_year_is_not_a_date() -> None:
    assert read_text_meta("WASHINGTON, May 17 — The Senate voted.", NY).dateline is None


def test_metadata_lines_are_read_and_removed() -> None:
    meta = read_text_meta(
        "Title\n\nBy Jane Roe | Published: May 17, 2024 10:32 AM EDT | Updated May 18, 2024\n\n"
        "Body.", NY
    )
    assert meta.author == "Jane Roe"
    assert meta.published == datetime(2024, 5, 17, 10, 32, tzinfo=EDT)
    assert meta.updated == datetime(2024, 5, 18, tzinfo=NY)
    assert "Published" not in meta.text and "Jane" not in meta.text


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "By Tuesday afternoon, lawmakers had agreed.\nBy Monday Congress had left."
    meta = read_text_meta(text, NY)
    assert meta.author is None and meta.text == text
