"""Ctrl-C during an ingest (issue 10): the articles stored until then are in the timeline at
once (the derived tables are rebuilt for them), the command says so in one line and exits
130, and running it again adds the rest. KeyboardInterrupt is raised from inside the pipeline
(while an article is stored, or while one is analysed) by monkeypatching."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import core.pipeline
from core.pipeline import IngestInterrupted, ingest
from core.store import open_db
from tui.cli import main

ARTICLE = """---
title: "{title}"
published: 2024-05-{day}T09:30:00-04:00
source: "Harbor Wire"
---
{body}
"""
STORIES = [
    ("Cranes idle", "14", "The cranes stood idle on Monday while Dana Whitcombe met the board."),
    ("Vote called", "15", "Marisol Ventura called a strike vote on Tuesday."),
    ("Talks resume", "16", "Talks resumed on Wednesday under a federal mediator."),
]


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for i, (title, day, body) in enumerate(STORIES):
        (folder / f"{i}.md").write_text(ARTICLE.format(title=title, day=day, body=body),
                                        encoding="utf-8")
    return folder


def _second_call_interrupts(real: Callable[..., Any]) -> Callable[..., Any]:
    calls: list[int] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user presses Ctrl-C
        return real(*args, **kwargs)
    return call


def _visible(db_path: Path) -> list[str]:
    """Titles of the articles whose events the timeline shows."""
    db = open_db(db_path)
    try:
        return [t for (t,) in db.execute(
            "SELECT DISTINCT a.title FROM events e JOIN event_reports er ON er.event_id = e.id"
            " JOIN reports r ON r.id = er.report_id JOIN articles a ON a.key = r.article_key"
            " ORDER BY a.title").fetchall()]
    finally:
        db.close()


@pytest.mark.parametrize("where", ["save_article", "extract_reports"])
def test_what_was_stored_before_ctrl_c_is_in_the_timeline(
        where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    monkeypatch.setattr(core.pipeline, where,
                        _second_call_interrupts(getattr(core.pipeline, where)))
    db = open_db(db_path)
    with pytest.raises(IngestInterrupted) as stopped:
        ingest(db, [str(news)])
    db.close()
    assert stopped.value.summary.added == 1
    assert _visible(db_path) == ["Cranes idle"]
    people = open_db(db_path).execute("SELECT name FROM people").fetchall()
    assert ("Dana Whitcombe",) in people

    monkeypatch.undo()
    summary = ingest(open_db(db_path), [str(news)])
    assert (summary.added, summary.unchanged) == (2, 1)
    assert _visible(db_path) == ["Cranes idle", "Talks resume", "Vote called"]


def test_cli_says_so_in_one_line_and_exits_130(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    news = _corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    monkeypatch.setattr(core.pipeline, "save_article",
                        _second_call_interrupts(core.pipeline.save_article))
    result = CliRunner().invoke(main, ["ingest", str(news), "--db", str(db_path)])
    assert result.exit_code == 130, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip() and ln != "Analysing"
             and not ln.startswith("Analysing")]
    assert len(lines) == 1 and lines[0].startswith("interrupted: 1 article(s) stored")
    assert "Traceback" not in result.output
    shown = CliRunner().invoke(main, ["events", "--db", str(db_path)])
    assert shown.exit_code == 0 and "cranes stood idle" in shown.stdout.lower()


def test_cli_ctrl_c_before_anything_is_stored_says_to_run_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _corpus(tmp_path / "news")

    def reading_interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(core.pipeline, "read_inputs", reading_interrupted)
    result = CliRunner().invoke(main, ["ingest", str(news), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 130
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "run the same command again" in lines[0]
