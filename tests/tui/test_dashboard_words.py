"""What the dashboard says in words: counts in the singular when there is one, publish dates
without an invented time."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from screen_text import screen_text, settle

from core.filters import TimelineFilter
from core.queries import count_events, iter_events
from core.store import open_db
from tui.app import DatelineApp
from tui.screens.export import ExportScreen
from tui.text import counted
from tui.widgets.detail import published_text

AppFactory = Callable[..., DatelineApp]


def test_counts_take_the_singular_for_one() -> None:
    assert counted(1, "event") == "1 event"
    assert counted(0, "event") == "0 events"
    assert counted(12345, "shown event") == "12,345 shown events"
    assert counted(2, "person", "people") == "2 people"


def test_a_date_only_publish_date_has_no_time() -> None:
    assert published_text("2024-05-17T00:00:00-04:00") == "17 May 2024"
    assert published_text("2024-05-17T09:30:00+02:00") == "17 May 2024 09:30"
    assert published_text("2024-05-17T00:00:30+00:00") == "17 May 2024 00:00"  # a real time
    assert published_text("not a date") == "not a date"


def _lone_word(db: sqlite_utils.Database) -> str:
    """A word that a search finds in exactly one event."""
    words = {w.strip("().,").lower() for r in iter_events(db, TimelineFilter())
             for w in r.title.split()}
    return min(w for w in words if w.isalpha()
               and count_events(db, TimelineFilter(text=w)) == 1)


async def test_one_shown_event_reads_in_the_singular(make_app: AppFactory) -> None:
    app = make_app()
    db = open_db(app.db_path)
    word = _lone_word(db)
    db.close()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word, "enter")
        await settle(pilot)
        assert "1 of 60 events" in screen_text(app)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert "Export the 1 shown event" in screen_text(app)
        assert "shown events" not in screen_text(app)
