"""Time stamps that pages print around an article, and the publish date they give away.

A stamp is a short run of calendar tokens: weekday, month, day, year, clock time, time-zone
abbreviation, joined by commas, dashes, bars, "at" or "on": ``Tue Apr 28, 2009 9:03 pm BST``,
``14 January, 2010 - 17:26 GMT``, ``Wednesday 11 May 2005 00.00 BST``, ``15:33 GMT 15:33 UK``,
``September 17, 2008 10:53 AM``. :mod:`core.ingest.debris` and :mod:`core.ingest.comments`
use :data:`STAMP` inside their anchored rules; :func:`page_date` reads the publish date from a
wire header, a "Last updated" line, a "Published:" stamp or a full page stamp near the top of a
text, for inputs that carry no date of their own.

A **full page stamp** (:func:`full_stamps`) names a weekday, a day, a month, a year, a clock time
and a time zone ("Tuesday 4 January 2005 08.43 GMT"). Reporting never writes all six in a row
without a preposition before them ("on", "at", "since" ...), so such a stamp is page furniture
wherever it sits in a line: pages glue it between a headline and the first sentence.
:func:`comment_stamps` finds the stamps that open a reader comment ("February 11th, 2011
8:38 pm ET ...", "January 28, 2011 07:10 pm |"): a day, a month, a year and a clock time.

These are hand-written regular expressions because a stamp is page furniture, not language:
its shapes are few and fixed, and a tagger would also read dates in the reporting itself.
Every quantifier is bounded, so a search costs time linear in the line.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

WEEKDAY = r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\.?)(?![\w])"
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![\w])"
)
DAY = r"(?:[0-3]?\d(?i:st|nd|rd|th)?)(?![\w:.])"
YEAR = r"(?:1[89]|20)\d{2}(?![\w:])"
CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s?(?i:[ap]\.?m\.?))?(?![\w:])"
CLOCK_AMPM = r"(?:1[0-2]|0?\d)\s?(?i:[ap]\.?m\.?)(?![\w])"
ZONE = (
    r"(?:GMT|BST|UTC|UK(?: time)?|[ECMP][SD]T|ET|PT|CET|CEST|EET|EEST|WAT|EAT|CAT|SAST|IST|"
    r"JST|HKT|SGT|AEST|AEDT|MSK)(?![\w])"
)
_NAKED_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|BST|UTC)\b)"  # "1815 GMT"
TOKEN = (
    rf"(?<![\w])(?:{WEEKDAY}|{MONTH}\s{{1,2}}{DAY}|{MONTH}|{CLOCK}|{CLOCK_AMPM}|{_NAKED_CLOCK}|"
    rf"{YEAR}|{ZONE}|{DAY})"
)
SEPARATOR = r"(?:\s{0,3}[,;|–—-]\s{0,3}|\s{1,3}(?:at|on)\s{1,3}|\s{1,3})"
STAMP = rf"{TOKEN}(?:{SEPARATOR}{TOKEN}){{0,11}}"

_STAMP = re.compile(STAMP)
_HAS_CLOCK = re.compile(rf"{CLOCK}|{CLOCK_AMPM}|{_NAKED_CLOCK}")
_HAS_ZONE = re.compile(ZONE)
_HAS_MONTH = re.compile(MONTH)
_HAS_WEEKDAY = re.compile(WEEKDAY)
_LAST_DAY = re.compile(rf"{SEPARATOR}{DAY}$")
_ENDS_IN_MONTH = re.compile(rf"{MONTH}$")

_YEAR_IN = re.compile(r"(?<![\d:.])((?:1[89]|20)\d{2})(?![\d:])(?!\s?(?:GMT|BST|UTC)\b)")
_DAY_MONTH = re.compile(rf"(?<![\d:.])([0-3]?\d)(?i:st|nd|rd|th)?[\s,]{{1,3}}({MONTH})")
_MONTH_DAY = re.compile(rf"({MONTH})[\s,]{{1,3}}([0-3]?\d)(?i:st|nd|rd|th)?(?![\d:.])")
_TIME_IN = re.compile(
    r"(?<![\d:.])([01]?\d|2[0-3])(?:[:.]([0-5]\d))?(?::[0-5]\d)?\s?(?i:([ap])\.?m\.?)?(?![\w:])"
)
_ZONE_IN = re.compile(ZONE)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZONES: dict[str, tzinfo] = {
    "GMT": UTC,
    "UTC": UTC,
    "BST": timezone(timedelta(hours=1)),
    "CET": timezone(timedelta(hours=1)),
    "CEST": timezone(timedelta(hours=2)),
    "EET": timezone(timedelta(hours=2)),
    "EEST": timezone(timedelta(hours=3)),
    "WAT": timezone(timedelta(hours=1)),
    "CAT": timezone(timedelta(hours=2)),
    "SAST": timezone(timedelta(hours=2)),
    "EAT": timezone(timedelta(hours=3)),
    "MSK": timezone(timedelta(hours=3)),
    "IST": timezone(timedelta(hours=5, minutes=30)),
    "HKT": timezone(timedelta(hours=8)),
    "SGT": timezone(timedelta(hours=8)),
    "JST": timezone(timedelta(hours=9)),
    "AEST": timezone(timedelta(hours=10)),
    "AEDT": timezone(timedelta(hours=11)),
    "EST": timezone(timedelta(hours=-5)),
    "EDT": timezone(timedelta(hours=-4)),
    "CST": timezone(timedelta(hours=-6)),
    "CDT": timezone(timedelta(hours=-5)),
    "MST": timezone(timedelta(hours=-7)),
    "MDT": timezone(timedelta(hours=-6)),
    "PST": timezone(timedelta(hours=-8)),
    "PDT": timezone(timedelta(hours=-7)),
}
_NAMED_ZONES = {"UK": "Europe/London", "ET": "America/New_York", "PT": "America/Los_Angeles"}

# Where a stamp is evidence of the publish date (the first of these near the top wins).
_PLACE = r"[A-Z][A-Z.'’-]{1,30}(?:[ /][A-Z][A-Z.'’-]{1,30}){0,4}"
_EVIDENCE = re.compile(
    rf"(?:^|\s)(?i:(?:page\s)?last\supdated|published|updated|posted|first\spublished)"
    rf"(?:\s(?:at|on))?\s?:?\s?(?P<a>{STAMP})"
    rf"|^(?:By\s[^|\n]{{1,60}}?\s)?{_PLACE}\s?\|\s?(?P<b>{STAMP})"
    rf"|^(?P<c>{STAMP})"
)
TOP_LINES = 20

_YEAR_ONLY = re.compile(rf"(?<![\w]){YEAR}")
_STARTS = re.compile(
    rf"{WEEKDAY}|{MONTH}|{CLOCK}|{CLOCK_AMPM}|(?<![\w:.])[0-3]?\d(?i:st|nd|rd|th)?\s"
)
# A stamp after one of these words is part of a sentence ("on Tuesday 4 January ...").
_FUNCTION_BEFORE = re.compile(
    r"(?i:\b(?:on|at|by|since|until|till|from|before|after|of|between|and|to|or|than|"
    r"around|about|through|for|as|the|that|this|last|next|during|"
    r"when|while|midnight|noon|dated|updated|posted|published|added|wrote|said|says))\W{0,2}$"
)


def stamp_at(text: str, pos: int = 0) -> re.Match[str] | None:
    """The stamp starting exactly at ``pos``, trimmed of trailing bare numbers; else None."""
    match = _STAMP.match(text, pos)
    for _ in range(4):
        if match is None:
            return None
        last = _LAST_DAY.search(match.group())
        if last is None or last.start() == 0:
            return match
        if _ENDS_IN_MONTH.search(match.group()[: last.start()]):
            return match
        match = _STAMP.match(text, pos, match.start() + last.start())
    return match


def is_clock_stamp(stamp: str) -> bool:
    """A stamp that says when (a clock time with a zone, or a weekday, month and time)."""
    if not _HAS_CLOCK.search(stamp):
        return False
    if _HAS_ZONE.search(stamp):
        return True
    return bool(_HAS_MONTH.search(stamp) and _HAS_WEEKDAY.search(stamp))


def is_dated_stamp(stamp: str) -> bool:
    """A stamp naming a month, or holding a clock time."""
    return bool(_HAS_MONTH.search(stamp) or _HAS_CLOCK.search(stamp))


def full_stamps(line: str) -> list[tuple[int, int]]:
    """(start, end) of every full page stamp in ``line`` (see the module doc)."""
    return [span for span in _stamps_in(line) if _is_full(line[span[0] : span[1]])]


def comment_stamps(line: str) -> list[tuple[int, int]]:
    """(start, end) of stamps with a day, a month, a year and a clock time (comment openers)."""
    return [span for span in _stamps_in(line) if _is_dated_clock(line[span[0] : span[1]])]


def _stamps_in(line: str) -> list[tuple[int, int]]:
    """Stamps that do not follow a preposition or another function word, trimmed at both ends."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(line):
        match = _STAMP.search(line, pos)
        if match is None:
            break
        start = _trim_start(match.group())
        trimmed = stamp_at(line, match.start() + start) if start < len(match.group()) else None
        end = trimmed.end() if trimmed is not None else match.end()
        begin = match.start() + start
        if trimmed is not None and not _FUNCTION_BEFORE.search(line[max(0, begin - 12) : begin]):
            spans.append((begin, end))
        pos = max(match.end(), pos + 1)
    return spans


def _trim_start(stamp: str) -> int:
    """Offset of the first weekday, month, clock or day-before-month in ``stamp``."""
    first = _STARTS.search(stamp)
    return first.start() if first is not None else len(stamp)


def _is_full(stamp: str) -> bool:
    return bool(_HAS_WEEKDAY.search(stamp) and _HAS_ZONE.search(stamp) and _is_dated_clock(stamp))


def _is_dated_clock(stamp: str) -> bool:
    """A day, a month, a year and a clock time (with ``:`` or ``.``, or am/pm)."""
    if not (_HAS_MONTH.search(stamp) and _HAS_CLOCK.search(stamp) and _YEAR_ONLY.search(stamp)):
        return False
    return bool(_DAY_MONTH.search(stamp) or _MONTH_DAY.search(stamp))


def page_date(text: str, default_tz: tzinfo) -> datetime | None:
    """The publish date that a wire header, "Last updated" or "Published:" stamp gives.

    Only the first ``TOP_LINES`` non-empty lines are read, and only a stamp with a day, a month
    and a year counts. A stamp without a zone takes ``default_tz``.
    """
    seen = 0
    for line in text.split("\n"):
        stripped = line.strip().strip("*_#> ").strip()
        if not stripped:
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        for match in _EVIDENCE.finditer(stripped[:400]):
            stamp = match.group("a") or match.group("b") or match.group("c") or ""
            if match.group("c") and not is_clock_stamp(stamp):
                continue
            found = parse_stamp(stamp, default_tz)
            if found is not None:
                return found
        for start, end in full_stamps(stripped[:400]):
            found = parse_stamp(stripped[start:end], default_tz)
            if found is not None:
                return found
    return None


def parse_stamp(stamp: str, default_tz: tzinfo) -> datetime | None:
    """An aware datetime for a stamp holding a day, a month and a year (else None)."""
    year_match = _YEAR_IN.search(stamp)
    if year_match is None:
        return None
    day_month = _DAY_MONTH.search(stamp)
    month_day = _MONTH_DAY.search(stamp)
    if day_month is not None:
        day, month_name = int(day_month.group(1)), day_month.group(2)
    elif month_day is not None:
        month_name, day = month_day.group(1), int(month_day.group(2))
    else:
        return None
    month = _MONTHS.index(month_name[:3].lower()) + 1
    hour = minute = 0
    rest = stamp.replace(year_match.group(1), " ", 1)
    for clock in _TIME_IN.finditer(rest):
        if clock.group(2) is None and clock.group(3) is None:
            continue  # a bare number is the day, not a time
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        if clock.group(3):
            hour = hour % 12 + (12 if clock.group(3).lower() == "p" else 0)
        break
    zone = _ZONE_IN.search(stamp)
    tz = _zone(zone.group().split()[0]) if zone else default_tz
    try:
        return datetime(int(year_match.group(1)), month, day, hour, minute, tzinfo=tz)
    except ValueError:
        return None


def _zone(name: str) -> tzinfo:
    if name in _NAMED_ZONES:
        return ZoneInfo(_NAMED_ZONES[name])
    return _ZONES.get(name, UTC)
