"""The timeline widget on its own: it reads through a page source (here a list, no SQLite),
sizes its date column to the dates it shows, shortens long ranges and clips in cells."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from rich.cells import cell_len
from screen_text import settle
from textual.app import App, ComposeResult

from core.filters import TimelineFilter
from core.granular import parse_value
from core.queries import TimelineRow
from tui.db import Outline
from tui.widgets.timeline import DATE_CAP, TimelineView, _clip, date_width, fit_date


def _row(event_id: int, value: str, title: str, people: str = "") -> TimelineRow:
    parsed = parse_value(value)
    assert parsed is not None
    return TimelineRow(event_id, parsed.display, value, parsed.granularity.value, parsed.start,
                       parsed.end, title, people, 1, None, False, False, False, False, 0.9)


class ListSource:
    """A :class:`tui.db.TimelineSource` over rows in memory, counting what it is asked."""

    def __init__(self, rows: list[TimelineRow]) -> None:
        self.rows = sorted(rows, key=lambda r: (r.date_start, r.id))
        self.calls: Counter[str] = Counter()

    def outline(self, flt: TimelineFilter, around: int, page_size: int) -> Outline:
        self.calls["outline"] += 1
        months: dict[str, int] = {}
        for r in self.rows:
            key = r.date_start.isoformat()[:7]
            months[key] = months.get(key, 0) + 1
        first = max(0, min(around, len(self.rows) - 1)) // page_size * page_size
        return Outline([(m, n, 0) for m, n in months.items()], first,
                       self.rows[first:first + page_size])

    def displays(self, flt: TimelineFilter) -> list[str]:
        self.calls["displays"] += 1
        return sorted({r.display for r in self.rows}, key=len, reverse=True)

    def page(self, flt: TimelineFilter, offset: int, limit: int) -> list[TimelineRow]:
        self.calls["page"] += 1
        return self.rows[offset:offset + limit]


class TimelineApp(App[None]):
    def __init__(self, source: ListSource) -> None:
        super().__init__()
        self.source = source

    def compose(self) -> ComposeResult:
        yield TimelineView(self.source, id="timeline")

    def on_mount(self) -> None:
        self.query_one(TimelineView).load(TimelineFilter())


@pytest.mark.parametrize(("display", "width", "shown"), [
    ("15 May 2024 – 7 Jun 2024", 24, "15 May 2024 – 7 Jun 2024"),
    ("15 May 2024 – 7 Jun 2024", 22, "15 May 2024–7 Jun 2024"),
    ("15 May 2024 – 7 Jun 2024", 17, "15 May–7 Jun 2024"),
    ("15 May 2024 – 7 Jun 2024", 12, "May–Jun 2024"),
    ("15 May 2024 – 18 May 2024", 14, "15–18 May 2024"),
    ("Nov 2023 – 18 May 2024", 20, "Nov 2023–18 May 2024"),
    ("Nov 2023 – 18 May 2024", 19, "Nov 2023–May 2024"),
    ("week of 13 May 2024", 15, "wk 13 May 2024"),
    ("17 May 2024, afternoon", 15, "17 May 2024, pm"),
    ("early Nov 2023 – Feb 2024", 20, "early Nov 2023–Feb 2024"[:19] + "…"),
    ("17 May 2024", 11, "17 May 2024"),
    ("17 May 2024", 8, "17 May …"),
])
def test_long_dates_are_shortened_to_the_column(display: str, width: int, shown: str) -> None:
    assert fit_date(display, width) == shown
    assert cell_len(fit_date(display, width)) <= width


def test_clipping_counts_cells_not_characters() -> None:
    wide = "東京で記者会見が開かれた"  # every character takes two cells
    for width in range(1, 30):
        clipped = _clip(wide, width)
        assert cell_len(clipped) <= width
        assert clipped == wide or clipped.endswith("…")
    assert _clip(wide, 100) == wide


def test_the_date_column_is_as_wide_as_the_longest_date_up_to_a_cap() -> None:
    assert date_width(11, 120) == 11  # only days: no wasted cells
    assert date_width(19, 120) == 19
    assert date_width(40, 200) == DATE_CAP
    assert date_width(24, 60) == 15  # a quarter of a narrow line


async def test_the_widget_reads_pages_through_its_source() -> None:
    rows = [_row(i, (date(2024, 1, 1).replace(day=1 + i % 28)).isoformat(),
                 f"Event {i}") for i in range(450)]
    source = ListSource(rows)
    app = TimelineApp(source)
    async with app.run_test(size=(80, 20)) as pilot:
        await settle(pilot)
        view = app.query_one(TimelineView)
        assert view.shown == 450 and source.calls["outline"] == 1
        view.focus()
        await pilot.press("end")
        await settle(pilot)
        assert view.current is not None and view.current.title == "Event 447"
        assert source.calls["page"] >= 1  # the last page came from the source, not SQL


async def test_wide_titles_never_overflow_the_line() -> None:
    rows = [_row(1, "2024-05-17", "東京で記者会見が開かれた" * 5, "山田太郎, 佐藤花子"),
            _row(2, "2024-05-15/2024-06-07", "Talks resume", "Ana Ruiz"),
            _row(3, "2024-05-20", "A plain title")]
    app = TimelineApp(ListSource(rows))
    async with app.run_test(size=(70, 12)) as pilot:
        await settle(pilot)
        view = app.query_one(TimelineView)
        width = view.scrollable_content_region.width
        lines = [view.render_line(y) for y in range(view.size.height)]
        assert all(strip.cell_length == width for strip in lines)
        texts = [strip.text for strip in lines]
        # three events in one year: one heading, dates in a column sized to the range
        assert texts[0].strip() == "2024"
        assert any("15 May 2024 – 7 Jun 2024" in t or "15 May–7 Jun 2024" in t for t in texts)
        assert any("…" in t and "東京" in t for t in texts)
