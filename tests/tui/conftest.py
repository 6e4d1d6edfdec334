"""Fixtures for the dashboard tests: a small synthetic timeline and an app factory."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from dbfactory import build_db

from tui.app import DatelineApp, create_app
from tui.clock import frozen

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def small_db_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 events, 8 people, 6 articles: built once, never written to."""
    return build_db(tmp_path_factory.mktemp("tui") / "small.db")


@pytest.fixture
def small_db(small_db_master: Path, tmp_path: Path) -> Path:
    """A private copy of the small timeline that a test may change."""
    path = tmp_path / "timeline.db"
    shutil.copy(small_db_master, path)
    return path


@pytest.fixture
def make_app(small_db: Path, tmp_path: Path) -> Callable[..., DatelineApp]:
    """Build a dashboard on the test's database with a frozen clock and no user key map."""

    def factory(keymap_file: Path | None = None, db: Path | None = None) -> DatelineApp:
        return create_app(db or small_db, clock=frozen(NOW), keymap_file=keymap_file,
                          use_user_keymap=False, export_dir=tmp_path)

    return factory


@pytest.fixture(autouse=True)
def lasting_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    """Toasts never expire in tests: on a loaded machine a 3-second toast can be gone before
    the assertion that reads it runs."""
    from textual.notifications import Notification

    monkeypatch.setattr(Notification, "has_expired", property(lambda self: False))
