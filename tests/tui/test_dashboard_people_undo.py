"""Undoing a people edit from the dashboard (issue 10): ``u`` in the people list forgets the
latest merge, split or hide, rebuilds in a worker and says what it undid."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from screen_text import settle

from core.people.edits import merge_people
from core.queries import people_counts
from core.rebuild import rebuild
from core.store import open_db
from tui.app import DatelineApp
from tui.widgets.people import SidePanel

AppFactory = Callable[..., DatelineApp]


def _merged_copy(sample_db_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "people.db"
    shutil.copy(sample_db_path, path)
    db = open_db(path)
    merge_people(db, "Owen Halvorsen", "Priya Lindqvist")
    rebuild(db)
    db.close()
    return path


def _listed(app: DatelineApp) -> set[str]:
    return {name for name, _ in app.screen.query_one(SidePanel).people.items}


def _notes(app: DatelineApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_u_in_the_people_list_undoes_the_latest_merge(
        make_app: AppFactory, sample_db_path: Path, tmp_path: Path) -> None:
    path = _merged_copy(sample_db_path, tmp_path)
    app = make_app(db=path)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        assert "Owen Halvorsen" not in _listed(app)
        await pilot.press("p", "down")  # into the people list
        await settle(pilot)
        assert app.screen.focused is app.screen.query_one(SidePanel).people
        await pilot.press("u")
        await settle(pilot)
        assert "Owen Halvorsen" in _listed(app)
        assert "Undid the merge of Owen Halvorsen into Priya Lindqvist" in _notes(app)
        await pilot.press("u")
        await settle(pilot)
        assert "No people edit to undo" in _notes(app)
    db = open_db(path)
    assert db["user_people"].count == 0
    assert "Owen Halvorsen" in {p.name for p in people_counts(db)}
    db.close()


async def test_u_on_the_timeline_still_undoes_event_corrections(
        make_app: AppFactory, sample_db_path: Path, tmp_path: Path) -> None:
    path = _merged_copy(sample_db_path, tmp_path)
    app = make_app(db=path)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "Nothing to undo" in _notes(app)
    db = open_db(path)
    assert db["user_people"].count == 1  # the merge stays
    db.close()
