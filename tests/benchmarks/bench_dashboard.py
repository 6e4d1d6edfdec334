"""Dashboard benchmark: 1,000-, 100,000- and 1,000,000-event timelines side by side.

Run on demand: ``uv run python tests/benchmarks/bench_dashboard.py`` (``--sizes 1k,100k`` for
fewer). Each database is built once by the test suite's generator (``tests/tui/dbfactory``)
and cached under ``$XDG_CACHE_HOME/dateline-bench/gen<generator version>/`` (``--cache`` for
another folder, ``--rebuild`` to redo them); a cached database of an older schema is upgraded
by the store's own migrations before it is measured. The 1M database takes minutes to build.
Each is measured in fresh processes inside a headless ``run_test()``: time to first rows
shown, applying a person filter, a search, the key events (top N by importance), moving the
cursor one row and one page, and the process's peak memory; figures are medians.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "tui")]

TARGETS = {"first_rows_s": 1.0, "person_filter_ms": 150, "search_ms": 200, "top_ms": 150,
           "row_ms": 16, "page_ms": 16, "peak_mb": 300}
SIZES = {
    "1k": {"events": 1_000, "people": 300, "articles": 2_000, "days": 3_500},
    "100k": {"events": 100_000, "people": 300, "articles": 2_000, "days": 3_500},
    "1M": {"events": 1_000_000, "people": 2_000, "articles": 10_000, "days": 3_500},
}
BUILD = {"start": date(2015, 1, 1), "seed": 11, "extras": False}
SEARCHES = ("pension", "budget", "harbour strike", "court order", "ballot")
KEY_EVENTS = (10, 30, 100, 300, 1000)  # top N shown by the key-events filter
RUNS = 3  # each database is measured in this many fresh processes; figures are medians


def cache_folder() -> Path:
    """Where built databases are kept, one folder per generator version."""
    from dbfactory import GENERATOR_VERSION

    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "dateline-bench" / f"gen{GENERATOR_VERSION}"


def build(name: str, rebuild: bool, folder: Path) -> Path:
    """The database for size ``name``: the cached one (upgraded to the current schema), else
    built (into a temporary name first, so an interrupted build is never taken for one)."""
    from dbfactory import build_db

    from core.queries import refresh_statistics
    from core.store import open_db

    args = {**SIZES[name], **BUILD}
    digest = hashlib.sha256(repr(sorted(args.items())).encode()).hexdigest()[:10]
    path = folder / f"{name}-{digest}.db"
    if rebuild or not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        started = time.perf_counter()
        build_db(partial, **args)  # type: ignore[arg-type]
        db = open_db(partial)
        refresh_statistics(db)  # what the dashboard's first open would do
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.replace(path)
        print(f"built {name}: {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    else:
        open_db(path).close()  # a cache of an older schema is upgraded here, not while timed
    return path


async def _until(check: object, timeout: float = 30.0) -> None:
    assert callable(check)
    deadline = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > deadline:
            raise TimeoutError("the dashboard did not get there in time")
        await asyncio.sleep(0.001)


def _rss_mb() -> float:
    """This process's peak resident memory in MB.

    VmHWM (Linux) belongs to this process alone; ``ru_maxrss`` would include the memory of
    the parent that built the database, since Linux carries it across fork and exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure(path: Path) -> dict[str, float]:
    """Every figure for one database."""
    from textual import events
    from textual.geometry import Region

    from core.filters import TimelineFilter
    from core.queries import TimelineRow
    from tui.app import create_app
    from tui.clock import frozen
    from tui.screens.dashboard import DashboardScreen
    from tui.widgets.timeline import TimelineView

    out: dict[str, float] = {"rss_before_mb": _rss_mb()}
    app = create_app(path, clock=frozen(datetime(2025, 1, 1, tzinfo=UTC)),
                     use_user_keymap=False)

    def view_or_none() -> TimelineView | None:
        try:
            screen = app.screen
        except Exception:  # not started yet
            return None
        if not isinstance(screen, DashboardScreen):
            return None
        found = screen.query(TimelineView)
        return found.first() if found else None

    def rows_shown() -> bool:
        view = view_or_none()
        if view is None or not view.ready or view.loaded_generation != view.generation:
            return False
        return any(isinstance(r, TimelineRow) for r in view.visible_rows())

    def paint(view: TimelineView) -> None:
        """What the next frame costs the timeline: rendering every visible line."""
        view.render_lines(Region(0, 0, view.size.width, view.size.height))

    async def first_rows(started: float) -> float:
        await _until(rows_shown)
        view = view_or_none()
        assert view is not None
        paint(view)
        return time.perf_counter() - started

    started = time.perf_counter()
    watcher = asyncio.ensure_future(first_rows(started))
    async with app.run_test(size=(120, 40)) as pilot:
        out["first_rows_s"] = await watcher
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        view = screen.query_one(TimelineView)
        await _until(lambda: bool(screen.people_names))
        await app.workers.wait_for_complete()
        await pilot.pause()

        async def apply(flt: TimelineFilter) -> float:
            t0 = time.perf_counter()
            screen.set_filter(flt)
            await _until(rows_shown)
            paint(view)
            elapsed = (time.perf_counter() - t0) * 1000
            await app.workers.wait_for_complete()
            await pilot.pause()
            return elapsed

        person_ms, search_ms = [], []
        for person in screen.people_names[:5]:  # the five busiest people
            person_ms.append(await apply(TimelineFilter(people=(person,))))
            out["person_events"] = view.shown
            await apply(TimelineFilter())
        for word in SEARCHES:
            search_ms.append(await apply(TimelineFilter(text=word)))
            out["search_events"] = view.shown
            await apply(TimelineFilter())
        top_ms = []
        for n in KEY_EVENTS:  # the key-events view: the N most important, in date order
            top_ms.append(await apply(TimelineFilter(top=n)))
            await apply(TimelineFilter())
        out["top_ms"], out["top_max_ms"] = statistics.median(top_ms), max(top_ms)
        out["person_filter_ms"] = statistics.median(person_ms)
        out["person_filter_max_ms"] = max(person_ms)
        out["search_ms"] = statistics.median(search_ms)
        out["search_max_ms"] = max(search_ms)
        view.focus()
        await pilot.pause()

        async def keys(key: str, char: str | None, times: int) -> list[float]:
            spent = []
            for _ in range(times):
                before = view.cursor
                t0 = time.perf_counter()
                app.post_message(events.Key(key, char))
                await _until(lambda before=before: view.cursor != before)  # type: ignore[misc]
                paint(view)
                spent.append((time.perf_counter() - t0) * 1000)
                await asyncio.sleep(0.005)
            return spent

        rows = await keys("j", "j", 100)
        out["row_ms"], out["row_max_ms"] = statistics.median(rows), max(rows)
        pages = await keys("pagedown", None, 20)
        out["page_ms"], out["page_max_ms"] = statistics.median(pages), max(pages)
        t0 = time.perf_counter()
        await pilot.press("j")
        out["pilot_press_ms"] = (time.perf_counter() - t0) * 1000
        out["shown"] = view.shown
    out["peak_mb"] = _rss_mb()
    return out


LABELS = (("first_rows_s", "first rows (s)"), ("first_rows_max_s", "first rows (max)"),
          ("person_filter_ms", "person filter (ms)"),
          ("person_filter_max_ms", "person filter (max)"),
          ("search_ms", "search (ms)"), ("search_max_ms", "search (max)"),
          ("top_ms", "key events (ms)"), ("top_max_ms", "key events (max)"),
          ("row_ms", "cursor row (ms, med)"), ("row_max_ms", "cursor row (max)"),
          ("page_ms", "cursor page (ms, med)"), ("page_max_ms", "cursor page (max)"),
          ("pilot_press_ms", "pilot.press j (ms)"),
          ("rss_before_mb", "RSS before app (MB)"), ("peak_mb", "peak RSS (MB)"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(SIZES),
                        help=f"comma-separated sizes to measure (default {','.join(SIZES)})")
    parser.add_argument("--runs", type=int, default=RUNS, help="processes per size")
    parser.add_argument("--cache", type=Path, help="folder of built databases")
    parser.add_argument("--build-only", action="store_true", help="build, do not measure")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the databases")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(asyncio.run(measure(args.measure))))
        return
    names = [n.strip() for n in args.sizes.split(",") if n.strip()]
    unknown = [n for n in names if n not in SIZES]
    if unknown:
        parser.error(f"unknown size(s) {', '.join(unknown)}; choose from {', '.join(SIZES)}")
    folder = args.cache or cache_folder()
    paths = {name: build(name, args.rebuild, folder) for name in names}
    if args.build_only:
        return
    results = {}
    for name, path in paths.items():
        runs = []
        for _ in range(args.runs):
            done = subprocess.run([sys.executable, __file__, "--measure", str(path)],
                                  capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        results[name] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        results[name]["first_rows_max_s"] = max(r["first_rows_s"] for r in runs)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; medians of"
          f" {args.runs} run(s)")
    print(f"{'figure':<22}" + "".join(f"{name + ' events':>14}" for name in names)
          + f"{'target':>10}")
    for key, label in LABELS:
        target = TARGETS.get(key)
        print(f"{label:<22}" + "".join(f"{results[name][key]:>14.3f}" for name in names)
              + f"{'< ' + str(target) if target else '':>10}")
    for name in names:
        r = results[name]
        print(f"{name}: {int(r['shown']):,} shown; 5th person -> {int(r['person_events'])}"
              f" events, search {SEARCHES[-1]!r} -> {int(r['search_events'])}")


if __name__ == "__main__":
    main()
