"""The store: one transaction per article, the same content stored once, edits replace, and
older databases upgrade in place through the schema migrations."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils
from factories import analysed, article

from core.rebuild import rebuild
from core.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseProblem,
    NotAnalysedError,
    Staleness,
    open_db,
    save_article,
    schema_version,
    staleness,
    transaction,
)

TEXT = ("Dock workers walked off the job on Wednesday. Marisol Ventura said the union "
        "will vote on Tuesday.")
FACTS = [("Dock workers walked off the job on Wednesday.", "Wednesday", "2024-05-15", []),
         ("Marisol Ventura said the union will vote on Tuesday.", "Tuesday", "2024-05-21",
          ["Marisol Ventura"])]


def counts(db) -> dict[str, int]:
    return {t: db[t].count for t in ("articles", "files", "times", "mentions", "reports")}


def test_saving_the_same_file_twice_changes_nothing() -> None:
    db = open_db(None)
    a = analysed(article(TEXT), FACTS)
    assert save_article(db, a, "a.md") is True
    before = counts(db)
    assert save_article(db, a, "a.md") is False
    assert counts(db) == before == {"articles": 1, "files": 1, "times": 2, "mentions": 1,
                                    "reports": 2}


def test_same_article_under_two_names_is_stored_once() -> None:
    db = open_db(None)
    a = analysed(article(TEXT), FACTS)
    save_article(db, a, "a.md")
    assert save_article(db, a, "copy-of-a.md") is False
    assert counts(db)["articles"] == 1
    assert counts(db)["files"] == 2


def test_an_edited_file_replaces_its_article() -> None:
    db = open_db(None)
    save_article(db, analysed(article(TEXT), FACTS), "a.md")
    edited_text = TEXT.replace("Wednesday", "Thursday")
    edited = analysed(article(edited_text),
                      [("Dock workers walked off the job on Thursday.", "Thursday",
                        "2024-05-16", []), FACTS[1]])
    assert save_article(db, edited, "a.md") is True
    assert counts(db)["articles"] == 1
    assert [r["value"] for r in db["times"].rows] == ["2024-05-16", "2024-05-21"]


def test_a_failure_inside_a_transaction_leaves_nothing_behind() -> None:
    db = open_db(None)
    with pytest.raises(KeyboardInterrupt), transaction(db):
        db.execute("INSERT INTO problems(origin, problem, advice, at) VALUES ('x','y','z','t')")
        raise KeyboardInterrupt
    assert db["problems"].count == 0


def test_rebuild_derives_events_people_and_search_index() -> None:
    db = open_db(None)
    save_article(db, analysed(article(TEXT), FACTS), "a.md")
    rebuild(db)
    events = list(db.query("SELECT display, title, people FROM events ORDER BY date_start"))
    assert [e["display"] for e in events] == ["15 May 2024", "21 May 2024"]
    assert events[1]["people"] == "Marisol Ventura"
    assert [p["name"] for p in db["people"].rows] == ["Marisol Ventura"]
    hits = db.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH 'vote'").fetchall()
    assert len(hits) == 1
    rebuild(db)
    assert db["events"].count == 2


def test_user_date_correction_survives_reingest_and_rebuild() -> None:
    db = open_db(None)
    save_article(db, analysed(article(TEXT), FACTS), "a.md")
    rebuild(db)
    key = db.execute("SELECT report_key FROM reports WHERE sentence LIKE 'Dock%'").fetchone()[0]
    db.execute("INSERT INTO user_events(report_key, date_value, at) VALUES (?, '2024-05-14', 't')",
               [key])
    other_name = analysed(article(TEXT, origin="b.md"), FACTS)
    save_article(db, other_name, "b.md")
    rebuild(db)
    row = db.execute("SELECT display, edited FROM events WHERE title LIKE 'Dock%'").fetchone()
    assert row == ("14 May 2024", 1)


FIXTURES = Path(__file__).resolve().parent / "fixtures"
USER_TABLES = ("user_events", "user_people", "user_log")
SHOWN = ("SELECT sentence, display, date_start, edited, starred, hidden FROM events"
         " ORDER BY sentence")


def _snapshot(path: Path) -> tuple[dict[str, list[tuple[object, ...]]], list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        users = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in USER_TABLES}
        return users, conn.execute(SHOWN).fetchall()
    finally:
        conn.close()


def _v1_with_a_hide(tmp_path: Path) -> Path:
    """The committed schema-1 database, plus a hidden event written as release 1 wrote one
    (its user_events row and the event's flag), since the fixture has none."""
    path = tmp_path / "v1.db"
    shutil.copy(FIXTURES / "schema1" / "dateline-v1.db", path)
    conn = sqlite3.connect(path)
    key = conn.execute("SELECT r.report_key FROM reports r JOIN event_reports er"
                       " ON er.report_id = r.id JOIN events e ON e.id = er.event_id"
                       " WHERE e.sentence LIKE 'A federal mediator%'").fetchone()[0]
    conn.execute("INSERT INTO user_events(report_key, hidden, at) VALUES (?, 1, 't')", [key])
    conn.execute("UPDATE events SET hidden = 1 WHERE sentence LIKE 'A federal mediator%'")
    conn.commit()
    conn.close()
    return path


def _v2(tmp_path: Path) -> Path:
    path = tmp_path / "v2.db"
    shutil.copy(FIXTURES / "schema2" / "dateline-v2.db", path)
    return path


def _v3(tmp_path: Path) -> Path:
    path = tmp_path / "v3.db"
    shutil.copy(FIXTURES / "schema3" / "dateline-v3.db", path)
    return path


def _probe(path: Path) -> sqlite_utils.Database:
    """A plain read-only connection: reads the schema without upgrading anything."""
    return sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def _applied(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


@pytest.mark.parametrize(("make", "version"), [(_v1_with_a_hide, 1), (_v2, 2), (_v3, 3)],
                         ids=["schema 1", "schema 2", "schema 3"])
def test_an_older_database_upgrades_in_place_keeping_the_users_choices(
    tmp_path: Path, make: Callable[[Path], Path], version: int
) -> None:
    path = make(tmp_path)
    users, shown = _snapshot(path)
    assert users["user_people"] and len(users["user_events"]) == 3  # a date, a star, a hide
    probe = _probe(path)
    assert schema_version(probe) == version
    probe.close()

    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION == 4
    assert _applied(db) == ["schema_2", "schema_3", "schema_4"]
    if version < 3:  # importance: scored by the next rebuild
        assert db.execute("SELECT count(*), max(importance) FROM events").fetchone() == (6, 0)
    assert {"events_top", "events_ids", "events_display"} <= {
        i.name for i in db.table("events").indexes}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    assert _snapshot(path) == (users, shown)

    db = open_db(path)  # rebuilt from the upgraded tables, the choices still apply
    rebuild(db)
    flags: dict[str, set[tuple[str, int, int]]] = {}  # a sentence may make two events
    for s, display, _, _, starred, hidden in db.execute(SHOWN).fetchall():
        flags.setdefault(s, set()).add((display, starred, hidden))
    db.close()
    walkout = "Dock workers walked off the job on Wednesday after talks collapsed."
    assert "14 May 2024" in {display for display, _, _ in flags[walkout]}
    assert {starred for _, starred, _ in flags[
        "Negotiators reached a tentative agreement late on Thursday."]} == {1}
    assert {hidden for _, _, hidden in flags[
        "A federal mediator was appointed on Friday morning."]} == {1}
    assert _snapshot(path) == (users, shown)


def test_an_upgraded_database_opens_again_without_migrating(tmp_path: Path) -> None:
    path = _v2(tmp_path)
    open_db(path).close()
    probe = _probe(path)
    first = probe.execute("SELECT name, applied_at FROM _sqlite_migrations ORDER BY id").fetchall()
    probe.close()
    db = open_db(path)
    assert db.execute("SELECT name, applied_at FROM _sqlite_migrations ORDER BY id"
                      ).fetchall() == first
    assert not MIGRATIONS.pending(db)
    db.close()


def test_a_new_database_starts_at_the_current_schema_with_every_migration_recorded() -> None:
    db = open_db(None)
    assert schema_version(db) == SCHEMA_VERSION
    assert _applied(db) == ["schema_2", "schema_3", "schema_4"]
    assert "importance" in db.table("events").columns_dict


def test_a_failed_upgrade_changes_nothing(tmp_path: Path) -> None:
    path = _v2(tmp_path)
    conn = sqlite3.connect(path)  # schema_3 adds this column: its ALTER TABLE now fails
    conn.execute("ALTER TABLE events ADD COLUMN importance REAL")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseProblem, match="duplicate column name: importance"):
        open_db(path)
    probe = _probe(path)
    assert schema_version(probe) == 2
    assert not probe["_sqlite_migrations"].exists()
    probe.close()
    assert _snapshot(path) == _snapshot(FIXTURES / "schema2" / "dateline-v2.db")


def test_a_transaction_inside_another_is_a_savepoint() -> None:
    db = open_db(None)
    with transaction(db):
        record = "INSERT INTO problems(origin, problem, advice, at) VALUES (?, 'y', 'z', 't')"
        db.execute(record, ["outer"])
        with pytest.raises(ValueError), transaction(db):
            db.execute(record, ["inner, undone"])
            raise ValueError("the inner block fails")
        with transaction(db):
            db.execute(record, ["inner, kept"])
    assert [r["origin"] for r in db["problems"].rows] == ["outer", "inner, kept"]
    with pytest.raises(KeyboardInterrupt), transaction(db):
        with transaction(db):
            db.execute(record, ["nested, undone with the outer block"])
        raise KeyboardInterrupt
    assert db["problems"].count == 2
    assert not db.conn.in_transaction


def test_stored_articles_and_people_edits_are_counted_until_the_rebuild() -> None:
    from core.people.edits import hide_person, undo_people_edit

    db = open_db(None)
    assert not staleness(db)
    a = analysed(article(TEXT), FACTS)
    save_article(db, a, "a.md")
    save_article(db, a, "a.md")  # nothing changed: nothing more to show
    save_article(db, a, "copy-of-a.md")  # only linked: the timeline is the same
    assert staleness(db) == Staleness(articles=1)
    rebuild(db)
    assert not staleness(db)
    assert db.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'ventura'"
                      ).fetchone()[0] == 1  # the search index rebuilt through rebuild_fts
    hide_person(db, "Marisol Ventura")
    undo_people_edit(db)
    assert staleness(db) == Staleness(edits=2)
    assert staleness(db).describe() == "2 people edit(s) recorded since the last rebuild"
    rebuild(db)
    assert not staleness(db)


def test_an_article_that_fails_to_store_is_not_counted() -> None:
    db = open_db(None)
    with pytest.raises(NotAnalysedError):
        save_article(db, article(TEXT), "a.md")  # new content without its analysis
    assert not staleness(db)


def test_a_rebuild_that_fails_keeps_the_count(monkeypatch: pytest.MonkeyPatch) -> None:
    import core.rebuild

    db = open_db(None)
    save_article(db, analysed(article(TEXT), FACTS), "a.md")

    def broken(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(core.rebuild, "_write_events", broken)
    with pytest.raises(KeyboardInterrupt):
        rebuild(db)
    assert staleness(db) == Staleness(articles=1)


@pytest.mark.parametrize("make", [_v1_with_a_hide, _v2])
def test_an_older_database_is_not_stale(make: Callable[[Path], Path], tmp_path: Path) -> None:
    db = open_db(make(tmp_path))
    assert not staleness(db)
