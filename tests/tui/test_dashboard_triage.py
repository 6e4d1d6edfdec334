"""Correcting the timeline from the dashboard: fix a date, star, hide, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from screen_text import screen_text, settle

from core.store import open_db
from tui.app import DatelineApp
from tui.screens.prompt import PromptScreen
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


def _view(app: DatelineApp) -> TimelineView:
    return app.screen.query_one(TimelineView)


async def _type(pilot: object, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)  # type: ignore[attr-defined]


async def test_fixing_a_date_previews_then_saves(make_app: AppFactory, small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        row = _view(app).current
        assert row is not None
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        await _type(pilot, "2024-05-17")
        await settle(pilot)
        assert "17 May 2024" in screen_text(app)  # the resolution, before saving
        await pilot.press("enter")
        await settle(pilot)
        moved = _view(app).current
        assert moved is not None and moved.id == row.id
        assert moved.display == "17 May 2024" and moved.edited
        assert "✎" in screen_text(app)
    db = open_db(small_db)
    assert db.execute("SELECT count(*) FROM user_events WHERE date_value = '2024-05-17'"
                      ).fetchone()[0] >= 1
    db.close()


async def test_fixing_a_date_with_a_phrase_reads_it_against_the_article(
        make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        await _type(pilot, "next month")
        await settle(pilot)
        assert "→" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        row = _view(app).current
        assert row is not None and row.edited and row.granularity == "month"


async def test_star_hide_and_undo(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        view = _view(app)
        await pilot.press("j")
        await settle(pilot)
        first = view.current
        assert first is not None
        await pilot.press("s")
        await settle(pilot)
        assert view.current is not None and view.current.starred
        assert "★" in screen_text(app)
        await pilot.press("h")
        await settle(pilot)
        assert view.shown == 59
        assert view.current is not None and view.current.id != first.id
        await pilot.press("u")
        await settle(pilot)
        assert view.shown == 60
        assert view.current is not None and view.current.id == first.id
        assert view.current.starred
        await pilot.press("u")
        await settle(pilot)
        assert view.current is not None and not view.current.starred
        await pilot.press("u")
        await settle(pilot)
        assert any("Nothing to undo" in n.message for n in app._notifications)
