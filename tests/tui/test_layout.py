"""The timeline's line layout: headings, coarse events first, and the page cache."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.layout import PageCache, RowLayout, Separator


def test_headings_and_coarse_events_come_first() -> None:
    layout = RowLayout([("2023-11", 3, 0), ("2023-12", 2, 0), ("2024-01", 3, 1),
                        ("2024-02", 0, 0), ("2024-03", 1, 1)])
    lines = [layout.at_line(i) for i in range(layout.lines)]
    assert lines == [
        Separator("year", "2023"), Separator("month", "November 2023"), 0, 1, 2,
        Separator("month", "December 2023"), 3, 4,
        Separator("year", "2024"), 5, Separator("month", "January 2024"), 6, 7, 8,
    ]
    assert layout.events == 9
    assert [layout.line_of(i) for i in range(9)] == [2, 3, 4, 6, 7, 9, 11, 12, 13]
    assert [layout.month_of(i) for i in (0, 3, 5, 7, 8)] == [
        "2023-11", "2023-12", "2024-01", "2024-01", "2024-03"]
    assert layout.at_line(layout.lines) is None


def test_a_sparse_year_is_folded_into_the_date_column() -> None:
    # 1998 holds two events: no heading at all; 2001 holds three, one of them alone in May
    layout = RowLayout([("1998-02", 1, 0), ("1998-03", 0, 0), ("1998-04", 1, 0),
                        ("2001-05", 1, 0), ("2001-06", 2, 0)])
    lines = [layout.at_line(i) for i in range(layout.lines)]
    assert lines == [0, 1, Separator("year", "2001"), 2, Separator("month", "June 2001"), 3, 4]
    assert [layout.month_of(i) for i in range(5)] == [
        "1998-02", "1998-04", "2001-05", "2001-06", "2001-06"]
    assert [b.month for b in layout.blocks] == ["1998-02", "1998-04", "2001-05", "2001-06"]


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=30))
def test_every_event_has_one_line_and_back(counts: list[tuple[int, int]]) -> None:
    months = [(f"{2000 + i // 12}-{i % 12 + 1:02d}", n, min(c, n))
              for i, (n, c) in enumerate(counts)]
    layout = RowLayout(months)
    assert layout.events == sum(n for _, n, _ in months)
    seen = [layout.at_line(layout.line_of(i)) for i in range(layout.events)]
    assert seen == list(range(layout.events))
    events = [x for x in (layout.at_line(i) for i in range(layout.lines)) if isinstance(x, int)]
    assert events == list(range(layout.events))


def test_page_cache_evicts_the_least_recently_used() -> None:
    cache: PageCache[int] = PageCache(page_size=10, capacity=2)
    cache.put(0, list(range(10)))
    cache.put(1, list(range(10, 20)))
    assert cache.get(3) == 3
    cache.put(2, list(range(20, 30)))
    assert cache.has(0) and not cache.has(1)
    assert cache.get(15) is None and cache.get(25) == 25
