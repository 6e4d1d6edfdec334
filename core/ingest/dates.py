"""Publish dates from whatever a file holds: ISO 8601, RFC 822, odd absolute formats, epochs.

Only absolute dates are accepted: "yesterday" or "3 hours ago" in a metadata field cannot be
anchored, so they count as unparseable. A date needs a day, a month and a year. A date without a
time is midnight; a date-time without an offset takes the reader's default zone.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from core.ingest.base import IngestProblem, warning

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_ANY = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
# email.utils is lenient (it drops "PM"), so only strings shaped like RFC 822 go to it.
_RFC822 = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:[+-]\d{4}|(?![AaPp]\.?[Mm]\b)[A-Za-z]{1,5}))?$"
)
_MAX_LENGTH = 200
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
}
EARLIEST_YEAR = 1900
LAST_YEAR = 9998  # later publish dates leave no room to count days forward (or to reach UTC)
MIN_EPOCH = 1e8  # a number below this (before March 1973) is not a date in epoch seconds
FUTURE_SLACK = timedelta(days=1)


def out_of_range(value: datetime) -> str | None:
    """Why ``value`` cannot be a publish date (None when it can): after ``LAST_YEAR``, or
    (with its offset) before year 1 or after year 9999 in UTC."""
    try:
        utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        return "is outside the calendar in UTC (years 1 to 9999)"
    if max(value.year, utc.year) > LAST_YEAR:
        return f"is out of range (the last year Dateline reads is {LAST_YEAR})"
    return None


def small_number(value: object) -> bool:
    """True for a bare number too small to be epoch seconds (``published: 12``)."""
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and abs(value) < MIN_EPOCH)


def parse_date(value: object, default_tz: tzinfo) -> datetime | None:
    """An aware datetime for ``value``, or None when it is not an absolute date (a number too
    small to be epoch seconds, or a date :func:`out_of_range` refuses, is not)."""
    parsed = parse_any_date(value, default_tz)
    return parsed if parsed is not None and out_of_range(parsed) is None else None


def parse_any_date(value: object, default_tz: tzinfo) -> datetime | None:
    """:func:`parse_date` without the range check."""
    if isinstance(value, bool) or small_number(value):
        return None
    if isinstance(value, datetime):
        return _aware(value, default_tz)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=default_tz)
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > _MAX_LENGTH:
        return None
    return _parse_text(text, default_tz)


def date_warnings(
    origin: str, published: datetime, now: datetime | None = None
) -> list[IngestProblem]:
    """Warnings for a publish date that is probably wrong (in the future, or before 1900)."""
    now = now or datetime.now(UTC)
    if published.year < EARLIEST_YEAR:
        return [
            warning(
                origin,
                f"publish date {published.date().isoformat()} is before {EARLIEST_YEAR}",
                "check the date; it may be a placeholder",
            )
        ]
    try:
        future = published > now + FUTURE_SLACK
    except OverflowError:  # 9999-12-31 in a zone east of UTC
        future = True
    if future:
        return [
            warning(
                origin,
                f"publish date {published.date().isoformat()} is in the future",
                "check the date; relative dates in the article will be resolved against it",
            )
        ]
    return []


def _parse_text(text: str, default_tz: tzinfo) -> datetime | None:
    if _ISO_DATE.match(text):
        try:
            return datetime.combine(date.fromisoformat(text), time(), tzinfo=default_tz)
        except ValueError:
            return None
    if _ISO_ANY.match(text):
        try:
            return _aware(datetime.fromisoformat(text.replace("z", "Z")), default_tz)
        except ValueError:
            pass
    if text.isdigit() and len(text) >= 9:
        return _from_epoch(float(text))
    if _RFC822.match(text):
        try:
            return _aware(email.utils.parsedate_to_datetime(text), default_tz)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return _dateparser(text, default_tz)


def _dateparser(text: str, default_tz: tzinfo) -> datetime | None:
    import dateparser

    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return _aware(parsed, default_tz) if parsed is not None else None


def _aware(value: datetime, default_tz: tzinfo) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=default_tz)
    if isinstance(value.tzinfo, timezone | ZoneInfo):
        return value
    offset = value.utcoffset()  # dateparser's and pytz's zones become plain offsets
    return value.replace(tzinfo=timezone(offset)) if offset is not None else value


def _from_epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
