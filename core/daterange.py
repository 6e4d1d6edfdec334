"""Dates as a person types them, for the dashboard's date filter and the CLI's ``--from/--to``.

One reader for both: a side is a TIMEX3 value (``2023-11``, ``2024-W20``, ``2024``) or a phrase
(``last week``, ``May 2024``, ``3 weeks ago``) resolved by ``core.temporal`` against ``now``,
which the caller passes in (the dashboard its clock, the CLI the real time, tests a frozen one).
A range is ``2023-11..2024-05``, ``..2024-03`` or ``2024-01..``; a single value or phrase covers
its own span. The same reader serves the fix-date prompt (:func:`resolve_phrase`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from core.granular import GranularDate, parse_value
from core.temporal import resolve_times


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a typed date means: the date it names and how it was read."""

    text: str
    date: GranularDate
    explanation: str


def resolve_phrase(text: str, now: datetime) -> Resolution | None:
    """Read a TIMEX3 value (``2023-11``, ``2024-W20``) or a phrase against ``now``.

    A phrase whose numbers are not all part of the date read (``13/45/2024`` would otherwise be
    read as the year 2024) is refused rather than half read; extra words (``around May``) are
    allowed.
    """
    text = text.strip()
    if not text:
        return None
    value = parse_value(text)
    if value is not None:
        return Resolution(text, value, f"TIMEX3 value {text}")
    for time in resolve_times(text, now):
        rest = text[:time.start] + text[time.end:]
        if time.dates_an_event and not any(c.isdigit() for c in rest):
            parsed = parse_value(time.value, time.mod)
            if parsed is not None:
                return Resolution(text, parsed, time.receipt.explanation)
    return None


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range; either end may be open."""

    start: date | None
    end: date | None

    def describe(self) -> str:
        """``2023-11-01..2024-05-31`` with ``…`` for an open end."""
        return f"{self.start or '…'}..{self.end or '…'}"


def read_span(text: str, now: datetime) -> GranularDate:
    """The span one value or phrase names; raises ValueError with a readable message."""
    found = resolve_phrase(text, now)
    if found is None:
        raise ValueError(f"cannot read {text.strip()!r} as a date"
                         " (try 2024-05-17, 2024-05, 2024, last week or May 2024)")
    return found.date


def parse_range(text: str, now: datetime) -> DateRange:
    """Read a typed date filter; raises ValueError with a readable message."""
    text = text.strip()
    if not text:
        raise ValueError("type a date, a range like 2023-11..2024-05, or a phrase")
    if ".." in text:
        left, _, right = text.partition("..")
        start = read_span(left, now).start if left.strip() else None
        end = read_span(right, now).end if right.strip() else None
        if start is None and end is None:
            raise ValueError("give at least one end of the range")
        if start and end and end < start:
            raise ValueError("the range ends before it starts")
        return DateRange(start, end)
    span = read_span(text, now)
    return DateRange(span.start, span.end)
