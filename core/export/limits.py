"""The calendar every export can write, and why a date outside it is refused.

Dates are Python ``date`` objects, so the calendar runs from 1 Jan 1 to 31 Dec 9999, and
every format writes every span inside it (the iCalendar export ends an event on the last day
with a ``DURATION``, having no day after it for ``DTEND``). A TIMEX3 value whose span would
start in year 0 or run past 31 Dec 9999 (``9999-W52`` ends on 2 Jan 10000) names no date
Dateline can store or export; :func:`beyond_calendar` says so in words, so the dashboard's
date fix can refuse it clearly instead of "cannot read".
"""

from __future__ import annotations

import re
from datetime import date

from core.granular import parse_value

FIRST_DAY, LAST_DAY = date.min, date.max
_EDGE_YEAR = re.compile(r"(0000|9999)(?=\D|$)")
# Years 28 apart have the same calendar (weekdays and leap day) when no century year that is
# not a leap year lies between, as none does between 0 and 28 or between 9971 and 9999.
_SAME_CALENDAR = {"0000": "0028", "9999": "9971"}


def beyond_calendar(value: str) -> str | None:
    """Why the TIMEX3 ``value`` cannot be stored or exported, when the reason is the edge of
    the calendar; None when it is a date inside it, or unreadable for another reason."""
    value = value.strip()
    if parse_value(value) is not None:
        return None
    parts = value.split("/")
    moved = [_EDGE_YEAR.sub(lambda m: _SAME_CALENDAR[m[1]], part, count=1)
             if _EDGE_YEAR.match(part) else part for part in parts]
    if moved == parts or parse_value("/".join(moved)) is None:
        return None  # not a calendar-edge problem: a malformed value, or no date at all
    return (f"{value} reaches outside the calendar Dateline can store and export"
            f" ({FIRST_DAY.day} Jan {FIRST_DAY.year} to {LAST_DAY.day} Dec {LAST_DAY.year})")
