"""``dateline export`` and ``dateline events``: the filtered timeline as a file or as lines.

Both take the same filter options and build the same :class:`core.filters.TimelineFilter`
the dashboard uses, so what they print is exactly what the dashboard shows for that filter.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import click
import sqlite_utils

from core.export import FORMATS, build_filter, export_timeline
from core.export.text import one_line
from core.export.timelinejs import GROUP_BY
from core.filters import TimelineFilter
from core.queries import iter_events
from tui.cli.options import db_option, guard_database, now, warn_if_lagging
from tui.cli.options import open_existing as open_readonly_db
from tui.text import counted

_FILTER_OPTIONS = (
    click.option("--person", "people", multiple=True, metavar="NAME",
                 help="Only events with this person (name or alias; repeatable)."),
    click.option("--people-mode", type=click.Choice(["any", "all"]), default="any",
                 show_default=True, help="With several --person: any of them, or all."),
    click.option("--source", "sources", multiple=True, metavar="OUTLET",
                 help="Only events reported by this outlet (repeatable)."),
    click.option("--from", "date_from", metavar="DATE",
                 help="Only events ending on or after DATE (2024-05-17, 2024-05, 2024, or a"
                      " phrase: 'last week', 'May 2024')."),
    click.option("--to", "date_to", metavar="DATE",
                 help="Only events starting on or before DATE."),
    click.option("--search", "text", default="", metavar="TEXT",
                 help="Only events whose title, sentence or people contain these words."),
    click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
                 help="Only events dated with at least this confidence (0-1)."),
    click.option("--starred", is_flag=True, help="Only starred events."),
    click.option("--include-hidden", is_flag=True, help="Include events you have hidden."),
    click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
                 help="Only the N most important of those events (the key events), still in"
                      " date order."),
)


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the timeline filter options shared by ``export`` and ``events``."""
    for option in reversed(_FILTER_OPTIONS):
        command = option(command)
    return command


def open_existing(db_path: Path | None) -> sqlite_utils.Database:
    """The database, read-only, or one line saying why it cannot be used; a timeline that lags
    behind its stored articles (a killed ingest) is read as it is, with one warning line."""
    db = open_readonly_db(db_path)
    warn_if_lagging(db)
    return db


def make_filter(db: sqlite_utils.Database, options: dict[str, Any]) -> TimelineFilter:
    """The filter the command-line options describe; bad names or dates are usage errors."""
    try:
        return build_filter(
            db, now=now(), people=options["people"], people_mode=options["people_mode"],
            sources=options["sources"], date_from=options["date_from"],
            date_to=options["date_to"], text=options["text"],
            min_confidence=options["min_confidence"], starred=options["starred"],
            include_hidden=options["include_hidden"]).with_(top=options["top"])
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _write_file(path: Path, force: bool, write: Callable[[TextIO], int]) -> int:
    """Write through a temporary file in the same folder, replacing ``path`` only at the end.

    A device or pipe (``/dev/stdout``, a FIFO) is written directly. Any failure (a missing or
    unwritable folder, a full disk) is one line, and leaves no temporary file behind.
    """
    if path.exists() and not path.is_file() and not path.is_dir():
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                return write(out)
        except OSError as exc:
            raise click.ClickException(f"{path}: could not write ({exc.strerror or exc})") from exc
    if path.exists() and not force:
        raise click.ClickException(f"{path} already exists; use --force to overwrite it")
    if path.is_dir():
        raise click.ClickException(f"{path} is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise click.ClickException(f"{path}: the folder {folder} does not exist")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise click.ClickException(
            f"{path}: cannot write in {folder} ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            written = write(out)
        os.replace(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise click.ClickException(
                f"{path}: could not write ({exc.strerror or exc}); nothing was written") from exc
        raise
    return written


@click.command("export")
@db_option
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), default="md",
              show_default=True, help="Output format.")
@click.option("--output", "-o", default="-", show_default=True, metavar="FILE",
              help="Where to write; '-' is standard output.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
@click.option("--title", default=None, help="Title of the timeline (default: derived).")
@click.option("--mermaid", is_flag=True, help="Markdown: add a Mermaid timeline diagram.")
@click.option("--group-by", type=click.Choice(list(GROUP_BY)), default="person",
              show_default=True, help="TimelineJS: group events by person or by source.")
@filter_options
@guard_database
def export_command(db_path: Path | None, fmt: str, output: str, force: bool, title: str | None,
                   mermaid: bool, group_by: str, **options: Any) -> None:
    """Export the (filtered) timeline as Markdown, JSON, CSV, TimelineJS or iCalendar."""
    if output != "-":
        target = Path(output)
        if target.is_file() and not force:
            raise click.ClickException(f"{target} already exists; use --force to overwrite it")
    db = open_existing(db_path)
    f = make_filter(db, options)

    def emit(out: TextIO) -> int:
        return export_timeline(db, f, fmt, out, title=title, mermaid=mermaid,
                               group_by=group_by)

    if output == "-":
        emit(sys.stdout)
        return
    written = _write_file(Path(output), force, emit)
    click.echo(f"{counted(written, 'event')} written to {output} ({fmt})", err=True)


@click.command("events")
@db_option
@filter_options
@guard_database
def events_command(db_path: Path | None, **options: Any) -> None:
    """Print the (filtered) timeline, one event a line: date, title, people."""
    db = open_existing(db_path)
    f = make_filter(db, options)
    shown = 0
    for row in iter_events(db, f):
        people = one_line(row.people)
        marks = ("*" if row.starred else " ") + ("!" if row.conflict else " ")
        click.echo(f"{row.display:<22}{marks} {one_line(row.title)}"
                   + (f"  — {people}" if people else ""))
        shown += 1
    if not shown:
        click.echo(f"No events match ({f.describe()}).", err=True)
