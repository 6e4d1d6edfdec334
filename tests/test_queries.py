"""Queries over the timeline: order, paging, and every kind of filter."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from factories import EDT, analysed, article

from core.filters import TimelineFilter
from core.queries import (
    count_events,
    event_detail,
    fts_query,
    index_of_date,
    iter_events,
    month_density,
    page_events,
    people_counts,
    source_counts,
    where_clause,
)
from core.rebuild import rebuild
from core.store import open_db, save_article


@pytest.fixture
def db():
    database = open_db(None)
    first = article(
        "Marisol Ventura led the walkout on Wednesday. The board met last November. "
        "Tomás Okafor and Marisol Ventura will meet on Tuesday.",
        origin="one.md", source="Harbor Ledger")
    second = article(
        "Dana Whitcombe resigned on June 3, 2024. Tomás Okafor praised the deal in January.",
        origin="two.md", source="Coastal Wire",
        published=datetime(2024, 6, 4, 8, 0, tzinfo=EDT))
    for art, facts in (
        (first, [("Marisol Ventura led the walkout on Wednesday.", "Wednesday", "2024-05-15",
                  ["Marisol Ventura"]),
                 ("The board met last November.", "last November", "2023-11", []),
                 ("Tomás Okafor and Marisol Ventura will meet on Tuesday.", "Tuesday",
                  "2024-05-21", ["Tomás Okafor", "Marisol Ventura"])]),
        (second, [("Dana Whitcombe resigned on June 3, 2024.", "June 3, 2024", "2024-06-03",
                   ["Dana Whitcombe"]),
                  ("Tomás Okafor praised the deal in January.", "January", "2024-01",
                   ["Tomás Okafor"])]),
    ):
        save_article(database, analysed(art, facts), art.origin)
    rebuild(database)
    return database


def titles(db, f: TimelineFilter) -> list[str]:
    return [row.title for row in iter_events(db, f)]


def test_events_come_in_date_order_with_their_grain(db) -> None:
    rows = list(iter_events(db, TimelineFilter()))
    assert [r.display for r in rows] == ["Nov 2023", "Jan 2024", "15 May 2024", "21 May 2024",
                                         "3 Jun 2024"]
    assert count_events(db, TimelineFilter()) == 5
    assert [r.display for r in page_events(db, TimelineFilter(), 1, 2)] == ["Jan 2024",
                                                                           "15 May 2024"]


def test_filter_by_people(db) -> None:
    any_of = TimelineFilter(people=("Marisol Ventura", "Dana Whitcombe"))
    assert len(titles(db, any_of)) == 3
    both = TimelineFilter(people=("Marisol Ventura", "Tomás Okafor"), people_mode="all")
    assert titles(db, both) == ["Tomás Okafor and Marisol Ventura will meet on Tuesday."]


def test_filter_by_source_dates_and_text(db) -> None:
    assert len(titles(db, TimelineFilter(sources=("Coastal Wire",)))) == 2
    in_may = TimelineFilter(date_from=date(2024, 5, 1), date_to=date(2024, 5, 31))
    assert len(titles(db, in_may)) == 2
    assert titles(db, TimelineFilter(text="resign")) == [
        "Dana Whitcombe resigned on June 3, 2024."]
    assert titles(db, TimelineFilter(text='"; DROP TABLE events; --')) == []
    assert db["events"].count == 5


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('walk "out" OR x*') == '"walk"* "out"* "OR"* "x"*'


def test_hidden_events_are_left_out_unless_asked(db) -> None:
    db.execute("UPDATE events SET hidden = 1 WHERE title LIKE 'The board%'")
    assert count_events(db, TimelineFilter()) == 4
    assert count_events(db, TimelineFilter(include_hidden=True)) == 5


def test_density_jump_people_and_sources(db) -> None:
    density = month_density(db, TimelineFilter())
    assert density[0] == ("2023-11", 1)
    assert density[-1] == ("2024-06", 1)
    assert len(density) == 8  # Nov 2023 .. Jun 2024, empty months filled
    assert index_of_date(db, TimelineFilter(), date(2024, 5, 1)) == 2
    assert [(p.name, p.events) for p in people_counts(db)] == [
        ("Marisol Ventura", 2), ("Tomás Okafor", 2), ("Dana Whitcombe", 1)]
    assert source_counts(db) == [("Harbor Ledger", 3), ("Coastal Wire", 2)]


def test_event_detail_carries_the_receipt(db) -> None:
    row = next(r for r in iter_events(db, TimelineFilter()) if r.display == "Nov 2023")
    detail = event_detail(db, row.id)
    assert detail is not None
    (source,) = detail.sources
    assert source.phrase == "last November"
    assert source.sentence[source.phrase_start:].startswith("last November")
    assert (source.range_start, source.range_end) == ("2023-11-01", "2023-11-30")
    assert source.outlet == "Harbor Ledger"


IMPORTANCE = {"Marisol Ventura led the walkout on Wednesday.": 0.9,
              "The board met last November.": 0.2,
              "Tomás Okafor and Marisol Ventura will meet on Tuesday.": 0.5,
              "Dana Whitcombe resigned on June 3, 2024.": 0.8,
              "Tomás Okafor praised the deal in January.": 0.4}


def score(db, importance: dict[str, float]) -> None:
    """Set each event's importance (what a rebuild scores), by title."""
    db.conn.executemany("UPDATE events SET importance = ? WHERE title = ?",
                        [(v, t) for t, v in importance.items()])


def test_top_keeps_the_most_important_events_in_timeline_order(db) -> None:
    score(db, IMPORTANCE)
    top = TimelineFilter(top=3)
    assert titles(db, top) == ["Marisol Ventura led the walkout on Wednesday.",
                               "Tomás Okafor and Marisol Ventura will meet on Tuesday.",
                               "Dana Whitcombe resigned on June 3, 2024."]
    assert count_events(db, top) == 3
    assert [r.display for r in page_events(db, top, 1, 5)] == ["21 May 2024", "3 Jun 2024"]
    assert [m for m in month_density(db, top) if m[1]] == [("2024-05", 2), ("2024-06", 1)]
    assert index_of_date(db, top, date(2024, 6, 1)) == 2
    assert [(p.name, p.events) for p in people_counts(db, top)] == [
        ("Marisol Ventura", 2), ("Dana Whitcombe", 1), ("Tomás Okafor", 1)]
    assert count_events(db, TimelineFilter(top=50)) == 5
    assert count_events(db, TimelineFilter(top=0)) == 0


def test_top_ranks_among_the_events_the_other_filters_select(db) -> None:
    score(db, IMPORTANCE)
    okafor = TimelineFilter(people=("Tomás Okafor",), top=1)
    assert titles(db, okafor) == ["Tomás Okafor and Marisol Ventura will meet on Tuesday."]
    early = TimelineFilter(date_to=date(2024, 2, 1), top=1)
    assert titles(db, early) == ["Tomás Okafor praised the deal in January."]
    assert titles(db, TimelineFilter(text="walkout board", top=2)) == []
    db.execute("UPDATE events SET hidden = 1 WHERE title LIKE 'Marisol Ventura led%'")
    assert "Marisol Ventura led the walkout on Wednesday." not in titles(
        db, TimelineFilter(top=3))
    assert "Marisol Ventura led the walkout on Wednesday." in titles(
        db, TimelineFilter(top=3, include_hidden=True))


def test_top_breaks_ties_by_sources_then_date_then_id(db) -> None:
    score(db, dict.fromkeys(IMPORTANCE, 0.5))
    assert titles(db, TimelineFilter(top=2)) == ["The board met last November.",
                                                 "Tomás Okafor praised the deal in January."]
    db.execute("UPDATE events SET sources = 2 WHERE title LIKE 'Dana%'")
    assert titles(db, TimelineFilter(top=2)) == ["The board met last November.",
                                                 "Dana Whitcombe resigned on June 3, 2024."]
    db.execute("UPDATE events SET date_start = '2023-11-01' WHERE title LIKE 'Tomás Okafor p%'")
    ids = sorted(r.id for r in iter_events(db, TimelineFilter())
                 if r.date_start == date(2023, 11, 1))
    (first,) = [r.id for r in iter_events(db, TimelineFilter(top=2)) if r.sources == 1]
    assert first == ids[0]


def test_top_is_read_off_the_importance_index(db) -> None:
    where, params = where_clause(TimelineFilter(top=30))
    plan = " ".join(str(row[3]) for row in db.execute(
        f"EXPLAIN QUERY PLAN SELECT count(*) FROM events e WHERE {where}", params))
    assert "events_top" in plan


def test_top_is_described_and_never_negative() -> None:
    assert TimelineFilter(top=30).describe() == "top 30 by importance"
    assert not TimelineFilter(top=30).is_empty
    with pytest.raises(ValueError, match="top must be 0 or more"):
        TimelineFilter(top=-1)


def test_only_the_read_model_and_rebuild_join_events_to_their_sources_or_people() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    links = re.compile(r"\b(?:FROM|JOIN)\s+(?:event_reports|event_people)\b", re.IGNORECASE)
    outside = sorted(str(path.relative_to(root)) for folder in ("core", "tui")
                     for path in (root / folder).rglob("*.py")
                     if links.search(path.read_text(encoding="utf-8")))
    assert outside == ["core/queries.py", "core/rebuild.py"]
