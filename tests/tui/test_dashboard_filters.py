"""Filtering the dashboard: people, sources, search, dates, clearing, and export."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from screen_text import screen_text, settle

from core.filters import TimelineFilter
from core.queries import TimelineRow, count_events, iter_events
from core.store import open_db
from tui.app import DatelineApp
from tui.screens.export import ExportScreen
from tui.widgets.people import SidePanel
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


def _view(app: DatelineApp) -> TimelineView:
    return app.screen.query_one(TimelineView)


def _rows(app: DatelineApp) -> list[TimelineRow]:
    return [r for r in _view(app).visible_rows() if isinstance(r, TimelineRow)]


def _expected(db_path: Path, flt: TimelineFilter) -> list[int]:
    db = open_db(db_path)
    ids = [r.id for r in iter_events(db, flt)]
    db.close()
    return ids


async def _type(pilot: object, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)  # type: ignore[attr-defined]


async def test_picking_a_person_leaves_only_their_events(make_app: AppFactory,
                                                         small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(SidePanel)
        top = panel.people.items[0][0]
        await pilot.press("p", "down", "space")
        await settle(pilot)
        assert app.screen.filter.people == (top,)
        expected = _expected(small_db, TimelineFilter(people=(top,)))
        assert _view(app).shown == len(expected) < 60
        rows = _rows(app)
        assert rows and all(top in r.people for r in rows)
        assert [r.id for r in rows] == expected[:len(rows)]
        assert f"person: {top}" in screen_text(app)
        # a second person, then "all" mode: only events with both
        await pilot.press("down", "space")
        await settle(pilot)
        second = panel.people.items[1][0]
        assert app.screen.filter.people == (top, second)
        any_count = _view(app).shown
        await pilot.press("m")
        await settle(pilot)
        assert app.screen.filter.people_mode == "all"
        both = _expected(small_db, TimelineFilter(people=(top, second), people_mode="all"))
        assert _view(app).shown == len(both) <= any_count


async def test_typing_narrows_the_people_list(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(SidePanel)
        name = panel.people.items[-1][0]
        await pilot.press("p")  # straight into the narrow box: typing narrows at once
        await _type(pilot, name.split()[1].lower())
        await settle(pilot)
        shown = [str(panel.people.get_option_at_index(i).prompt)
                 for i in range(panel.people.option_count)]
        assert shown and all(name.split()[1] in s for s in shown)
        await pilot.press("down", "space")  # into the list, pick the first match
        await settle(pilot)
        assert app.screen.filter.people and name.split()[1] in app.screen.filter.people[0]


async def test_picking_a_source(make_app: AppFactory, small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(SidePanel)
        outlet = panel.sources.items[0][0]
        panel.query_one("#side-tabs").active = "sources-tab"
        panel.sources.focus()
        await pilot.press("space")
        await settle(pilot)
        assert app.screen.filter.sources == (outlet,)
        assert _view(app).shown == len(_expected(small_db, TimelineFilter(sources=(outlet,))))


async def test_search_matches_titles_and_sentences(make_app: AppFactory, small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await _type(pilot, "budget")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.filter.text == "budget"
        expected = _expected(small_db, TimelineFilter(text="budget"))
        assert 0 < _view(app).shown == len(expected) < 60
        assert all("budget" in r.title for r in _rows(app))
        assert 'search: "budget"' in screen_text(app)


async def test_date_filter_by_range_and_by_phrase(make_app: AppFactory, small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await _type(pilot, "2023-11..2023-12")
        await pilot.press("enter")
        await settle(pilot)
        flt = app.screen.filter
        assert (flt.date_from, flt.date_to) == (date(2023, 11, 1), date(2023, 12, 31))
        rows = _rows(app)
        assert rows and all(r.date_end >= date(2023, 11, 1) and r.date_start <= date(2023, 12, 31)
                            for r in rows)
        assert _view(app).shown == len(_expected(small_db, flt))
        # a phrase, against the frozen clock (1 June 2024)
        await pilot.press("d", "ctrl+u")
        await _type(pilot, "last year")
        await pilot.press("enter")
        await settle(pilot)
        flt = app.screen.filter
        assert (flt.date_from, flt.date_to) == (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(("typed", "reason"), [
    ("whenever", "cannot read"),
    ("2024-06..2024-01", "the range ends before it starts"),  # reversed (issue 10)
])
async def test_a_bad_date_is_refused_with_a_reason(
        make_app: AppFactory, typed: str, reason: str) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await _type(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        assert reason in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert (app.screen.filter.date_from, app.screen.filter.date_to) == (None, None)


async def test_clear_removes_every_filter(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("p", "down", "space", "t", "slash")
        await _type(pilot, "the")
        await pilot.press("enter")
        await settle(pilot)
        assert not app.screen.filter.is_empty
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.filter.is_empty
        assert _view(app).shown == 60
        assert app.screen.query_one(SidePanel).people.picked == set()
        assert "all events" in screen_text(app)


async def test_export_dialog_writes_exactly_the_shown_events(make_app: AppFactory,
                                                             small_db: Path,
                                                             tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "view.json"
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await _type(pilot, "budget")
        await pilot.press("enter")
        await settle(pilot)
        shown = _view(app).shown
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-format").value = "json"
        app.screen.query_one("#export-path").value = str(out)
        await pilot.click("#export-go")
        await settle(pilot)
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    db = open_db(small_db)
    assert len(events) == shown == count_events(db, TimelineFilter(text="budget"))
    db.close()
    assert [e["id"] for e in events] == _expected(small_db, TimelineFilter(text="budget"))
