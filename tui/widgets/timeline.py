"""The timeline: a Line API scroll view over pages of rows, with month and year separators.

Only the rows on screen are rendered; they come from a page cache (Textual's ``LRUCache``)
that thread workers fill from a :class:`tui.db.TimelineSource`, so the widget never touches
storage. The virtual height is the event count plus the heading lines, laid out by
:class:`tui.layout.RowLayout` from the month counts. The date column is as wide as the
longest date the view shows, up to a cap; a longer date is shortened by :func:`fit_date`.
Widths are terminal cells (Rich), so wide characters never push a line past the screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from core.filters import TimelineFilter
from core.queries import TimelineRow
from core.sanitize import strip_controls
from tui.db import Outline, TimelineSource
from tui.keymap import key_of
from tui.layout import Block, PageCache, RowLayout, Separator
from tui.messages import CursorMoved, TimelineReady

DATE_CAP = 24  # the date column never takes more cells than this...
DATE_SHARE = 4  # ...nor more than a quarter of the line (14 at least: "wk 13 May 2024")
PAGE_SIZE = 200


class _Reset(Message):
    def __init__(self, generation: int, filter: TimelineFilter, outline: Outline,
                 cursor: int) -> None:
        super().__init__()
        self.generation, self.filter, self.outline, self.cursor = (generation, filter, outline,
                                                                   cursor)


class _Widths(Message):
    def __init__(self, generation: int, displays: list[str]) -> None:
        super().__init__()
        self.generation, self.displays = generation, displays


class _Page(Message):
    def __init__(self, generation: int, page: int, rows: list[TimelineRow]) -> None:
        super().__init__()
        self.generation, self.page, self.rows = generation, page, rows


def _clip(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells, ending in "…" when cut (a wide character that
    would straddle the edge becomes a space)."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


# One date of Dateline's own display grammar (core.granular): "17 May 2024", "May 2024"
_DATE = re.compile(r"(?:(?P<day>\d{1,2}) )?(?P<month>[A-Z][a-z]{2}) (?P<year>\d{4})")
_SHORTER = (("week of ", "wk "), ("weekend of ", "wknd "), ("morning", "am"),
            ("afternoon", "pm"), ("evening", "eve"))


def _date_forms(display: str) -> Iterator[str]:
    """``display`` and ever shorter forms of it that keep its start and end, most exact first.

    Hand-written because the forms are of Dateline's own display grammar (dates from
    ``core.granular``, never article text) and no date library shortens a range to a width:
    "15 May 2024 – 7 Jun 2024" -> "15 May–7 Jun 2024"; "Nov 2023 – 18 May 2024" ->
    "Nov 2023–May 2024"; "week of 13 May 2024" -> "wk 13 May 2024".
    """
    yield display
    short = display
    for long, brief in _SHORTER:
        short = short.replace(long, brief)
    if short != display:
        yield short
    left, dash, right = short.partition(" – ")
    if not dash:
        return
    yield f"{left}–{right}"
    a, b = _DATE.search(left), _DATE.fullmatch(right)
    if a is None or b is None or a.end() != len(left):
        return
    head = left[:a.start()]
    same_year = a["year"] == b["year"]
    if same_year and a["day"] and b["day"] and a["month"] == b["month"]:
        yield f"{head}{a['day']}–{right}"  # "15–18 May 2024"
    elif same_year:
        yield f"{head}{a[0][:-5]}–{right}"  # "15 May–7 Jun 2024"
    months = f"{head}{a['month']} {a['year']}–{b['month']} {b['year']}"
    yield months  # "Nov 2023–May 2024"
    if same_year and a["month"] != b["month"]:
        yield f"{head}{a['month']}–{b['month']} {b['year']}"  # "May–Jun 2024"


def fit_date(display: str, width: int) -> str:
    """``display`` in at most ``width`` cells: the most exact of its shorter forms that fits,
    else the shortest clipped."""
    last = display
    for form in _date_forms(display):
        if cell_len(form) <= width:
            return form
        last = form
    return _clip(last, width)


def date_width(widest: int, line_width: int) -> int:
    """The date column's width for dates of up to ``widest`` cells on a ``line_width`` line."""
    return max(1, min(widest, DATE_CAP, max(14, line_width // DATE_SHARE)))


class TimelineView(ScrollView, can_focus=True):
    """Every shown event, one line each, under month and year headings."""

    BINDING_GROUP_TITLE = "Timeline"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Next event", id="timeline.down"),
        Binding("up", "cursor_up", "Previous event", id="timeline.up"),
        Binding("j", "cursor_down", "Next event", show=False, id="timeline.down_vim"),
        Binding("k", "cursor_up", "Previous event", show=False, id="timeline.up_vim"),
        Binding("pagedown", "page_down", "Page down", show=False, id="timeline.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="timeline.page_up"),
        Binding("home", "first", "First event", show=False, id="timeline.first"),
        Binding("end", "last", "Last event", show=False, id="timeline.last"),
        Binding("g", "first", "First event", show=False, id="timeline.first_vim"),
        Binding("G", "last", "Last event", show=False, id="timeline.last_vim"),
        Binding("right_square_bracket", "month(1)", "Next month", show=False,
                id="timeline.next_month"),
        Binding("left_square_bracket", "month(-1)", "Previous month", show=False,
                id="timeline.prev_month"),
        Binding("right_curly_bracket", "year(1)", "Next year", show=False,
                id="timeline.next_year"),
        Binding("left_curly_bracket", "year(-1)", "Previous year", show=False,
                id="timeline.prev_year"),
        Binding("enter", "screen.focus_detail", "Read detail", show=False,
                id="timeline.detail"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--cursor", "timeline--year", "timeline--month", "timeline--date",
        "timeline--people", "timeline--marker", "timeline--conflict", "timeline--pending",
        "timeline--flag",
    }

    def __init__(self, source: TimelineSource, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.source = source
        self.filter = TimelineFilter()
        self.layout_ = RowLayout([])
        self.cache: PageCache[TimelineRow] = PageCache(PAGE_SIZE)
        self.cursor = 0
        self.widest_date = DATE_CAP  # cells of the longest date shown (known after the rows)
        self.generation = 0
        self.loaded_generation = 0
        self.ready = False
        self._pending: set[int] = set()
        self._wanted: set[int] = set()

    # --- loading ---------------------------------------------------------------------------

    def load(self, flt: TimelineFilter, cursor: int | None = None) -> None:
        """(Re)query the timeline for ``flt``; keep the cursor near ``cursor`` if given."""
        self.filter = flt
        self.generation += 1
        self._pending.clear()
        if not self.ready:
            self.loading = True
        self._load(self.generation, flt, 0 if cursor is None else cursor)

    @work(thread=True, group="timeline-load", exclusive=True, exit_on_error=False)
    def _load(self, generation: int, flt: TimelineFilter, cursor: int) -> None:
        outline = self.source.outline(flt, cursor, PAGE_SIZE)
        self.post_message(_Reset(generation, flt, outline, cursor))
        self.post_message(_Widths(generation, self.source.displays(flt)))  # after the rows

    @work(thread=True, group="timeline-pages", exit_on_error=False)
    def _fetch(self, generation: int, flt: TimelineFilter, page: int) -> None:
        rows = self.source.page(flt, page * PAGE_SIZE, PAGE_SIZE)
        self.post_message(_Page(generation, page, rows))

    def _request(self, page: int) -> None:
        if page < 0 or page * PAGE_SIZE >= self.layout_.events:
            return
        if self.cache.has(page) or page in self._pending:
            return
        self._pending.add(page)
        self._fetch(self.generation, self.filter, page)

    def _want(self, page: int) -> None:
        """Ask for a page from ``render_line``: fetched after this frame, not during it."""
        if not self._wanted:
            self.call_later(self._fetch_wanted)
        self._wanted.add(page)

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, set()
        for page in sorted(wanted):
            self._request(page)

    def _prefetch_around(self, index: int) -> None:
        page = self.cache.page_of(index)
        for p in (page, page + 1, page - 1):
            self._request(p)

    def on__reset(self, message: _Reset) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        outline = message.outline
        self.layout_ = RowLayout(outline.months)
        self.cache.clear()
        if outline.rows:
            self.cache.put(self.cache.page_of(outline.first), outline.rows)
        self.cursor = max(0, min(message.cursor, self.layout_.events - 1))
        self.loaded_generation = message.generation
        self.ready = True
        self.loading = False
        self.virtual_size = Size(self.size.width, self.layout_.lines)
        self.refresh()
        self._scroll_to_cursor()
        self.call_after_refresh(self._scroll_to_cursor)  # once the new height is laid out
        self._prefetch_around(self.cursor)
        self.post_message(TimelineReady(message.filter, self.layout_.events,
                                        [(m, n) for m, n, _ in outline.months]))
        self._announce()

    def on__widths(self, message: _Widths) -> None:
        message.stop()
        if message.generation == self.generation:
            self.widest_date = max((cell_len(d) for d in message.displays), default=0)
            self.refresh()

    def on__page(self, message: _Page) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        self._pending.discard(message.page)
        self.cache.put(message.page, message.rows)
        self.refresh()
        if self.cache.page_of(self.cursor) == message.page:
            self._announce()

    # --- state -----------------------------------------------------------------------------

    @property
    def shown(self) -> int:
        """How many events the view holds."""
        return self.layout_.events

    @property
    def current(self) -> TimelineRow | None:
        """The event under the cursor, if its page is loaded."""
        return self.cache.get(self.cursor) if self.shown else None

    def visible_rows(self) -> list[TimelineRow | Separator | None]:
        """What each line on screen holds now (None for a row still loading)."""
        out: list[TimelineRow | Separator | None] = []
        top = self.scroll_offset.y
        for line in range(top, min(top + self.size.height, self.layout_.lines)):
            item = self.layout_.at_line(line)
            out.append(self.cache.get(item) if isinstance(item, int) else item)
        return out

    def _announce(self) -> None:
        self.post_message(CursorMoved(self.current, self.cursor,
                                      self.layout_.month_of(self.cursor)))

    # --- movement --------------------------------------------------------------------------

    def move_to(self, index: int) -> None:
        """Put the cursor on event ``index`` (clamped) and bring it into view."""
        if not self.shown:
            return
        index = max(0, min(index, self.shown - 1))
        if index == self.cursor:
            return
        old = self.layout_.line_of(self.cursor)
        self.cursor = index
        self.refresh_line(old)
        self.refresh_line(self.layout_.line_of(index))
        self._scroll_to_cursor()
        self._prefetch_around(index)
        self._announce()

    def _scroll_to_cursor(self) -> None:
        line = self.layout_.line_of(self.cursor)
        top = line
        while top > 0 and isinstance(self.layout_.at_line(top - 1), Separator):
            top -= 1
        self.scroll_to_region(Region(0, top, 1, line - top + 1), animate=False, immediate=True)

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + self._page_height())

    def action_page_up(self) -> None:
        self.move_to(self.cursor - self._page_height())

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(self.shown - 1)

    def action_month(self, step: int) -> None:
        self.move_to(self._block_start(step, lambda b: b.month))

    def action_year(self, step: int) -> None:
        self.move_to(self._block_start(step, lambda b: b.month[:4]))

    def _block_start(self, step: int, key: Callable[[Block], str]) -> int:
        """First event of the next/previous month (or year) from the cursor."""
        blocks = self.layout_.blocks
        if not blocks:
            return 0
        here = next(i for i in range(len(blocks) - 1, -1, -1)
                    if blocks[i].first_event <= self.cursor)
        group = key(blocks[here])
        first = here
        while first > 0 and key(blocks[first - 1]) == group:
            first -= 1
        if step < 0:
            if blocks[first].first_event < self.cursor:
                return blocks[first].first_event
            prev = first - 1
            if prev < 0:
                return 0
            group = key(blocks[prev])
            while prev > 0 and key(blocks[prev - 1]) == group:
                prev -= 1
            return blocks[prev].first_event
        nxt = here + 1
        while nxt < len(blocks) and key(blocks[nxt]) == group:
            nxt += 1
        return blocks[nxt].first_event if nxt < len(blocks) else self.cursor

    # --- rendering -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        item = self.layout_.at_line(line)
        if item is None:
            if line == 0 and self.ready and not self.shown:
                style = base + self.get_component_rich_style("timeline--pending")
                note = "  No events here."
                if not self.filter.is_empty:
                    clear = key_of(self.screen, "dashboard.clear")
                    note += f" Press {clear} to clear the filters." if clear else ""
                return Strip([Segment(note, style)]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if isinstance(item, Separator):
            style = base + self.get_component_rich_style(f"timeline--{item.kind}")
            label = f" {item.label} " if item.kind == "year" else f"  {item.label}"
            return Strip([Segment(label, style)]).adjust_cell_length(width, style)
        row = self.cache.get(item)
        if item == self.cursor:
            base = base + self.get_component_rich_style("timeline--cursor")
        if row is None:
            self._want(self.cache.page_of(item))
            style = base + self.get_component_rich_style("timeline--pending")
            return Strip([Segment("  …", style)]).adjust_cell_length(width, base)
        return Strip(self._segments(row, width, base)).adjust_cell_length(width, base)

    def _segments(self, row: TimelineRow, width: int, base: Style) -> list[Segment]:
        flag_style = base + self.get_component_rich_style("timeline--flag")
        marker_style = base + self.get_component_rich_style("timeline--marker")
        flags = ("★" if row.starred else " ") + ("✎" if row.edited else " ")
        markers = []
        if row.sources > 1:
            markers.append(f"×{row.sources}")
        if row.implied:
            markers.append("~")
        if row.conflict:
            markers.append("!")
        tail = " ".join(markers)
        title = strip_controls(row.title).replace("\n", " ")
        people = strip_controls(row.people).replace("\n", " ")
        dates = date_width(self.widest_date, width)
        room = width - 2 - dates - 1 - (cell_len(tail) + 1 if tail else 0) - 1
        title_part = _clip(title, room)
        title_cells = cell_len(title_part)
        people_part = _clip(f" · {people}", room - title_cells) if people else ""
        gap = max(0, room - title_cells - cell_len(people_part))
        shown_date = fit_date(row.display, dates)
        segments = [
            Segment(flags, flag_style),
            Segment(shown_date + " " * (dates - cell_len(shown_date) + 1),
                    base + self.get_component_rich_style("timeline--date")),
            Segment(title_part, base),
            Segment(people_part, base + self.get_component_rich_style("timeline--people")),
            Segment(" " * (gap + 1), base),
        ]
        if tail:
            conflict = base + self.get_component_rich_style("timeline--conflict")
            for i, m in enumerate(markers):
                segments.append(Segment(m, conflict if m == "!" else marker_style))
                if i < len(markers) - 1:
                    segments.append(Segment(" ", base))
            segments.append(Segment(" ", base))
        return segments

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.layout_.lines)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
