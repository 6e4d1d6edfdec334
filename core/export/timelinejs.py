"""The TimelineJS export: the JSON that Knight Lab's TimelineJS3 reads.

Dates are given only as precisely as Dateline knows them: a month is ``{"year", "month"}``, a
year just ``{"year"}``; spans (weeks, quarters, intervals …) get an ``end_date``. Every event
carries the ``display_date`` Dateline shows ("week of 13 May 2024"). TimelineJS renders its
text fields as HTML, so all article text is HTML-escaped.
"""

from __future__ import annotations

import json
from calendar import monthrange
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from core.export.summary import coverage, timeline_title
from core.export.text import html_text, safe_url
from core.filters import TimelineFilter
from core.models import GRANULARITY_RANK, Granularity
from core.queries import EventDetail

GROUP_BY = ("person", "source", "none")
_DAY_RANK = GRANULARITY_RANK[Granularity.DAY]
_MONTH_RANK = GRANULARITY_RANK[Granularity.MONTH]


def _date(d: date, rank: int) -> dict[str, int]:
    if rank >= _DAY_RANK:
        return {"year": d.year, "month": d.month, "day": d.day}
    if rank >= _MONTH_RANK:
        return {"year": d.year, "month": d.month}
    return {"year": d.year}


def _dates(event: EventDetail) -> tuple[dict[str, int], dict[str, int] | None]:
    row = event.row
    try:
        granularity = Granularity(row.granularity)
    except ValueError:
        granularity = Granularity.INTERVAL
    start, end = row.date_start, row.date_end
    if granularity in (Granularity.DAY, Granularity.PART_OF_DAY, Granularity.TIME):
        return _date(start, _DAY_RANK), None
    if granularity is Granularity.MONTH and not row.date_value.count("/"):
        return _date(start, _MONTH_RANK), None
    if granularity is Granularity.YEAR and (start.month, start.day, end.month, end.day) == (
            1, 1, 12, 31):
        return _date(start, 0), None
    # a span: in whole years, whole months, or days, whichever its ends allow
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        rank = 0
    elif start.day == 1 and _is_month_end(end):
        rank = _MONTH_RANK
    else:
        rank = _DAY_RANK
    return _date(start, rank), _date(end, rank)


def _is_month_end(d: date) -> bool:
    return d.day == monthrange(d.year, d.month)[1]  # (no day after 31 Dec 9999 to look at)


def _group(d: EventDetail, group_by: str) -> str | None:
    if group_by == "person" and d.people:
        return html_text(d.people[0][0])
    if group_by == "source" and d.sources:
        return html_text(d.sources[0].outlet)
    return None


def _text(d: EventDetail) -> str:
    parts = [f"<p>{html_text(d.sentence)}</p>"]
    if d.people:
        parts.append("<p>People: " + ", ".join(
            html_text(n) + (" (implied)" if implied else "") for n, implied in d.people) + "</p>")
    notes = []
    if d.row.edited:
        notes.append("date corrected by hand")
    if d.row.conflict:
        notes.append(html_text(d.row.conflict))
    if notes:
        parts.append(f"<p><em>{'; '.join(notes)}</em></p>")
    if d.sources:
        items = []
        for s in d.sources:
            title = html_text(s.article_title)
            url = safe_url(s.url)
            linked = f'<a href="{html_text(url)}">{title}</a>' if url else title
            items.append(f"<li>{html_text(s.outlet)}, {linked}, {html_text(s.published[:10])}"
                         f": “{html_text(s.sentence)}”</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


def slide(event: EventDetail, group_by: str = "person") -> dict[str, Any]:
    """One TimelineJS slide for an event."""
    start, end = _dates(event)
    item: dict[str, Any] = {"start_date": start}
    if end is not None:
        item["end_date"] = end
    item["display_date"] = event.row.display
    item["text"] = {"headline": html_text(event.row.title), "text": _text(event)}
    group = _group(event, group_by)
    if group:
        item["group"] = group
    item["unique_id"] = f"dateline-{event.key}"
    return item


def write_timelinejs(events: Sequence[EventDetail], f: TimelineFilter, out: TextIO, *,
                     title: str | None = None, group_by: str = "person") -> int:
    """Write the TimelineJS document to ``out``; returns the number of events written."""
    if group_by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {', '.join(GROUP_BY)}")
    document = {
        "title": {"text": {"headline": html_text(title or timeline_title(f, events)),
                           "text": f"<p>{html_text(coverage(f, events))}</p>"}},
        "events": [slide(e, group_by) for e in events],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(events)
