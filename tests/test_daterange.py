"""``core.daterange``: the one reader of typed dates, for the dashboard and the CLI."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.daterange import DateRange, parse_range, read_span, resolve_phrase

NOW = datetime(2024, 5, 22, 10, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2023-11..2024-05", date(2023, 11, 1), date(2024, 5, 31)),
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("..2024-03", None, date(2024, 3, 31)),
    ("2024-W20..", date(2024, 5, 13), None),
    ("last week", date(2024, 5, 13), date(2024, 5, 19)),
    ("May 2024", date(2024, 5, 1), date(2024, 5, 31)),
    ("last year..yesterday", date(2023, 1, 1), date(2024, 5, 21)),
])
def test_ranges_values_and_phrases(text: str, start: date | None, end: date | None) -> None:
    assert parse_range(text, NOW) == DateRange(start, end)


@pytest.mark.parametrize(("text", "message"), [
    ("", "type a date"), ("..", "at least one end"), ("whenever", "cannot read 'whenever'"),
    ("2024-05..2023", "ends before it starts"),
])
def test_bad_ranges_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_range(text, NOW)


def test_a_half_read_number_is_refused_not_guessed() -> None:
    """``13/45/2024`` holds the year 2024, but reading it as that year would hide a typo."""
    assert resolve_phrase("13/45/2024", NOW) is None
    with pytest.raises(ValueError, match="cannot read '13/45/2024'"):
        read_span("13/45/2024", NOW)
    found = resolve_phrase("around May 2024", NOW)
    assert found is not None and found.date.value == "2024-05"
