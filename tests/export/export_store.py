"""Fixture databases for the export tests, built by inserting rows straight into the store.

No spaCy and no date resolver: :class:`StoreBuilder` writes articles, times, reports, events,
their links, people and the search index exactly as ``core.rebuild`` would leave them. The
``story_db`` fixture is a realistic developing story (a bridge closure in a small city) with
every grain of date, merged sources, a conflict, a corrected date, a star and a hidden event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from core.granular import parse_value
from core.models import GRANULARITY_RANK


@dataclass
class _Article:
    key: str
    title: str
    source: str
    published: str
    url: str | None
    sentences: list[str] = field(default_factory=list)

    def offset_of(self, sentence: str) -> int:
        if sentence not in self.sentences:
            self.sentences.append(sentence)
        index = self.sentences.index(sentence)
        return sum(len(s) + 1 for s in self.sentences[:index])


@dataclass(frozen=True)
class R:
    """One source report of an event: which article says it, and how it dated it."""

    article: str
    sentence: str
    phrase: str
    value: str | None = None  # defaults to the event's value
    mod: str | None = None
    rule: str = "absolute.date"
    anchor_kind: str = "publish date"
    explanation: str | None = None


class StoreBuilder:
    """Writes a Dateline database row by row; call :meth:`finish` once at the end."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.articles: dict[str, _Article] = {}
        self.people: dict[str, tuple[list[str], str | None]] = {}
        self._times: list[tuple] = []
        self._reports: list[tuple] = []
        self._events: list[tuple] = []
        self._links: list[tuple[int, int]] = []
        self._event_people: list[tuple[int, str, int]] = []

    def article(self, key: str, *, title: str, source: str, published: str,
                url: str | None = None) -> str:
        self.articles[key] = _Article(key, title, source, published, url)
        return key

    def person(self, name: str, *aliases: str, role: str | None = None) -> str:
        self.people[name] = (sorted({name, *aliases}), role)
        return name

    def event(self, value: str, title: str, reports: Sequence[R], *,
              people: Sequence[str | tuple[str, bool]] = (), mod: str | None = None,
              conflict: str | None = None, edited: bool = False, starred: bool = False,
              hidden: bool = False, confidence: float = 0.9) -> int:
        parsed = parse_value(value, mod)
        assert parsed is not None, value
        event_id = len(self._events) + 1
        lead = reports[0]
        for r in reports:
            art = self.articles[r.article]
            offset = art.offset_of(r.sentence)
            phrase_at = offset + r.sentence.index(r.phrase)
            own = parse_value(r.value or value, r.mod if r.value else (r.mod or mod))
            assert own is not None
            time_id = len(self._times) + 1
            anchor = datetime.fromisoformat(art.published).isoformat()
            self._times.append((
                time_id, art.key, phrase_at, phrase_at + len(r.phrase), r.phrase, "DATE",
                own.value, own.mod, own.granularity.value, own.start.isoformat(),
                own.end.isoformat(), anchor, r.anchor_kind, r.rule,
                r.explanation or f"“{r.phrase}” read as {own.display}"))
            report_id = len(self._reports) + 1
            named = [p if isinstance(p, str) else p[0] for p in people]
            self._reports.append((
                report_id, f"rk{report_id:04d}", art.key, time_id, r.sentence, offset, offset,
                offset + len(r.sentence), r.sentence[:90], confidence,
                json.dumps([[n, False] for n in named])))
            self._links.append((event_id, report_id))
        names = []
        for p in people:
            name, implied = (p, False) if isinstance(p, str) else p
            names.append(name)
            self._event_people.append((event_id, name, int(implied)))
        self._events.append((
            event_id, f"ek{event_id:04d}", title, lead.sentence, lead.phrase, parsed.value, mod,
            parsed.granularity.value, GRANULARITY_RANK[parsed.granularity],
            parsed.start.isoformat(), parsed.end.isoformat(), parsed.display, confidence,
            len({r.article for r in reports}), conflict, ", ".join(names),
            int(any(not isinstance(p, str) and p[1] for p in people)), int(edited),
            int(starred), int(hidden)))
        return event_id

    def finish(self) -> sqlite_utils.Database:
        conn = self.db.conn
        rows = []
        for art in self.articles.values():
            text = " ".join(art.sentences)
            published = datetime.fromisoformat(art.published)
            rows.append((art.key, f"{art.key}.md", art.title, art.source, art.url, None,
                         published.isoformat(), published.isoformat(), None, text,
                         len(text.split()), "2024-07-01T00:00:00+00:00"))
        conn.executemany("INSERT INTO articles(key, origin, title, source, url, author, published,"
                         " published_utc, updated, text, words, ingested_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         self._times)
        conn.executemany("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?)", self._reports)
        ids = {}
        for number, (name, (aliases, role)) in enumerate(sorted(self.people.items()), start=1):
            ids[name] = number
            count = sum(1 for _, n, _ in self._event_people if n == name)
            conn.execute("INSERT INTO people(id, name, role, aliases, events) VALUES (?,?,?,?,?)",
                         (number, name, role, json.dumps(aliases), count))
        conn.executemany(
            "INSERT INTO events(id, event_key, title, sentence, expression, date_value, mod,"
            " granularity, rank, date_start, date_end, display, confidence, sources, conflict,"
            " people, implied, edited, starred, hidden)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self._events)
        conn.executemany("INSERT INTO event_reports VALUES (?,?)", self._links)
        conn.executemany("INSERT INTO event_people VALUES (?,?,?)",
                         [(e, ids[n], i) for e, n, i in self._event_people])
        conn.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
        conn.commit()
        return self.db


HERALD, POST, NINE = "Lakemoor Herald", "Riverbend Post", "Channel 9 News"


def build_story(b: StoreBuilder) -> sqlite_utils.Database:
    """The Old Mill Bridge closure, as five articles from three outlets tell it."""
    b.article("closure", title="Cracks force closure of Old Mill Bridge", source=HERALD,
              published="2024-03-08T07:15:00-05:00",
              url="https://lakemoorherald.test/2024/03/08/old-mill-bridge-closed")
    b.article("records", title="Inspectors warned of bridge corrosion years ago, records show",
              source=POST, published="2024-03-12T18:40:00-05:00",
              url="https://riverbendpost.test/news/bridge-records")
    b.article("vote", title="Council approves $14 million replacement for Old Mill Bridge",
              source=HERALD, published="2024-04-19T06:00:00-05:00",
              url="https://lakemoorherald.test/2024/04/19/council-bridge-vote")
    b.article("detour", title="Detour traffic snarls downtown as bridge stays shut",
              source=NINE, published="2024-05-17T12:05:00-05:00",
              url="https://ch9.test/local/detour-traffic")
    b.article("engineer", title="Engineer who flagged bridge defects speaks out", source=POST,
              published="2024-06-03T09:00:00-05:00", url=None)
    ruiz = b.person("Elena Ruiz", "Ruiz", "Mayor Ruiz", role="mayor")
    kowalczyk = b.person("Dana Kowalczyk", "Kowalczyk", role="bridge inspector")
    bell = b.person("Marcus Bell", "Bell", role="city engineer")
    hale = b.person("Tom Hale", "Hale", "Councillor Hale", role="councillor")

    b.event("1962", "The Old Mill Bridge opened in 1962.", [
        R("records", "The Old Mill Bridge opened in 1962 and carries about 18,000 vehicles a"
                     " day.", "in 1962")])
    b.event("2019-SU", "Kowalczyk first reported corrosion on the steel girders in summer 2019.",
            [R("records", "Kowalczyk first reported corrosion on the steel girders in summer"
                          " 2019, according to inspection records.", "in summer 2019"),
             R("engineer", "Dana Kowalczyk said she first raised the alarm in 2019.", "in 2019",
               value="2019")],
            people=[kowalczyk], conflict="sources disagree: summer 2019 vs 2019")
    b.event("2021-Q4", "The state rated the bridge “structurally deficient” late in 2021.", [
        R("records", "The state transportation department rated the bridge “structurally"
                     " deficient” in the fourth quarter of 2021.", "in the fourth quarter of"
                                                                   " 2021")],
        confidence=0.95)
    b.event("2023-11", "Ruiz’s office shelved a repair plan last November, citing cost.", [
        R("records", "Mayor Ruiz’s office shelved a $2.3 million repair plan last November,"
                     " citing cost.", "last November", rule="relative.last-month-name",
          explanation="“last November” before the publish date (12 Mar 2024) is Nov 2023"),
        R("vote", "The repair plan was shelved last November.", "last November",
          rule="relative.last-month-name")], people=[ruiz], confidence=0.8)
    b.event("2024-03-06", "Engineers found a widening crack in a main support beam.", [
        R("closure", "Engineers found a widening crack in a main support beam on Wednesday,"
                     " city engineer Marcus Bell said.", "on Wednesday",
          rule="relative.weekday",
          explanation="“Wednesday” is the Wednesday before the publish date (Fri 8 Mar 2024)")],
        people=[bell], confidence=0.8)
    b.event("2024-03-07TEV", "The city closed the bridge to all traffic on Thursday evening.", [
        R("closure", "The city closed the bridge to all traffic on Thursday evening.",
          "on Thursday evening", rule="relative.weekday"),
        R("records", "Mayor Elena Ruiz ordered the bridge closed on the evening of 7 March.",
          "on the evening of 7 March"),
        R("detour", "The bridge has been shut since March 7.", "March 7", value="2024-03-07")],
        people=[ruiz], confidence=0.85)
    b.event("2024-W11", "Divers inspected the submerged piers.", [
        R("records", "Divers inspected the submerged piers this week, Bell said.", "this week",
          rule="deictic.this-week")], people=[bell], confidence=0.85)
    b.event("2024-04-18", "The council voted 7–2 to approve a $14 million replacement.", [
        R("vote", "The council voted 7–2 on Thursday to approve a $14 million replacement,"
                  " with Councillor Hale among those opposed.", "on Thursday",
          rule="relative.weekday")], people=[ruiz, hale], starred=True, confidence=0.8)
    b.event("2024-04", "Demolition contractors are to be chosen by late April.", [
        R("vote", "Demolition contractors are to be chosen by late April.", "by late April",
          mod="END")], mod="END", confidence=0.6)
    b.event("2024-H2", "Construction of the new bridge is expected to start in the second half"
                       " of 2024.", [
        R("vote", "Construction of the new bridge is expected to start in the second half of"
                  " 2024, Ruiz said.", "in the second half of 2024"),
        R("engineer", "Work on the replacement should begin later this year.",
          "later this year", value="2024", rule="deictic.this-year")],
        people=[ruiz], conflict="sources disagree: H2 2024 vs 2024")
    b.event("2024-05-13", "A temporary pedestrian ferry began running.", [
        R("detour", "A temporary pedestrian ferry began running on Monday; Hale said it was"
                    " overdue.", "on Monday", value="2024-05-14", rule="relative.weekday")],
        people=[("Tom Hale", True)], edited=True, confidence=0.8)
    b.event("2024-05-17T08:30", "Traffic backed up for two miles on Route 9.", [
        R("detour", "Traffic backed up for two miles on Route 9 at 8:30 a.m. Friday.",
          "at 8:30 a.m. Friday", rule="relative.weekday")], confidence=0.8)
    b.event("2024-05-20/2024-05-24", "Detour lanes on Route 9 will be repainted.", [
        R("detour", "Detour lanes on Route 9 will be repainted from May 20 to May 24.",
          "from May 20 to May 24")])
    b.event("2024-06-01", "A hidden duplicate of the ferry story.", [
        R("engineer", "The ferry was busy on Saturday.", "on Saturday")], hidden=True)
    b.event("2026", "The replacement bridge is due to open in 2026.", [
        R("vote", "The replacement bridge is due to open in 2026.", "in 2026"),
        R("engineer", "Kowalczyk doubts the new bridge will open in 2026.", "in 2026")],
        people=[kowalczyk], confidence=0.95)
    return b.finish()


# How an editor would rank the story's events (its importance), by the start of their titles:
# the closure and the vote first, background and logistics last. The hidden event ranks high,
# so a key-events export shows that hidden events stay out.
STORY_IMPORTANCE = {
    "The city closed the bridge": 0.95, "A hidden duplicate": 0.94,
    "The council voted": 0.9, "Engineers found a widening crack": 0.85,
    "The replacement bridge is due": 0.7, "Ruiz’s office shelved": 0.65,
    "The state rated the bridge": 0.6, "Kowalczyk first reported": 0.55,
    "Construction of the new bridge": 0.5, "A temporary pedestrian ferry": 0.4,
    "Traffic backed up": 0.35, "Divers inspected": 0.3, "The Old Mill Bridge opened": 0.3,
    "Demolition contractors": 0.25, "Detour lanes": 0.2,
}


def rank_story(db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Give the story's events the importance :data:`STORY_IMPORTANCE` says."""
    for start, importance in STORY_IMPORTANCE.items():
        changed = db.execute("UPDATE events SET importance = ? WHERE title LIKE ? || '%'",
                             [importance, start]).rowcount
        assert changed == 1, start
    db.conn.commit()
    return db
