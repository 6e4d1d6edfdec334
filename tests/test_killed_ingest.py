"""An ingest killed between storing articles and rebuilding the timeline (issue 10).

A kill (SIGKILL, a power cut) skips the rebuild that Ctrl-C still runs, so the stored articles
are in the database but not in the timeline. The store counts them in ``meta`` in the
transaction that stores each one; ``dateline status`` then says to run ``dateline rebuild``,
``dateline open`` rebuilds first, and after ``dateline rebuild`` the export is the one a clean
ingest gives, event for event. The kill is real in one test (a child process that SIGKILLs
itself as it stores its second article) and simulated in the others (the rebuild never runs).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import core.pipeline
from core.pipeline import ingest
from core.store import open_db, staleness
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = """---
title: "{title}"
published: 2024-05-{day}T09:30:00-04:00
source: "{source}"
---
{body}
"""
STORIES = [
    ("Cranes idle", "14", "Harbor Wire",
     "The cranes stood idle on Monday while Dana Whitcombe met the board."),
    ("Vote called", "15", "Port Ledger",
     "Marisol Ventura called a strike vote on Tuesday. Dana Whitcombe said on Monday that "
     "the board would meet again."),
    ("Talks resume", "16", "Harbor Wire",
     "Talks resumed on Wednesday under a federal mediator, Ventura said."),
]
# The child: store articles as an ingest does, and die by SIGKILL as the second is stored.
KILLER = """
import os, signal, sys
import core.pipeline
from core.store import open_db

real = core.pipeline.save_article
calls = []

def save(*args, **kwargs):
    calls.append(1)
    if len(calls) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)

core.pipeline.save_article = save
core.pipeline.ingest(open_db(sys.argv[1]), [sys.argv[2]])
"""


def _corpus(folder: Path, stories: list[tuple[str, str, str, str]] = STORIES) -> Path:
    folder.mkdir()
    for i, (title, day, source, body) in enumerate(stories):
        (folder / f"{i}.md").write_text(
            ARTICLE.format(title=title, day=day, source=source, body=body), encoding="utf-8")
    return folder


def _run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result


def _export(db: Path) -> list[dict[str, Any]]:
    result = _run("export", "--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    events: list[dict[str, Any]] = json.loads(result.stdout)["events"]
    return events


def _but_where(event: dict[str, Any]) -> dict[str, Any]:
    """An exported event without what depends on the file's path (its key and sources)."""
    return {k: v for k, v in event.items() if k not in ("key", "sources")}


def _killed_before_rebuild(news: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest ``news`` as a killed process leaves it: every article stored, no rebuild."""

    class Killed(BaseException):
        """Nothing after the kill runs (no except clause of the pipeline catches this)."""

    def killed(db: object) -> None:
        raise Killed

    monkeypatch.setattr(core.pipeline, "rebuild", killed)
    db = open_db(db_path)
    with pytest.raises(Killed):
        ingest(db, [str(news)])
    db.close()
    monkeypatch.undo()


def test_rebuild_after_a_kill_gives_the_clean_ingest_event_for_event(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _corpus(tmp_path / "news")
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _run("ingest", str(news), "--db", str(clean)).exit_code == 0
    expected = _export(clean)
    assert len(expected) >= 3
    _killed_before_rebuild(news, killed, monkeypatch)
    assert _export(killed) == []  # stored, but not in the timeline yet

    status = _run("status", "--db", str(killed))
    assert status.exit_code == 0
    assert status.stderr.strip().splitlines() == [
        "warning: the timeline does not show 3 article(s) stored since the last rebuild (an "
        "ingest or edit was stopped before its rebuild): run 'dateline rebuild'"]
    assert "3 articles, 0 events" in status.stdout

    done = _run("rebuild", "--db", str(killed))
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines() == [
        f"rebuilt {killed}: 3 articles, {len(expected)} events, "
        f"{open_db(clean)['people'].count} people "
        "(caught up with 3 article(s) stored since the last rebuild)"]
    assert _export(killed) == expected
    assert _run("status", "--db", str(killed)).stderr == ""
    assert not staleness(open_db(killed))


def test_a_real_sigkill_mid_ingest_is_caught_up_by_rebuild(tmp_path: Path) -> None:
    news = _corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    child = subprocess.run(
        [sys.executable, "-c", KILLER, str(db_path), str(news)], cwd=ROOT, timeout=300,
        capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == -signal.SIGKILL, child.stderr
    db = open_db(db_path)
    (stored,) = db.execute("SELECT title FROM articles").fetchone()
    assert db["articles"].count == 1 and db["events"].count == 0
    assert staleness(db).articles == 1
    db.close()
    assert "1 article(s) stored" in _run("status", "--db", str(db_path)).stderr

    assert _run("rebuild", "--db", str(db_path)).exit_code == 0
    story = next(s for s in STORIES if s[0] == stored)
    alone = _corpus(tmp_path / "alone", [story])
    clean = tmp_path / "clean.db"
    assert _run("ingest", str(alone), "--db", str(clean)).exit_code == 0
    shown = _export(db_path)
    assert shown and all(e["text"] in story[3] for e in shown)
    assert [_but_where(e) for e in shown] == [_but_where(e) for e in _export(clean)]

    again = _run("ingest", str(news), "--db", str(db_path))  # the rest comes in after all
    assert again.exit_code == 0, again.output
    full = tmp_path / "full.db"
    assert _run("ingest", str(news), "--db", str(full)).exit_code == 0
    assert _export(db_path) == _export(full)


def test_open_rebuilds_a_lagging_timeline_before_the_dashboard(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.cli.open as open_module

    news = _corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    _killed_before_rebuild(news, db_path, monkeypatch)
    seen: list[int] = []
    monkeypatch.setattr(open_module, "_run",
                        lambda path: seen.append(open_db(path)["events"].count))
    result = _run("open", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert seen and seen[0] >= 3  # the dashboard opened on the rebuilt timeline
    assert result.stderr.splitlines() == [
        f"{db_path}: the timeline lacks 3 article(s) stored since the last rebuild; "
        "rebuilding it first"]
    assert _run("open", "--db", str(db_path)).stderr == ""  # once only


def test_open_of_a_lagging_database_it_cannot_write_says_to_rebuild(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.cli.open as open_module

    news = _corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    _killed_before_rebuild(news, db_path, monkeypatch)

    def read_only(db: object) -> None:  # what SQLite says for a file it may not write
        raise sqlite3.OperationalError("attempt to write a readonly database")

    opened: list[Path] = []
    monkeypatch.setattr(open_module, "rebuild", read_only)
    monkeypatch.setattr(open_module, "_run", opened.append)
    result = _run("open", "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert opened == [db_path]  # the dashboard still opens, on the last rebuilt timeline
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and "rebuilding it first" in lines[0]
    assert lines[1] == (f"{db_path}: could not rebuild (attempt to write a readonly database);"
                        " the dashboard shows the timeline as of its last rebuild; run "
                        "'dateline rebuild' where the file can be written")


def test_a_people_edit_whose_rebuild_never_ran_is_reported(tmp_path: Path) -> None:
    from core.people.edits import hide_person

    news = _corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    assert _run("ingest", str(news), "--db", str(db_path)).exit_code == 0
    assert _run("status", "--db", str(db_path)).stderr == ""
    db = open_db(db_path)
    hide_person(db, "Dana Whitcombe")  # the command is killed before its rebuild
    db.close()
    assert "1 people edit(s) recorded" in _run("status", "--db", str(db_path)).stderr
    assert "Dana Whitcombe" in _run("people", "list", "--db", str(db_path)).stdout
    assert _run("rebuild", "--db", str(db_path)).exit_code == 0
    assert "Dana Whitcombe" not in _run("people", "list", "--db", str(db_path)).stdout
    assert _run("status", "--db", str(db_path)).stderr == ""


def test_events_and_export_of_a_lagging_timeline_warn_once_and_still_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _corpus(tmp_path / "news")
    killed = tmp_path / "killed.db"
    _killed_before_rebuild(news, killed, monkeypatch)
    warning = ("warning: the timeline does not show 3 article(s) stored since the last "
               "rebuild (an ingest or edit was stopped before its rebuild): run 'dateline rebuild'")
    for command in (["events"], ["export", "--format", "json"]):
        result = _run(*command, "--db", str(killed))
        assert result.exit_code == 0, result.output
        assert result.stderr.strip().splitlines()[0] == warning  # then 'No events match'
    assert _run("rebuild", "--db", str(killed)).exit_code == 0
    for command in (["events"], ["export", "--format", "json"]):
        assert _run(*command, "--db", str(killed)).stderr == ""
