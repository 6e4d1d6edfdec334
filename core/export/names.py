"""Turning what a user typed (names, outlets, dates) into a :class:`TimelineFilter`.

A person may be given by canonical name or by any alias, in any case; an outlet by its name in
any case. A name that matches nothing raises :class:`UnknownName` with the closest matches
(rapidfuzz), so the command line can say "did you mean …".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlite_utils
from rapidfuzz import fuzz, process

from core.daterange import read_span
from core.filters import TimelineFilter


class UnknownName(ValueError):
    """A person or outlet that is not in the database."""

    def __init__(self, kind: str, name: str, suggestions: Sequence[str]) -> None:
        self.kind, self.name, self.suggestions = kind, name, tuple(suggestions)
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown {kind} {name!r}{hint}")


def _close(name: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    found = process.extract(name, list(choices), scorer=fuzz.WRatio, limit=limit * 2,
                            score_cutoff=60)
    return list(dict.fromkeys(match for match, _, _ in found))[:limit]


def resolve_people(db: sqlite_utils.Database, names: Sequence[str]) -> tuple[str, ...]:
    """Canonical names for ``names`` (each a name or an alias, any case), in order."""
    by_key: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for name, aliases in db.execute("SELECT name, aliases FROM people ORDER BY events DESC"):
        canonical[name.casefold()] = name
        for alias in json.loads(aliases):
            by_key.setdefault(alias.casefold(), name)
    resolved: list[str] = []
    for typed in names:
        key = " ".join(typed.split()).casefold()
        found = canonical.get(key) or by_key.get(key)
        if found is None:
            raise UnknownName("person", typed, _close(typed, canonical.values()))
        if found not in resolved:
            resolved.append(found)
    return tuple(resolved)


def resolve_sources(db: sqlite_utils.Database, sources: Sequence[str]) -> tuple[str, ...]:
    """Outlet names as stored, for ``sources`` typed in any case."""
    known = {r[0].casefold(): r[0] for r in db.execute("SELECT DISTINCT source FROM articles")}
    resolved: list[str] = []
    for typed in sources:
        found = known.get(" ".join(typed.split()).casefold())
        if found is None:
            raise UnknownName("source", typed, _close(typed, known.values()))
        if found not in resolved:
            resolved.append(found)
    return tuple(resolved)


def build_filter(
    db: sqlite_utils.Database, *, now: datetime, people: Sequence[str] = (),
    people_mode: str = "any",
    sources: Sequence[str] = (), date_from: str | None = None, date_to: str | None = None,
    text: str = "", min_confidence: float = 0.0, starred: bool = False,
    include_hidden: bool = False,
) -> TimelineFilter:
    """The filter that command-line style arguments describe (raises ValueError on bad input).

    ``date_from``/``date_to`` are read like the dashboard's date filter (``core.daterange``):
    ``2024-05-17``, ``2024-05``, ``2024-W20``, or a phrase such as ``last week`` or ``May 2024``
    resolved against ``now``. A coarse date or a phrase means its first day as a lower bound
    and its last day as an upper bound.
    """
    if people_mode not in ("any", "all"):
        raise ValueError("people mode must be 'any' or 'all'")
    start = read_span(date_from, now).start if date_from else None
    end = read_span(date_to, now).end if date_to else None
    if start is not None and end is not None and start > end:
        raise ValueError(f"--from {date_from} is after --to {date_to}: the date range is reversed")
    return TimelineFilter(
        people=resolve_people(db, people), people_mode=people_mode,
        sources=resolve_sources(db, sources),
        date_from=start, date_to=end,
        text=text, min_confidence=min_confidence, starred_only=starred,
        include_hidden=include_hidden)
