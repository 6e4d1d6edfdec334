"""Events per month as a sparkline, with a marker under the cursor's month."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static


class DensityStrip(Vertical):
    """A sparkline of ``month_density`` plus a ``▲`` where the cursor is."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.months: list[tuple[str, int]] = []
        self.current: str | None = None

    def compose(self) -> ComposeResult:
        yield Sparkline([], id="density-spark")
        yield Static("", id="density-marker")

    def show(self, months: list[tuple[str, int]]) -> None:
        """New month counts (from the filtered view)."""
        self.months = months
        self.query_one(Sparkline).data = [float(n) for _, n in months]
        self._mark()

    def mark(self, month: str | None) -> None:
        """Put the marker under ``month`` (``YYYY-MM``)."""
        if month != self.current:
            self.current = month
            self._mark()

    def on_resize(self) -> None:
        self._mark()

    def _mark(self) -> None:
        width = max(1, self.size.width)
        line = Text()
        if self.months:
            keys = [m for m, _ in self.months]
            pos = 0
            if self.current in keys:
                pos = min(width - 1, keys.index(self.current) * width // len(keys))
            first, last = keys[0], keys[-1]
            cells = [" "] * width
            for i, ch in enumerate(first[:width]):
                cells[i] = ch
            for i, ch in enumerate(last):
                at = width - len(last) + i
                if 0 <= at < width and at > len(first):
                    cells[at] = ch
            line.append("".join(cells[:pos]), style="dim")
            line.append("▲", style="bold")
            line.append("".join(cells[pos + 1:]), style="dim")
        self.query_one("#density-marker", Static).update(line)
