"""Rebuilding the derived tables (people, merged events, links, search index) in one go.

Runs after every ingest and after the user merges, splits or hides people. Reads only the
extracted tables and the user's choices, so it can be repeated at will with the same result.

Events are made in three streamed passes over the dated reports, so that memory follows the
reports of a few days and not the archive: one counts how many reports use each word (what is
rare), one sweeps the reports in date order and files each merged group in a temporary table,
and one reads every report back in event order (with what its article leads with and the
user's own edits, joined by SQLite) and writes the events in batches.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import sqlite_utils

from core.events.features import RareWords, word_set
from core.events.importance import importance
from core.events.merge import AgreedDate, Merging, ReportRow, agreed_date
from core.events.similarity import MIN_RANK
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
BATCH = 5_000  # events written per executemany
# Granularities fine enough to merge (core.events.similarity.MIN_RANK).
_MERGEABLE = tuple(g.value for g, rank in GRANULARITY_RANK.items() if rank >= MIN_RANK)


def rebuild(db: sqlite_utils.Database) -> None:
    """Recompute people, events, their links and the search index from extracted data, and
    clear the count of changes they lacked (:data:`core.store.STALE_ARTICLES`), all in one
    transaction."""
    with transaction(db):
        index = _people(db)
        _clear_derived(db)
        person_ids = _write_people(db, index)
        _write_events(db, index, person_ids)
        db.table("events_fts").rebuild_fts()  # a savepoint inside this transaction
        clear_stale(db)  # what an ingest or edit stored is shown now
    ensure_statistics(db)  # the planner needs them to drive person and search filters


def _people(db: sqlite_utils.Database) -> PeopleIndex:
    rows = (MentionRow(*r) for r in db.execute(  # read once, into the resolver's own list
        "SELECT m.article_key, m.name, m.role, m.label FROM mentions m"
        " JOIN articles a ON a.key = m.article_key ORDER BY a.published_utc, m.start, m.id"))
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


_DATED = (
    "SELECT r.id, r.article_key, r.sentence, r.people, t.value, t.mod, t.granularity,"
    " t.range_start, t.range_end, r.clause_start - r.sentence_start,"
    " r.clause_end - r.sentence_start, r.title{more} FROM reports r"
    " JOIN times t ON t.id = r.time_id{joins} WHERE t.range_start IS NOT NULL")
_DATED_COLUMNS = 12


def _clause(sentence: str, clause_from: int, clause_to: int) -> str:
    return sentence[max(0, clause_from):max(0, clause_to)].strip() or sentence


def _report(row: Sequence[Any], index: PeopleIndex) -> tuple[ReportRow, frozenset[str]]:
    """A dated report as merging reads it (canonical people, date range reaching for
    agreement), and which of its people it only implies."""
    (rid, article, sentence, people_json, value, mod, gran, start, end, clause_from,
     clause_to, title) = row[:_DATED_COLUMNS]
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
    day_from, day_to = date.fromisoformat(start), date.fromisoformat(end)
    # A reported statement, or "before 15 May", agrees with a source saying 14 May.
    if gran == _REPORTED or mod == "BEFORE":
        day_from -= timedelta(days=REPORTED_REACH_DAYS)
    elif mod == "AFTER":
        day_to += timedelta(days=REPORTED_REACH_DAYS)
    report = ReportRow(rid, article, _clause(sentence, clause_from, clause_to), tuple(names),
                       value, day_from, day_to, GRANULARITY_RANK.get(Granularity(gran), 0),
                       title, tuple(others), reported=gran == _REPORTED)
    return report, frozenset(implied)


def _rare_words(db: sqlite_utils.Database) -> RareWords:
    """How many dated reports use each word (pass 1)."""
    rare = RareWords()
    for sentence, clause_from, clause_to, title in db.execute(
            "SELECT r.sentence, r.clause_start - r.sentence_start, r.clause_end -"
            " r.sentence_start, r.title FROM reports r JOIN times t ON t.id = r.time_id"
            " WHERE t.range_start IS NOT NULL"):
        rare.count(word_set(title, _clause(sentence, clause_from, clause_to)))
    return rare


def _swept(db: sqlite_utils.Database, index: PeopleIndex
           ) -> Iterator[tuple[tuple[str, int], ReportRow]]:
    """The reports fine enough to merge, in the sweep's order ``(date_start, id)``, each with
    its position in event order ``(first day, id)``.

    SQLite gives them by first day; a reported or "before" date reaches back at most
    ``REPORTED_REACH_DAYS``, so a report is let out once the first days read have passed
    its own ``date_start`` by more than that, and the buffer holds a few days.
    """
    waiting: list[tuple[date, int, str, ReportRow]] = []
    for row in db.execute(_DATED.format(more="", joins="")
                          + f" AND t.granularity IN ({','.join('?' * len(_MERGEABLE))})"
                          " ORDER BY t.range_start, r.id", _MERGEABLE):
        report = _report(row, index)[0]
        first_day = date.fromisoformat(row[7])
        while waiting and (first_day - waiting[0][0]).days > REPORTED_REACH_DAYS:
            _, rid, first, held = heapq.heappop(waiting)
            yield (first, rid), held
        heapq.heappush(waiting, (report.date_start, report.id, row[7], report))
    while waiting:
        _, rid, first, held = heapq.heappop(waiting)
        yield (first, rid), held


def _file_groups(db: sqlite_utils.Database, index: PeopleIndex) -> None:
    """Merge the reports (pass 2) into ``temp.rebuild_groups``: each report of a group of two
    or more, with the position of the group's first report (reports in no group are events
    of their own)."""
    db.execute("DROP TABLE IF EXISTS temp.rebuild_groups")
    db.execute("CREATE TEMP TABLE rebuild_groups (report_id INTEGER PRIMARY KEY,"
               " first_start TEXT NOT NULL, first_id INTEGER NOT NULL)")
    merging = Merging(_rare_words(db))
    batch: list[tuple[int, str, int]] = []

    def file(groups: list[list[tuple[str, int]]]) -> None:
        for group in groups:
            first_start, first_id = group[0]
            batch.extend((rid, first_start, first_id) for _, rid in group)
        if len(batch) >= BATCH or not groups:
            db.conn.executemany("INSERT INTO temp.rebuild_groups VALUES (?,?,?)", batch)
            batch.clear()

    for position, report in _swept(db, index):
        file(merging.add(position, report))
    file(merging.finish())
    file([])


@lru_cache(maxsize=65_536)
def _parsed(value: str, mod: str | None) -> GranularDate | None:
    return parse_value(value, mod)


def _shown(value: str, mod: str | None) -> str:
    one = _parsed(value, mod)
    return one.display if one else value


def _agreed(members: list[ReportRow], displays: dict[str, str]) -> AgreedDate:
    """The date dated members agree on; reported members only place an event nobody dates,
    on the earliest publish day that reports it."""
    dated = [r for r in members if not r.reported]
    if dated:
        return agreed_date(dated, displays)
    return AgreedDate(min(members, key=lambda r: (r.date_end, r.id)).date_value, None)


class _Member:
    """One report of an event being written, with what the event takes from it."""

    __slots__ = ("confidence", "expression", "implied", "key", "lead", "mod", "report",
                 "sentence", "title", "user")

    def __init__(self, row: Sequence[Any], index: PeopleIndex) -> None:
        self.report, self.implied = _report(row, index)
        self.key: str = row[12]
        self.confidence: float = row[13]
        self.expression: str = row[14]
        self.lead = bool(row[15])  # its article's first statement
        # The user's own date, star and hiding, when an edit is stored (its time is not null).
        self.user: tuple[str | None, str | None, int | None, int | None] | None = (
            tuple(row[16:20]) if row[20] is not None else None)
        self.mod: str | None = row[5]
        self.title: str = row[11]
        self.sentence: str = row[2]


_EVENT_ORDER = _DATED.format(
    more=", r.report_key, r.confidence, t.text,"
         " r.sentence_start = min(r.sentence_start) OVER (PARTITION BY r.article_key),"
         " u.date_value, u.date_mod, u.starred, u.hidden, u.at,"
         " coalesce(g.first_start, t.range_start) AS event_start,"
         " coalesce(g.first_id, r.id) AS event_first",
    joins=" LEFT JOIN temp.rebuild_groups g ON g.report_id = r.id"
          " LEFT JOIN user_events u ON u.report_key = r.report_key",
) + " ORDER BY event_start, event_first, t.range_start, r.id"


def _groups(db: sqlite_utils.Database, index: PeopleIndex) -> Iterator[list[_Member]]:
    """Every event's reports in event order (pass 3), each event's in report order."""
    members: list[_Member] = []
    current: tuple[object, object] | None = None
    for row in db.execute(_EVENT_ORDER):
        group = row[-2], row[-1]
        if group != current and members:
            yield members
            members = []
        current = group
        members.append(_Member(row, index))
    if members:
        yield members


def _event(event_id: int, members: list[_Member]
           ) -> tuple[tuple[object, ...], list[str], set[str]] | None:
    """The events row of one group of reports, its people and those it only implies; None
    when its date cannot be read."""
    reports = [m.report for m in members]
    lead = max(members, key=lambda m: (m.confidence, m.report.rank, -m.report.id))
    title, sentence, expression, mod = lead.title, lead.sentence, lead.expression, lead.mod
    displays = {m.report.date_value: _shown(m.report.date_value, m.mod) for m in members}
    agreed = _agreed(reports, displays)
    value, mod = agreed.value, next(
        (m.mod for m in members
         if m.report.date_value == agreed.value and not m.report.reported), mod)
    reported = all(r.reported for r in reports)
    edited = False
    starred = hidden = 0
    for m in members:
        if m.user is None:
            continue
        date_value, date_mod, star, hide = m.user
        if date_value and _parsed(date_value, date_mod):
            value, mod, edited = date_value, date_mod, True
        starred = star if star is not None else starred
        hidden = hide if hide is not None else hidden
    granular = _parsed(value, mod)
    if granular is None:
        return None
    grain, display = granular.granularity, _shown(value, mod)
    if reported and not edited:
        grain, display = Granularity.REPORTED, f"reported {_shown(value, None)}"
    names = list(dict.fromkeys(n for r in reports for n in r.people))
    implied = {n for m in members for n in m.implied} - {
        n for m in members for n in m.report.people if n not in m.implied}
    articles = {r.article_key for r in reports}
    leads = {m.report.article_key for m in members if m.lead}
    return (
        event_id, min(m.key for m in members), title, sentence, expression,
        value, mod, grain.value, GRANULARITY_RANK[grain],
        granular.start.isoformat(), granular.end.isoformat(), display,
        max(m.confidence for m in members),
        len(articles), agreed.conflict, ", ".join(names),
        int(bool(implied)), int(edited), starred or 0, hidden or 0,
        importance(len(articles), len(leads), grain, len(set(names) - implied))), names, implied


def _write_events(db: sqlite_utils.Database, index: PeopleIndex,
                  person_ids: dict[str, int]) -> None:
    _file_groups(db, index)
    event_rows: list[tuple[object, ...]] = []
    link_rows: list[tuple[int, int]] = []
    people_rows: list[tuple[int, int, int]] = []

    def flush() -> None:
        db.conn.executemany(
            "INSERT INTO events(id, event_key, title, sentence, expression, date_value, mod,"
            " granularity, rank, date_start, date_end, display, confidence, sources,"
            " conflict, people, implied, edited, starred, hidden, importance)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", event_rows)
        db.conn.executemany("INSERT INTO event_reports(event_id, report_id) VALUES (?,?)",
                            link_rows)
        db.conn.executemany(
            "INSERT OR IGNORE INTO event_people(event_id, person_id, implied) VALUES (?,?,?)",
            people_rows)
        for rows in (event_rows, link_rows, people_rows):
            rows.clear()

    for event_id, members in enumerate(_groups(db, index), start=1):
        found = _event(event_id, members)
        if found is None:
            continue
        event, names, implied = found
        event_rows.append(event)
        link_rows.extend((event_id, m.report.id) for m in members)
        people_rows.extend((event_id, person_ids[n], int(n in implied)) for n in names
                           if n in person_ids)
        if len(event_rows) >= BATCH:
            flush()
    flush()
    db.execute("DROP TABLE temp.rebuild_groups")
    db.execute("UPDATE people SET events = (SELECT count(*) FROM event_people ep"
               " WHERE ep.person_id = people.id)")
