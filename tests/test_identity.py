"""Article identity (issue 10): a re-ingest never loses an event its source still contains.

Articles are identified by their own identifiers (feed guid, JSON id, url), else by their
file's resolved path (a whole-file article), else by their content; never by their position
in a file, ``<stdin>`` or the path as typed. Each case compares ``dateline export --format
json`` before and after, event for event.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import article

from core.store import SCHEMA_VERSION, NotAnalysedError, open_db, save_article, schema_version
from tui.cli import main

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema1"

# Each story gives one event that no other story's event merges with.
STORIES = [
    ("Bridge closed", "The Harbor Street bridge was closed to traffic on Monday."),
    ("Ferry added", "A second ferry began crossing the river on Tuesday evening."),
    ("Mayor speaks", "Mayor Lena Ortiz promised a full inspection report by June 30."),
    ("School moved", "Classes at Riverside Primary moved to the library on May 2, 2024."),
    ("Budget vote", "The council approved an emergency budget of $4 million in April 2024."),
]
PUBLISHED = "2024-05-17T09:00:00+00:00"


def run(*args: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def export(db: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Every event of the JSON export: sentence, phrase, date value, source titles."""
    result = CliRunner().invoke(main, ["export", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    return sorted((e["text"], e["expression"], e["date"]["value"],
                   tuple(sorted(s["title"] for s in e["sources"]))) for e in doc["events"])


def ingest(db: Path, *paths: str, stdin: str | None = None) -> str:
    return run("ingest", *paths, "--db", str(db), stdin=stdin)


def record(i: int, **extra: str) -> dict[str, str]:
    title, text = STORIES[i]
    return {"title": title, "published": PUBLISHED, "text": text, **extra}


def markdown(i: int) -> str:
    title, text = STORIES[i]
    return f"---\ntitle: {title}\npublished: {PUBLISHED}\n---\n{text}\n"


def rss(*items: int) -> str:
    entries = "".join(
        f"<item><title>{STORIES[i][0]}</title><guid>story-{i}</guid>"
        f"<pubDate>Fri, 17 May 2024 09:00:00 +0000</pubDate>"
        f"<description>{STORIES[i][1]}</description></item>" for i in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Wire</title>'
            f"{entries}</channel></rss>")


def articles_without_analysis(db: Path) -> int:
    check = sqlite3.connect(db)
    count = check.execute(
        "SELECT count(*) FROM articles WHERE key NOT IN (SELECT article_key FROM times)"
    ).fetchone()[0]
    check.close()
    return int(count)


def test_a_jsonl_file_that_gains_a_line_at_the_top_keeps_every_event(tmp_path: Path) -> None:
    db, feed = tmp_path / "t.db", tmp_path / "wire.jsonl"
    feed.write_text("\n".join(json.dumps(record(i)) for i in (0, 1, 2)) + "\n", encoding="utf-8")
    ingest(db, str(feed))
    before = export(db)
    assert len(before) == 3
    feed.write_text("\n".join(json.dumps(record(i)) for i in (3, 0, 1, 2)) + "\n",
                    encoding="utf-8")
    assert "1 added, 3 unchanged" in ingest(db, str(feed))
    after = export(db)
    assert set(before) <= set(after) and len(after) == 4
    assert articles_without_analysis(db) == 0


def test_a_feed_that_gains_an_item_at_the_top_keeps_every_event(tmp_path: Path) -> None:
    db, feed = tmp_path / "t.db", tmp_path / "wire.xml"
    feed.write_text(rss(0, 1, 2), encoding="utf-8")
    ingest(db, str(feed))
    before = export(db)
    assert len(before) == 3
    feed.write_text(rss(3, 0, 1, 2), encoding="utf-8")
    ingest(db, str(feed))
    after = export(db)
    assert set(before) <= set(after) and len(after) == 4
    assert articles_without_analysis(db) == 0


def test_a_feed_item_edited_under_its_guid_replaces_its_old_version(tmp_path: Path) -> None:
    db, feed = tmp_path / "t.db", tmp_path / "wire.xml"
    feed.write_text(rss(0, 1), encoding="utf-8")
    ingest(db, str(feed))
    before = export(db)
    feed.write_text(rss(0, 1).replace("on Tuesday evening", "on Wednesday evening"),
                    encoding="utf-8")
    ingest(db, str(feed))
    after = export(db)
    assert len(after) == 2
    assert [e for e in before if "Harbor Street" in e[0]] == [
        e for e in after if "Harbor Street" in e[0]]
    assert [e[1] for e in after if "ferry" in e[0]] == ["Wednesday evening"]


def test_a_json_item_with_an_id_edited_replaces_its_old_version(tmp_path: Path) -> None:
    db, feed = tmp_path / "t.db", tmp_path / "wire.jsonl"
    feed.write_text(json.dumps(record(1, id="a-1")) + "\n", encoding="utf-8")
    ingest(db, str(feed))
    edited = record(1, id="a-1")
    edited["text"] = edited["text"].replace("Tuesday", "Thursday")
    feed.write_text(json.dumps(record(0)) + "\n" + json.dumps(edited) + "\n", encoding="utf-8")
    ingest(db, str(feed))
    assert [e[1] for e in export(db) if "ferry" in e[0]] == ["Tuesday evening".replace(
        "Tuesday", "Thursday")]
    assert len(export(db)) == 2


def test_stdin_twice_with_different_articles_keeps_both(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    ingest(db, "-", stdin=markdown(0))
    before = export(db)
    ingest(db, "-", stdin=markdown(1))
    after = export(db)
    assert set(before) <= set(after) and len(after) == 2


def test_the_same_relative_name_from_two_folders_keeps_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.db"
    for i, folder in enumerate(("monday", "tuesday")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.md").write_text(markdown(i), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "monday")
    ingest(db, "story.md")
    before = export(db)
    monkeypatch.chdir(tmp_path / "tuesday")
    ingest(db, "story.md")
    after = export(db)
    assert set(before) <= set(after) and len(after) == 2


def test_swapping_two_file_names_keeps_every_event(tmp_path: Path) -> None:
    db, news = tmp_path / "t.db", tmp_path / "news"
    news.mkdir()
    (news / "a.md").write_text(markdown(0), encoding="utf-8")
    (news / "b.md").write_text(markdown(1), encoding="utf-8")
    ingest(db, str(news))
    before = export(db)
    (news / "a.md").write_text(markdown(1), encoding="utf-8")
    (news / "b.md").write_text(markdown(0), encoding="utf-8")
    ingest(db, str(news))
    assert export(db) == before
    assert articles_without_analysis(db) == 0


def test_an_edited_file_still_replaces_its_old_version(tmp_path: Path) -> None:
    db, story = tmp_path / "t.db", tmp_path / "story.md"
    story.write_text(markdown(1), encoding="utf-8")
    ingest(db, str(story))
    story.write_text(markdown(1).replace("Tuesday", "Thursday"), encoding="utf-8")
    ingest(db, str(story))
    assert [e[1] for e in export(db)] == ["Thursday evening"]


def test_a_file_that_cannot_be_read_now_keeps_its_stored_article(tmp_path: Path) -> None:
    db, story = tmp_path / "t.db", tmp_path / "story.md"
    story.write_text(markdown(0), encoding="utf-8")
    ingest(db, str(story))
    before = export(db)
    story.write_text("---\ntitle: [broken\n---\nBody\n", encoding="utf-8")
    CliRunner().invoke(main, ["ingest", str(story), "--db", str(db)])
    assert export(db) == before


def test_an_article_is_never_stored_without_its_analysis() -> None:
    db = open_db(None)
    with pytest.raises(NotAnalysedError):
        save_article(db, article("Talks ended on Monday.", origin="a.md"), "/news/a.md")
    assert db["articles"].count == 0 and db["files"].count == 0


def test_a_schema_1_database_upgrades_and_keeps_the_users_corrections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(FIXTURE / "news", tmp_path / "news")
    db = tmp_path / "dateline.db"
    shutil.copy(FIXTURE / "dateline-v1.db", db)
    old = sqlite3.connect(db)
    user_tables = {t: old.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                   for t in ("user_events", "user_people", "user_log")}
    shown = "SELECT sentence, display, edited, starred FROM events ORDER BY sentence"
    events_before = old.execute(shown).fetchall()
    old.close()
    assert user_tables["user_events"] and user_tables["user_people"]

    monkeypatch.chdir(tmp_path)  # where the release-1 ingest ran ("news/walkout.md")
    before = export(db)
    assert schema_version(open_db(db)) == SCHEMA_VERSION
    assert ingest(db, "news").endswith("0 added, 3 unchanged, 0 failed\n")
    assert export(db) == before
    upgraded = sqlite3.connect(db)
    assert {t: upgraded.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in user_tables} == user_tables
    assert upgraded.execute(shown).fetchall() == events_before
    assert upgraded.execute("PRAGMA foreign_key_check").fetchall() == []
    assert upgraded.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    upgraded.close()

    walkout = tmp_path / "news" / "walkout.md"  # the first edit after the upgrade
    walkout.write_text(walkout.read_text(encoding="utf-8").replace(
        "will vote on Tuesday", "will vote on Thursday"), encoding="utf-8")
    ingest(db, "news")
    check = sqlite3.connect(db)
    rows = dict(check.execute(  # not the sentence's "talks collapsed", dated before it
        "SELECT sentence, display FROM events WHERE title NOT LIKE 'Talks collapsed%'"
    ).fetchall())
    check.close()
    assert rows["Dock workers walked off the job on Wednesday after talks collapsed."] == (
        "14 May 2024")  # the user's correction still applies to the unchanged sentence
    assert any("vote on Thursday" in s for s in rows)
    assert not any("vote on Tuesday" in s for s in rows)
