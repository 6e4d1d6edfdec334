"""Granular dates: a TIMEX3 value read as an inclusive calendar range, and shown at its grain.

``2023-11`` is the month of November 2023 (1-30 Nov), ``2024-W20`` the ISO week starting
Monday 13 May 2024, ``2024-05-17TMO`` the morning of 17 May 2024. Intervals use ISO 8601's
``start/end`` form (``2023-11/2024-05-17``). Nothing here invents a day that the value lacks.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from core.models import Granularity

SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_OF_DAY_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                     "NI": "night", "DT": "daytime"}
MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "c.",
             "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "by", "ON_OR_AFTER": "from",
             "LESS_THAN": "under", "MORE_THAN": "over", "EQUAL_OR_LESS": "at most",
             "EQUAL_OR_MORE": "at least"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?$")
_PART = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{1,2})-WE$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")


@dataclass(frozen=True, slots=True)
class GranularDate:
    """A calendar span with the grain its expression really had."""

    value: str
    granularity: Granularity
    start: date
    end: date  # inclusive
    mod: str | None = None

    @property
    def display(self) -> str:
        """Human form at the value's own grain: "Nov 2023", "week of 13 May 2024"."""
        return display_value(self.value, self.granularity, self.start, self.end, self.mod)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _narrow(granularity: Granularity, start: date, end: date, mod: str | None) -> tuple[date, date]:
    """Narrow a span to its early, middle or late part for START/MID/END.

    A year splits by months (Jan-Apr, May-Aug, Sep-Dec), a month by days (1-10, 11-20, 21-end);
    anything else into thirds of its days.
    """
    if mod not in ("START", "MID", "END"):
        return start, end
    part = ("START", "MID", "END").index(mod)
    if granularity is Granularity.YEAR:
        first = 1 + 4 * part
        return date(start.year, first, 1), _month_end(start.year, first + 3)
    if granularity is Granularity.MONTH:
        if part < 2:
            return start.replace(day=1 + 10 * part), start.replace(day=10 + 10 * part)
        return start.replace(day=21), end
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    if part == 0:
        return start, start + timedelta(days=third - 1)
    if part == 2:
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


def _season_range(year: int, code: str) -> tuple[date, date]:
    if code == "SP":
        return date(year, 3, 1), date(year, 5, 31)
    if code == "SU":
        return date(year, 6, 1), date(year, 8, 31)
    if code == "FA":
        return date(year, 9, 1), date(year, 11, 30)
    return date(year, 12, 1), _month_end(year + 1, 2)


def _single_range(value: str) -> tuple[Granularity, date, date] | None:
    """Granularity and inclusive range of one point-like TIMEX3 value, or None."""
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Granularity.DAY, d, d
        if m := _PART.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Granularity.PART_OF_DAY, d, d
        if m := _TIME.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Granularity.TIME, d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return Granularity.MONTH, date(y, mo, 1), _month_end(y, mo)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Granularity.WEEK, monday, monday + timedelta(days=6)
        if m := _WEEKEND.match(value):
            saturday = date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return Granularity.INTERVAL, saturday, saturday + timedelta(days=1)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return Granularity.QUARTER, date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return Granularity.HALF, date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _SEASON.match(value):
            s, e = _season_range(int(m[1]), m[2])
            return Granularity.SEASON, s, e
        if m := _YEAR.match(value):
            y = int(m[1])
            return Granularity.YEAR, date(y, 1, 1), date(y, 12, 31)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return Granularity.DECADE, date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return Granularity.CENTURY, date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except (ValueError, OverflowError):  # no such day, or a span past 31 Dec 9999
        return None
    return None


def parse_value(value: str, mod: str | None = None) -> GranularDate | None:
    """Read a TIMEX3 DATE/TIME value (or a ``start/end`` interval) as a GranularDate.

    Returns None for values that name no calendar span: durations, sets, ``PAST_REF`` and the
    like, or anything malformed.
    """
    value = value.strip()
    if "/" in value:
        left, _, right = value.partition("/")
        first, last = _single_range(left), _single_range(right)
        if first is None or last is None or last[2] < first[1]:
            return None
        return GranularDate(value, Granularity.INTERVAL, first[1], last[2], mod)
    found = _single_range(value)
    if found is None:
        return None
    granularity, start, end = found
    start, end = _narrow(granularity, start, end, mod)
    return GranularDate(value, granularity, start, end, mod)


def _fmt_day(d: date) -> str:
    return f"{d.day} {_SHORT_MONTHS[d.month - 1]} {d.year}"


def _display_single(value: str, granularity: Granularity, start: date, end: date) -> str:
    if granularity is Granularity.DAY:
        return _fmt_day(start)
    if granularity is Granularity.PART_OF_DAY:
        return f"{_fmt_day(start)}, {PART_OF_DAY_NAMES.get(value[-2:], 'day')}"
    if granularity is Granularity.TIME:
        m = _TIME.match(value)
        clock = f"{m[4]}:{m[5] or '00'}" if m else ""
        return f"{_fmt_day(start)} {clock}".strip()
    if granularity is Granularity.WEEK:
        return f"week of {_fmt_day(start)}"
    if granularity is Granularity.MONTH:
        return f"{_SHORT_MONTHS[start.month - 1]} {start.year}"
    if granularity is Granularity.QUARTER:
        return f"Q{value[-1]} {start.year}"
    if granularity is Granularity.HALF:
        return f"H{value[-1]} {start.year}"
    if granularity is Granularity.SEASON:
        return f"{SEASON_NAMES[value[-2:]]} {start.year}"
    if granularity is Granularity.YEAR:
        return str(start.year)
    if granularity is Granularity.DECADE:
        return f"{value}0s"
    if granularity is Granularity.CENTURY:
        return f"{value}00s"
    if value.endswith("-WE"):
        return f"weekend of {_fmt_day(start)}"
    return f"{_fmt_day(start)} – {_fmt_day(end)}"


def display_value(
    value: str, granularity: Granularity, start: date, end: date, mod: str | None = None
) -> str:
    """Show a resolved date at its own grain, with its modifier ("early 2024", "c. 2015")."""
    if granularity is Granularity.INTERVAL and "/" in value:
        left, _, right = value.partition("/")
        a, b = parse_value(left), parse_value(right)
        if a and b and a.display == b.display:
            text = a.display  # "since this morning" in a same-day article: one day, not a span
        elif a and b:
            text = f"{a.display} – {b.display}"
        else:
            text = f"{_fmt_day(start)} – {_fmt_day(end)}"
    else:
        base = parse_value(value)
        text = _display_single(value, granularity, base.start if base else start,
                               base.end if base else end)
    if mod in ("START", "MID", "END") and granularity in (
        Granularity.YEAR, Granularity.MONTH, Granularity.DECADE, Granularity.CENTURY,
        Granularity.SEASON, Granularity.QUARTER, Granularity.WEEK,
    ):
        joiner = "-" if mod == "MID" else " "
        return f"{MOD_WORDS[mod]}{joiner}{text}"
    if mod in MOD_WORDS and mod not in ("START", "MID", "END"):
        return f"{MOD_WORDS[mod]} {text}"
    return text
