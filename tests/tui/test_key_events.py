"""The dashboard's key-events view: one key toggles all events / the N most important, N
steps with + and -, and the counts, people and density strip follow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from screen_text import screen_text, settle

from core.queries import TimelineRow
from core.store import open_db
from tui.app import DatelineApp
from tui.screens.dashboard import KEY_EVENTS, DashboardScreen
from tui.widgets.density import DensityStrip
from tui.widgets.people import SidePanel
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


def _most_important(db_path: Path, n: int) -> set[int]:
    """The ids of the n most important shown events, ranked here on their own."""
    db = open_db(db_path)
    rows = db.execute("SELECT id, importance, sources, date_start FROM events WHERE hidden = 0"
                      ).fetchall()
    db.close()
    rows.sort(key=lambda r: (-r[1], -r[2], r[3], r[0]))
    return {r[0] for r in rows[:n]}


def _all_rows(view: TimelineView) -> list[TimelineRow]:
    rows = [view.cache.get(i) for i in range(view.shown)]
    assert all(r is not None for r in rows)
    return [r for r in rows if r is not None]


async def test_one_key_shows_the_key_events_and_back(make_app: AppFactory,
                                                     small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        view = screen.query_one(TimelineView)
        await pilot.press("i")
        await settle(pilot)
        assert screen.filter.top == KEY_EVENTS == view.shown
        rows = _all_rows(view)
        assert {r.id for r in rows} == _most_important(small_db, KEY_EVENTS)
        assert [r.date_start for r in rows] == sorted(r.date_start for r in rows)  # by date
        assert f"key events: top {KEY_EVENTS}  ·  {KEY_EVENTS} of 60 events" in screen_text(app)
        # the density strip and the people counts are the key events' own
        assert sum(n for _, n in screen.query_one(DensityStrip).months) == KEY_EVENTS
        counts = dict(screen.query_one(SidePanel).people.items)
        named = {name for r in rows for name in r.people.split(", ")}
        assert set(counts) <= named
        assert all(counts[name] == sum(name in r.people.split(", ") for r in rows)
                   for name in counts)
        await pilot.press("i")
        await settle(pilot)
        assert screen.filter.top is None and view.shown == 60
        assert "all events  ·  60 events" in screen_text(app)


async def test_plus_and_minus_step_the_number_of_key_events(make_app: AppFactory,
                                                            small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        view = screen.query_one(TimelineView)
        await pilot.press("minus")  # not in the key-events view: nothing changes
        await settle(pilot)
        assert screen.filter.top is None and view.shown == 60
        await pilot.press("i", "minus", "minus")
        await settle(pilot)
        assert screen.filter.top == 10 == view.shown
        assert {r.id for r in _all_rows(view)} == _most_important(small_db, 10)
        await pilot.press("minus")  # 10 is the fewest
        await settle(pilot)
        assert view.shown == 10
        await pilot.press("plus", "plus", "plus")
        await settle(pilot)
        assert screen.filter.top == 50 == view.shown
        await pilot.press("plus")  # 100 asked, the timeline holds 60
        await settle(pilot)
        assert screen.filter.top == 100 and view.shown == 60
        assert "key events: top 100  ·  60 events" in screen_text(app)


async def test_the_cursor_stays_on_its_event_across_the_switch(make_app: AppFactory,
                                                               small_db: Path) -> None:
    app = make_app()
    key = _most_important(small_db, KEY_EVENTS)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        view.focus()
        while view.current is not None and (view.current.id not in key or view.cursor < 5):
            await pilot.press("j")
        await settle(pilot)
        here = view.current
        assert here is not None
        await pilot.press("i")
        await settle(pilot)
        assert view.current is not None and view.current.id == here.id
        await pilot.press("i")
        await settle(pilot)
        assert view.current is not None and view.current.id == here.id


async def test_the_key_events_combine_with_a_person_filter(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        person = screen.query_one(SidePanel).people.items[0][0]
        await pilot.press("p", "down", "space", "t", "i", "minus", "minus")
        await settle(pilot)
        view = screen.query_one(TimelineView)
        assert screen.filter.people == (person,) and screen.filter.top == 10
        rows = _all_rows(view)
        assert len(rows) == 10 and all(person in r.people for r in rows)
        assert f"key events: top 10 · person: {person}" in screen_text(app)
