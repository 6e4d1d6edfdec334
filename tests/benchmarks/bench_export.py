"""Benchmark: export a 100,000-event timeline as Markdown (target under 3 s).

Run on demand: ``uv run python tests/benchmarks/bench_export.py [EVENTS]``. Builds synthetic
databases (rows inserted straight into the store, no spaCy) of 1,000 events (the baseline) and
100,000 events in a temporary folder, then times ``export_timeline`` for each format into an
in-memory buffer, reading from the database file as the CLI would.

The machine may be shared, so each export reports wall time and the process's CPU time
(``time.process_time``), and a fixed plain-Python calibration loop is timed before and after
the exports: if the loop runs much slower than usual, so did everything else.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.export import export_timeline  # noqa: E402
from core.filters import TimelineFilter  # noqa: E402
from core.granular import parse_value  # noqa: E402
from core.models import GRANULARITY_RANK  # noqa: E402
from core.store import open_db  # noqa: E402

TARGET_SECONDS = 3.0
OUTLETS = ("Harbor Gazette", "The Coastal Times", "Evening Ledger", "Metro Wire",
           "Bay Chronicle", "Northern Post", "Daily Signal", "Port Herald")
VERBS = ("announced", "rejected", "signed", "proposed", "postponed", "approved", "questioned")
OBJECTS = ("the wage offer", "a new contract", "the strike ballot", "an emergency budget",
           "the safety review", "a court order", "a mediation plan", "the pension fund")


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


def build(path: Path, events: int, seed: int = 11) -> None:
    """A database of ``events`` events, ~1.6 source reports each, 300 people."""
    rng = random.Random(seed)
    names = [f"Person{i:03d} Surname{i % 37:02d}" for i in range(300)]
    n_articles = max(10, events // 25)
    start = date(2015, 1, 1)
    days = 3650
    articles = []
    for i in range(n_articles):
        published = datetime(2015, 1, 1, 9, tzinfo=UTC) + timedelta(days=days * i // n_articles)
        articles.append((f"a{i:07d}", f"a{i}.md", f"Article {i} on the dispute",
                         OUTLETS[i % len(OUTLETS)], f"https://news.example/{i}", None,
                         published.isoformat(), published.isoformat(), None, "", 0,
                         published.isoformat()))
    times, reports, event_rows, links, event_people = [], [], [], [], []
    rid = 0
    for eid in range(1, events + 1):
        value = _value(rng, start + timedelta(days=rng.randrange(days)))
        parsed = parse_value(value)
        assert parsed is not None
        who = rng.sample(range(len(names)), k=rng.choice((1, 1, 2, 3)))
        title = f"{names[who[0]]} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        sentence = f"{title} at the harbour, officials said on {parsed.display}."
        for a in rng.sample(range(n_articles), k=rng.choice((1, 1, 2, 2, 3))):
            rid += 1
            times.append((rid, articles[a][0], 10, 20, parsed.display, "DATE", value, None,
                          parsed.granularity.value, parsed.start.isoformat(),
                          parsed.end.isoformat(), articles[a][6], "publish date",
                          "absolute.date", "named outright"))
            reports.append((rid, f"r{rid:08d}", articles[a][0], rid, sentence, 0, 0,
                            len(sentence), title, 0.9, "[]"))
            links.append((eid, rid))
        event_rows.append((eid, f"r{rid:08d}", title, sentence, parsed.display, value, None,
                           parsed.granularity.value, GRANULARITY_RANK[parsed.granularity],
                           parsed.start.isoformat(), parsed.end.isoformat(), parsed.display,
                           0.9, 1, None, ", ".join(names[p] for p in who), 0, 0, 0, 0))
        event_people.extend((eid, p + 1, 0) for p in who)
    db = open_db(path)
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", articles)
    conn.executemany("INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", times)
    conn.executemany("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?)", reports)
    conn.executemany("INSERT INTO people(id, name, role, aliases, events) VALUES (?,?,?,?,0)",
                     [(i + 1, n, None, json.dumps([n])) for i, n in enumerate(names)])
    conn.executemany(
        "INSERT INTO events(id, event_key, title, sentence, expression, date_value, mod,"
        " granularity, rank, date_start, date_end, display, confidence, sources, conflict,"
        " people, implied, edited, starred, hidden)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", event_rows)
    conn.executemany("INSERT INTO event_reports VALUES (?,?)", links)
    conn.executemany("INSERT INTO event_people VALUES (?,?,?)", event_people)
    conn.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    db.close()


def timed(path: Path, fmt: str) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, events written and characters written for one export from
    a fresh connection."""
    db = open_db(path)
    out = io.StringIO()
    began, cpu = time.perf_counter(), time.process_time()
    written = export_timeline(db, TimelineFilter(), fmt, out)
    elapsed, used = time.perf_counter() - began, time.process_time() - cpu
    db.close()
    return elapsed, used, written, len(out.getvalue())


def calibrate(rounds: int = 3) -> tuple[float, float]:
    """Best wall and CPU seconds of a fixed plain-Python loop (string building, dict lookups,
    list appends: what an export does), to judge how loaded the machine is."""
    best_wall = best_cpu = float("inf")
    for _ in range(rounds):
        began, cpu = time.perf_counter(), time.process_time()
        seen: dict[str, int] = {}
        parts: list[str] = []
        for i in range(1_000_000):
            key = f"k{i % 5000}"
            seen[key] = seen.get(key, 0) + 1
            parts.append(key)
        "\n".join(parts)
        best_wall = min(best_wall, time.perf_counter() - began)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu


def _load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def main() -> int:
    big = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    formats = ("md", "json", "csv", "timelinejs", "ics")
    before = calibrate()
    print(f"calibration loop before: {before[0]:.3f} s wall, {before[1]:.3f} s CPU; {_load()}")
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        for n in (1_000, big):
            path = Path(folder) / f"bench-{n}.db"
            began = time.perf_counter()
            build(path, n)
            print(f"built {n:,} events in {time.perf_counter() - began:.1f} s")
            for fmt in formats:
                results[(n, fmt)] = timed(path, fmt)
        after = calibrate()
        print(f"calibration loop after:  {after[0]:.3f} s wall, {after[1]:.3f} s CPU; {_load()}")
        print(f"\n{'format':<11}{'1,000 events':>16}{f'{big:,} events':>18}{'CPU':>12}"
              f"{'per event':>12}{'output':>12}")
        for fmt in formats:
            small, large = results[(1_000, fmt)], results[(big, fmt)]
            print(f"{fmt:<11}{small[0]:>14.3f} s{large[0]:>16.3f} s{large[1]:>10.3f} s"
                  f"{large[0] / max(large[2], 1) * 1e6:>9.1f} µs{large[3] / 1e6:>9.1f} MB")
        md, md_cpu = results[(big, "md")][:2]
        verdict = "OK" if md < TARGET_SECONDS else "TOO SLOW"
        print(f"\nMarkdown, {big:,} events: {md:.2f} s wall, {md_cpu:.2f} s CPU"
              f" (target < {TARGET_SECONDS:.0f} s wall): {verdict}")
        return 0 if md < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
