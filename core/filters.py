"""The one filter object shared by the dashboard, ``dateline export`` and ``dateline events``.

An export is exactly the view because both turn the same :class:`TimelineFilter` into the same
SQL ``WHERE`` clause here. Every value reaches SQLite as a parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Which events to show. The default shows every event that is not hidden."""

    people: tuple[str, ...] = ()
    people_mode: str = "any"  # "any": an event with at least one of them; "all": all of them
    sources: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    min_confidence: float = 0.0
    starred_only: bool = False
    include_hidden: bool = False

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
        return " · ".join(parts) if parts else "all events"


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A user's search words as a safe FTS5 query: every word must appear (prefix match)."""
    return " ".join(f'"{w}"*' for w in _WORD.findall(text))


def where_clause(f: TimelineFilter, alias: str = "e") -> tuple[str, list[object]]:
    """The SQL condition (on table alias ``alias`` of ``events``) and its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if not f.include_hidden:
        clauses.append(f"{alias}.hidden = 0")
    if f.starred_only:
        clauses.append(f"{alias}.starred = 1")
    if f.min_confidence:
        clauses.append(f"{alias}.confidence >= ?")
        params.append(f.min_confidence)
    if f.date_from:
        clauses.append(f"{alias}.date_end >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(f.date_to.isoformat())
    if f.people:
        marks = ",".join("?" * len(f.people))
        if f.people_mode == "all":
            clauses.append(
                f"{alias}.id IN (SELECT ep.event_id FROM event_people ep JOIN people p"
                f" ON p.id = ep.person_id WHERE p.name IN ({marks}) GROUP BY ep.event_id"
                " HAVING count(DISTINCT p.id) = ?)")
            params.extend([*f.people, len(set(f.people))])
        else:
            clauses.append(
                f"{alias}.id IN (SELECT ep.event_id FROM event_people ep JOIN people p"
                f" ON p.id = ep.person_id WHERE p.name IN ({marks}))")
            params.extend(f.people)
    if f.sources:
        marks = ",".join("?" * len(f.sources))
        clauses.append(
            f"{alias}.id IN (SELECT er.event_id FROM event_reports er JOIN reports r"
            " ON r.id = er.report_id JOIN articles a ON a.key = r.article_key"
            f" WHERE a.source IN ({marks}))")
        params.extend(f.sources)
    query = fts_query(f.text)
    if f.text.strip():
        clauses.append(f"{alias}.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(query or '""')
    return (" AND ".join(clauses) or "1"), params
