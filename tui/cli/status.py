"""``dateline status``: what the database holds, which inputs failed, and whether it is sound."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from core.store import quick_check
from tui.cli.options import (
    db_option,
    guard_database,
    open_existing,
    resolve_db,
    warn_if_lagging,
)


@click.command("status")
@db_option
@guard_database
def status_command(db_path: Path | None) -> None:
    """Show counts of articles, events and people, every input that failed, damage, and
    whether the timeline lags behind the stored articles (a stopped ingest)."""
    path = resolve_db(db_path)
    db = open_existing(path)  # read-only: status never changes the database
    try:
        damage = quick_check(db)
        if damage:
            more = f"; {len(damage) - 1} more problem(s)" if len(damage) > 1 else ""
            raise click.ClickException(
                f"{path}: the database is damaged (quick_check: {' '.join(damage[0].split())}"
                f"{more}); restore a copy, or ingest your articles into a new database")
        counts = {t: db[t].count for t in ("articles", "events", "people", "problems")}
        click.echo(f"{path}")
        click.echo(f"{counts['articles']} articles, {counts['events']} events, "
                   f"{counts['people']} people, {counts['problems']} failed input(s)")
        warn_if_lagging(db)
        for origin, problem, advice in db.execute(
                "SELECT origin, problem, advice FROM problems ORDER BY id").fetchall():
            click.echo(f"  {origin}: {problem} — {advice}")
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(
            f"{path}: the database is damaged ({' '.join(str(exc).split())})") from exc
    finally:
        db.close()
