"""The iCalendar export: every event as an all-day VEVENT spanning its dates.

A day is ``DTSTART;VALUE=DATE`` with an exclusive ``DTEND`` the next day; a week, a month or
any coarser span covers all its days. An event ending on 31 Dec 9999 has no next day to end
on, so it gets the equivalent ``DURATION`` (RFC 5545 3.6.1) instead; year 1 needs nothing.
Times and parts of the day stay all-day events on their day, since an article's clock time
has no reliable zone. UIDs come from the event key, which survives re-ingest, so a calendar
that re-imports the file updates events instead of doubling them. ``DTSTAMP`` is the export
time unless ``stamp`` is given (tests freeze it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TextIO

from icalendar import Calendar, Event

from core.export.summary import timeline_title
from core.export.text import one_line, safe_url
from core.filters import TimelineFilter
from core.queries import EventDetail

PRODID = "-//Dateline//Dateline timeline export//EN"
UID_DOMAIN = "dateline.invalid"


def _description(d: EventDetail) -> str:
    lines = [f"{d.row.display}: {one_line(d.sentence)}"]
    if d.people:
        lines.append("People: " + ", ".join(
            name + (" (implied)" if implied else "") for name, implied in d.people))
    if d.row.edited:
        lines.append("Date corrected by hand.")
    if d.row.conflict:
        conflict = one_line(d.row.conflict)
        lines.append(conflict[:1].upper() + conflict[1:] + ".")
    if d.sources:
        lines.append("")
        lines.append("Sources:")
        for s in d.sources:
            url = safe_url(s.url)
            lines.append(f"- {one_line(s.outlet)}, “{one_line(s.article_title)}”,"
                         f" {s.published[:10]}: “{one_line(s.sentence)}”"
                         + (f" {url}" if url else ""))
    return "\n".join(lines)


def vevent(event: EventDetail, stamp: datetime) -> Event:
    """One all-day VEVENT for an event."""
    row = event.row
    item = Event()
    item.add("uid", f"{event.key}@{UID_DOMAIN}")
    item.add("dtstamp", stamp)
    item.add("dtstart", row.date_start)
    if row.date_end < date.max:
        item.add("dtend", row.date_end + timedelta(days=1))
    else:  # the calendar's last day: no day after it to end on
        item.add("duration", row.date_end - row.date_start + timedelta(days=1))
    item.add("summary", one_line(row.title))
    item.add("description", _description(event))
    names = [name for name, _ in event.people]
    if names:
        item.add("categories", names)
    urls = [u for u in (safe_url(s.url) for s in event.sources) if u]
    if urls:
        item.add("url", urls[0])
    item.add("transp", "TRANSPARENT")
    return item


def write_ics(events: Sequence[EventDetail], f: TimelineFilter, out: TextIO, *,
              title: str | None = None, stamp: datetime | None = None) -> int:
    """Write the calendar to ``out``; returns the number of events written."""
    when = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", one_line(title or timeline_title(f, events)))
    for event in events:
        calendar.add_component(vevent(event, when))
    out.write(calendar.to_ical().decode("utf-8"))
    return len(events)
