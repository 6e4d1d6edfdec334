"""Choosing which occurrence an under-specified date means, given the anchor and tense.

"Friday" in a past-tense clause is the latest Friday on or before the anchor; in a future
clause the first on or after it. A month or "May 3" works the same way; with no tense cue a
day-and-month date takes the occurrence nearest to the anchor.
"""

from __future__ import annotations

from datetime import date

from core.temporal.calendar_math import (
    quarter_of,
    weekday_on_or_after,
    weekday_on_or_before,
)
from core.temporal.context import Tense


def tense_phrase(tense: Tense | None) -> str:
    """Receipt wording for a tense."""
    if tense == "future":
        return "in a future-tense clause"
    if tense == "past":
        return "in a past-tense clause"
    if tense == "present":
        return "in a present-tense clause"
    return "with no tense cue (past assumed)"


def pick_weekday(anchor: date, iso_weekday: int, tense: Tense | None) -> date:
    """The day a bare weekday name means; the anchor's own weekday means the anchor."""
    if tense == "future":
        return weekday_on_or_after(anchor, iso_weekday)
    if tense is None and (iso_weekday - anchor.isoweekday()) % 7 == 1:
        return weekday_on_or_after(anchor, iso_weekday)  # with no cue, "Tuesday" on a Monday
    return weekday_on_or_before(anchor, iso_weekday)


# With a future cue, an occurrence before the anchor counts as this much farther.
TENSE_PENALTY_MONTHS = 6
TENSE_PENALTY_DAYS = 120
# Past narration names a later day only for something close at hand ("said the March 3
# vote ..." a week before it); a past clause cannot reach further ahead than this.
PAST_REACH_DAYS = 7
PAST_REACH_MONTHS = 1
# With no cue, news reports look back more often than ahead: a later occurrence is taken only
# when it is nearer than the earlier one and no further ahead than this.
UNCUED_REACH_DAYS = 92
UNCUED_REACH_MONTHS = 2


def _lean(delta: int, tense: Tense | None, past_reach: int, uncued_reach: int,
          penalty: int) -> float:
    """Cost of an occurrence ``delta`` units (days or months) from the anchor.

    Its distance, unless it lies further ahead than a past or uncued clause can reach
    (infinite) or behind the anchor in a future clause (``penalty`` added).
    """
    if delta > 0 and tense == "past" and delta > past_reach:
        return float("inf")
    if delta > 0 and tense in (None, "present") and delta > uncued_reach:
        return float("inf")
    if tense == "future" and delta < 0:
        return -delta + penalty
    return abs(delta)


def pick_month_year(anchor: date, month: int, tense: Tense | None) -> int:
    """Year of a bare month name: the nearest occurrence, leaning the way the tense points.

    A past clause means the latest such month begun by the anchor; with no cue a later
    month is taken only within ``UNCUED_REACH_MONTHS``; a future clause leans ahead.
    """
    here = anchor.year * 12 + anchor.month - 1

    def cost(year: int) -> float:
        delta = year * 12 + month - 1 - here
        return _lean(delta, tense, PAST_REACH_MONTHS, UNCUED_REACH_MONTHS,
                     TENSE_PENALTY_MONTHS)

    lean = -1 if tense == "future" else 1  # a tie goes the way the tense points
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: (cost(y), lean * y))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick_month_day(anchor: date, month: int, day: int, tense: Tense | None) -> date | None:
    """The date "May 3" means, leaning the way the tense points.

    Past narration takes the latest such day on or before the anchor (or one within
    ``PAST_REACH_DAYS`` ahead); with no cue, the nearest, but ahead only within
    ``UNCUED_REACH_DAYS``; a future clause the nearest with earlier days penalised.
    """
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := _safe(y, month, day)) is not None]
    if not options:
        return None

    def cost(d: date) -> float:
        delta = (d - anchor).days
        return _lean(delta, tense, PAST_REACH_DAYS, UNCUED_REACH_DAYS, TENSE_PENALTY_DAYS)

    return min(options, key=cost)


def pick_quarter_year(anchor: date, quarter: int, tense: Tense | None) -> int:
    """Year of "the third quarter": the latest such quarter already begun at the anchor."""
    current = quarter_of(anchor)
    if tense == "future" and quarter > current:
        return anchor.year
    return anchor.year if quarter <= current else anchor.year - 1


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def pick_season_year(anchor: date, code: str, tense: Tense | None, shift: int = 0) -> int:
    """Year of a season name: the latest one begun at the anchor (next one if future)."""
    start_month = SEASON_START[code]
    begun = (anchor.year, anchor.month) >= (anchor.year, start_month) or (
        code == "WI" and anchor.month <= 2
    )
    if code == "WI" and anchor.month <= 2:
        year = anchor.year - 1
    else:
        year = anchor.year if begun else anchor.year - 1
    if tense == "future" and not begun:
        year = anchor.year
    return year + shift
