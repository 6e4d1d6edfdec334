"""What merging reads of a stored report: its clause, people, names and date range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReportRow:
    """A stored report with what merging needs to compare it with others."""

    id: int
    article_key: str
    sentence: str  # the clause (or sentence) whose wording is compared
    people: tuple[str, ...]  # canonical names
    date_value: str
    date_start: date
    date_end: date
    rank: int
    title: str = ""  # the clause's title: its subject, verb and object
    names: tuple[str, ...] = ()  # other named things written in it (organisations, places)
    # No time phrase: its range is only "on or before the publish day" (core.events.reported)
    reported: bool = False


def overlap(a: ReportRow, b: ReportRow) -> bool:
    """True when the two date ranges share a day."""
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def gap_days(a: ReportRow, b: ReportRow) -> int:
    """Days between the two date ranges (0 when they overlap)."""
    if overlap(a, b):
        return 0
    return max((b.date_start - a.date_end).days, (a.date_start - b.date_end).days)
