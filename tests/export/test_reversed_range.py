"""Issue 10: a reversed ``--from``/``--to`` range is a one-line usage error, not an empty export."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from export_store import StoreBuilder, build_story

from core.store import open_db
from tui.cli import main


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.db"
    build_story(StoreBuilder(open_db(path))).close()
    return path


@pytest.mark.parametrize("command", ["events", "export"])
@pytest.mark.parametrize(("start", "end"), [("2024-06", "2024-01"), ("2025", "2024-12-31")])
def test_reversed_range_is_one_line_usage_error(
        db_file: Path, command: str, start: str, end: str) -> None:
    result = CliRunner().invoke(
        main, [command, "--db", str(db_file), "--from", start, "--to", end])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"--from {start} is after --to {end}" in result.stderr
    assert result.stdout == ""


def test_same_coarse_period_both_ends_is_fine(db_file: Path) -> None:
    result = CliRunner().invoke(
        main, ["events", "--db", str(db_file), "--from", "2024-03", "--to", "2024-03"])
    assert result.exit_code == 0, result.output
