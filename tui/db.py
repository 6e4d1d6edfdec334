"""Where the dashboard's widgets get their rows: a connection per worker thread, and the
timeline's page source.

The timeline widget never touches storage (as toolong's ``LogLines`` reads through
``LogFile``): it asks a :class:`TimelineSource` for an outline of the filtered timeline and
for pages of rows, from its thread workers. :class:`DatabaseTimeline` answers from a Dateline
database with ``core.queries``; a test can hand the widget any other source.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import sqlite_utils

from core.filters import TimelineFilter
from core.queries import TimelineRow, longest_displays, month_grain_counts, page_events
from core.store import open_db


@contextmanager
def connect(path: Path) -> Iterator[sqlite_utils.Database]:
    """Open ``path`` for the calling thread only; closed on exit."""
    db = open_db(path)
    try:
        yield db
    finally:
        db.close()


@dataclass(frozen=True, slots=True)
class Outline:
    """The shape of one filtered timeline, and its first page to show."""

    months: list[tuple[str, int, int]]  # as core.queries.month_grain_counts
    first: int  # the row index of ``rows[0]``
    rows: list[TimelineRow]

    @property
    def events(self) -> int:
        """How many events the timeline shows."""
        return sum(n for _, n, _ in self.months)


class TimelineSource(Protocol):
    """What the timeline widget reads; called from worker threads."""

    def outline(self, flt: TimelineFilter, around: int, page_size: int) -> Outline:
        """The timeline under ``flt`` with the page holding row ``around`` (clamped)."""
        ...

    def page(self, flt: TimelineFilter, offset: int, limit: int) -> list[TimelineRow]:
        """Rows ``offset`` .. ``offset + limit - 1`` under ``flt``."""
        ...

    def displays(self, flt: TimelineFilter) -> list[str]:
        """The longest date displays under ``flt``, longest first (asked after the outline:
        on a large timeline it reads every row)."""
        ...


class DatabaseTimeline:
    """A :class:`TimelineSource` over a Dateline database (one connection per call)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def outline(self, flt: TimelineFilter, around: int, page_size: int) -> Outline:
        with connect(self.path) as db:
            months = month_grain_counts(db, flt)
            total = sum(n for _, n, _ in months)
            first = max(0, min(around, total - 1)) // page_size * page_size
            return Outline(months, first,
                           page_events(db, flt, first, page_size) if total else [])

    def page(self, flt: TimelineFilter, offset: int, limit: int) -> list[TimelineRow]:
        with connect(self.path) as db:
            return page_events(db, flt, offset, limit)

    def displays(self, flt: TimelineFilter) -> list[str]:
        with connect(self.path) as db:
            return longest_displays(db, flt)
