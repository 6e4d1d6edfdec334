"""The timeline's virtual rows: month and year separators around pages of events.

Events arrive in timeline order (date, grain, id), so every month's events are contiguous.
From the per-month counts (``core.queries.month_density``) this module maps a screen line to a
separator or to an event index, and back, in O(log months), without touching SQLite.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Separator:
    """A heading line: a new year or a new month."""

    kind: str  # "year" or "month"
    label: str


@dataclass(frozen=True, slots=True)
class Block:
    first_line: int
    first_event: int
    headers: tuple[Separator, ...]
    count: int
    month: str


class RowLayout:
    """Line <-> event index mapping for one filtered timeline."""

    def __init__(self, months: list[tuple[str, int]]) -> None:
        self.blocks: list[Block] = []
        line = event = 0
        year = ""
        for month, count in months:
            if not count:
                continue
            headers: list[Separator] = []
            if month[:4] != year:
                year = month[:4]
                headers.append(Separator("year", year))
            headers.append(Separator("month", f"{_MONTHS[int(month[5:7]) - 1]} {year}"))
            self.blocks.append(Block(line, event, tuple(headers), count, month))
            line += len(headers) + count
            event += count
        self.lines = line
        self.events = event
        self._line_starts = [b.first_line for b in self.blocks]
        self._event_starts = [b.first_event for b in self.blocks]

    def at_line(self, line: int) -> Separator | int | None:
        """The separator or the event index shown on ``line`` (None past the end)."""
        if not 0 <= line < self.lines:
            return None
        block = self.blocks[bisect_right(self._line_starts, line) - 1]
        within = line - block.first_line
        if within < len(block.headers):
            return block.headers[within]
        return block.first_event + within - len(block.headers)

    def line_of(self, index: int) -> int:
        """The line that shows event ``index``."""
        if not self.blocks:
            return 0
        index = max(0, min(index, self.events - 1))
        block = self.blocks[bisect_right(self._event_starts, index) - 1]
        return block.first_line + len(block.headers) + index - block.first_event

    def month_of(self, index: int) -> str | None:
        """``YYYY-MM`` of event ``index``."""
        if not self.blocks:
            return None
        return self.blocks[bisect_right(self._event_starts, index) - 1].month


T = TypeVar("T")


class PageCache(Generic[T]):
    """A small LRU of fixed-size pages of rows."""

    def __init__(self, page_size: int = 200, capacity: int = 64) -> None:
        self.page_size = page_size
        self.capacity = capacity
        self._pages: OrderedDict[int, list[T]] = OrderedDict()

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
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.capacity:
            self._pages.popitem(last=False)

    def get(self, index: int) -> T | None:
        """Row ``index`` if its page is cached."""
        page, offset = divmod(index, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None
