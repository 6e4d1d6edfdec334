"""The JSON export (schema 2, described by ``schemas/timeline.schema.json``).

The document is written event by event, so a large timeline never sits in memory twice.
Fields named in schema 1 are stable; new fields may be added, never renamed. Schema 2 adds
each event's ``importance`` (what ``--top N`` ranks by, and what a reader can rank dates by).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

import sqlite_utils

from core.export.summary import coverage, timeline_title
from core.export.text import one_line
from core.filters import TimelineFilter
from core.queries import EventDetail, SourceReport, people_info

SCHEMA_VERSION = 2
IMPORTANCE_DIGITS = 3  # importance is a ranking score: more digits only add noise


def _source(s: SourceReport) -> dict[str, Any]:
    return {
        "title": one_line(s.article_title),
        "source": one_line(s.outlet),
        "url": one_line(s.url) or None,
        "published": s.published,
        "sentence": one_line(s.sentence),
        "phrase": one_line(s.phrase),
        "date": {"value": s.date_value, "display": s.date_display,
                 "start": s.range_start, "end": s.range_end},
        "receipt": {"anchor": s.anchor, "anchor_kind": s.anchor_kind, "rule": s.rule,
                    "explanation": one_line(s.explanation)},
    }


def event_object(d: EventDetail) -> dict[str, Any]:
    """One event as a JSON object of the current schema."""
    row = d.row
    return {
        "id": row.id,
        "key": d.key,
        "title": one_line(row.title),
        "text": one_line(d.sentence),
        "expression": one_line(d.expression),
        "date": {"value": row.date_value, "granularity": row.granularity, "mod": d.mod,
                 "start": row.date_start.isoformat(), "end": row.date_end.isoformat(),
                 "display": row.display},
        "people": [name for name, _ in d.people],
        "implied_people": [name for name, implied in d.people if implied],
        "sources": [_source(s) for s in d.sources],
        "confidence": row.confidence,
        "importance": round(row.importance, IMPORTANCE_DIGITS),
        "conflict": row.conflict,
        "edited": row.edited,
        "starred": row.starred,
        "hidden": row.hidden,
    }


def _dump(value: object, indent: str) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + indent)


def write_json(db: sqlite_utils.Database, events: Sequence[EventDetail], f: TimelineFilter,
               out: TextIO, *, title: str | None = None) -> int:
    """Write the JSON document to ``out``; returns the number of events written."""
    out.write("{\n")
    out.write(f'  "schema": {SCHEMA_VERSION},\n')
    out.write(f'  "title": {_dump(title or timeline_title(f, events), "  ")},\n')
    out.write(f'  "covers": {_dump(coverage(f, events), "  ")},\n')
    out.write(f'  "filter": {_dump(f.describe(), "  ")},\n')
    out.write('  "events": [')
    counts: Counter[str] = Counter()
    for number, event in enumerate(events):
        out.write(",\n    " if number else "\n    ")
        out.write(_dump(event_object(event), "    "))
        counts.update(name for name, _ in event.people)
    out.write("\n  ]," if events else "],")
    info = people_info(db, set(counts))
    people = [{"name": name, "aliases": list(info[name].aliases) if name in info else [name],
               "role": info[name].role if name in info else None, "events": n}
              for name, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    out.write('\n  "people": ')
    out.write(_dump(people, "  "))
    out.write("\n}\n")
    return len(events)
