"""Queries over the timeline: order, paging, and every kind of filter."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from factories import EDT, analysed, article

from core.filters import TimelineFilter, fts_query
from core.queries import (
    count_events,
    event_detail,
    index_of_date,
    iter_events,
    month_density,
    page_events,
    people_counts,
    source_counts,
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
