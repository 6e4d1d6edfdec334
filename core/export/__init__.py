"""Every export format, behind one call: ``export_timeline(db, filter, fmt, out)``.

The dashboard's export dialog and ``dateline export`` both pass a
:class:`core.filters.TimelineFilter`, so an export is exactly the view. Formats: Markdown
(``md``), JSON schema 1 (``json``), CSV (``csv``), TimelineJS (``timelinejs``) and iCalendar
(``ics``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TextIO

import sqlite_utils

from core.export.csv_export import write_csv
from core.export.ics import write_ics
from core.export.json_export import write_json
from core.export.markdown import event_markdown
from core.export.markdown_db import write_markdown_db
from core.export.names import UnknownName, build_filter, resolve_people, resolve_sources
from core.export.timelinejs import write_timelinejs
from core.filters import TimelineFilter
from core.queries import EventDetail, iter_event_details

__all__ = [
    "FORMATS",
    "ExportFormat",
    "UnknownName",
    "build_filter",
    "event_markdown",
    "export_timeline",
    "resolve_people",
    "resolve_sources",
]

Writer = Callable[
    [sqlite_utils.Database, list[EventDetail], TimelineFilter, TextIO, dict[str, Any]], int]
# A writer that streams the events from the database instead of taking them as a list.
DirectWriter = Callable[[sqlite_utils.Database, TimelineFilter, TextIO, dict[str, Any]], int]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its name, file extension, a line of help and its writer."""

    name: str
    extension: str
    description: str
    write: Writer | None = None  # takes the events, loaded by core.queries
    direct: DirectWriter | None = None  # streams the events itself (the Markdown page)


def _md_direct(db: sqlite_utils.Database, f: TimelineFilter, out: TextIO,
               o: dict[str, Any]) -> int:
    return write_markdown_db(db, f, out, title=o.get("title"), mermaid=bool(o.get("mermaid")))


def _json(db: sqlite_utils.Database, events: list[EventDetail], f: TimelineFilter, out: TextIO,
          o: dict[str, Any]) -> int:
    return write_json(db, events, f, out, title=o.get("title"))


def _csv(db: sqlite_utils.Database, events: list[EventDetail], f: TimelineFilter, out: TextIO,
         o: dict[str, Any]) -> int:
    return write_csv(events, out)


def _timelinejs(db: sqlite_utils.Database, events: list[EventDetail], f: TimelineFilter,
                out: TextIO, o: dict[str, Any]) -> int:
    return write_timelinejs(events, f, out, title=o.get("title"),
                            group_by=o.get("group_by") or "person")


def _ics(db: sqlite_utils.Database, events: list[EventDetail], f: TimelineFilter, out: TextIO,
         o: dict[str, Any]) -> int:
    stamp = o.get("stamp")
    return write_ics(events, f, out, title=o.get("title"),
                     stamp=stamp if isinstance(stamp, datetime) else None)


FORMATS: dict[str, ExportFormat] = {
    "md": ExportFormat("md", ".md", "Markdown page with headings and footnotes",
                       direct=_md_direct),
    "json": ExportFormat("json", ".json", "JSON (schema 1) for other programs", _json),
    "csv": ExportFormat("csv", ".csv", "CSV, one row per event and source", _csv),
    "timelinejs": ExportFormat("timelinejs", ".json", "TimelineJS3 JSON", _timelinejs),
    "ics": ExportFormat("ics", ".ics", "iCalendar, all-day events", _ics),
}


def export_timeline(db: sqlite_utils.Database, f: TimelineFilter, fmt: str, out: TextIO,
                    **options: Any) -> int:
    """Write the events ``f`` shows to ``out`` in format ``fmt``; returns how many were written.

    Options: ``title`` (every format but csv), ``mermaid`` (md), ``group_by`` ("person",
    "source" or "none"; timelinejs), ``stamp`` (an aware datetime for ics DTSTAMP).
    """
    try:
        chosen = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    with _gc_paused():
        if chosen.direct is not None:
            return chosen.direct(db, f, out, options)
        assert chosen.write is not None
        return chosen.write(db, list(iter_event_details(db, f)), f, out, options)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building hundreds of thousands of small
    objects that hold no cycles (otherwise it rescans them again and again)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
