"""People edits record themselves; their callers rebuild; each can be undone (issue 10).

An edit (merge, split, hide) writes ``user_people`` and ``user_log`` in one transaction and
leaves the derived tables alone, so ``core.people.edits`` needs no ``core.rebuild`` (the old
import cycle). ``dateline people undo`` forgets the latest edit and rebuilds.
"""

from __future__ import annotations

import ast
import json
import shutil
import sqlite3
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import analysed, article

from core import triage
from core.people.edits import (
    HIDE,
    MERGE,
    PeopleEdit,
    hide_person,
    merge_people,
    split_alias,
    undo_people_edit,
)
from core.queries import people_counts
from core.rebuild import rebuild
from core.store import open_db, save_article
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]


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


def _people(db) -> set[str]:  # type: ignore[no-untyped-def]
    return {n for (n,) in db.execute("SELECT name FROM people")}


def test_edits_do_not_import_rebuild_and_the_exemption_is_gone() -> None:
    tree = ast.parse((ROOT / "core/people/edits.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for a in node.names}
    assert "core.rebuild" not in imported
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    ignored = [i for c in config["tool"]["importlinter"]["contracts"]
               for i in c.get("ignore_imports", [])]
    assert not any(i.startswith("core.people.edits") for i in ignored)


def test_an_edit_records_itself_and_its_log_entry_and_leaves_the_rebuild_to_the_caller() -> None:
    db = _db()
    merge_people(db, "D. Vollmer", "Dana Vollmer")
    assert _people(db) == {"Dana Vollmer", "D. Vollmer", "Kip Ashe"}  # not rebuilt yet
    (edit_id, action, name, other), = db.execute(
        "SELECT id, action, name, other FROM user_people").fetchall()
    assert (action, name, other) == (MERGE, "D. Vollmer", "Dana Vollmer")
    (kind, target, after), = db.execute("SELECT kind, target, after FROM user_log").fetchall()
    assert kind == "people" and json.loads(target) == edit_id
    assert json.loads(after) == {"action": MERGE, "name": "D. Vollmer", "other": "Dana Vollmer"}
    rebuild(db)
    assert _people(db) == {"Dana Vollmer", "Kip Ashe"}


def test_an_edit_whose_log_entry_fails_records_nothing() -> None:
    db = _db()
    db.execute("CREATE TRIGGER no_log BEFORE INSERT ON user_log BEGIN"
               " SELECT RAISE(ABORT, 'log is full'); END")
    with pytest.raises(sqlite3.IntegrityError, match="log is full"):
        hide_person(db, "Kip Ashe")
    assert db["user_people"].count == 0


def test_undo_forgets_the_latest_edit_then_the_one_before() -> None:
    db = _db()
    merge_people(db, "D. Vollmer", "Dana Vollmer")
    hide_person(db, "Kip Ashe")
    rebuild(db)
    assert _people(db) == {"Dana Vollmer"}
    assert undo_people_edit(db) == PeopleEdit(HIDE, "Kip Ashe", None)
    rebuild(db)
    assert _people(db) == {"Dana Vollmer", "Kip Ashe"}
    undone = undo_people_edit(db)
    assert undone is not None and undone.describe() == "merge of D. Vollmer into Dana Vollmer"
    rebuild(db)
    assert _people(db) == {"Dana Vollmer", "D. Vollmer", "Kip Ashe"}
    assert undo_people_edit(db) is None
    assert db["user_people"].count == 0 and db["user_log"].count == 0


def test_undo_of_a_split_gives_the_alias_back() -> None:
    db = _db()
    merge_people(db, "D. Vollmer", "Dana Vollmer")
    split_alias(db, "D. Vollmer", "Dana Vollmer")
    rebuild(db)
    assert "D. Vollmer" in _people(db)
    undone = undo_people_edit(db)
    assert undone is not None and undone.describe() == "split of D. Vollmer off Dana Vollmer"
    rebuild(db)
    assert _people(db) == {"Dana Vollmer", "Kip Ashe"}


def test_event_undo_and_people_undo_keep_to_their_own_edits() -> None:
    db = _db()
    (event_id,) = db.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()
    assert triage.star(db, event_id, True)
    hide_person(db, "Kip Ashe")  # the latest entry in user_log is the people edit
    undone = triage.undo(db)
    assert undone is not None and undone.kind == "star"
    assert db["user_people"].count == 1  # the people edit is untouched
    assert undo_people_edit(db) == PeopleEdit(HIDE, "Kip Ashe", None)
    assert triage.undo(db) is None


@pytest.fixture
def db_path(sample_db_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "t.db"
    shutil.copy(sample_db_path, copy)
    return copy


def _names(db_path: Path) -> dict[str, tuple[str, ...]]:
    db = open_db(db_path)
    try:
        return {p.name: p.aliases for p in people_counts(db)}
    finally:
        db.close()


def test_cli_undo_reverts_merge_split_and_hide_one_line_each(db_path: Path) -> None:
    before = _names(db_path)
    runner = CliRunner()
    for args in (["merge", "Owen Halvorsen", "Priya Lindqvist"],
                 ["split", "Lindqvist", "Priya Lindqvist"], ["hide", "Percy Oduya"]):
        assert runner.invoke(main, ["people", *args, "--db", str(db_path)]).exit_code == 0
    assert "Owen Halvorsen" not in _names(db_path) and "Percy Oduya" not in _names(db_path)
    said = []
    for _ in range(3):
        result = runner.invoke(main, ["people", "undo", "--db", str(db_path)])
        assert result.exit_code == 0, result.output
        assert len(result.output.strip().splitlines()) == 1
        said.append(result.output.strip())
    assert said == ["undid the hiding of Percy Oduya",
                    "undid the split of Lindqvist off Priya Lindqvist",
                    "undid the merge of Owen Halvorsen into Priya Lindqvist"]
    assert _names(db_path) == before


def test_cli_undo_with_nothing_to_undo_is_one_line_and_exit_1(db_path: Path) -> None:
    result = CliRunner().invoke(main, ["people", "undo", "--db", str(db_path)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "nothing to undo" in lines[0]
