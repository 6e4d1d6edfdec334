"""The planner statistics the dashboard makes sure of on first open."""

from __future__ import annotations

from pathlib import Path

from dbfactory import build_db

from core.store import ensure_statistics, open_db


def test_statistics_are_made_once_and_redone_when_the_timeline_grows(tmp_path: Path) -> None:
    path = build_db(tmp_path / "s.db", events=40)
    db = open_db(path)
    assert ensure_statistics(db) is True
    assert ensure_statistics(db) is False
    db.execute("UPDATE events SET hidden = 1 WHERE id < 5")
    assert ensure_statistics(db) is False  # same size: still fine
    db.conn.executemany(
        "INSERT INTO events(event_key, title, sentence, expression, date_value, granularity,"
        " rank, date_start, date_end, display, confidence, sources, people, implied)"
        " VALUES (?, 't', 's', 'e', '2024-01-01', 'day', 8, '2024-01-01', '2024-01-01',"
        " '1 Jan 2024', 0.5, 1, '', 0)", [(f"k{i}",) for i in range(100)])
    assert ensure_statistics(db) is True
    db.close()
