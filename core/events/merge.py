"""Merging reports from different articles that tell the same event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReportRow:
    """A stored report with what merging needs to compare it with others."""

    id: int
    article_key: str
    sentence: str
    people: tuple[str, ...]  # canonical names
    date_value: str
    date_start: date
    date_end: date
    rank: int


def merge_reports(reports: Sequence[ReportRow]) -> list[list[int]]:
    """Group report ids into events; this first version keeps every report apart."""
    return [[r.id] for r in reports]


@dataclass(frozen=True, slots=True)
class AgreedDate:
    """The date an event's sources agree on, and a note when they do not."""

    value: str
    conflict: str | None


def agreed_date(reports: Sequence[ReportRow], display: dict[str, str]) -> AgreedDate:
    """The most specific date compatible with every source; else the majority, flagged.

    ``display`` maps each date value to its human form for the conflict note.
    """
    finest = max(reports, key=lambda r: (r.rank, -(r.date_end - r.date_start).days))
    if all(r.date_start <= finest.date_end and finest.date_start <= r.date_end
           for r in reports):
        return AgreedDate(finest.date_value, None)
    counts: dict[str, int] = {}
    for r in reports:
        counts[r.date_value] = counts.get(r.date_value, 0) + 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    note = "; ".join(
        f"{n} source{'s' if n > 1 else ''}: {display.get(v, v)}" for v, n in ordered
    )
    return AgreedDate(ordered[0][0], note)
