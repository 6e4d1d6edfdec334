"""Benchmark: full ingest throughput and memory against plain spaCy ``nlp.pipe``.

Run on demand: ``uv run python tests/benchmarks/bench_ingest.py [--articles 1000]
[--cluster local:2]``. Each scenario runs in its own process so its peak memory is its own.
Prints articles/s, words/s and peak RSS for: plain ``nlp.pipe`` over the same texts with the
same model (the baseline), a full ``dateline ingest`` with one process, with ``--workers 2``,
and with ``--cluster ADDRESS`` when given (its time includes starting a ``local:N`` cluster and
loading the model on its workers). Peak MB is, for every scenario, this process plus its
largest finished child (not the sum over worker processes).
Targets (issue 6): full ingest >= 80% of plain spaCy, peak < 1.5 GB, near 2x with 2 workers;
(issue 14) the cluster at least 1.6x one process on 2 cores.
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


def scenario(name: str, folder: Path, workers: int, cluster: str | None) -> dict[str, float]:
    """Run one scenario in this process and return its figures."""
    from core.nlp import load_nlp

    nlp = load_nlp()
    files = sorted(folder.glob("*.md"))
    if name == "spacy":
        texts = [body_of(p.read_text(encoding="utf-8")) for p in files]
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        elapsed = time.perf_counter() - start
    else:
        from core.pipeline import ingest
        from core.store import open_db

        db = open_db(folder.parent / f"{name}.db")
        start = time.perf_counter()
        analyser = None
        if cluster:
            from core.cluster import cluster_analyser

            analyser = cluster_analyser(cluster)
        summary = ingest(db, [str(folder)], workers=workers, analyser=analyser)
        elapsed = time.perf_counter() - start
        assert summary.added == len(files), summary.problems[:3]
    return {"seconds": elapsed, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="also ingest on this Dask cluster (e.g. local:2)")
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
        print(f"corpus: {args.articles} articles, {words} words")
        results = {}
        runs = [("plain nlp.pipe", "spacy", 1, []),
                ("dateline ingest", "ingest", 1, []),
                ("dateline ingest --workers 2", "ingest2", 2, [])]
        if args.cluster:
            runs.append((f"dateline ingest --cluster {args.cluster}", "cluster", 1,
                         ["--cluster", args.cluster]))
        for label, name, workers, extra in runs:
            out = subprocess.run(
                [sys.executable, __file__, "--scenario", name, "--folder", str(folder),
                 "--workers", str(workers), *extra], capture_output=True, text=True, check=True)
            results[label] = json.loads(out.stdout.strip().splitlines()[-1])
        base = results["plain nlp.pipe"]["seconds"]
        one = results["dateline ingest"]["seconds"]
        print(f"{'scenario':34} {'articles/s':>11} {'words/s':>9} {'peak MB':>8} "
              f"{'vs spaCy':>9} {'vs 1 proc':>10}")
        for label, fig in results.items():
            secs = fig["seconds"]
            print(f"{label:34} {args.articles / secs:11.1f} {words / secs:9.0f} "
                  f"{fig['peak_mb']:8.0f} {base / secs:9.2f} {one / secs:10.2f}")


if __name__ == "__main__":
    main()
