"""Synthetic Dateline databases for the dashboard's tests and benchmark.

Rows go straight into the store's tables with ``executemany`` (no spaCy, no resolver), so a
100,000-event database takes seconds. Everything is drawn from a seeded generator: the same
arguments always give the same database.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from core.granular import parse_value
from core.models import GRANULARITY_RANK
from core.store import open_db

FIRST = ("Ana", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kemi", "Luca", "Maya", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
         "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe")
LAST = ("Ruiz", "Okafor", "Lindqvist", "Petrov", "Marsh", "Haddad", "Tanaka", "Costa", "Brennan",
        "Adeyemi", "Moreau", "Kowalski", "Nguyen", "Fischer", "Sato", "Mendes", "Walsh")
ROLES = ("union leader", "port director", "mayor", "minister", "spokesperson", "judge", None)
OUTLETS = ("Harbor Gazette", "The Coastal Times", "Evening Ledger", "Metro Wire", "Bay Chronicle",
           "Northern Post", "Daily Signal", "Port Herald", "City Desk", "The Observer Record")
VERBS = ("announced", "rejected", "signed", "proposed", "postponed", "criticised", "approved",
         "questioned", "defended", "unveiled", "called for", "walked out of")
OBJECTS = ("the wage offer", "a new contract", "the strike ballot", "talks with the port",
           "an emergency budget", "the safety review", "the shipping schedule", "a court order",
           "the picket lines", "a mediation plan", "the overtime rules", "the pension fund")
PLACES = ("at the harbour", "in parliament", "outside city hall", "at a press conference",
          "in a statement", "before the council", "at the docks", "on local radio")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def _phrase(value: str, d: date) -> str:
    if len(value) == 10:
        return f"on {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    if "-W" in value:
        return f"in the week of {d.day} {MONTH_NAMES[d.month - 1]}"
    if "-Q" in value:
        return f"in the {('first', 'second', 'third', 'fourth')[int(value[-1]) - 1]} quarter"
    if len(value) == 7:
        return f"in {MONTH_NAMES[d.month - 1]} {d.year}"
    return f"in {d.year}"


def _value(rng: random.Random, d: date) -> str:
    roll = rng.random()
    if roll < 0.72:
        return d.isoformat()
    if roll < 0.87:
        return f"{d.year:04d}-{d.month:02d}"
    if roll < 0.95:
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if roll < 0.98:
        return f"{d.year:04d}"
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


GENERATOR_VERSION = 2
"""Raised whenever a change to this module changes the databases it builds: caches of built
databases (the dashboard benchmark's) are keyed by it."""
CHUNK = 20_000  # events generated and written per transaction


def _names(people: int, rng: random.Random) -> list[str]:
    """``people`` distinct names, sorted; a middle initial is added only when first and last
    names alone run out (so the smaller databases keep the names they always had)."""
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    if people > len(names):
        names += [f"{first} {initial}. {last}" for initial in "ABCDEFGHJKLMNPRSTVW"
                  for first in FIRST for last in LAST]
        if people > len(names):
            raise ValueError(f"at most {len(names)} people, not {people}")
    rng.shuffle(names)
    return sorted(names[:people])


def build_db(path: Path, events: int = 60, people: int = 8, articles: int = 6,
             start: date = date(2023, 9, 1), days: int = 270, seed: int = 7,
             extras: bool = True) -> Path:
    """Write a database of ``events`` events at ``path`` (replacing any file there).

    Rows are written ``CHUNK`` events at a time (a million events never sit in memory at
    once); only the articles' sentences are kept until the end, to write their text.
    """
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    # importance has a generator of its own: the rest of the database stays what it was
    importance_rng = random.Random(seed + 1)
    names = _names(people, rng)
    outlets = OUTLETS[: max(2, min(len(OUTLETS), articles // 2 or 1))]
    base = datetime(start.year, start.month, start.day, 9, tzinfo=UTC)
    article_rows = []
    for i in range(articles):
        published = base + timedelta(days=days * i // max(articles, 1) + 3, hours=i % 7)
        article_rows.append((f"a{i:05d}", f"articles/{i:05d}.md", "", outlets[i % len(outlets)],
                             f"https://news.example/{i:05d}", None, published.isoformat(),
                             published.isoformat(), None, "", 0, published.isoformat()))
    sentences: list[list[str]] = [[] for _ in range(articles)]
    lengths = [0] * articles  # length of each article's text so far
    db = open_db(path)
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO articles(key, origin, title, source, url, author, published,"
                     " published_utc, updated, text, words, ingested_at)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", article_rows)
    conn.executemany(
        "INSERT INTO people(id, name, role, aliases, events) VALUES (?,?,?,?,0)",
        [(i + 1, n, ROLES[i % len(ROLES)], json.dumps([n, n.split()[-1]]))
         for i, n in enumerate(names)])
    conn.execute("COMMIT")
    time_rows: list[tuple[object, ...]] = []
    report_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    link_rows: list[tuple[int, int]] = []
    people_rows: list[tuple[int, int, int]] = []

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", time_rows)
        conn.executemany("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?)", report_rows)
        conn.executemany(
            "INSERT INTO events(id, event_key, title, sentence, expression, date_value, mod,"
            " granularity, rank, date_start, date_end, display, confidence, sources, conflict,"
            " people, implied, edited, starred, hidden, importance)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", event_rows)
        conn.executemany("INSERT INTO event_reports VALUES (?,?)", link_rows)
        conn.executemany("INSERT INTO event_people VALUES (?,?,?)", people_rows)
        conn.execute("COMMIT")
        for rows in (time_rows, report_rows, event_rows, link_rows, people_rows):
            rows.clear()

    counts = [0] * len(names)
    report_id = 0
    for event_id in range(1, events + 1):
        day = start + timedelta(days=rng.randrange(days))
        value = _value(rng, day)
        parsed = parse_value(value)
        assert parsed is not None
        who = rng.sample(range(len(names)), k=min(len(names), rng.choice((1, 1, 2, 3))))
        implied = rng.random() < 0.1 and len(who) > 1
        lead = names[who[0]]
        verb, obj, place = rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(PLACES)
        title = f"{lead} {verb} {obj}"
        phrase = _phrase(value, parsed.start)
        sentence = f"{lead} {verb} {obj} {place} {phrase}."
        if extras and event_id == 3:
            title += " \x1b[31m(update)\x1b[0m"
        n_sources = min(articles, rng.choice((1, 1, 1, 2, 2, 3)))
        chosen = rng.sample(range(articles), k=n_sources)
        for a in chosen:
            report_id += 1
            offset = lengths[a]
            sentences[a].append(sentence)
            lengths[a] += len(sentence) + 1
            phrase_at = offset + sentence.index(phrase)
            anchor = article_rows[a][6]
            time_rows.append((report_id, f"a{a:05d}", phrase_at, phrase_at + len(phrase), phrase,
                              "DATE", value, None, parsed.granularity.value,
                              parsed.start.isoformat(), parsed.end.isoformat(), anchor,
                              "publish date", "absolute.explicit",
                              f"{phrase!r} names {parsed.display} outright"))
            report_rows.append((report_id, f"r{report_id:07d}", f"a{a:05d}", report_id, sentence,
                                offset, offset, offset + len(sentence), title, 0.9,
                                json.dumps([[names[p], False] for p in who])))
            link_rows.append((event_id, report_id))
        conflict = ("sources disagree: "
                    f"{parsed.display} vs {parsed.start.year}") if rng.random() < 0.03 else None
        event_rows.append((event_id, f"r{report_id:07d}", title, sentence, phrase, value, None,
                           parsed.granularity.value, GRANULARITY_RANK[parsed.granularity],
                           parsed.start.isoformat(), parsed.end.isoformat(), parsed.display,
                           round(0.55 + 0.4 * rng.random(), 2), n_sources, conflict,
                           ", ".join(names[p] for p in who), int(implied), 0, 0, 0,
                           round(0.3 * n_sources + 0.1 * len(who) + importance_rng.random(), 3)))
        for pos, p in enumerate(who):
            people_rows.append((event_id, p + 1, int(implied and pos == len(who) - 1)))
            counts[p] += 1
        if len(event_rows) >= CHUNK:
            flush()
    flush()
    conn.execute("BEGIN")
    for i, said in enumerate(sentences):
        text = " ".join(said)
        title = said[0][:60] if said else f"Report from {article_rows[i][3]}"
        conn.execute("UPDATE articles SET title = ?, text = ?, words = ? WHERE key = ?",
                     [title, text, len(text.split()), article_rows[i][0]])
    conn.executemany("UPDATE people SET events = ? WHERE id = ?",
                     [(n, i + 1) for i, n in enumerate(counts)])
    conn.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    db.close()
    return path
