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


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A user's search words as a safe FTS5 query: every word must appear (prefix match)."""
    return " ".join(f'"{w}"*' for w in _WORD.findall(text))


# How "most important" ranks events, ties broken so a top N is always the same N; the
# ``events_top`` index has this order, so the N are read off its first entries.
IMPORTANCE_ORDER = "{a}.importance DESC, {a}.sources DESC, {a}.date_start, {a}.id"


def where_clause(f: TimelineFilter, alias: str = "e") -> tuple[str, list[object]]:
    """The SQL condition (on table alias ``alias`` of ``events``) and its parameters."""
    if f.top is not None:  # the other conditions pick the candidates, ranked in a subquery
        inner, inner_params = where_clause(f.with_(top=None, include_hidden=True), "top_e")
        if not f.include_hidden:
            # "+" keeps SQLite from reading the candidates off the hidden-first index and
            # sorting them all: it walks events_top (which holds hidden) and stops at N
            inner = f"+top_e.hidden = 0 AND {inner}"
        return (f"{alias}.id IN (SELECT top_e.id FROM events top_e WHERE {inner}"
                f" ORDER BY {IMPORTANCE_ORDER.format(a='top_e')} LIMIT ?)", [*inner_params, f.top])
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
