"""Merging a person into itself is refused (issue 10): one line, exit 1, nothing recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.people.edits import merge_people
from core.store import open_db
from tui.cli import main


def test_merge_people_refuses_the_same_person() -> None:
    db = open_db(None)
    with pytest.raises(ValueError, match="itself"):
        merge_people(db, "Priya Lindqvist", "Priya  Lindqvist")
    assert db["user_people"].count == 0


def test_cli_merge_into_itself_is_one_line_and_changes_nothing(
    sample_db_path: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "t.db"
    shutil.copy(sample_db_path, db_path)
    result = CliRunner().invoke(main, ["people", "merge", "Priya Lindqvist", "Priya Lindqvist",
                                       "--db", str(db_path)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "itself" in lines[0] and "Traceback" not in result.output
    assert open_db(db_path)["user_people"].count == 0
