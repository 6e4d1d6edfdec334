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


# With a tense cue, an occurrence on the other side of the anchor counts as this much farther.
TENSE_PENALTY_MONTHS = 6
TENSE_PENALTY_DAYS = 120
# With no cue, news reports more often look back: a later occurrence counts this much farther.
UNCUED_PENALTY_MONTHS = 2


def pick_month_year(anchor: date, month: int, tense: Tense | None) -> int:
    """Year of a bare month name: the nearest occurrence, leaning the way the tense points."""
    here = anchor.year * 12 + anchor.month - 1

    def cost(year: int) -> int:
        delta = year * 12 + month - 1 - here
        far = abs(delta)
        if (tense == "past" and delta > 0) or (tense == "future" and delta < 0):
            far += TENSE_PENALTY_MONTHS
        elif tense is None and delta > 0:
            far += UNCUED_PENALTY_MONTHS
        return far

    lean = -1 if tense == "future" else 1  # a tie goes the way the tense points
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: (cost(y), lean * y))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def pick_month_day(anchor: date, month: int, day: int, tense: Tense | None) -> date | None:
    """The date "May 3" means: the nearest occurrence, leaning the way the tense points."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := _safe(y, month, day)) is not None]
    if not options:
        return None

    def cost(d: date) -> int:
        delta = (d - anchor).days
        far = abs(delta)
        if (tense == "past" and delta > 0) or (tense == "future" and delta < 0):
            far += TENSE_PENALTY_DAYS
        return far

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
