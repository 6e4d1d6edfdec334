"""``dateline open`` (the dashboard on a database) and ``dateline demo`` (sample articles)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from core.ingest import ReadOptions
from core.nlp import ModelNotFoundError
from core.paths import demo_db_path
from core.rebuild import rebuild
from core.store import DatabaseProblem, Staleness, open_db, staleness
from tui.cli.ingest import report, run_ingest
from tui.cli.options import db_option, open_existing, resolve_db

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"


def _run(db_path: Path) -> None:
    from tui.app import create_app

    create_app(db_path).run()


@click.command("open")
@db_option
def open_command(db_path: Path | None) -> None:
    """Open the dashboard on a timeline database.

    A timeline that lags behind the stored articles (an ingest killed before its rebuild) is
    rebuilt first, so the dashboard shows everything stored.
    """
    path = resolve_db(db_path)
    if not path.exists():
        raise click.ClickException(
            f"{path}: no database there; run 'dateline ingest PATH --db {path}' first")
    db = open_existing(path)  # one line, before the dashboard starts, for a file not ours
    try:
        lacking = staleness(db)
    finally:
        db.close()
    if lacking:
        _catch_up(path, lacking)
    _run(path)


def _catch_up(path: Path, lacking: Staleness) -> None:
    """Rebuild the timeline of a database whose ingest (or people edit) was stopped before
    its rebuild, so the dashboard shows every stored article; one line either way. A
    database that cannot be written opens as it is, with the advice to rebuild it."""
    click.echo(f"{path}: the timeline lacks {lacking.describe()}; rebuilding it first",
               err=True)
    try:
        db = open_db(path)
        try:
            rebuild(db)
        finally:
            db.close()
    except (DatabaseProblem, sqlite3.Error) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        click.echo(f"{path}: could not rebuild ({reason}); the dashboard shows the timeline "
                   "as of its last rebuild; run 'dateline rebuild' where the file can be "
                   "written", err=True)


@click.command("demo")
@click.option("--no-open", is_flag=True, help="Build the demo database but do not open it.")
def demo_command(no_open: bool) -> None:
    """Build a fresh demo timeline from the bundled sample articles and open it."""
    if not SAMPLE_DATA.is_dir():
        raise click.ClickException(f"sample articles not found at {SAMPLE_DATA}")
    path = demo_db_path()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        summary = run_ingest(path, (str(SAMPLE_DATA),), ReadOptions())
    except ModelNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    report(summary)
    click.echo(f"demo database: {path}")
    if not no_open:
        _run(path)


__all__ = ["demo_command", "open_command"]
