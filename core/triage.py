"""The reader's corrections to the timeline: fix an event's date, star it, hide it, undo.

Corrections are stored apart from everything ingest writes, in ``user_events`` keyed by the
report keys of all the event's reports (so they survive re-ingest; ``core.rebuild`` re-applies
them) and logged in ``user_log`` for undo. Each one is also applied to the ``events`` row at
once, so the timeline shows it without a rebuild.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from core.granular import parse_value
from core.models import GRANULARITY_RANK
from core.queries import event_first_published, event_of_reports, event_report_keys
from core.store import now_iso, transaction

_EVENT_FIELDS = ("date_value", "mod", "granularity", "rank", "date_start", "date_end", "display",
                 "edited", "starred", "hidden")
_USER_FIELDS = ("date_value", "date_mod", "starred", "hidden")


def event_anchor(db: sqlite_utils.Database, event_id: int) -> datetime | None:
    """The publish date of the earliest article reporting the event."""
    published = event_first_published(db, event_id)
    return datetime.fromisoformat(published) if published else None


# --- writing corrections --------------------------------------------------------------------

def _event_state(db: sqlite_utils.Database, event_id: int) -> dict[str, object] | None:
    row = db.execute(f"SELECT {', '.join(_EVENT_FIELDS)} FROM events WHERE id = ?",
                     [event_id]).fetchone()
    return dict(zip(_EVENT_FIELDS, row, strict=True)) if row else None


def _user_state(db: sqlite_utils.Database, keys: list[str]) -> dict[str, dict[str, object] | None]:
    state: dict[str, dict[str, object] | None] = dict.fromkeys(keys)
    for key, *values in db.execute(
            f"SELECT report_key, {', '.join(_USER_FIELDS)} FROM user_events WHERE report_key IN"
            f" ({','.join('?' * len(keys))})", keys).fetchall():
        state[key] = dict(zip(_USER_FIELDS, values, strict=True))
    return state


def _write_user(db: sqlite_utils.Database, key: str, values: dict[str, object] | None) -> None:
    if values is None:
        db.execute("DELETE FROM user_events WHERE report_key = ?", [key])
        return
    db.execute(
        "INSERT OR REPLACE INTO user_events(report_key, date_value, date_mod, starred, hidden, at)"
        " VALUES (?,?,?,?,?,?)",
        [key, *(values.get(f) for f in _USER_FIELDS), now_iso()])


def _write_event(db: sqlite_utils.Database, event_id: int, values: dict[str, object]) -> None:
    names = [f for f in _EVENT_FIELDS if f in values]
    db.execute(f"UPDATE events SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
               [*(values[n] for n in names), event_id])


def _change(db: sqlite_utils.Database, event_id: int, kind: str,
            user_change: dict[str, object], event_change: dict[str, object]) -> bool:
    """Apply one correction to every report of the event, log it, update the event row."""
    with transaction(db):
        keys = event_report_keys(db, event_id)
        event_before = _event_state(db, event_id)
        if not keys or event_before is None:
            return False
        user_before = _user_state(db, keys)
        for key in keys:
            merged = dict.fromkeys(_USER_FIELDS)
            merged.update(user_before[key] or {})
            merged.update(user_change)
            _write_user(db, key, merged)
        _write_event(db, event_id, event_change)
        db.execute(
            "INSERT INTO user_log(kind, target, before, after, at) VALUES (?,?,?,?,?)",
            [kind, json.dumps(keys), json.dumps({"user": user_before, "event": event_before}),
             json.dumps({"user": user_change, "event": event_change}), now_iso()])
    return True


def set_date(db: sqlite_utils.Database, event_id: int, value: str, mod: str | None = None) -> bool:
    """Give the event this TIMEX3 date (marks it edited). False if the value or event is bad."""
    parsed = parse_value(value, mod)
    if parsed is None:
        return False
    return _change(db, event_id, "date", {"date_value": value, "date_mod": mod}, {
        "date_value": value, "mod": mod, "granularity": parsed.granularity.value,
        "rank": GRANULARITY_RANK[parsed.granularity], "date_start": parsed.start.isoformat(),
        "date_end": parsed.end.isoformat(), "display": parsed.display, "edited": 1})


def _flag(db: sqlite_utils.Database, event_id: int, name: str, on: bool | None) -> bool | None:
    state = _event_state(db, event_id)
    if state is None:
        return None
    value = (not state[name]) if on is None else on
    _change(db, event_id, "star" if name == "starred" else "hide",
            {name: int(value)}, {name: int(value)})
    return value


def star(db: sqlite_utils.Database, event_id: int, on: bool | None = None) -> bool | None:
    """Star (or unstar; ``None`` toggles) an event; returns the new state, None if no event."""
    return _flag(db, event_id, "starred", on)


def hide(db: sqlite_utils.Database, event_id: int, on: bool | None = None) -> bool | None:
    """Hide (or show; ``None`` toggles) an event; returns the new state, None if no event."""
    return _flag(db, event_id, "hidden", on)


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo reverted, and the event it touched (if it still exists)."""

    kind: str
    event_id: int | None


def undo(db: sqlite_utils.Database) -> Undone | None:
    """Revert the latest correction to an event (people edits have their own undo, in
    ``core.people.edits``); None when there is nothing to undo."""
    with transaction(db):
        row = db.execute("SELECT id, kind, target, before FROM user_log WHERE kind IN"
                         " ('date', 'star', 'hide') ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        log_id, kind, target, before_json = row
        keys: list[str] = json.loads(target)
        before = json.loads(before_json)
        for key in keys:
            _write_user(db, key, before["user"].get(key))
        event_id = event_of_reports(db, keys)
        if event_id is not None:
            fields = {"date": ("date_value", "mod", "granularity", "rank", "date_start",
                               "date_end", "display", "edited"),
                      "star": ("starred",), "hide": ("hidden",)}[kind]
            _write_event(db, event_id, {f: before["event"][f] for f in fields})
        db.execute("DELETE FROM user_log WHERE id = ?", [log_id])
    return Undone(kind, event_id)
