"""Benchmark: one very long article (100 KB, 1 MB, 5 MB): time and peak memory stay linear.

Run on demand: ``uv run python tests/benchmarks/bench_large_article.py [--sizes 100,1000,5000]``
(sizes in KB). Each size runs in its own process, so its peak memory is its own: a full
``ingest`` (read, spaCy, dates, people, reports, store, rebuild) of one Markdown article of
that size, then ``dateline timex`` (dates only, no spaCy) on the same text. Prints wall and
CPU seconds, CPU seconds per 100 KB (flat when the cost is linear) and peak RSS. Issue 10:
before the fix 100/200/400 KB took 9/21/60 s and 5 MB more than 15 minutes and 5 GB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from news_corpus import article_markdown, body_of  # noqa: E402


def make_article(path: Path, kb: int) -> int:
    """Write one article of about ``kb`` KB; return its length in characters."""
    text = article_markdown(0, random.Random(20240517 + kb), words=kb * 1000 // 6)
    path.write_text(text, encoding="utf-8")
    return len(text)


def cpu_seconds() -> float:
    """CPU time of this process (user + system): steadier than wall time on a shared machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(kind: str, kb: int) -> dict[str, float]:
    """One scenario in this process."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        article = folder / f"long-{kb}.md"
        chars = make_article(article, kb)
        if kind == "ingest":
            from core.nlp import load_nlp
            from core.pipeline import ingest
            from core.store import open_db

            load_nlp()  # the model's load time is not the article's
            db = open_db(folder / "t.db")
            start, cpu = time.perf_counter(), cpu_seconds()
            summary = ingest(db, [str(article)])
            elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
            assert summary.added == 1, summary.problems
            count = db["reports"].count
        else:
            from core.temporal.timex import anchor_of, resolve_long

            text = body_of(article.read_text(encoding="utf-8"))
            start, cpu = time.perf_counter(), cpu_seconds()
            count = len(resolve_long(text, anchor_of("2024-05-17")))
            elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    return {"kb": kb, "chars": chars, "seconds": elapsed, "cpu": cpu, "peak_mb": peak_mb(),
            "found": count}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="100,1000,5000", help="article sizes in KB")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "KB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'scenario':8} {'size':>7} {'wall s':>8} {'CPU s':>8} {'CPU s/100KB':>11} "
          f"{'peak MB':>8} {'found':>7}")
    for kind in ("ingest", "timex"):
        for kb in sizes:
            out = subprocess.run([sys.executable, __file__, "--one", kind, str(kb)],
                                 capture_output=True, text=True, check=True)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            per = row["cpu"] / (row["chars"] / 100_000)
            print(f"{kind:8} {kb:>5}KB {row['seconds']:8.1f} {row['cpu']:8.1f} {per:11.2f} "
                  f"{row['peak_mb']:8.0f} {row['found']:7d}", flush=True)


if __name__ == "__main__":
    main()
