"""``dateline open`` and ``dateline demo``."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import tui.cli.open as open_module
from core.filters import TimelineFilter
from core.queries import count_events
from core.store import open_db


def test_open_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(open_module.open_command, ["--db", str(tmp_path / "no.db")])
    assert result.exit_code == 1
    assert "no database there" in result.output
    assert not (tmp_path / "no.db").exists()


def test_open_runs_the_dashboard_on_the_database(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    open_db(path).close()
    opened: list[Path] = []
    monkeypatch.setattr(open_module, "_run", opened.append)
    result = CliRunner().invoke(open_module.open_command, ["--db", str(path)])
    assert result.exit_code == 0, result.output
    assert opened == [path]


@pytest.mark.slow
def test_demo_builds_a_fresh_database_from_the_samples(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    demo = tmp_path / "cache" / "demo.db"
    demo.parent.mkdir()
    demo.write_text("not a database", encoding="utf-8")  # an old demo is replaced
    monkeypatch.setattr(open_module, "demo_db_path", lambda: demo)
    opened: list[Path] = []
    monkeypatch.setattr(open_module, "_run", opened.append)
    result = CliRunner().invoke(open_module.demo_command, [])
    assert result.exit_code == 0, result.output
    assert opened == [demo]
    db = open_db(demo)
    assert count_events(db, TimelineFilter()) > 10
    db.close()
