"""User edits to people survive rebuilds and re-ingest (no spaCy)."""

from __future__ import annotations

import json

from factories import analysed, article

from core.people.edits import hide_person, merge_people, split_alias
from core.rebuild import rebuild
from core.store import open_db, save_article


def _db():  # type: ignore[no-untyped-def]
    db = open_db(None)
    a = article("Dana Vollmer resigned on Friday. Vollmer left.", origin="a.md")
    save_article(db, analysed(a, [("Dana Vollmer resigned on Friday.", "Friday", "2024-05-17",
                                   ["Dana Vollmer"])]), "a.md")
    b = article("D. Vollmer spoke on Thursday. Kip Ashe agreed.", origin="b.md", url="u")
    save_article(db, analysed(b, [("D. Vollmer spoke on Thursday.", "Thursday", "2024-05-16",
                                   ["D. Vollmer"]),
                                  ("Kip Ashe agreed.", "agreed", "2024-05-17", ["Kip Ashe"])]),
                 "b.md")
    rebuild(db)
    return db


def _people(db) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {n: json.loads(a) for n, a in db.execute("SELECT name, aliases FROM people")}


def test_merge_split_hide_are_recorded_and_replayed() -> None:
    db = _db()
    assert set(_people(db)) == {"Dana Vollmer", "D. Vollmer", "Kip Ashe"}
    merge_people(db, "D. Vollmer", "Dana Vollmer")
    rebuild(db)  # an edit only records itself; its caller rebuilds
    assert _people(db)["Dana Vollmer"] == ["D. Vollmer", "Dana Vollmer"]
    hide_person(db, "Kip Ashe")
    rebuild(db)
    assert "Kip Ashe" not in _people(db)
    split_alias(db, "D. Vollmer", "Dana Vollmer")
    rebuild(db)
    assert set(_people(db)) == {"Dana Vollmer", "D. Vollmer"}
    rebuild(db)  # as after a re-ingest: every edit is applied again
    assert set(_people(db)) == {"Dana Vollmer", "D. Vollmer"}
    assert db["user_people"].count == 3
