"""``dateline people``: list, merge, split and hide, and the choices survive re-ingest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.queries import people_counts
from core.store import open_db
from tui.cli import main

SAMPLE_DATA = Path(__file__).resolve().parents[1] / "sample_data"


@pytest.fixture
def db_path(sample_db_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "t.db"
    shutil.copy(sample_db_path, copy)
    return copy


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def people(db_path: Path) -> dict[str, tuple[str, ...]]:
    return {p.name: p.aliases for p in people_counts(open_db(db_path))}


def test_list_shows_people_with_their_aliases(db_path: Path) -> None:
    out = run("people", "list", "--db", str(db_path))
    assert "Priya Lindqvist" in out and "also" in out


def test_merge_split_and_hide_survive_reingest(db_path: Path) -> None:
    before = people(db_path)
    assert {"Priya Lindqvist", "Owen Halvorsen", "Percy Oduya"} <= set(before)
    surname = "Lindqvist"
    assert surname in before["Priya Lindqvist"]
    run("people", "merge", "Owen Halvorsen", "Priya Lindqvist", "--db", str(db_path))
    run("people", "split", surname, "Priya Lindqvist", "--db", str(db_path))
    run("people", "hide", "Percy Oduya", "--db", str(db_path))
    for _ in range(2):  # as edited, then after re-ingesting the same files
        after = people(db_path)
        assert "Owen Halvorsen" not in after
        assert "Owen Halvorsen" in after["Priya Lindqvist"]
        assert surname not in after["Priya Lindqvist"] and surname in after
        assert "Percy Oduya" not in after
        run("ingest", str(SAMPLE_DATA), "--db", str(db_path))


def test_unknown_people_are_refused_in_one_line(db_path: Path) -> None:
    result = CliRunner().invoke(main, ["people", "hide", "Nobody Atall", "--db", str(db_path)])
    assert result.exit_code == 1
    assert "no person called 'Nobody Atall'" in result.output
    result = CliRunner().invoke(main, ["people", "split", "Zed", "Priya Lindqvist", "--db",
                                       str(db_path)])
    assert result.exit_code == 1 and "is not an alias" in result.output
