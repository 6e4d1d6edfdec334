"""``dateline open`` (the dashboard on a database) and ``dateline demo`` (sample articles)."""

from __future__ import annotations

from pathlib import Path

import click

from core.ingest import ReadOptions
from core.nlp import ModelNotFoundError
from core.paths import demo_db_path
from tui.cli.ingest import report, run_ingest
from tui.cli.options import db_option, open_existing, resolve_db

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"


def _run(db_path: Path) -> None:
    from tui.app import create_app

    create_app(db_path).run()


@click.command("open")
@db_option
def open_command(db_path: Path | None) -> None:
    """Open the dashboard on a timeline database."""
    path = resolve_db(db_path)
    if not path.exists():
        raise click.ClickException(
            f"{path}: no database there; run 'dateline ingest PATH --db {path}' first")
    open_existing(path).close()  # one line, before the dashboard starts, for a file not ours
    _run(path)


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
