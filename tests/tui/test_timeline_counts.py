"""The timeline's counts, pages and positions agree with its rows under every kind of filter,
and a large timeline is read through its indexes (month counts on the timeline index, events
picked by id through ``events_ids``), never by grouping or reading the whole table."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from dbfactory import build_db

from core.filters import TimelineFilter
from core.models import GRANULARITY_RANK, Granularity
from core.queries import (
    count_events,
    index_of_date,
    iter_events,
    longest_displays,
    month_grain_counts,
    page_events,
    position_of,
)
from core.store import open_db

FILTERS = {
    "everything": TimelineFilter(),
    "hidden included": TimelineFilter(include_hidden=True),
    "dates": TimelineFilter(date_from=date(2023, 11, 10), date_to=date(2024, 2, 20)),
    "starred": TimelineFilter(starred_only=True),
    "confidence": TimelineFilter(min_confidence=0.8),
    "person": TimelineFilter(people=("Ana Okafor",)),
    "people, all": TimelineFilter(people=("Ana Okafor", "Quinn Costa"), people_mode="all"),
    "outlet": TimelineFilter(sources=("Harbor Gazette",)),
    "search": TimelineFilter(text="pension"),
    "common word": TimelineFilter(text="the"),  # most events: paged by walking the timeline
    "common word, hidden too": TimelineFilter(text="the", include_hidden=True),
    "search in dates": TimelineFilter(text="court", date_to=date(2024, 1, 31)),
    "key events": TimelineFilter(top=25),
    "nothing": TimelineFilter(text="no such words anywhere"),
}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 events over nine months, a few hidden and starred."""
    path = build_db(tmp_path_factory.mktemp("counts") / "c.db", events=400, people=12,
                    articles=20)
    db = open_db(path)
    db.execute("UPDATE events SET hidden = 1 WHERE id % 17 = 0")
    db.execute("UPDATE events SET starred = 1 WHERE id % 11 = 0")
    db.conn.commit()
    db.close()
    return path


@pytest.fixture
def db(db_path: Path):
    database = open_db(db_path)
    yield database
    database.close()


def _months(rows: list) -> list[tuple[str, int, int]]:
    """Month counts worked out from the rows themselves, gaps filled."""
    shown = Counter(r.date_start.isoformat()[:7] for r in rows)
    coarse = Counter(r.date_start.isoformat()[:7] for r in rows
                     if GRANULARITY_RANK[Granularity(r.granularity)]
                     < GRANULARITY_RANK[Granularity.MONTH] and r.date_start.day == 1)
    if not rows:
        return []
    out = []
    year, month = rows[0].date_start.year, rows[0].date_start.month
    last = rows[-1].date_start.isoformat()[:7]
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, shown[key], coarse[key]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@pytest.mark.parametrize("name", FILTERS)
def test_counts_pages_and_positions_agree_with_the_rows(db, name: str) -> None:
    flt = FILTERS[name]
    rows = list(iter_events(db, flt))
    assert (name == "nothing") == (not rows)
    assert month_grain_counts(db, flt) == _months(rows)
    assert count_events(db, flt) == len(rows)
    assert [r for offset in range(0, len(rows) + 7, 7)
            for r in page_events(db, flt, offset, 7)] == rows
    for row in rows[::9]:
        assert position_of(db, flt, row.id) == rows.index(row)
    day = date(2024, 1, 1)
    assert index_of_date(db, flt, day) == sum(r.date_start < day for r in rows)


def test_a_month_holding_only_coarse_events_and_an_empty_month_are_counted(db) -> None:
    flt = FILTERS["dates"]
    months = month_grain_counts(db, flt)
    rows = list(iter_events(db, flt))
    assert sum(n for _, n, _ in months) == len(rows)
    assert any(coarse for _, _, coarse in months)


def _plan(db, sql: str, params: list[object]) -> str:
    return " / ".join(str(row[3]) for row in
                      db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


@pytest.fixture
def plans(db, monkeypatch) -> list[str]:
    """The query plan of every question asked of ``db`` from now on."""
    seen: list[str] = []
    execute = db.execute

    def traced(sql: str, params: list[object] | None = None):
        seen.append(_plan(db, sql, params or []))
        return execute(sql, params or [])

    monkeypatch.setattr(db, "execute", traced)
    return seen


def test_events_picked_by_id_are_looked_up_in_the_narrow_index(db, plans) -> None:
    """A search or a person is resolved without reading the events' wide rows."""
    for flt in (FILTERS["search"], FILTERS["person"], FILTERS["key events"]):
        plans.clear()
        month_grain_counts(db, flt)
        page_events(db, flt, 0, 20)
        count_events(db, flt)
        assert plans and all("COVERING INDEX events_ids" in p for p in plans), plans


@pytest.mark.parametrize(("name", "index"), [("common word", "events_shown"),
                                             ("common word, hidden too", "events_order")])
def test_a_page_of_a_search_matching_most_events_walks_the_timeline_index(
        db, plans, name: str, index: str) -> None:
    flt = FILTERS[name]
    rows = list(iter_events(db, flt))
    assert len(rows) > 200
    plans.clear()
    assert page_events(db, flt, 10, 10) == rows[10:20]
    assert len(plans) == 2 and "events_ids" in plans[0], plans  # how many, counted no further
    assert f"INDEX {index}" in plans[1] and "TEMP B-TREE" not in plans[1], plans
    plans.clear()
    assert page_events(db, flt, len(rows) - 10, 10) == rows[-10:]  # deep: the ids are sorted
    assert "events_ids" in plans[-1] and "events_shown" not in plans[-1], plans


def test_the_whole_timeline_is_counted_on_its_index_without_grouping_its_rows(
        db, plans) -> None:
    month_grain_counts(db, TimelineFilter())
    assert plans and all("COVERING INDEX events_shown" in p for p in plans), plans
    assert not any("FOR GROUP BY" in p or "SCAN e" in p for p in plans), plans


@pytest.mark.parametrize("name", ["everything", "dates", "hidden included"])
def test_the_longest_dates_are_read_off_their_index(db, plans, name: str) -> None:
    flt = FILTERS[name]
    found = longest_displays(db, flt, limit=4)
    assert "COVERING INDEX events_display" in plans[0]
    shown = sorted({r.display for r in iter_events(db, flt)}, key=lambda d: (-len(d), d))
    assert found == shown[:4]
