"""The date filter as typed: ``2023-11..2024-05``, ``2024``, ``last year``, ``..2024-03``.

Each side is a TIMEX3 value (``core.granular.parse_value``) or a phrase resolved against
today (``core.triage.resolve_phrase``); a single value or phrase covers its own span.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from core.granular import GranularDate
from core.triage import resolve_phrase


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range; either end may be open."""

    start: date | None
    end: date | None

    def describe(self) -> str:
        """``2023-11-01..2024-05-31`` with ``…`` for an open end."""
        return f"{self.start or '…'}..{self.end or '…'}"


def _span(text: str, now: datetime) -> GranularDate:
    found = resolve_phrase(text, now)
    if found is None:
        raise ValueError(f"cannot read {text.strip()!r} as a date")
    return found.date


def parse_range(text: str, now: datetime) -> DateRange:
    """Read a typed date filter; raises ValueError with a readable message."""
    text = text.strip()
    if not text:
        raise ValueError("type a date, a range like 2023-11..2024-05, or a phrase")
    if ".." in text:
        left, _, right = text.partition("..")
        start = _span(left, now).start if left.strip() else None
        end = _span(right, now).end if right.strip() else None
        if start is None and end is None:
            raise ValueError("give at least one end of the range")
        if start and end and end < start:
            raise ValueError("the range ends before it starts")
        return DateRange(start, end)
    span = _span(text, now)
    return DateRange(span.start, span.end)
