"""User corrections: dates by value or phrase, stars, hides, undo, and surviving a rebuild."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from dbfactory import build_db

from core import triage
from core.daterange import resolve_phrase
from core.filters import TimelineFilter
from core.queries import count_events, event_detail
from core.store import open_db

ANCHOR = datetime(2024, 3, 14, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("triage") / "t.db", events=30, people=5, articles=4)


@pytest.fixture
def db(master: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.db"
    shutil.copy(master, path)
    conn = open_db(path)
    yield conn
    conn.close()


@pytest.mark.parametrize(("text", "value"), [
    ("2023-11", "2023-11"), ("2024-W20", "2024-W20"), ("2024-05-17", "2024-05-17"),
    ("yesterday", "2024-03-13"), ("last month", "2024-02"), ("next year", "2025"),
    ("November 2023", "2023-11"),
])
def test_resolve_phrase_reads_values_and_phrases(text: str, value: str) -> None:
    found = resolve_phrase(text, ANCHOR)
    assert found is not None and found.date.value == value
    assert found.explanation


def test_resolve_phrase_counts_back_from_the_anchor() -> None:
    found = resolve_phrase("3 weeks ago", ANCHOR)
    assert found is not None and date(2024, 2, 18) <= found.date.start <= date(2024, 2, 26)


def test_resolve_phrase_refuses_nonsense() -> None:
    assert resolve_phrase("whenever", ANCHOR) is None
    assert resolve_phrase("  ", ANCHOR) is None


def test_set_date_updates_the_event_and_stores_it_by_report_key(db) -> None:  # type: ignore[no-untyped-def]
    keys = [r[0] for r in db.execute(
        "SELECT r.report_key FROM event_reports er JOIN reports r ON r.id = er.report_id"
        " WHERE er.event_id = 1").fetchall()]
    assert triage.set_date(db, 1, "2023-11")
    detail = event_detail(db, 1)
    assert detail is not None
    assert (detail.row.display, detail.row.edited) == ("Nov 2023", True)
    assert detail.row.date_start == date(2023, 11, 1)
    stored = {r[0]: r[1] for r in db.execute("SELECT report_key, date_value FROM user_events")}
    assert stored == dict.fromkeys(keys, "2023-11")
    assert not triage.set_date(db, 1, "not a date")
    assert not triage.set_date(db, 99999, "2023-11")


def test_phrases_resolve_against_the_article_publish_date(db) -> None:  # type: ignore[no-untyped-def]
    anchor = triage.event_anchor(db, 1)
    assert anchor is not None and anchor.tzinfo is not None
    found = resolve_phrase("yesterday", anchor)
    assert found is not None
    assert found.date.start.isoformat() < anchor.date().isoformat()


def test_star_hide_and_undo_in_order(db) -> None:  # type: ignore[no-untyped-def]
    shown = count_events(db, TimelineFilter())
    assert triage.star(db, 2) is True
    assert triage.hide(db, 2) is True
    assert count_events(db, TimelineFilter()) == shown - 1
    assert count_events(db, TimelineFilter(starred_only=True, include_hidden=True)) == 1
    undone = triage.undo(db)
    assert undone is not None and (undone.kind, undone.event_id) == ("hide", 2)
    assert count_events(db, TimelineFilter()) == shown
    assert triage.undo(db) is not None
    assert count_events(db, TimelineFilter(starred_only=True)) == 0
    assert db.execute("SELECT count(*) FROM user_events").fetchone()[0] == 0
    assert triage.undo(db) is None


def test_undo_restores_the_original_date(db) -> None:  # type: ignore[no-untyped-def]
    before = event_detail(db, 3)
    assert before is not None
    triage.set_date(db, 3, "2020")
    triage.undo(db)
    after = event_detail(db, 3)
    assert after is not None and after.row == before.row


def test_toggles_flip_and_a_missing_event_is_none(db) -> None:  # type: ignore[no-untyped-def]
    assert triage.star(db, 4) is True
    assert triage.star(db, 4) is False
    assert triage.star(db, 4, on=True) is True
    assert triage.hide(db, 123456) is None


def test_corrections_survive_a_rebuild(db) -> None:  # type: ignore[no-untyped-def]
    from core.rebuild import rebuild

    title = event_detail(db, 5).row.title  # type: ignore[union-attr]
    triage.set_date(db, 5, "2022-Q2")
    triage.star(db, 5)
    rebuild(db)
    found = db.execute("SELECT display, edited, starred FROM events WHERE title = ?",
                       [title]).fetchall()
    assert ("Q2 2022", 1, 1) in found
