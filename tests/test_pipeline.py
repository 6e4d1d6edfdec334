"""The ingest pipeline end to end: files -> spaCy -> store, with its fault handling."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import core.pipeline
import core.store
from core.pipeline import ingest, split_long_text
from core.store import open_db
from tui.cli import main

ARTICLE = """---
title: "{title}"
published: {published}
source: "Harbor Wire"
url: "https://harborwire.test/{slug}"
---
{body}
"""

BODIES = {
    "walkout": ("Dockworkers strike", "2024-05-17T09:30:00-04:00",
                "Dock workers walked off the job on Wednesday after talks collapsed. "
                "Marisol Ventura, the union's secretary, said members will vote on Tuesday."),
    "mediator": ("Mediator named", "2024-05-18T08:00:00-04:00",
                 "A federal mediator was appointed on Friday morning. "
                 "Ventura said the talks had been frozen since April."),
    "deal": ("Tentative deal", "2024-05-24",
             "Negotiators reached a tentative agreement late on Thursday. "
             "The strike began on May 15, 2024, and lasted more than a week."),
}


def write_corpus(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for slug, (title, published, body) in BODIES.items():
        path = folder / f"{slug}.md"
        path.write_text(ARTICLE.format(title=title, published=published, slug=slug, body=body),
                        encoding="utf-8")
        paths.append(path)
    return paths


def table_counts(db) -> dict[str, int]:
    return {t: db[t].count for t in ("articles", "files", "times", "reports", "events", "people")}


def test_ingest_resolves_dates_against_each_publish_date(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news")
    db = open_db(None)
    summary = ingest(db, [str(tmp_path / "news")])
    assert (summary.files, summary.added, summary.problems) == (3, 3, [])
    values = {r[0]: r[1] for r in db.execute("SELECT text, value FROM times")}
    assert values["Wednesday"] == "2024-05-15"
    assert values["Tuesday"] == "2024-05-21"
    assert values["May 15, 2024"] == "2024-05-15"
    names = [r[0] for r in db.execute("SELECT name FROM people")]
    assert names == ["Marisol Ventura"]


def test_reingesting_the_same_files_changes_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news")
    db = open_db(None)
    ingest(db, [str(tmp_path / "news")])
    before = table_counts(db)
    again = ingest(db, [str(tmp_path / "news")])
    assert (again.added, again.unchanged) == (0, 3)
    assert table_counts(db) == before


def test_same_article_under_two_names_is_stored_once(tmp_path: Path) -> None:
    first, *_ = write_corpus(tmp_path / "news")
    (tmp_path / "news" / "copy.md").write_bytes(first.read_bytes())
    db = open_db(None)
    summary = ingest(db, [str(tmp_path / "news")])
    assert (summary.added, summary.unchanged) == (3, 1)
    assert db["articles"].count == 3
    assert db["files"].count == 4


def test_a_bad_file_is_reported_stored_and_spoils_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news")
    (tmp_path / "news" / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody\n",
                                                  encoding="utf-8")
    db_path = tmp_path / "t.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "news"), "--db", str(db_path)])
    assert result.exit_code == 1
    problem_lines = [ln for ln in result.output.splitlines() if "broken.md" in ln]
    assert len(problem_lines) == 1
    assert "3 added" in result.output
    status = CliRunner().invoke(main, ["status", "--db", str(db_path)])
    assert status.exit_code == 0
    assert "3 articles" in status.output and "broken.md" in status.output


def test_an_interrupted_ingest_leaves_whole_articles_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    db = open_db(db_path)
    real_insert = core.store._insert_article
    calls = []

    def insert_then_interrupt(database, analysed, *rest):
        calls.append(analysed.article.origin)
        if len(calls) == 2:
            real_insert(database, analysed, *rest)  # half-way through the second article...
            raise KeyboardInterrupt  # ...the user presses Ctrl-C
        real_insert(database, analysed, *rest)

    monkeypatch.setattr(core.store, "_insert_article", insert_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        ingest(db, [str(tmp_path / "news")])
    db.close()
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA foreign_key_check").fetchall() == []
    assert check.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    orphans = check.execute(
        "SELECT count(*) FROM times WHERE article_key NOT IN (SELECT key FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    check.close()
    monkeypatch.setattr(core.store, "_insert_article", real_insert)
    summary = ingest(open_db(db_path), [str(tmp_path / "news")])
    assert (summary.added, summary.unchanged) == (2, 1)


def test_a_reader_sees_new_events_while_the_database_is_open(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "news")
    db_path = tmp_path / "t.db"
    ingest(open_db(db_path), [str(paths[0])])
    reader = open_db(db_path)
    before = reader.execute("SELECT count(*) FROM events").fetchone()[0]
    assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    ingest(open_db(db_path), [str(p) for p in paths[1:]])
    after = reader.execute("SELECT count(*) FROM events").fetchone()[0]
    assert after > before


def test_cli_ingest_prints_a_summary_and_exits_zero(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news")
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "news"), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    assert "3 file(s), 3 article(s): 3 added, 0 unchanged, 0 failed" in result.output


def test_locate_prints_every_path() -> None:
    result = CliRunner().invoke(main, ["locate"])
    assert result.exit_code == 0
    for label in ("config:", "keymap:", "database:", "demo database:", "cache:"):
        assert label in result.output


def test_long_text_splits_back_into_the_same_text() -> None:
    text = ("Para one is here.\n\n" * 40) + ("x" * 300) + (" word" * 200)
    pieces = split_long_text(text, 120)
    assert "".join(pieces) == text
    assert all(len(p) <= 140 for p in pieces[:-1])
    assert split_long_text("short", 120) == ["short"]


def test_a_long_article_is_parsed_in_pieces_with_exact_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.pipeline, "CHUNK_CHARS", 200)
    filler = "The harbour was quiet and the cranes stood still over the water. " * 3
    body = "\n\n".join([filler, "Dock workers walked off the job on Wednesday.", filler,
                        "Marisol Ventura said members will vote on Tuesday.", filler])
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.md").write_text(ARTICLE.format(
        title="Long", published="2024-05-17T09:30:00-04:00", slug="long", body=body),
        encoding="utf-8")
    db = open_db(None)
    ingest(db, [str(folder)])
    text = db.execute("SELECT text FROM articles").fetchone()[0]
    for phrase, start, end in db.execute('SELECT text, start, "end" FROM times'):
        assert text[start:end] == phrase
    values = {r[0]: r[1] for r in db.execute("SELECT text, value FROM times")}
    assert values["Wednesday"] == "2024-05-15"
    assert values["Tuesday"] == "2024-05-21"


def test_a_killed_ingest_leaves_a_consistent_database(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    filler = "The cranes stood still over the water while talks went on. " * 30
    for i in range(40):
        body = f"Talks round {i} ended on Wednesday without a deal. {filler}"
        (folder / f"a{i:02d}.md").write_text(ARTICLE.format(
            title=f"Round {i}", published="2024-05-17T09:30:00-04:00", slug=f"r{i}", body=body),
            encoding="utf-8")
    db_path = tmp_path / "t.db"
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "ingest", str(folder), "--db",
                             str(db_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while stored < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if db_path.exists():
                with contextlib.suppress(sqlite3.OperationalError):
                    probe = sqlite3.connect(db_path, timeout=1)
                    stored = probe.execute("SELECT count(*) FROM articles").fetchone()[0]
                    probe.close()
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = check.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < articles < 40
    without_times = check.execute(
        "SELECT count(*) FROM articles WHERE key NOT IN (SELECT article_key FROM times)"
    ).fetchone()[0]
    assert without_times == 0  # every stored article is whole
    check.close()
    summary = ingest(open_db(db_path), [str(folder)])
    assert summary.added == 40 - articles
    assert open_db(db_path)["articles"].count == 40


def test_two_workers_store_the_same_timeline_as_one(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news")
    one, two = open_db(None), open_db(None)
    ingest(one, [str(tmp_path / "news")])
    ingest(two, [str(tmp_path / "news")], workers=2)
    query = "SELECT display, title, people FROM events ORDER BY date_start, title"
    assert one.execute(query).fetchall() == two.execute(query).fetchall()
    assert table_counts(one) == table_counts(two)


def test_an_edited_file_replaces_its_events_and_keeps_corrections(tmp_path: Path) -> None:
    from core.triage import set_date

    paths = write_corpus(tmp_path / "news")
    db = open_db(None)
    ingest(db, [str(tmp_path / "news")])
    event_id = db.execute("SELECT id FROM events WHERE sentence LIKE 'Dock workers walked%'"
                          ).fetchone()[0]
    assert set_date(db, event_id, "2024-05-14")
    walkout = paths[0]
    walkout.write_text(walkout.read_text(encoding="utf-8").replace(
        "members will vote on Tuesday", "members will vote on Thursday"), encoding="utf-8")
    summary = ingest(db, [str(tmp_path / "news")])
    assert (summary.added, summary.unchanged) == (1, 2)
    assert db["articles"].count == 3
    # (the sentence also gives "talks collapsed", dated before the walkout: its own event)
    displays = {r[0]: r[1] for r in db.execute("SELECT sentence, display FROM events"
                                                " WHERE title NOT LIKE 'Talks collapsed%'")}
    walked = next(d for s, d in displays.items() if s.startswith("Dock workers walked"))
    assert walked == "14 May 2024"  # the correction still applies to the unchanged sentence
    vote = next(d for s, d in displays.items() if "vote on" in s)
    assert vote == "23 May 2024"  # the edited sentence was re-read
