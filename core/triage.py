"""The reader's corrections to the timeline: fix an event's date, star it, hide it, undo.

Corrections are stored apart from everything ingest writes, in ``user_events`` keyed by the
report keys of all the event's reports (so they survive re-ingest; ``core.rebuild`` re-applies
them) and logged in ``user_log`` for undo. Each one is also applied to the ``events`` row at
once, so the timeline shows it without a rebuild.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlite_utils

from core.granular import GranularDate, parse_value
from core.models import GRANULARITY_RANK
from core.store import now_iso, transaction

_EVENT_FIELDS = ("date_value", "mod", "granularity", "rank", "date_start", "date_end", "display",
                 "edited", "starred", "hidden")
_USER_FIELDS = ("date_value", "date_mod", "starred", "hidden")


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a typed correction means: the date it names and how it was read."""

    text: str
    date: GranularDate
    explanation: str


# --- reading what the user typed ------------------------------------------------------------

_UNIT = r"(day|week|month|quarter|year)s?"
_RELATIVE = re.compile(rf"^(last|this|next|previous|current|coming)\s+{_UNIT}$", re.I)
_AGO = re.compile(rf"^(\d+)\s+{_UNIT}\s+ago$", re.I)
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _unit_value(day: date, unit: str) -> str:
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def _shift(day: date, unit: str, n: int) -> date:
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12}[unit] * n
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _fallback_phrase(text: str, anchor: date) -> tuple[str, str] | None:
    """A few everyday phrases, for when the full resolver is not available."""
    phrase = " ".join(text.lower().split())
    if phrase in ("today", "yesterday", "tomorrow"):
        day = anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[phrase])
        return day.isoformat(), f"{phrase} from {anchor.isoformat()}"
    if m := _RELATIVE.match(phrase):
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(m[1].lower(), 0)
        unit = m[2].lower()
        return _unit_value(_shift(anchor, unit, step), unit), f"{phrase} from {anchor}"
    if m := _AGO.match(phrase):
        unit = m[2].lower()
        return _unit_value(_shift(anchor, unit, -int(m[1])), unit), f"{phrase} from {anchor}"
    if (m := _MONTH_YEAR.match(text.strip())) and m[1][:3].lower() in _MONTHS:
        return f"{m[2]}-{_MONTHS[m[1][:3].lower()]:02d}", "month and year as written"
    return None


def _temporal_phrase(text: str, anchor: datetime) -> tuple[str, str | None, str] | None:
    """The project's date resolver on ``text`` alone, if it is installed and names a date."""
    try:
        resolve_times = importlib.import_module("core.temporal").resolve_times
        times = resolve_times(text, anchor)
    except Exception:  # the resolver is optional here; any failure falls back
        return None
    for t in times:
        if getattr(t, "dates_an_event", False):
            return t.value, t.mod, t.receipt.explanation
    return None


def resolve_phrase(text: str, anchor: datetime) -> Resolution | None:
    """Read a TIMEX3 value (``2023-11``, ``2024-W20``) or a phrase against ``anchor``."""
    text = text.strip()
    if not text:
        return None
    value = parse_value(text)
    if value is not None:
        return Resolution(text, value, f"TIMEX3 value {text}")
    found = _temporal_phrase(text, anchor)
    if found is not None:
        parsed = parse_value(found[0], found[1])
        if parsed is not None:
            return Resolution(text, parsed, found[2])
    simple = _fallback_phrase(text, anchor.date())
    if simple is not None:
        parsed = parse_value(simple[0])
        if parsed is not None:
            return Resolution(text, parsed, simple[1])
    return None


def event_anchor(db: sqlite_utils.Database, event_id: int) -> datetime | None:
    """The publish date of the earliest article reporting the event."""
    row = db.execute(
        "SELECT min(a.published) FROM event_reports er JOIN reports r ON r.id = er.report_id"
        " JOIN articles a ON a.key = r.article_key WHERE er.event_id = ?", [event_id]).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def resolve_for_event(db: sqlite_utils.Database, event_id: int, text: str) -> Resolution | None:
    """What ``text`` means as a date for this event (phrases read against its article)."""
    anchor = event_anchor(db, event_id)
    if anchor is None:
        value = parse_value(text.strip())
        return Resolution(text, value, f"TIMEX3 value {text}") if value else None
    return resolve_phrase(text, anchor)


# --- writing corrections --------------------------------------------------------------------

def _report_keys(db: sqlite_utils.Database, event_id: int) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT r.report_key FROM event_reports er JOIN reports r ON r.id = er.report_id"
        " WHERE er.event_id = ? ORDER BY r.report_key", [event_id]).fetchall()]


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
        keys = _report_keys(db, event_id)
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
    """Revert the latest correction; None when there is nothing to undo."""
    with transaction(db):
        row = db.execute("SELECT id, kind, target, before FROM user_log ORDER BY id DESC"
                         " LIMIT 1").fetchone()
        if row is None:
            return None
        log_id, kind, target, before_json = row
        keys: list[str] = json.loads(target)
        before = json.loads(before_json)
        for key in keys:
            _write_user(db, key, before["user"].get(key))
        found = db.execute(
            "SELECT er.event_id FROM event_reports er JOIN reports r ON r.id = er.report_id"
            f" WHERE r.report_key IN ({','.join('?' * len(keys))}) LIMIT 1", keys).fetchone()
        event_id = found[0] if found else None
        if event_id is not None:
            fields = {"date": ("date_value", "mod", "granularity", "rank", "date_start",
                               "date_end", "display", "edited"),
                      "star": ("starred",), "hide": ("hidden",)}[kind]
            _write_event(db, event_id, {f: before["event"][f] for f in fields})
        db.execute("DELETE FROM user_log WHERE id = ?", [log_id])
    return Undone(kind, event_id)
