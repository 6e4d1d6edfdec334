"""The line above the timeline: the active filters and how many events they show."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from core.filters import TimelineFilter
from core.sanitize import strip_controls


class FilterBar(Static):
    """``person: Ana Ruiz · search: "vote"  —  12 of 340 events``."""

    def show(self, flt: TimelineFilter, shown: int | None, total: int | None) -> None:
        """Describe ``flt``; ``shown`` None while a query runs."""
        text = Text(strip_controls(flt.describe()), style="bold" if not flt.is_empty else "")
        if shown is None:
            text.append("  ·  loading…", style="italic")
        else:
            count = f"{shown:,} events" if total in (None, shown) else f"{shown:,} of {total:,}"
            text.append(f"  ·  {count}")
        self.update(text)
