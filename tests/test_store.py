"""The store: one transaction per article, the same content stored once, edits replace."""

from __future__ import annotations

import pytest
from factories import analysed, article

from core.rebuild import rebuild
from core.store import open_db, save_article, transaction

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
