"""Everything an export needs about the filtered events, read in three queries.

Calling :func:`core.queries.event_detail` once per event would cost three queries an event;
an export of 100,000 events instead reads the rows, the people and the source reports of the
whole filtered timeline at once and joins them here. All article-derived text is cleaned of
control sequences on the way in, so the formats only need their own escaping.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import sqlite_utils

from core.export.text import clean
from core.filters import TimelineFilter, where_clause
from core.granular import parse_value
from core.queries import ORDER, EventDetail, SourceReport, TimelineRow

_COLUMNS = (
    "e.id, e.display, e.date_value, e.granularity, e.date_start, e.date_end, e.title,"
    " e.people, e.sources, e.conflict, e.edited, e.implied, e.starred, e.hidden, e.confidence,"
    " e.sentence, e.expression, e.mod, e.event_key"
)


@dataclass(frozen=True, slots=True)
class ExportEvent:
    """One event to export: its detail (as the dashboard sees it) and its stable key."""

    key: str  # survives re-ingest: used for ICS UIDs and similar
    detail: EventDetail

    @property
    def row(self) -> TimelineRow:
        """The event's timeline row."""
        return self.detail.row


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person as the exports list them."""

    name: str
    aliases: tuple[str, ...]
    role: str | None


@lru_cache(maxsize=4096)
def _display(value: str, mod: str | None) -> str:
    parsed = parse_value(value, mod)
    return parsed.display if parsed else value


def _people(db: sqlite_utils.Database, where: str, params: list[object]
            ) -> dict[int, list[tuple[str, bool]]]:
    names = {pid: clean(name) for pid, name in db.execute("SELECT id, name FROM people")}
    found: dict[int, list[tuple[str, bool]]] = {}
    for event_id, person_id, implied in db.execute(
            "SELECT ep.event_id, ep.person_id, ep.implied FROM event_people ep"
            f" WHERE ep.event_id IN (SELECT e.id FROM events e WHERE {where})", params):
        found.setdefault(event_id, []).append((names[person_id], bool(implied)))
    for people in found.values():
        if len(people) > 1:
            people.sort(key=lambda p: (p[1], p[0]))  # named before implied, then by name
    return found


def _articles(db: sqlite_utils.Database) -> dict[str, tuple[str, str, str, str | None]]:
    return {key: (clean(source), clean(title), published, clean(url) or None)
            for key, source, title, published, url in db.execute(
                "SELECT key, source, title, published, url FROM articles")}


def _sources(db: sqlite_utils.Database, where: str, params: list[object]
             ) -> dict[int, list[SourceReport]]:
    articles = _articles(db)
    found: dict[int, list[SourceReport]] = {}
    for (event_id, report_key, article_key, sentence, offset, phrase, value, mod,
         rule, anchor, anchor_kind, explanation, range_start, range_end) in db.execute(
            "SELECT er.event_id, r.report_key, r.article_key, r.sentence,"
            " t.start - r.sentence_start, t.text, t.value, t.mod, t.rule, t.anchor,"
            " t.anchor_kind, t.explanation, t.range_start, t.range_end FROM event_reports er"
            " JOIN reports r ON r.id = er.report_id JOIN times t ON t.id = r.time_id"
            f" WHERE er.event_id IN (SELECT e.id FROM events e WHERE {where})", params):
        outlet, title, published, url = articles[article_key]
        found.setdefault(event_id, []).append(SourceReport(
            report_key, outlet, title, published, url,
            sentence if sentence.isprintable() else clean(sentence),
            phrase if phrase.isprintable() else clean(phrase), offset, value,
            _display(value, mod), rule, anchor, anchor_kind,
            explanation if explanation.isprintable() else clean(explanation),
            range_start, range_end))
    for reports in found.values():
        if len(reports) > 1:  # as event_detail orders them: by publish date, then outlet
            reports.sort(key=lambda s: (s.published, s.outlet))
    return found


def load_events(db: sqlite_utils.Database, f: TimelineFilter) -> list[ExportEvent]:
    """Every event the filter shows, in timeline order, with people and sources."""
    where, params = where_clause(f)
    people = _people(db, where, params)
    sources = _sources(db, where, params)
    events = []
    for r in db.execute(f"SELECT {_COLUMNS} FROM events e WHERE {where} ORDER BY {ORDER}",
                        params):
        row = TimelineRow(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]),
                          date.fromisoformat(r[5]), clean(r[6]), clean(r[7]), r[8],
                          clean(r[9]) or None, bool(r[10]), bool(r[11]), bool(r[12]),
                          bool(r[13]), r[14])
        detail = EventDetail(row, clean(r[15]), clean(r[16]), r[17],
                             tuple(people.get(r[0], ())), tuple(sources.get(r[0], ())))
        events.append(ExportEvent(r[18], detail))
    return events


def load_people(db: sqlite_utils.Database, names: set[str]) -> dict[str, PersonInfo]:
    """Aliases and roles of the named people."""
    found = {}
    for name, aliases, role in db.execute("SELECT name, aliases, role FROM people"):
        name = clean(name)
        if name in names:
            found[name] = PersonInfo(name, tuple(sorted(clean(a) for a in json.loads(aliases))),
                                     clean(role) or None)
    return found
