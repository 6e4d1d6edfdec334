"""Helpers shared by the resolver's table tests: the anchor for a publish date, one phrase found."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core.models import TimeExpression
from core.temporal import resolve_times


def anchor(dct: str) -> datetime:
    """The publish date at noon UTC, as the TempEval harness anchors it."""
    return datetime.combine(date.fromisoformat(dct), datetime.min.time(), tzinfo=UTC).replace(
        hour=12)


def find(text: str, dct: str, phrase: str) -> TimeExpression:
    """The expression ``phrase`` as resolved in ``text`` published on ``dct``."""
    found = resolve_times(text, anchor(dct))
    for t in found:
        if t.text == phrase:
            return t
    raise AssertionError(f"{phrase!r} not found in {[(t.text, t.value) for t in found]}")
