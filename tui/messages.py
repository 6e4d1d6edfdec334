"""Messages the dashboard's widgets and workers send each other."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from core.filters import TimelineFilter
from core.queries import EventDetail, PersonCount, TimelineRow


@dataclass
class FilterChanged(Message):
    """A panel wants the shared filter changed (only the given fields)."""

    changes: dict[str, object]


@dataclass
class CursorMoved(Message):
    """The timeline cursor is on another event (``row`` None when the view is empty)."""

    row: TimelineRow | None
    index: int
    month: str | None


@dataclass
class TimelineReady(Message):
    """The timeline finished (re)loading for ``filter``."""

    filter: TimelineFilter
    shown: int
    months: list[tuple[str, int]]


@dataclass
class DetailLoaded(Message):
    """The detail of the event under the cursor arrived."""

    detail: EventDetail | None


@dataclass
class PeopleLoaded(Message):
    """Every person with their event count under the current filter."""

    people: list[PersonCount]
    sources: list[tuple[str, int]]


@dataclass
class PeopleEdited(Message):
    """People were merged, split, hidden or an edit undone; the tables are rebuilt."""

    text: str  # what was done, for the notification
