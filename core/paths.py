"""Where Dateline keeps things, found with platformdirs (overridable by environment)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "dateline"
DB_ENV = "DATELINE_DB"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The user data directory (holds the default database)."""
    return Path(_dirs.user_data_dir)


def cache_dir() -> Path:
    """The user cache directory (holds the demo database)."""
    return Path(_dirs.user_cache_dir)


def config_dir() -> Path:
    """The user config directory (holds ``keys.toml``)."""
    return Path(_dirs.user_config_dir)


def default_db_path() -> Path:
    """``$DATELINE_DB`` if set, else ``timeline.db`` in the user data directory."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / "timeline.db"


def demo_db_path() -> Path:
    """The database ``dateline demo`` builds afresh each time."""
    return cache_dir() / "demo.db"


def keymap_path() -> Path:
    """The TOML file users edit to remap keys."""
    return config_dir() / "keys.toml"
