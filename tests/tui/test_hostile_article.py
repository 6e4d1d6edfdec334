"""An article full of terminal control sequences, from file to screen and to Markdown."""

from __future__ import annotations

import io
import re
from pathlib import Path

from screen_text import screen_text, settle

from core.export import export_timeline
from core.filters import TimelineFilter
from core.pipeline import ingest
from core.store import open_db
from tui.app import create_app

HOSTILE = """---
title: "Port \x1b]0;pwned\x07strike \x1b[2Jends"
published: 2024-05-17T09:30:00-04:00
source: "Harbor \x1b[31mWire\x1b[0m"
url: "https://harborwire.test/hostile"
---
Dock workers\x1b[5m walked off\x1b[0m the job on Wednesday\x1b]52;c;ZWNobyBoaQ==\x07 after \
talks collapsed.\x9b2J Marisol Ventura\x1bP+q\x1b\\ said members will vote on Tuesday.\x07\x08
"""
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


async def test_controls_never_reach_the_screen_or_the_markdown(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    db_path = tmp_path / "t.db"
    db = open_db(db_path)
    summary = ingest(db, [str(tmp_path / "news")])
    assert summary.added == 1
    out = io.StringIO()
    # the walk-off, the vote, and the talks that collapsed before the walk-off ("after ...")
    assert export_timeline(db, TimelineFilter(), "md", out) == 3
    markdown = out.getvalue()
    assert not CONTROL.search(markdown)
    assert "walked off the job" in markdown and "pwned" not in markdown
    db.close()
    app = create_app(db_path, use_user_keymap=False)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "walked off the job" in shown or "vote" in shown
        assert not CONTROL.search(shown)
        assert "pwned" not in shown and "ZWNobyBoaQ" not in shown
