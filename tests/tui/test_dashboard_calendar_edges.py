"""The dashboard's date fix at the edges of the calendar (issue 10): a value no export can
write (it runs past 31 Dec 9999) is refused with a clear line; the calendar's last day is
accepted and the view still exports."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from screen_text import screen_text, settle

from core.export import export_timeline
from core.filters import TimelineFilter
from core.store import open_db
from tui.app import DatelineApp
from tui.screens.prompt import PromptScreen
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


async def _type(pilot: object, text: str) -> None:
    for ch in text:
        await pilot.press(ch)  # type: ignore[attr-defined]


async def test_fix_date_refuses_a_week_past_the_calendar_and_takes_its_last_day(
        make_app: AppFactory, small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 34)) as pilot:
        await settle(pilot)
        row = app.screen.query_one(TimelineView).current
        assert row is not None
        await pilot.press("f")
        await settle(pilot)
        await _type(pilot, "9999-W52")
        await settle(pilot)
        assert "9999-W52 reaches outside the calendar" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)  # refused: still asking
        for _ in "9999-W52":
            await pilot.press("backspace")
        await _type(pilot, "9999-12-31")
        await settle(pilot)
        assert "31 Dec 9999" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, PromptScreen)
        assert "Date set to 31 Dec 9999" in [n.message for n in app._notifications]
    db = open_db(small_db)
    for fmt in ("ics", "timelinejs"):
        assert export_timeline(db, TimelineFilter(), fmt, io.StringIO()) == db.execute(
            "SELECT count(*) FROM events WHERE hidden = 0").fetchone()[0]
    db.close()
