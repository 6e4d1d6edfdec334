"""TIMEX3 values read as granular calendar ranges, and shown at their grain."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.granular import parse_value
from core.models import Granularity


@pytest.mark.parametrize(
    ("value", "mod", "granularity", "start", "end", "display"),
    [
        ("2024-05-17", None, Granularity.DAY, date(2024, 5, 17), date(2024, 5, 17), "17 May 2024"),
        ("2023-11", None, Granularity.MONTH, date(2023, 11, 1), date(2023, 11, 30), "Nov 2023"),
        ("2024-02", None, Granularity.MONTH, date(2024, 2, 1), date(2024, 2, 29), "Feb 2024"),
        ("2024-W20", None, Granularity.WEEK, date(2024, 5, 13), date(2024, 5, 19),
         "week of 13 May 2024"),
        ("2024-W1", None, Granularity.WEEK, date(2024, 1, 1), date(2024, 1, 7),
         "week of 1 Jan 2024"),
        ("2024-Q1", None, Granularity.QUARTER, date(2024, 1, 1), date(2024, 3, 31), "Q1 2024"),
        ("2024-H2", None, Granularity.HALF, date(2024, 7, 1), date(2024, 12, 31), "H2 2024"),
        ("2023-SU", None, Granularity.SEASON, date(2023, 6, 1), date(2023, 8, 31), "summer 2023"),
        ("2023-WI", None, Granularity.SEASON, date(2023, 12, 1), date(2024, 2, 29),
         "winter 2023"),
        ("2023", None, Granularity.YEAR, date(2023, 1, 1), date(2023, 12, 31), "2023"),
        ("2015", "APPROX", Granularity.YEAR, date(2015, 1, 1), date(2015, 12, 31), "c. 2015"),
        ("199", None, Granularity.DECADE, date(1990, 1, 1), date(1999, 12, 31), "1990s"),
        ("19", None, Granularity.CENTURY, date(1900, 1, 1), date(1999, 12, 31), "1900s"),
        ("2024-05-17TMO", None, Granularity.PART_OF_DAY, date(2024, 5, 17), date(2024, 5, 17),
         "17 May 2024, morning"),
        ("2024-05-17T14:30", None, Granularity.TIME, date(2024, 5, 17), date(2024, 5, 17),
         "17 May 2024 14:30"),
        ("2024-W20-WE", None, Granularity.INTERVAL, date(2024, 5, 18), date(2024, 5, 19),
         "weekend of 18 May 2024"),
        ("2024-08-03/2024-08-03", None, Granularity.INTERVAL, date(2024, 8, 3), date(2024, 8, 3),
         "3 Aug 2024"),
        ("2023-11/2024-05-17", None, Granularity.INTERVAL, date(2023, 11, 1), date(2024, 5, 17),
         "Nov 2023 – 17 May 2024"),
    ],
)
def test_values_read_at_their_grain(
    value: str, mod: str | None, granularity: Granularity, start: date, end: date, display: str
) -> None:
    parsed = parse_value(value, mod)
    assert parsed is not None
    assert (parsed.granularity, parsed.start, parsed.end, parsed.display) == (
        granularity, start, end, display)


def test_modifiers_narrow_the_range_and_name_it() -> None:
    early = parse_value("2024", "START")
    late = parse_value("2023", "END")
    mid = parse_value("2023", "MID")
    assert early and early.display == "early 2024"
    assert (early.start, early.end) == (date(2024, 1, 1), date(2024, 4, 30))
    assert late and late.display == "late 2023"
    assert (late.start, late.end) == (date(2023, 9, 1), date(2023, 12, 31))
    assert mid and mid.display == "mid-2023"
    assert (mid.start, mid.end) == (date(2023, 5, 1), date(2023, 8, 31))
    late_may = parse_value("2024-05", "END")
    assert late_may and (late_may.start, late_may.end) == (date(2024, 5, 21), date(2024, 5, 31))
    assert late_may.display == "late May 2024"


@pytest.mark.parametrize("value", ["P10Y", "PT2H", "PAST_REF", "PRESENT_REF", "XXXX-WXX-1",
                                   "2024-13", "2024-02-30", "2024-W60", "", "garbage",
                                   "2024-05/2023-01"])
def test_values_without_a_calendar_span_give_none(value: str) -> None:
    assert parse_value(value) is None


@given(st.text(max_size=30))
def test_any_string_parses_or_gives_none(text: str) -> None:
    parsed = parse_value(text)
    if parsed is not None:
        assert parsed.start <= parsed.end
        assert parsed.display
