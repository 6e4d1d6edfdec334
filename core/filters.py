"""The one filter object shared by the dashboard, ``dateline export`` and ``dateline events``.

An export is exactly the view because both hand the same :class:`TimelineFilter` to the same
query functions; :func:`core.queries.where_clause` turns it into SQL (this module holds no SQL,
so the read model stays in one place).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Which events to show. The default shows every event that is not hidden.

    ``top``, the key events: only the ``top`` most important of the events the other fields
    select (``None``: all of them). Most important means highest ``importance``, then told by
    more sources, then earlier (``date_start``), then lower id, so the same N come back every
    time. They are still listed in timeline order, and everything that takes a filter
    (:func:`core.queries.count_events`, paging, the density strip, people counts, every
    export) sees only those N: the dashboard's key-events view is the current filter with
    ``top`` set, and ``dateline export --top N`` exports exactly that. ``top=0`` selects
    nothing; a negative ``top`` is a ValueError.
    """

    people: tuple[str, ...] = ()
    people_mode: str = "any"  # "any": an event with at least one of them; "all": all of them
    sources: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    min_confidence: float = 0.0
    starred_only: bool = False
    include_hidden: bool = False
    top: int | None = None  # key events only: see the class docstring

    def __post_init__(self) -> None:
        if self.top is not None and self.top < 0:
            raise ValueError(f"top must be 0 or more, not {self.top}")

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the timeline."""
        return self == TimelineFilter()

    def with_(self, **changes: object) -> TimelineFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def describe(self) -> str:
        """One line naming each active filter, e.g. ``people: Ana Ruiz · search: "vote"``."""
        parts = []
        if self.people:
            joined = ", ".join(self.people)
            parts.append(f"people ({self.people_mode}): {joined}" if len(self.people) > 1
                         else f"person: {joined}")
        if self.sources:
            parts.append("sources: " + ", ".join(self.sources))
        if self.date_from or self.date_to:
            parts.append(f"dates: {self.date_from or '…'}..{self.date_to or '…'}")
        if self.text:
            parts.append(f'search: "{self.text}"')
        if self.min_confidence:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        if self.starred_only:
            parts.append("starred only")
        if self.include_hidden:
            parts.append("hidden included")
        if self.top is not None:
            parts.append(f"top {self.top} by importance")
        return " · ".join(parts) if parts else "all events"
