"""The line above the timeline: the view (all events or the key events), the active filters
and how many events they show."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from core.filters import TimelineFilter
from core.sanitize import strip_controls
from tui.text import counted


def describe_view(flt: TimelineFilter) -> str:
    """``key events: top 30 · person: Ana Ruiz``, or the filter's own description."""
    if flt.top is None:
        return flt.describe()
    rest = flt.with_(top=None)
    head = f"key events: top {flt.top:,}"
    return head if rest.is_empty else f"{head} · {rest.describe()}"


class FilterBar(Static):
    """``person: Ana Ruiz · search: "vote"  —  12 of 340 events``."""

    def show(self, flt: TimelineFilter, shown: int | None, total: int | None) -> None:
        """Describe ``flt``; ``shown`` None while a query runs."""
        text = Text(strip_controls(describe_view(flt)),
                    style="bold" if not flt.is_empty else "")
        if shown is None:
            text.append("  ·  loading…", style="italic")
        else:
            count = (counted(shown, "event") if total in (None, shown)
                     else f"{shown:,} of {counted(total, 'event')}")
            text.append(f"  ·  {count}")
        self.update(text)
