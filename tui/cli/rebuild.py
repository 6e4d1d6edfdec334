"""``dateline rebuild``: recompute people, events and the search index from what is stored.

An ingest runs it by itself; this command is for a database whose ingest was killed before
its rebuild (``dateline status`` says so), and is safe to run at any time: the result only
depends on the stored articles and the user's corrections.
"""

from __future__ import annotations

from pathlib import Path

import click

from core.rebuild import rebuild
from core.store import quick_check, staleness
from tui.cli.options import db_option, guard_database, open_store, resolve_db


@click.command("rebuild")
@db_option
@guard_database
def rebuild_command(db_path: Path | None) -> None:
    """Rebuild people, events and the search index from the stored articles.

    A damaged database (``PRAGMA quick_check``) is refused and left as it is.
    """
    path = resolve_db(db_path)
    if not path.exists():
        raise click.ClickException(
            f"{path}: no database there; run 'dateline ingest PATH --db {path}' first")
    db = open_store(path)
    try:
        damage = quick_check(db)  # writing on a damaged file can lose more of it
        if damage:
            raise click.ClickException(
                f"{path}: the database is damaged (quick_check: {' '.join(damage[0].split())});"
                " nothing rebuilt; restore a copy, or ingest your articles into a new database")
        lacking = staleness(db)
        rebuild(db)
        counts = {t: db[t].count for t in ("articles", "events", "people")}
    finally:
        db.close()
    caught_up = f" (caught up with {lacking.describe()})" if lacking else ""
    click.echo(f"rebuilt {path}: {counts['articles']} articles, {counts['events']} events, "
               f"{counts['people']} people{caught_up}")
