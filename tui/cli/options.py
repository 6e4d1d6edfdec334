"""Options shared by several commands, and opening the database with one-line errors."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click
import sqlite_utils

from core.paths import DB_ENV, default_db_path
from core.store import DatabaseProblem, open_db, open_readonly, staleness
from tui.clock import Clock, system_clock

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help=f"Database file (default: ${DB_ENV}, else timeline.db in the user data dir).",
)


def now() -> datetime:
    """The time that relative dates (``--from "last week"``) count from: the clock in the click
    context's ``obj`` when one was given (tests pass ``obj=tui.clock.frozen(...)``), else the
    real time."""
    context = click.get_current_context(silent=True)
    clock: Clock = context.obj if context is not None and callable(context.obj) else system_clock
    return clock()


def resolve_db(db_path: Path | None) -> Path:
    """The database to use: ``--db``, else the default."""
    return db_path or default_db_path()


def open_existing(db_path: Path | None) -> sqlite_utils.Database:
    """The database, read-only (nothing is created or changed); one line when it cannot be
    used: none yet, not a Dateline database, a newer schema, damaged."""
    try:
        return open_readonly(resolve_db(db_path))
    except DatabaseProblem as exc:
        raise click.ClickException(str(exc)) from exc


def warn_if_lagging(db: sqlite_utils.Database) -> None:
    """One stderr line when the timeline lags behind the stored articles or people edits (an
    ingest or edit killed before its rebuild); reading only."""
    lacking = staleness(db)
    if lacking:
        click.echo(f"warning: the timeline does not show {lacking.describe()} (an ingest "
                   "or edit was stopped before its rebuild): run 'dateline rebuild'", err=True)


def open_store(db_path: Path | None) -> sqlite_utils.Database:
    """The database for writing, created when missing; one line when it cannot be."""
    try:
        return open_db(resolve_db(db_path))
    except DatabaseProblem as exc:
        raise click.ClickException(str(exc)) from exc


F = TypeVar("F", bound=Callable[..., Any])


def guard_database(command: F) -> F:
    """One line, not a traceback, when the database fails under a command (a damaged page,
    a full disk, a locked or read-only file). Put it just above the command's ``def``."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except sqlite3.Error as exc:
            path = resolve_db(kwargs.get("db_path"))
            reason = " ".join(str(exc).split()) or type(exc).__name__
            if isinstance(exc, sqlite3.OperationalError):
                raise click.ClickException(f"{path}: database error ({reason})") from exc
            raise click.ClickException(
                f"{path}: the database is damaged ({reason}); 'dateline status' checks it"
            ) from exc

    return wrapper  # type: ignore[return-value]
