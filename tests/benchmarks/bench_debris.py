"""Benchmark: page-debris stripping cost against text size (it must grow linearly).

Run on demand: ``uv run python tests/benchmarks/bench_debris.py``. Strips 1x, 10x and 100x a
block of lines holding stamps, credits and wire headers, and one 2 MB line with comment markers,
and prints seconds and seconds per MB for each beside the smallest size measured in the same run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.ingest.debris import strip_debris

UNIT = (
    "The council met on Friday, 3 March 2011, at 10:30 am.\n"
    "Photograph: Jane Roe/Agency At the hearing the minister spoke for an hour.\n"
    "LONDON | Wed Jun 8, 2011 4:12pm EDT LONDON (Newswire) - Shares fell on Monday.\n"
)


def timed(text: str) -> float:
    """Seconds to strip ``text`` (best of three)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        strip_debris(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    print(f"{'input':<28}{'MB':>8}{'seconds':>10}{'s per MB':>10}")
    base = None
    for copies in (1_000, 10_000, 100_000):
        text = UNIT * copies
        seconds = timed(text)
        per_mb = seconds / (len(text) / 1e6)
        base = base or per_mb
        print(f"{f'{copies:,} blocks':<28}{len(text) / 1e6:>8.2f}{seconds:>10.3f}{per_mb:>10.3f}"
              f"  ({per_mb / base:.2f}x the smallest per MB)")
    one_line = "x " * 1_000_000 + " Report abuse wrote: | Reply Posted by: a |"
    seconds = timed(one_line)
    print(f"{'one 2 MB line':<28}{len(one_line) / 1e6:>8.2f}{seconds:>10.3f}"
          f"{seconds / (len(one_line) / 1e6):>10.3f}")


if __name__ == "__main__":
    main()
