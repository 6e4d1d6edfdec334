"""Dates and bylines written into the text itself, for files without front matter.

Looks only at the top of the text (the first ``TOP_LINES`` non-empty lines):

* metadata lines such as ``Published: May 17, 2024 10:32 EDT``, ``Updated on 2024-05-18``,
  ``Posted: ...``, ``By Jane Roe`` — alone or joined by ``|``/``·`` on one line. Lines made only
  of such parts are removed from the text;
* a dateline opening the first paragraph: ``WASHINGTON, May 17, 2024 — ...`` or
  ``LONDON (Agency) 17 May 2024 - ...``. The dateline stays in the text.

The publish date is the "Published" line, else the dateline, else the "Updated" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from core.ingest.dates import parse_date

TOP_LINES = 15
_MAX_META_LINE = 160

_DATE_LABEL = re.compile(
    r"^(?P<label>first published|originally published|published|posted|last updated|updated|"
    r"last modified|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By|BY|by)\s+(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|and|&|de|da|van|von|der|la|le)){1,6})"
    r"\s*(?:,\s*[\w .'’&-]{1,60})?$",
)
_PART_SEPARATOR = re.compile(r"\s+[|·•]\s+")

_MONTH_DAY_YEAR = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
_DAY_MONTH_YEAR = r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
_ISO = r"\d{4}-\d{2}-\d{2}"
_DATELINE = re.compile(
    r"^[*_]*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}[A-ZÀ-ÖØ-Þ.]"
    r"(?:,\s*[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w.'’-]+){0,2})?)[*_]*"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?[,–—-]?\s*"
    rf"(?P<date>(?:[A-Z][a-z]{{2,8}},?\s+)?(?:{_MONTH_DAY_YEAR}|{_DAY_MONTH_YEAR}|{_ISO}))"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-|:)\s"
)


@dataclass(frozen=True)
class TextMeta:
    """What the top of a text says about it, and the text without its metadata lines."""

    text: str
    published: datetime | None = None
    updated: datetime | None = None
    author: str | None = None
    dateline: datetime | None = None


def read_text_meta(text: str, default_tz: tzinfo) -> TextMeta:
    """Find metadata lines and a dateline at the top of ``text``."""
    lines = text.split("\n")
    published: datetime | None = None
    updated: datetime | None = None
    author: str | None = None
    dateline: datetime | None = None
    drop: set[int] = set()
    seen = 0
    for index, line in enumerate(lines):
        stripped = line.strip().strip("*_").strip()
        if not stripped:
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        if dateline is None:
            dateline = _dateline(stripped, default_tz)
        if len(stripped) > _MAX_META_LINE:
            continue
        parts = _PART_SEPARATOR.split(stripped)
        found = [_meta_part(part.strip().strip("*_").strip(), default_tz) for part in parts]
        if all(item is not None for item in found):
            drop.add(index)
            for item in found:
                assert item is not None
                key, value = item
                if key == "published" and published is None and isinstance(value, datetime):
                    published = value
                elif key == "updated" and updated is None and isinstance(value, datetime):
                    updated = value
                elif key == "author" and author is None and isinstance(value, str):
                    author = value
    kept = "\n".join(line for index, line in enumerate(lines) if index not in drop)
    return TextMeta(kept, published, updated, author, dateline)


def _meta_part(part: str, default_tz: tzinfo) -> tuple[str, datetime | str] | None:
    label = _DATE_LABEL.match(part)
    if label:
        value = parse_date(label.group("value").strip(), default_tz)
        if value is None:
            return None
        key = (
            "updated"
            if "updated" in label.group("label").lower()
            or "modified" in (label.group("label").lower())
            else "published"
        )
        return key, value
    byline = _BYLINE.match(part)
    if byline:
        return "author", byline.group("name")
    return None


def _dateline(line: str, default_tz: tzinfo) -> datetime | None:
    match = _DATELINE.match(line)
    if not match:
        return None
    return parse_date(match.group("date"), default_tz)
