"""``dateline ingest --cluster`` (issue 14): the Dask engine stores what the local one stores.

The sample data ingested on a two-worker ``LocalCluster`` exports byte for byte as it does
ingested in one process; a worker SIGKILLed mid-ingest loses nothing (the scheduler reruns its
batch on a worker that is alive); without Dask the flag says in one line how to install it.
The cluster tests start real worker processes (two, one thread each) and are skipped only
when Dask is not installed; ``faulthandler`` stops a hung one after a few minutes.
"""

from __future__ import annotations

import faulthandler
import importlib.util
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import core.pipeline
from core.pipeline import ingest
from core.store import open_db
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
HUNG_AFTER = 300  # seconds: a cluster test that takes this long has hung
ARTICLE = """---
title: "Ferry service update {n}"
published: 2024-03-{day:02d}T08:00:00+00:00
source: "Lakeside Courier"
---
Harbour master Ilse Varga said on Tuesday that the {n}th crossing of the week would leave
late. The council met on March {day} to vote on new timetables, and the vote was delayed until
next Friday. Varga told reporters the ferries would run hourly from April 2.
"""


@pytest.fixture
def bounded() -> Iterator[None]:
    faulthandler.dump_traceback_later(HUNG_AFTER, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def export(db: Path) -> bytes:
    result = CliRunner().invoke(main, ["export", "--format", "json", "--db", str(db),
                                       "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_cluster_export_is_the_local_export(sample_db_path: Path, tmp_path: Path,
                                            bounded: None) -> None:
    pytest.importorskip("distributed")
    db = tmp_path / "cluster.db"
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "sample_data"), "--db", str(db),
                                       "--cluster", "local:2"])
    assert result.exit_code == 0, result.output
    assert "13 added, 0 unchanged, 0 failed" in result.output
    assert export(db) == export(sample_db_path)
    again = CliRunner().invoke(main, ["ingest", str(ROOT / "sample_data"), "--db", str(db),
                                      "--cluster", "local:2"])
    assert "0 added, 13 unchanged, 0 failed" in again.output
    assert export(db) == export(sample_db_path)


def test_a_worker_killed_mid_ingest_loses_nothing(tmp_path: Path, bounded: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from core.cluster import cluster_analyser

    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(40):
        (folder / f"ferry-{n:02d}.md").write_text(ARTICLE.format(n=n, day=n % 28 + 1),
                                                 encoding="utf-8")
    monkeypatch.setattr(core.pipeline, "BATCH_SIZE", 4)  # ten batches, so work remains
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.wait_for_workers(2, timeout=180)  # a new worker loads spaCy: slow under load
        before = set(client.run(os.getpid).values())
        killed: list[int] = []

        def kill_a_worker(done: int, total: int, origin: str) -> None:
            if not killed:  # the first article is stored: the other batches are out
                killed.append(min(before))
                os.kill(killed[0], signal.SIGKILL)

        db = open_db(tmp_path / "t.db")
        summary = ingest(db, [str(folder)], progress=kill_a_worker,
                         analyser=cluster_analyser(cluster.scheduler_address))
        client.wait_for_workers(2, timeout=180)  # a new worker loads spaCy: slow under load
        after = set(client.run(os.getpid).values())
    assert killed and killed[0] not in after  # the nanny started a new worker
    assert not summary.problems, [p.line() for p in summary.problems]
    assert summary.added == 40
    assert db["articles"].count == 40
    titles = {row["title"] for row in db.query("select title from articles")}
    assert titles == {f"Ferry service update {n}" for n in range(40)}
    db.close()


def test_without_dask_the_flag_says_how_to_install_it(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any) -> Any:
        return None if name == "distributed" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "sample_data"), "--db",
                                       str(tmp_path / "t.db"), "--cluster", "local:2"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "pip install 'dateline[cluster]'" in lines[0]
    assert "uv sync --extra cluster" in lines[0]


@pytest.mark.parametrize("args", [["--cluster", "local:0"], ["--cluster", "local:two"],
                                  ["--cluster", "local:2", "--workers", "2"]])
def test_bad_cluster_flags_fail_in_one_line(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "sample_data"), "--db",
                                       str(tmp_path / "t.db"), *args])
    assert result.exit_code in (1, 2)
    assert "Error:" in result.output
    assert not (tmp_path / "t.db").exists() or not open_db(tmp_path / "t.db")["articles"].count
