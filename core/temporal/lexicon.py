"""Word tables for time expressions: months, weekdays, numbers, units, seasons, parts of day.

Everything here is data plus tiny lookups; regular expressions are built from it in
``core.temporal.patterns``.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA",
                           "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "noon": "MI", "daytime": "DT", "mid-afternoon": "AF",
    "mid afternoon": "AF", "late afternoon": "AF", "early morning": "MO", "late night": "NI",
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "thousand": 1000, "a thousand": 1000, "dozen": 12, "a dozen": 12,
    "half a": 0.5, "half an": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a half": 0.5,
}
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous")

# Unit word -> (TIMEX3 duration letter, whether it belongs after "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W2", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "centurie": ("CE", False),
}

# Words that modify a duration or a point, mapped to TIMEX3 mod values.
MODIFIERS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
}

_FRACTION = re.compile(r"^(\d+)\s+(\d)/(\d)$")


def month_number(word: str) -> int | None:
    """Month number of a month name or abbreviation ("Sept." -> 9), else None."""
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """ISO weekday of a weekday name or abbreviation, else None."""
    return WEEKDAYS.get(word.lower().rstrip("."))


def unit_of(word: str) -> str | None:
    """Canonical unit for "days", "year-long", "Months" ... or None."""
    w = word.lower()
    for suffix in ("-long", "-old"):
        w = w.removesuffix(suffix)
    if w == "centuries":
        return "century"
    w = w.removesuffix("s")
    return w if w in UNITS else None


def parse_number(text: str) -> float | None:
    """Read "two", "24", "1 1/2", "twenty-four", "2.5", "a" as a number; None if vague."""
    t = " ".join(text.lower().replace(",", "").split())
    if not t:
        return None
    if m := _FRACTION.match(t):
        return int(m[1]) + int(m[2]) / int(m[3])
    try:
        return float(t)
    except ValueError:
        pass
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    t = t.replace(" and a half", " +half").replace("-and-a-half", " +half")
    total = 0.0
    for part in re.split(r"[\s-]+", t):
        if part == "+half":
            total += 0.5
        elif part in ("and",):
            continue
        elif part in NUMBER_WORDS:
            value = NUMBER_WORDS[part]
            total = total * value if value in (100, 1000) and total else total + value
        else:
            return None
    return total or None
