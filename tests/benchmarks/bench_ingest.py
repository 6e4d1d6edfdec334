"""Benchmark: full ingest throughput and memory against plain spaCy ``nlp.pipe``.

Run on demand: ``uv run python tests/benchmarks/bench_ingest.py [--articles 1000]
[--cluster local:2]``. Each scenario runs in its own process so its peak memory is its own.
Prints articles/s, words/s and peak RSS for: plain ``nlp.pipe`` over the same texts with the
same model (the baseline), a full ``dateline ingest`` with one process, with ``--workers 2``,
and with ``--cluster ADDRESS`` when given (its time includes starting a ``local:N`` cluster and
loading the model on its workers). Peak MB is, for every scenario, this process plus its
largest finished child (not the sum over worker processes).
CPU seconds (user + system, workers included) are printed beside wall time, since the machine
may be shared; ``--rounds N`` alternates the scenarios N times and reports each one's best.
Targets (issue 6): full ingest >= 80% of plain spaCy, peak < 1.5 GB, near 2x with 2 workers;
(issue 14) the cluster at least 1.6x one process on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
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


def make_corpus(folder: Path, count: int) -> int:
    """Write ``count`` articles; return the total number of body words."""
    rng = random.Random(20240517)
    words = 0
    for i in range(count):
        text = article_markdown(i, rng)
        words += len(body_of(text).split())
        (folder / f"article-{i:05d}.md").write_text(text, encoding="utf-8")
    return words


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def load() -> str:
    """The machine's load averages, to read the figures by (the machine may be shared)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and its finished children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def scenario(name: str, folder: Path, workers: int, cluster: str | None) -> dict[str, float]:
    """Run one scenario in this process and return its figures (wall and CPU seconds of the
    timed part, which excludes loading the model)."""
    from core.nlp import load_nlp

    nlp = load_nlp()
    files = sorted(folder.glob("*.md"))
    if name == "spacy":
        texts = [body_of(p.read_text(encoding="utf-8")) for p in files]
        start, cpu = time.perf_counter(), cpu_seconds()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        elapsed, used = time.perf_counter() - start, cpu_seconds() - cpu
    else:
        from core.pipeline import ingest
        from core.store import open_db

        path = folder.parent / f"{name}.db"
        for old in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            old.unlink(missing_ok=True)  # each round ingests into a new database
        db = open_db(path)
        start, cpu = time.perf_counter(), cpu_seconds()
        analyser = None
        if cluster:
            from core.cluster import cluster_analyser

            analyser = cluster_analyser(cluster)
        summary = ingest(db, [str(folder)], workers=workers, analyser=analyser)
        elapsed, used = time.perf_counter() - start, cpu_seconds() - cpu
        assert summary.added == len(files), summary.problems[:3]
    return {"seconds": elapsed, "cpu": used, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="also ingest on this Dask cluster (e.g. local:2)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run every scenario this many times, alternating; report the best")
    parser.add_argument("--one-process", action="store_true",
                        help="only plain spaCy and the one-process ingest")
    parser.add_argument("--scenario", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scenario:
        print(json.dumps(scenario(args.scenario, Path(args.folder), args.workers,
                                  args.cluster)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        words = make_corpus(folder, args.articles)
        print(f"corpus: {args.articles} articles, {words} words; {load()}")
        runs = [("plain nlp.pipe", "spacy", 1, []), ("dateline ingest", "ingest", 1, [])]
        if not args.one_process:
            runs.append(("dateline ingest --workers 2", "ingest2", 2, []))
        if args.cluster:
            runs.append((f"dateline ingest --cluster {args.cluster}", "cluster", 1,
                         ["--cluster", args.cluster]))
        rounds: dict[str, list[dict[str, float]]] = {label: [] for label, *_ in runs}
        for _ in range(args.rounds):  # scenarios alternate, so each round sees the same load
            for label, name, workers, extra in runs:
                out = subprocess.run(
                    [sys.executable, __file__, "--scenario", name, "--folder", str(folder),
                     "--workers", str(workers), *extra],
                    capture_output=True, text=True, check=True)
                rounds[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
        # the best round of each scenario: the one least slowed by other work on the machine
        results = {label: {key: min(r[key] for r in figs) for key in figs[0]}
                   for label, figs in rounds.items()}
        base, base_cpu = results["plain nlp.pipe"]["seconds"], results["plain nlp.pipe"]["cpu"]
        one = results["dateline ingest"]["seconds"]
        print(f"{'scenario':34} {'articles/s':>11} {'words/s':>9} {'peak MB':>8} "
              f"{'vs spaCy':>9} {'vs 1 proc':>10} {'CPU s':>7} {'CPU vs spaCy':>13}")
        for label, fig in results.items():
            secs = fig["seconds"]
            print(f"{label:34} {args.articles / secs:11.1f} {words / secs:9.0f} "
                  f"{fig['peak_mb']:8.0f} {base / secs:9.2f} {one / secs:10.2f} "
                  f"{fig['cpu']:7.1f} {base_cpu / fig['cpu']:13.2f}")
        print(f"best of {args.rounds} round(s); {load()}")

if __name__ == "__main__":
    main()
