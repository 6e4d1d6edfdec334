"""The timeline's virtual rows: year and month headings around pages of events.

Events arrive in timeline order (date, grain, id), so every month's events are contiguous, and
those coarser than a month that start on its 1st ("2024", "Q2 2024") come first: they are
shown under the year heading, before the month's own heading. From per-month counts
(``core.queries.month_grain_counts``) this module maps a screen line to a heading or an event
index, and back, in O(log months), without touching SQLite.

Headings only group: a year holding fewer than :data:`FOLD_BELOW` events gets no year or
month heading, and a month holding a single event of its own gets no month heading. Their
dates say the same in the date column, so a sparse timeline is not half headings.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Generic, TypeVar

from textual.cache import LRUCache

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
FOLD_BELOW = 3  # a year with fewer events is shown without headings


@dataclass(frozen=True, slots=True)
class Separator:
    """A heading line: a new year or a new month."""

    kind: str  # "year" or "month"
    label: str


@dataclass(frozen=True, slots=True)
class Block:
    """One month with events: where its first event is."""

    first_line: int
    first_event: int
    count: int
    month: str


class RowLayout:
    """Line <-> event index mapping for one filtered timeline."""

    def __init__(self, months: list[tuple[str, int, int]] | list[tuple[str, int]]) -> None:
        self.blocks: list[Block] = []
        # every line is in a run: a heading (count 0) or consecutive events
        self._run_lines: list[int] = []
        self._run_heads: list[Separator | None] = []
        self._run_events: list[int] = []  # first event of each run (the next event, for heads)
        self._event_runs: list[int] = []  # indexes of the event runs, by first event
        self._event_run_firsts: list[int] = []
        per_year: dict[str, int] = {}
        for entry in months:
            per_year[entry[0][:4]] = per_year.get(entry[0][:4], 0) + entry[1]
        line = event = 0
        year = ""
        for entry in months:
            month, count = entry[0], entry[1]
            coarse = min(count, entry[2]) if len(entry) > 2 else 0
            if not count:
                continue
            block_line = line
            headed = per_year[month[:4]] >= FOLD_BELOW
            if month[:4] != year:
                year = month[:4]
                if headed:
                    line = self._head(line, event, Separator("year", year))
            if coarse:
                line = self._events(line, event, coarse)
                event += coarse
            if count > coarse:
                if headed and count - coarse > 1:
                    line = self._head(line, event, Separator(
                        "month", f"{_MONTHS[int(month[5:7]) - 1]} {year}"))
                line = self._events(line, event, count - coarse)
                event += count - coarse
            self.blocks.append(Block(block_line, event - count, count, month))
        self.lines = line
        self.events = event
        self._block_firsts = [b.first_event for b in self.blocks]

    def _head(self, line: int, event: int, head: Separator) -> int:
        self._run_lines.append(line)
        self._run_heads.append(head)
        self._run_events.append(event)
        return line + 1

    def _events(self, line: int, event: int, count: int) -> int:
        self._event_runs.append(len(self._run_lines))
        self._event_run_firsts.append(event)
        self._run_lines.append(line)
        self._run_heads.append(None)
        self._run_events.append(event)
        return line + count

    def at_line(self, line: int) -> Separator | int | None:
        """The heading or the event index shown on ``line`` (None past the end)."""
        if not 0 <= line < self.lines:
            return None
        run = bisect_right(self._run_lines, line) - 1
        head = self._run_heads[run]
        if head is not None:
            return head
        return self._run_events[run] + line - self._run_lines[run]

    def line_of(self, index: int) -> int:
        """The line that shows event ``index``."""
        if not self._event_runs:
            return 0
        index = max(0, min(index, self.events - 1))
        run = self._event_runs[bisect_right(self._event_run_firsts, index) - 1]
        return self._run_lines[run] + index - self._run_events[run]

    def month_of(self, index: int) -> str | None:
        """``YYYY-MM`` of event ``index``."""
        if not self.blocks:
            return None
        return self.blocks[bisect_right(self._block_firsts, index) - 1].month


T = TypeVar("T")


class PageCache(Generic[T]):
    """Fixed-size pages of rows in Textual's :class:`~textual.cache.LRUCache` (least recently
    read page evicted first), addressed by row index."""

    def __init__(self, page_size: int = 200, capacity: int = 64) -> None:
        self.page_size = page_size
        self._pages: LRUCache[int, list[T]] = LRUCache(capacity)

    @property
    def capacity(self) -> int:
        """How many pages are kept."""
        return self._pages.maxsize

    def clear(self) -> None:
        """Forget every page."""
        self._pages.clear()

    def page_of(self, index: int) -> int:
        """The page number holding row ``index``."""
        return index // self.page_size

    def has(self, page: int) -> bool:
        """Whether ``page`` is cached."""
        return page in self._pages

    def put(self, page: int, rows: list[T]) -> None:
        """Store a page, evicting the least recently used beyond capacity."""
        self._pages.set(page, rows)

    def get(self, index: int) -> T | None:
        """Row ``index`` if its page is cached."""
        page, offset = divmod(index, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            return None
        return rows[offset] if offset < len(rows) else None
