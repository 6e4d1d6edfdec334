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
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "tui"))

from dbfactory import build_db  # noqa: E402

from core.export import export_timeline  # noqa: E402
from core.filters import TimelineFilter  # noqa: E402
from core.store import open_db  # noqa: E402

TARGET_SECONDS = 3.0


def build(path: Path, events: int) -> None:
    """A database of ``events`` events (300 people, ~25 events an article), from the same
    generator the dashboard tests and benchmark use."""
    build_db(path, events=events, people=300, articles=max(10, events // 25),
             start=date(2015, 1, 1), days=3650, seed=11, extras=False)


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
