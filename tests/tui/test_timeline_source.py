"""The dashboard's database page source and the query functions behind it."""

from __future__ import annotations

from pathlib import Path

from core.filters import TimelineFilter
from core.queries import event_row, iter_events, longest_displays, position_of, refresh_statistics
from core.store import open_db, open_readonly
from tui.db import DatabaseTimeline


def test_the_outline_holds_the_months_the_widest_dates_and_the_page(small_db: Path) -> None:
    source = DatabaseTimeline(small_db)
    outline = source.outline(TimelineFilter(), around=45, page_size=20)
    db = open_db(small_db)
    everything = list(iter_events(db, TimelineFilter()))
    assert outline.events == len(everything) == 60
    assert outline.first == 40 and outline.rows == everything[40:60]
    assert len(source.displays(TimelineFilter())[0]) == max(len(r.display) for r in everything)
    assert source.page(TimelineFilter(), 5, 3) == everything[5:8]
    empty = source.outline(TimelineFilter(text="nothing matches this"), 0, 20)
    assert empty.events == 0 and empty.rows == []
    assert source.displays(TimelineFilter(text="nothing matches this")) == []


def test_longest_displays_follow_the_filter(small_db: Path) -> None:
    db = open_db(small_db)
    person = TimelineFilter(people=("Ana Okafor",))
    shown = {r.display for r in iter_events(db, person)}
    found = longest_displays(db, person, limit=5)
    assert set(found) <= shown
    assert [len(d) for d in found] == sorted((len(d) for d in found), reverse=True)
    assert len(found[0]) == max(len(d) for d in shown)


def test_position_of_is_the_row_number_under_the_filter(small_db: Path) -> None:
    db = open_db(small_db)
    for flt in (TimelineFilter(), TimelineFilter(people=("Quinn Costa",))):
        rows = list(iter_events(db, flt))
        assert [position_of(db, flt, r.id) for r in rows] == list(range(len(rows)))
    hidden_from = TimelineFilter(people=("Quinn Costa",))
    outside = next(r for r in iter_events(db, TimelineFilter())
                   if "Quinn Costa" not in r.people)
    assert position_of(db, hidden_from, outside.id) is None
    assert event_row(db, outside.id) == outside
    assert event_row(db, 10**9) is None


def test_statistics_are_refreshed_once_and_skipped_when_the_file_is_read_only(
        small_db: Path) -> None:
    reader = open_readonly(small_db)
    assert refresh_statistics(reader) is False  # ANALYZE cannot write: skipped, no error
    reader.close()
    db = open_db(small_db)
    assert refresh_statistics(db) is True
    assert refresh_statistics(db) is False  # fresh already
