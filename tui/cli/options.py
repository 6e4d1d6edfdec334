"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

from core.paths import DB_ENV, default_db_path

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help=f"Database file (default: ${DB_ENV}, else timeline.db in the user data dir).",
)


def resolve_db(db_path: Path | None) -> Path:
    """The database to use: ``--db``, else the default."""
    return db_path or default_db_path()
