"""``dateline ingest``: read articles into the database, with a progress bar and a summary."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from core.ingest import ReadOptions, parse_field_map
from core.ingest.dates import out_of_range
from core.nlp import ModelNotFoundError
from core.pipeline import IngestInterrupted, IngestSummary, WorkerError, ingest
from tui.cli.options import db_option, open_store, resolve_db

INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl-C (128 + SIGINT)


def _read_options(tz: str | None, published: str | None, mapping: tuple[str, ...]) -> ReadOptions:
    kwargs: dict[str, object] = {}
    try:
        if tz:
            kwargs["default_tz"] = ZoneInfo(tz)
        if published:
            kwargs["published"] = datetime.fromisoformat(published)
        kwargs["field_map"] = parse_field_map(mapping)
        options = ReadOptions(**kwargs)  # type: ignore[arg-type]
    except ZoneInfoNotFoundError as exc:
        raise click.BadParameter(f"unknown time zone {tz!r}", param_hint="--tz") from exc
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    problem = out_of_range(options.published) if options.published else None
    if problem:
        raise click.BadParameter(f"{published!r} {problem}", param_hint="--published")
    return options


def run_ingest(
    db_path: Path, paths: tuple[str, ...], options: ReadOptions, workers: int = 1,
    cluster: str | None = None,
) -> IngestSummary:
    """Ingest with a progress bar on stderr (shown once analysis starts); returns the summary.

    The bar counts characters analysed, so it moves within a long article too. ``cluster``
    analyses on that Dask cluster (see :mod:`core.cluster`) instead of ``workers`` processes.
    """
    analyser = None
    if cluster:
        from core.cluster import cluster_analyser  # Dask only when asked for

        analyser = cluster_analyser(cluster)
    db = open_store(db_path)
    bars: list[Any] = []

    def progress(done: int, total: int, origin: str) -> None:
        if not bars:
            bar = click.progressbar(length=max(total, 1), label="Analysing", file=sys.stderr,
                                    show_pos=False, show_percent=True,
                                    item_show_func=lambda s: s)
            bars.append(bar.__enter__())
        bars[0].update(done - bars[0].pos, Path(origin).name[:40])

    try:
        return ingest(db, paths, options, progress=progress, workers=workers,
                      analyser=analyser)
    finally:
        if bars:
            bars[0].__exit__(None, None, None)
        db.close()


def report(summary: IngestSummary) -> None:
    """Print the problems, one line each, then the summary line."""
    for warning in summary.warnings:
        click.echo(warning.line(), err=True)
    for problem in summary.problems:
        click.echo(problem.line(), err=True)
    skipped = summary.skipped_hidden + summary.skipped_unsupported
    click.echo(
        f"{summary.files} file(s), {summary.articles} article(s): {summary.added} added, "
        f"{summary.unchanged} unchanged, {len(summary.problems)} failed"
        + (f", {skipped} skipped (hidden or unsupported)" if skipped else "")
    )


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--tz", default=None, help="Zone for publish dates that lack one (default: local).")
@click.option("--published", default=None,
              help="Publish date for plain text that has none (ISO 8601).")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=KEY",
              help="JSON field mapping override, e.g. --map title=headline (repeatable).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes analysing articles in parallel.")
@click.option("--cluster", envvar="DATELINE_CLUSTER", default=None, metavar="ADDRESS",
              help="Analyse on a Dask cluster: a scheduler address (tcp://host:8786) or local:N"
                   " for N local worker processes (needs dateline[cluster]).")
def ingest_command(paths: tuple[str, ...], db_path: Path | None, tz: str | None,
                   published: str | None, mapping: tuple[str, ...], workers: int,
                   cluster: str | None) -> None:
    """Read articles (files, folders, globs or - for stdin) into the timeline database.

    Exit code 0, 1 if any input failed, 130 after Ctrl-C (what was stored until then shows).
    """
    options = _read_options(tz, published, mapping)
    if cluster and workers > 1:
        raise click.UsageError("--workers and --cluster do not go together: the cluster's "
                               "workers do the analysis")
    try:
        summary = run_ingest(resolve_db(db_path), paths, options, workers, cluster)
    except (ModelNotFoundError, WorkerError) as exc:
        raise click.ClickException(str(exc)) from exc
    except IngestInterrupted as stop:
        report(stop.summary)
        click.echo(f"interrupted: {stop.summary.added} article(s) stored until then, and in the"
                   " timeline; run the same command again to add the rest", err=True)
        sys.exit(INTERRUPTED)
    except KeyboardInterrupt:  # before analysis began, or while finishing
        click.echo("interrupted: run the same command again; it analyses only what is missing"
                   " and then brings the timeline up to date", err=True)
        sys.exit(INTERRUPTED)
    report(summary)
    if summary.failed:
        sys.exit(1)
