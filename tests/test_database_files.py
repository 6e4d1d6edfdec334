"""The database is the user's (issue 10): read-only commands open it read-only, a file that is
not a Dateline database gets one line saying which, and write failures are one line each."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from dbfactory import build_db

import tui.cli.open as open_module
from core.store import SCHEMA_VERSION, DatabaseProblem, open_db, open_readonly
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
READ_ONLY = (["status"], ["events"], ["export", "-o", "-"], ["export", "--format", "json"],
             ["people", "list"])


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_db(tmp_path_factory.mktemp("dbfiles") / "master.db", events=30)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def dateline_db(master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "timeline.db"
    shutil.copy(master, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def run(args: list[str], db: Path | None = None) -> Result:
    return CliRunner().invoke(main, [*args, *(["--db", str(db)] if db else [])])


def one_error_line(result: Result) -> str:
    """The command failed with exit 1 and exactly one line, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def foreign_db(path: Path, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ana', '555')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_read_only_commands_change_nothing_in_a_dateline_database(
    dateline_db: Path, args: list[str]
) -> None:
    conn = sqlite3.connect(dateline_db)
    conn.execute("PRAGMA journal_mode=DELETE")  # so a switch back to WAL would show
    conn.close()
    before = digest(dateline_db)
    result = run(args, dateline_db)
    assert result.exit_code == 0, result.output
    assert digest(dateline_db) == before
    conn = sqlite3.connect(dateline_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.parametrize("args", READ_ONLY, ids=" ".join)
def test_read_only_commands_work_on_a_read_only_file_in_a_read_only_folder(
    dateline_db: Path, args: list[str]
) -> None:
    before = digest(dateline_db)
    os.chmod(dateline_db, 0o444)
    os.chmod(dateline_db.parent, 0o555)
    try:
        result = run(args, dateline_db)
    finally:
        os.chmod(dateline_db.parent, 0o755)
        os.chmod(dateline_db, 0o644)
    assert result.exit_code == 0, result.output
    assert digest(dateline_db) == before


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
@pytest.mark.parametrize("args", [*READ_ONLY, ["open"], ["ingest", str(ROOT / "sample_data")],
                                  ["people", "hide", "Ana"]], ids=" ".join)
def test_another_applications_sqlite_file_is_refused_and_untouched(
    tmp_path: Path, args: list[str], wal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = foreign_db(tmp_path / "contacts.sqlite", wal=wal)
    monkeypatch.setattr(open_module, "_run", lambda p: pytest.fail("dashboard started"))
    before, files = digest(path), siblings(path)
    line = one_error_line(run(args, path))
    assert line == (f"Error: {path}: not a Dateline database (a SQLite database of another "
                    "application, with tables contacts)")
    assert digest(path) == before
    assert siblings(path) == files  # no -wal, -shm or journal left next to it


@pytest.mark.parametrize("args", [*READ_ONLY, ["open"], ["ingest", str(ROOT / "sample_data")]],
                         ids=" ".join)
def test_a_file_that_is_not_sqlite_is_refused_and_untouched(
    tmp_path: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n" * 50, encoding="utf-8")
    monkeypatch.setattr(open_module, "_run", lambda p: pytest.fail("dashboard started"))
    before = digest(path)
    assert one_error_line(run(args, path)) == (
        f"Error: {path}: not a Dateline database (not a SQLite file at all)")
    assert digest(path) == before


@pytest.mark.parametrize("args", [*READ_ONLY, ["ingest", str(ROOT / "sample_data")]],
                         ids=" ".join)
def test_a_database_of_a_newer_schema_is_refused_and_untouched(
    dateline_db: Path, args: list[str]
) -> None:
    conn = sqlite3.connect(dateline_db)
    conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = digest(dateline_db)
    line = one_error_line(run(args, dateline_db))
    assert line == (f"Error: {dateline_db}: made by a newer Dateline (schema 7; this version "
                    f"reads schema {SCHEMA_VERSION} and older); upgrade Dateline")
    assert digest(dateline_db) == before


def _corrupt_a_table_page(path: Path) -> None:
    """Overwrite the last table page (keeps page 1, the schema, readable)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size - 3 * 4096)
        handle.write(b"\x0d" + b"\xff" * 400)


def test_status_runs_quick_check_and_says_the_database_is_damaged(dateline_db: Path) -> None:
    assert run(["status"], dateline_db).exit_code == 0
    _corrupt_a_table_page(dateline_db)
    line = one_error_line(run(["status"], dateline_db))
    assert line.startswith(f"Error: {dateline_db}: the database is damaged (quick_check: ")


@pytest.mark.parametrize("args", READ_ONLY[1:], ids=" ".join)
def test_a_damaged_database_never_gives_a_traceback(dateline_db: Path, args: list[str]) -> None:
    _corrupt_a_table_page(dateline_db)
    with dateline_db.open("r+b") as handle:  # and the schema page too
        handle.seek(108)
        handle.write(b"\xff" * (4096 - 108))
    line = one_error_line(run(args, dateline_db))
    assert "the database is damaged" in line and str(dateline_db) in line


@pytest.mark.parametrize("args", [*READ_ONLY, ["open"]], ids=" ".join)
def test_an_empty_file_is_not_a_dateline_database_yet(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    line = one_error_line(run(args, path))
    assert line.startswith(f"Error: {path}: an empty file, not a Dateline database yet")
    assert path.stat().st_size == 0


def test_open_readonly_gives_a_connection_that_cannot_write(dateline_db: Path) -> None:
    db = open_readonly(dateline_db)
    assert db["events"].count == 30
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM events")
    db.close()


@pytest.mark.parametrize("fixture", ["schema1/dateline-v1.db", "schema2/dateline-v2.db"])
def test_an_older_database_is_upgraded_once_then_read(tmp_path: Path, fixture: str) -> None:
    fixture_path = ROOT / "tests" / "fixtures" / fixture
    path = tmp_path / "old.db"
    shutil.copy(fixture_path, path)
    result = run(["status"], path)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    conn.close()
    assert int(version) == SCHEMA_VERSION


def test_a_database_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    path = tmp_path / "notes.txt" / "sub" / "t.db"
    line = one_error_line(run(["ingest", str(ROOT / "sample_data")], path))
    assert line == (f"Error: {path}: cannot create the database: {path.parent} is not a "
                    "folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_a_database_in_an_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        line = one_error_line(run(["ingest", str(ROOT / "sample_data")], folder / "t.db"))
    finally:
        os.chmod(folder, 0o755)
    assert line.startswith(f"Error: {folder / 't.db'}: cannot write the database")


def test_open_db_refuses_an_unopenable_place_with_a_database_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr("core.store.sqlite3.connect", refuse)
    with pytest.raises(DatabaseProblem, match=r"t\.db: cannot write the database \(unable"):
        open_db(tmp_path / "t.db")


def test_export_into_a_missing_folder_is_one_line(dateline_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.md"
    line = one_error_line(run(["export", "-o", str(target)], dateline_db))
    assert line == f"Error: {target}: the folder {target.parent} does not exist"


def test_export_to_a_full_device_is_one_line(dateline_db: Path) -> None:
    line = one_error_line(run(["export", "-o", "/dev/full"], dateline_db))
    assert line == "Error: /dev/full: could not write (No space left on device)"
    assert Path("/dev/full").exists() and not Path("/dev/full").is_file()


def test_export_that_fails_half_way_leaves_no_file(
    dateline_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.cli.export as export_module

    def full(*args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "export_timeline", full)
    target = tmp_path / "out" / "timeline.md"
    target.parent.mkdir()
    line = one_error_line(run(["export", "-o", str(target)], dateline_db))
    assert line == (f"Error: {target}: could not write (No space left on device); nothing "
                    "was written")
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("args", [["export", "-o", "-"], ["events"], ["status"]], ids=" ".join)
def test_standard_output_on_a_full_disk_is_one_line(dateline_db: Path, args: list[str]) -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        proc = subprocess.run([sys.executable, "-m", "tui.cli", *args, "--db", str(dateline_db)],
                              stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        "Error: standard output: could not write the output (No space left on device)"]
