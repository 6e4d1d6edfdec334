"""Property tests: any text resolves without error, with offsets and ranges that hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from core.temporal import resolve_times

WORDS = [
    "Friday", "May", "march", "last", "next", "this", "week", "year", "ago", "two", "days",
    "since", "from", "to", "between", "and", "the", "early", "late", "mid-", "1998", "2024",
    "Sept.", "30", "3rd", "quarter", "third", "Q3", "H1", "FY24", "every", "Monday", "annually",
    "later", "earlier", "that", "evening", "tonight", "now", "recently", "nearly", "a", "decade",
    "10:35", "a.m.", "noon", "Christmas", "Eve", "'90s", "1990s", ",", ".", "said", "will",
    "Theresa", "Jan", "Leike", "31/02/2023", "2023-02-30", "Feb. 29", "-", "/", "'s", "\n\n",
]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=40),
       days=st.integers(min_value=-20000, max_value=20000))
def test_any_text_resolves_cleanly(words: list[str], days: int) -> None:
    text = " ".join(words)
    anchor = datetime(2000, 1, 1, 12, tzinfo=UTC) + timedelta(days=days)
    found = resolve_times(text, anchor)
    last = -1
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last
        last = t.start
        assert t.value
        if t.range_start is not None:
            assert t.range_end is not None and t.range_start <= t.range_end
        assert t.receipt.rule and t.receipt.explanation


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_arbitrary_unicode_does_not_crash(text: str) -> None:
    resolve_times(text, datetime(2024, 5, 17, 12, tzinfo=UTC))
