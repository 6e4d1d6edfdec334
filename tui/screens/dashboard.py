"""The dashboard: filter bar, people and sources, the timeline, its density and the detail.

This screen owns the one :class:`TimelineFilter`; panels ask for changes with messages, and
every query runs in a thread worker with its own connection.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from time import monotonic
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from core.daterange import DateRange, parse_range
from core.filters import TimelineFilter
from core.queries import (
    count_events,
    event_detail,
    index_of_date,
    people_counts,
    position_of,
    refresh_statistics,
    source_counts,
)
from tui.clock import Clock
from tui.db import DatabaseTimeline, connect
from tui.messages import CursorMoved, DetailLoaded, FilterChanged, PeopleLoaded, TimelineReady
from tui.screens.actions import EventActions
from tui.screens.prompt import PromptScreen
from tui.widgets.density import DensityStrip
from tui.widgets.detail import DetailPane
from tui.widgets.filterbar import FilterBar
from tui.widgets.people import SidePanel
from tui.widgets.timeline import TimelineView

DETAIL_DELAY = 0.06  # seconds the cursor must rest, while keys repeat, before detail loads
KEY_EVENT_STEPS = (10, 20, 30, 50, 100, 200, 500, 1000)  # how many key events + and - offer
KEY_EVENTS = 30  # shown first: about a newsroom timeline box


def _read_range(read: dict[str, DateRange], text: str, now: datetime) -> DateRange | None:
    """What the prompt's preview read for ``text``, or, when Enter came before the preview
    ran, the text read now (``None`` when it is not a date range)."""
    if (found := read.get(text.strip())) is not None:
        return found
    try:
        return parse_range(text, now)
    except ValueError:
        return None


class DashboardScreen(EventActions, Screen[None]):
    """The main screen."""

    AUTO_FOCUS = "#timeline"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search",
                tooltip="Search titles and sentences", id="dashboard.search"),
        Binding("d", "dates", "Dates",
                tooltip="Filter by dates", id="dashboard.dates"),
        Binding("x", "clear", "Clear filters",
                tooltip="Clear all filters", id="dashboard.clear"),
        Binding("e", "export", "Export",
                tooltip="Export the current view", id="dashboard.export"),
        Binding("r", "refresh", "Refresh",
                tooltip="Refresh (re-query the database)", show=False, id="dashboard.refresh"),
        Binding("f", "fix_date", "Fix date",
                tooltip="Correct the date of this event", id="dashboard.fix_date"),
        Binding("s", "star", "Star",
                tooltip="Star or unstar this event", id="dashboard.star"),
        Binding("h", "hide", "Hide",
                tooltip="Hide or show this event", show=False, id="dashboard.hide"),
        Binding("u", "undo", "Undo",
                tooltip="Undo the last correction", show=False, id="dashboard.undo"),
        Binding("y", "copy", "Copy as Markdown",
                tooltip="Copy this event as Markdown", show=False, id="dashboard.copy"),
        Binding("p", "focus_people", "People",
                tooltip="Focus the people list", show=False, id="dashboard.people"),
        Binding("t", "focus_timeline", "Timeline",
                tooltip="Focus the timeline", show=False, id="dashboard.timeline"),
        Binding("colon", "goto_date", "Go to date",
                tooltip="Go to a date", show=False, id="dashboard.goto"),
        Binding("i", "key_events", "Key events",
                tooltip="Toggle all events / the most important ones",
                id="dashboard.key_events"),
        Binding("plus", "key_events_step(1)", "More key events",
                tooltip="Show more key events", show=False, id="dashboard.more_key_events"),
        Binding("minus", "key_events_step(-1)", "Fewer key events",
                tooltip="Show fewer key events", show=False, id="dashboard.fewer_key_events"),
    ]

    def __init__(self, db_path: Path, clock: Clock, export_dir: Path) -> None:
        super().__init__()
        # below 76 columns the side panel gives way to the timeline (the palette still filters)
        self.HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (76, "-normal"), (150, "-wide")]
        self.db_path = db_path
        self.clock = clock
        self.export_dir = export_dir
        self.filter = TimelineFilter()
        self.top_n = KEY_EVENTS  # how many the key-events view shows
        self.total: int | None = None
        self.people_names: list[str] = []
        self.source_names: list[str] = []
        self._counted: TimelineFilter | None = None
        self._last_move = 0.0
        self._detail_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield FilterBar(id="filter-bar")
        with Horizontal(id="body"):
            yield SidePanel(id="side")
            with Vertical(id="main"):
                yield TimelineView(DatabaseTimeline(self.db_path), id="timeline")
                yield DensityStrip(id="density")
                yield DetailPane(id="detail")
        yield Footer()

    @property
    def timeline(self) -> TimelineView:
        """The timeline widget."""
        return self.query_one(TimelineView)

    def on_mount(self) -> None:
        self.query_one(FilterBar).show(self.filter, None, None)
        self.query_one(SidePanel).loading = True
        self.timeline.load(self.filter)
        self._statistics()

    @work(thread=True, group="statistics", exit_on_error=False)
    def _statistics(self) -> None:
        """Planner statistics for fast filters, beside the first load (never blocking it)."""
        with connect(self.db_path) as db:
            refresh_statistics(db)  # an ingest is writing: skipped, done on a later open

    # --- the filter ------------------------------------------------------------------------

    def set_filter(self, flt: TimelineFilter, cursor: int | None = None) -> None:
        """Show the timeline under ``flt``."""
        self.filter = flt
        self.query_one(FilterBar).show(flt, None, self.total)
        self.query_one(SidePanel).sync(flt.people, flt.people_mode, flt.sources)
        self.timeline.load(flt, cursor)

    def reload(self, cursor: int | None = None) -> None:
        """Re-query everything under the current filter (after a change or an ingest)."""
        self._counted = None
        self.total = None
        self.set_filter(self.filter, self.timeline.cursor if cursor is None else cursor)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A query or a write failed (a locked or damaged database): say so, keep running."""
        if event.state is WorkerState.ERROR:
            self.timeline.loading = False
            self.query_one(SidePanel).loading = False
            error = event.worker.error
            self.notify(f"{type(error).__name__}: {error}", title="Database", severity="error",
                        timeout=8)

    @on(FilterChanged)
    def _filter_changed(self, message: FilterChanged) -> None:
        self.set_filter(self.filter.with_(**message.changes))

    def _count_people(self, flt: TimelineFilter) -> None:
        """Recount people (after the timeline, which comes first) unless nothing changed.

        Counts ignore the people filter itself, so picking people never recounts.
        """
        basis = flt.with_(people=(), people_mode="any")
        if basis == self._counted and self.total is not None and self.source_names:
            return
        self._counted = basis
        self._load_people(basis)

    @work(thread=True, group="people", exclusive=True, exit_on_error=False)
    def _load_people(self, flt: TimelineFilter) -> None:
        with connect(self.db_path) as db:
            total = count_events(db, TimelineFilter()) if self.total is None else self.total
            people = people_counts(db, flt if not flt.is_empty else None)
            sources = source_counts(db) if not self.source_names else None
        self.total = total
        self.post_message(PeopleLoaded(people, sources or []))

    @on(PeopleLoaded)
    def _people_loaded(self, message: PeopleLoaded) -> None:
        panel = self.query_one(SidePanel)
        panel.loading = False
        if not self.people_names or self.filter.is_empty:
            self.people_names = [p.name for p in message.people]
        if message.sources:
            self.source_names = [s for s, _ in message.sources]
            panel.sources.fill(message.sources)
        panel.people.fill([(p.name, p.events) for p in message.people])
        if self.timeline.ready:
            self.query_one(FilterBar).show(self.filter, self.timeline.shown, self.total)

    @on(TimelineReady)
    def _timeline_ready(self, message: TimelineReady) -> None:
        self._count_people(message.filter)
        self.query_one(FilterBar).show(message.filter, message.shown, self.total)
        self.query_one(DensityStrip).show(message.months)
        if not message.shown:
            self.query_one(DetailPane).show(None)

    @on(CursorMoved)
    def _cursor_moved(self, message: CursorMoved) -> None:
        self.query_one(DensityStrip).mark(message.month)
        if message.row is None:
            return
        # One move loads the detail at once; while keys repeat, only the last one does.
        now = monotonic()
        rapid = now - self._last_move < DETAIL_DELAY
        self._last_move = now
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        if rapid:
            self._detail_timer = self.set_timer(DETAIL_DELAY, partial(self._detail_due,
                                                                      message.row.id))
        else:
            self._load_detail(message.row.id)

    def _detail_due(self, event_id: int) -> None:
        self._detail_timer = None
        self._load_detail(event_id)

    @property
    def detail_pending(self) -> bool:
        """True while a repeated key's detail load waits for the cursor to rest."""
        return self._detail_timer is not None

    @work(thread=True, group="detail", exclusive=True, exit_on_error=False)
    def _load_detail(self, event_id: int) -> None:
        with connect(self.db_path) as db:
            detail = event_detail(db, event_id)
        self.post_message(DetailLoaded(detail))

    @on(DetailLoaded)
    def _detail_loaded(self, message: DetailLoaded) -> None:
        current = self.timeline.current
        if message.detail is None or (current and current.id == message.detail.row.id):
            self.query_one(DetailPane).show(message.detail)

    # --- filter actions --------------------------------------------------------------------

    def action_search(self) -> None:
        def done(text: str | None) -> None:
            if text is not None:
                self.set_filter(self.filter.with_(text=text))

        self.app.push_screen(PromptScreen("Search titles and sentences", "words to find",
                                          self.filter.text), done)

    def action_dates(self) -> None:
        read: dict[str, DateRange] = {}  # the preview (a worker) reads; Enter reuses it

        def preview(text: str) -> tuple[bool, str]:
            try:
                found = read[text.strip()] = parse_range(text, self.clock())
            except ValueError as exc:
                return False, str(exc)
            return True, f"events from {found.describe()}"

        def done(text: str | None) -> None:
            if text is None:
                return
            found = _read_range(read, text, self.clock()) if text else DateRange(None, None)
            if found is not None:
                self.set_filter(self.filter.with_(date_from=found.start, date_to=found.end))

        current = ""
        if self.filter.date_from or self.filter.date_to:
            current = f"{self.filter.date_from or ''}..{self.filter.date_to or ''}"
        self.app.push_screen(PromptScreen(
            "Dates", "2023-11..2024-05, 2024, last year, ..2024-03", current,
            preview=preview), done)

    def action_goto_date(self) -> None:
        read: dict[str, DateRange] = {}

        def preview(text: str) -> tuple[bool, str]:
            try:
                found = read[text.strip()] = parse_range(text, self.clock())
            except ValueError as exc:
                return False, str(exc)
            return (found.start is not None,
                    f"first event from {found.start}" if found.start else "give a start date")

        def done(text: str | None) -> None:
            found = _read_range(read, text, self.clock()) if text else None
            if found is not None and found.start is not None:
                self._goto(self.filter, found.start)

        self.app.push_screen(PromptScreen("Go to date", "2024-03, 15 March 2024, last week",
                                          preview=preview, allow_empty=False), done)

    @work(thread=True, group="goto", exclusive=True, exit_on_error=False)
    def _goto(self, flt: TimelineFilter, day: date) -> None:
        with connect(self.db_path) as db:
            index = index_of_date(db, flt, day)
        self.app.call_from_thread(self.timeline.move_to, index)

    def action_key_events(self) -> None:
        """Toggle between every event and the key events (the most important ones)."""
        self._switch(self.filter.with_(top=None if self.filter.top is not None
                                       else self.top_n))

    def action_key_events_step(self, step: int) -> None:
        """Show the next larger (``step`` 1) or smaller (-1) number of key events."""
        if self.filter.top is None:
            self.notify("Switch to the key events first.", timeout=3)
            return
        larger = [n for n in KEY_EVENT_STEPS if n > self.top_n]
        smaller = [n for n in KEY_EVENT_STEPS if n < self.top_n]
        if not (larger if step > 0 else smaller):
            return
        self.top_n = larger[0] if step > 0 else smaller[-1]
        self._switch(self.filter.with_(top=self.top_n))

    def _switch(self, flt: TimelineFilter) -> None:
        """Show ``flt`` with the cursor on the same event, or the first shown from its date."""
        current = self.timeline.current
        if current is None:
            self.set_filter(flt)
        else:
            self._switch_at(flt, current.id, current.date_start)

    @work(thread=True, group="switch", exclusive=True, exit_on_error=False)
    def _switch_at(self, flt: TimelineFilter, event_id: int, day: date) -> None:
        with connect(self.db_path) as db:
            index = position_of(db, flt, event_id)
            if index is None:
                index = index_of_date(db, flt, day)
        self.app.call_from_thread(self.set_filter, flt, index)

    def action_clear(self) -> None:
        self.set_filter(TimelineFilter())

    def action_refresh(self) -> None:
        self.source_names = []
        self.total = None
        self._counted = None
        self.reload()

    def action_focus_people(self) -> None:
        self.query_one(SidePanel).focus_narrow()

    def action_focus_timeline(self) -> None:
        self.timeline.focus()

    def action_focus_detail(self) -> None:
        self.query_one(DetailPane).focus()
