"""Rebuilding the derived tables (people, merged events, links, search index) in one go.

Runs after every ingest and after the user merges, splits or hides people. Reads only the
extracted tables and the user's choices, so it can be repeated at will with the same result.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import sqlite_utils

from core.events.importance import importance
from core.events.merge import AgreedDate, ReportRow, agreed_date, merge_reports
from core.granular import GranularDate, parse_value
from core.models import GRANULARITY_RANK, Granularity
from core.people.edits import apply_edits, recorded_edits
from core.people.resolve import MentionRow, PeopleIndex, resolve_people
from core.store import clear_stale, ensure_statistics, transaction

# A reported statement happened on or before its publish day, a "before"/"after" date some time
# before/after its day; for merging with a dated telling of the same event they reach this far
# (the date itself comes from the source that names the day).
REPORTED_REACH_DAYS = 3
_REPORTED = Granularity.REPORTED.value


def rebuild(db: sqlite_utils.Database) -> None:
    """Recompute people, events, their links and the search index from extracted data, and
    clear the count of changes they lacked (:data:`core.store.STALE_ARTICLES`), all in one
    transaction."""
    with transaction(db):
        index = _people(db)
        _clear_derived(db)
        person_ids = _write_people(db, index)
        _write_events(db, _reports(db, index), person_ids)
        db.table("events_fts").rebuild_fts()  # a savepoint inside this transaction
        clear_stale(db)  # what an ingest or edit stored is shown now
    ensure_statistics(db)  # the planner needs them to drive person and search filters


def _people(db: sqlite_utils.Database) -> PeopleIndex:
    rows = [MentionRow(*r) for r in db.execute(
        "SELECT m.article_key, m.name, m.role, m.label FROM mentions m"
        " JOIN articles a ON a.key = m.article_key ORDER BY a.published_utc, m.start, m.id"
    ).fetchall()]
    sources = [r[0] for r in db.execute("SELECT DISTINCT source FROM articles").fetchall()]
    texts = (r[0] for r in db.execute("SELECT text FROM articles"))  # how words are written
    return apply_edits(resolve_people(rows, sources, texts), recorded_edits(db))


def _clear_derived(db: sqlite_utils.Database) -> None:
    for table in ("event_people", "event_reports", "events", "people"):
        db.execute(f"DELETE FROM {table}")


def _write_people(db: sqlite_utils.Database, index: PeopleIndex) -> dict[str, int]:
    ids = {}
    for person in sorted(index.people.values(), key=lambda p: p.name):
        cur = db.execute("INSERT INTO people(name, role, aliases) VALUES (?,?,?)",
                         [person.name, person.role, json.dumps(sorted(person.aliases))])
        assert cur.lastrowid is not None
        ids[person.name] = cur.lastrowid
    return ids


class _Reports:
    """The stored reports as merging reads them, with what writing their events needs."""

    def __init__(self) -> None:
        self.rows: list[ReportRow] = []
        self.people_of: dict[int, list[str]] = {}
        self.implied_of: dict[int, set[str]] = {}
        self.key_of: dict[int, str] = {}
        self.leads: set[int] = set()  # reports of their article's first statement
        self.reported: set[int] = set()  # reports with no time phrase (see core.events.reported)


def _reports(db: sqlite_utils.Database, index: PeopleIndex) -> _Reports:
    rows = db.execute(
        "SELECT r.id, r.article_key, r.sentence, r.people, t.value, t.mod, t.granularity,"
        " t.range_start, t.range_end, r.report_key, r.clause_start - r.sentence_start,"
        " r.clause_end - r.sentence_start, r.title, r.sentence_start FROM reports r"
        " JOIN times t ON t.id = r.time_id"
        " WHERE t.range_start IS NOT NULL ORDER BY t.range_start, r.id").fetchall()
    out = _Reports()
    first: dict[str, tuple[int, list[int]]] = {}
    for (rid, article, sentence, people_json, value, mod, gran, start, end, rkey,
         clause_from, clause_to, title, sentence_at) in rows:
        at, ids = first.get(article, (sentence_at + 1, []))
        if sentence_at < at:
            first[article] = (sentence_at, [rid])
        elif sentence_at == at:
            ids.append(rid)
        clause = sentence[max(0, clause_from):max(0, clause_to)].strip() or sentence
        names: list[str] = []
        implied: set[str] = set()
        others: list[str] = []
        for written, is_implied in json.loads(people_json):
            canonical = index.lookup(article, written)
            if canonical and canonical in index.people and canonical not in names:
                names.append(canonical)
                if is_implied:
                    implied.add(canonical)
            elif canonical is None and not is_implied:
                others.append(written)
        out.people_of[rid], out.implied_of[rid], out.key_of[rid] = names, implied, rkey
        day_from, day_to = date.fromisoformat(start), date.fromisoformat(end)
        if gran == _REPORTED:
            out.reported.add(rid)
            day_from -= timedelta(days=REPORTED_REACH_DAYS)
        elif mod == "BEFORE":  # "before 15 May" agrees with a source saying 14 May
            day_from -= timedelta(days=REPORTED_REACH_DAYS)
        elif mod == "AFTER":
            day_to += timedelta(days=REPORTED_REACH_DAYS)
        out.rows.append(ReportRow(rid, article, clause, tuple(names), value, day_from, day_to,
                                  GRANULARITY_RANK.get(Granularity(gran), 0), title,
                                  tuple(others), reported=gran == _REPORTED))
    out.leads = {rid for _, ids in first.values() for rid in ids}
    return out


def _agreed(members: list[ReportRow], reported: set[int],
            displays: dict[str, str]) -> AgreedDate:
    """The date dated members agree on; reported members only place an event nobody dates,
    on the earliest publish day that reports it."""
    dated = [r for r in members if r.id not in reported]
    if dated:
        return agreed_date(dated, displays)
    return AgreedDate(min(members, key=lambda r: (r.date_end, r.id)).date_value, None)


def _write_events(db: sqlite_utils.Database, found: _Reports,
                  person_ids: dict[str, int]) -> None:
    reports, people_of, implied_of, key_of = (
        found.rows, found.people_of, found.implied_of, found.key_of)
    by_id = {r.id: r for r in reports}
    details = {r[0]: r[1:] for r in db.execute(
        "SELECT r.id, r.title, r.sentence, r.confidence, t.text, t.mod FROM reports r"
        " JOIN times t ON t.id = r.time_id").fetchall()}
    user = {r[0]: r[1:] for r in db.execute(
        "SELECT report_key, date_value, date_mod, starred, hidden FROM user_events").fetchall()}
    event_rows: list[tuple[object, ...]] = []
    link_rows: list[tuple[int, int]] = []
    people_rows: list[tuple[int, int, int]] = []
    parsed_of: dict[tuple[str, str | None], GranularDate | None] = {}

    def parsed(value: str, mod: str | None) -> GranularDate | None:
        if (value, mod) not in parsed_of:
            parsed_of[(value, mod)] = parse_value(value, mod)
        return parsed_of[(value, mod)]

    shown_of: dict[tuple[str, str | None], str] = {}

    def shown(value: str, mod: str | None) -> str:
        if (value, mod) not in shown_of:
            one = parsed(value, mod)
            shown_of[(value, mod)] = one.display if one else value
        return shown_of[(value, mod)]

    for event_id, group in enumerate(merge_reports(reports), start=1):
        members = [by_id[i] for i in group]
        lead = max(members, key=lambda r: (details[r.id][2], r.rank, -r.id))
        title, sentence, _, expression, mod = details[lead.id]
        displays = {}
        for r in members:
            displays[r.date_value] = shown(r.date_value, details[r.id][4])
        agreed = _agreed(members, found.reported, displays)
        value, mod = agreed.value, next(
            (details[r.id][4] for r in members
             if r.date_value == agreed.value and r.id not in found.reported), mod)
        reported = all(r.id in found.reported for r in members)
        edits = [user[key_of[r.id]] for r in members if key_of[r.id] in user]
        edited = False
        starred = hidden = 0
        for date_value, date_mod, star, hide in edits:
            if date_value and parsed(date_value, date_mod):
                value, mod, edited = date_value, date_mod, True
            starred = star if star is not None else starred
            hidden = hide if hide is not None else hidden
        granular = parsed(value, mod)
        if granular is None:
            continue
        grain, display = granular.granularity, shown(value, mod)
        if reported and not edited:
            grain, display = Granularity.REPORTED, f"reported {shown(value, None)}"
        names = list(dict.fromkeys(n for r in members for n in people_of[r.id]))
        implied = {n for r in members for n in implied_of[r.id]} - {
            n for r in members for n in people_of[r.id] if n not in implied_of[r.id]}
        articles = {r.article_key for r in members}
        leads = {r.article_key for r in members if r.id in found.leads}
        event_rows.append((
            event_id, min(key_of[r.id] for r in members), title, sentence, expression,
            value, mod, grain.value, GRANULARITY_RANK[grain],
            granular.start.isoformat(), granular.end.isoformat(), display,
            max(details[r.id][2] for r in members),
            len(articles), agreed.conflict, ", ".join(names),
            int(bool(implied)), int(edited), starred or 0, hidden or 0,
            importance(len(articles), len(leads), grain, len(set(names) - implied))))
        link_rows.extend((event_id, r.id) for r in members)
        people_rows.extend((event_id, person_ids[n], int(n in implied)) for n in names
                           if n in person_ids)
    db.conn.executemany(
        "INSERT INTO events(id, event_key, title, sentence, expression, date_value, mod,"
        " granularity, rank, date_start, date_end, display, confidence, sources, conflict,"
        " people, implied, edited, starred, hidden, importance)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", event_rows)
    db.conn.executemany("INSERT INTO event_reports(event_id, report_id) VALUES (?,?)", link_rows)
    db.conn.executemany(
        "INSERT OR IGNORE INTO event_people(event_id, person_id, implied) VALUES (?,?,?)",
        people_rows)
    db.execute("UPDATE people SET events = (SELECT count(*) FROM event_people ep"
               " WHERE ep.person_id = people.id)")
