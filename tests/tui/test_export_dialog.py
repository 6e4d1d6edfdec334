"""The dashboard's export dialog never destroys a file (issue 10): it refuses the open
database, asks before replacing a file, and writes through a temporary file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from screen_text import screen_text, settle
from textual.pilot import Pilot

import tui.screens.actions
from core.store import open_db
from tui.app import DatelineApp
from tui.screens.export import ExportScreen

AppFactory = Callable[..., DatelineApp]


async def _open_dialog(pilot: Pilot[None], app: DatelineApp, path: Path) -> None:
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, ExportScreen)
    app.screen.query_one("#export-format").value = "json"  # type: ignore[attr-defined]
    await pilot.pause()
    app.screen.query_one("#export-path").value = str(path)  # type: ignore[attr-defined]
    await pilot.pause()


def _event_count(db_path: Path) -> int:
    db = open_db(db_path)
    try:
        return int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        db.close()


async def test_export_refuses_the_open_database(make_app: AppFactory, small_db: Path) -> None:
    assert small_db.read_bytes().startswith(b"SQLite format 3")
    events = _event_count(small_db)
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await _open_dialog(pilot, app, small_db)
        for _ in range(2):  # not even when asked twice
            await pilot.pause(0.3)
            await pilot.click("#export-go")
            await settle(pilot)
            assert isinstance(app.screen, ExportScreen)
            assert "open database" in screen_text(app)
    assert small_db.read_bytes().startswith(b"SQLite format 3")
    assert _event_count(small_db) == events > 0


async def test_export_refuses_the_database_journal(make_app: AppFactory, small_db: Path) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await _open_dialog(pilot, app, Path(f"{small_db}-wal"))
        await pilot.click("#export-go")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert "open database" in screen_text(app)


async def test_export_asks_before_replacing_a_file(make_app: AppFactory, tmp_path: Path) -> None:
    out = tmp_path / "mine.json"
    out.write_text("my own notes", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await _open_dialog(pilot, app, out)
        await pilot.click("#export-go")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)  # asked, not written
        assert "already exists" in screen_text(app)
        assert out.read_text(encoding="utf-8") == "my own notes"
        await pilot.pause(0.3)  # a button ignores a second press while it still shows the first
        await pilot.click("#export-go")  # the user confirms
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert json.loads(out.read_text(encoding="utf-8"))["events"]


async def test_a_failed_export_leaves_the_old_file_whole(
    make_app: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "mine.json"
    out.write_text("my own notes", encoding="utf-8")

    def half_then_fail(db: Any, flt: Any, fmt: str, stream: Any, **kwargs: Any) -> int:
        stream.write('{"events": [')
        raise ValueError("disk trouble")

    monkeypatch.setattr(tui.screens.actions, "export_timeline", half_then_fail)
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await _open_dialog(pilot, app, out)
        await pilot.click("#export-go")
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.click("#export-go")
        await settle(pilot)
    assert out.read_text(encoding="utf-8") == "my own notes"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
