"""Calendar arithmetic on dates and TIMEX3 values: shifting, weekday search, formatting.

Nothing here knows about text; functions take dates and return dates or value strings.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from core.temporal.lexicon import UNITS


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by n months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_months(d: date, n: int) -> date:
    """Date moved by n calendar months, clamped to the month's last day (dateutil's
    ``relativedelta`` does exactly that)."""
    moved: date = d + relativedelta(months=n)
    return moved


def weekday_on_or_before(d: date, iso_weekday: int, *, strict: bool = False) -> date:
    """The latest day with that ISO weekday on or before d (strictly before if ``strict``)."""
    back = (d.isoweekday() - iso_weekday) % 7
    if strict and back == 0:
        back = 7
    return d - timedelta(days=back)


def weekday_on_or_after(d: date, iso_weekday: int, *, strict: bool = False) -> date:
    """The earliest day with that ISO weekday on or after d (strictly after if ``strict``)."""
    ahead = (iso_weekday - d.isoweekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return d + timedelta(days=ahead)


def quarter_of(d: date) -> int:
    """Calendar quarter 1-4 of a date."""
    return (d.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, n: int) -> tuple[int, int]:
    """(year, quarter) moved by n quarters."""
    index = year * 4 + quarter - 1 + n
    return index // 4, index % 4 + 1


def day_value(d: date) -> str:
    """TIMEX3 day value ``YYYY-MM-DD``."""
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    """TIMEX3 month value ``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    """TIMEX3 ISO week value ``YYYY-Www`` of the week holding d."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekend_value(d: date) -> str:
    """TIMEX3 weekend value ``YYYY-Www-WE`` of the week holding d."""
    return week_value(d) + "-WE"


def add_units(d: date, n: int, unit: str) -> date:
    """Date moved by n whole units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    return d


def value_at_unit(d: date, unit: str) -> str:
    """The calendar value naming d at a unit's grain ("month" -> ``2024-05``)."""
    if unit == "day":
        return day_value(d)
    if unit in ("week", "fortnight"):
        return week_value(d)
    if unit == "weekend":
        return weekend_value(d)
    if unit == "month":
        return month_value(d.year, d.month)
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: (2, "day") -> ``P2D``; (5.5, "hour") -> ``PT5H30M``; None -> ``PXD``."""
    letter, timed = UNITS[unit]
    prefix = "PT" if timed else "P"
    if letter == "WE":
        return "P2D" if n in (None, 1) else f"P{_fmt(2 * n)}D" if n else "PXD"
    if letter == "W2":
        letter, n = "W", (n * 2 if n is not None else None)
    if n is None:
        return f"{prefix}X{letter}"
    if not float(n).is_integer():
        whole = int(n)
        part = n - whole
        if unit == "year":
            return f"P{whole}Y{round(part * 12)}M" if whole else f"P{round(part * 12)}M"
        if unit == "hour":
            return f"PT{whole}H{round(part * 60)}M" if whole else f"PT{round(part * 60)}M"
        if unit == "minute":
            return f"PT{whole}M{round(part * 60)}S" if whole else f"PT{round(part * 60)}S"
        if unit == "day":
            return f"P{whole}DT{round(part * 24)}H" if whole else f"PT{round(part * 24)}H"
        if unit == "month":
            return f"P{whole}M{round(part * 30)}D" if whole else f"P{round(part * 30)}D"
        if unit == "decade":
            return f"P{round(n * 10)}Y"
        return f"{prefix}{_fmt(n)}{letter}"
    if letter == "DE":
        return f"P{int(n) * 10}Y"
    if letter == "CE":
        return f"P{int(n) * 100}Y"
    return f"{prefix}{int(n)}{letter}"
