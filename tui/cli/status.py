"""``dateline status``: what the database holds and which inputs failed."""

from __future__ import annotations

from pathlib import Path

import click

from core.store import open_db
from tui.cli.options import db_option, resolve_db


@click.command("status")
@db_option
def status_command(db_path: Path | None) -> None:
    """Show counts of articles, events and people, and every input that failed."""
    path = resolve_db(db_path)
    if not path.exists():
        raise click.ClickException(f"{path}: no database yet; run 'dateline ingest PATH' first")
    db = open_db(path)
    counts = {t: db[t].count for t in ("articles", "events", "people", "problems")}
    click.echo(f"{path}")
    click.echo(f"{counts['articles']} articles, {counts['events']} events, "
               f"{counts['people']} people, {counts['problems']} failed input(s)")
    for origin, problem, advice in db.execute(
            "SELECT origin, problem, advice FROM problems ORDER BY id").fetchall():
        click.echo(f"  {origin}: {problem} — {advice}")
