"""The ``dateline`` command line: one click group, one module per command."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import click

from tui.cli.export import events_command, export_command
from tui.cli.ingest import ingest_command
from tui.cli.locate import locate_command
from tui.cli.open import demo_command, open_command
from tui.cli.people import people_command
from tui.cli.status import status_command
from tui.cli.timex import timex


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so what is still buffered for a full or closed
    output cannot fail again (with a traceback) when Python exits."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


class _Main(click.Group):
    """The group: a command's output that cannot be written (``-o -`` to a full disk, a
    closed pipe) is one line on stderr and exit 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
        except OSError as exc:
            _silence_stdout()
            where = exc.filename or "standard output"
            raise click.ClickException(
                f"{where}: could not write the output ({exc.strerror or exc})") from exc
        return result


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: one dated timeline from many news articles."""


for command in (ingest_command, open_command, demo_command, export_command, events_command,
                status_command, locate_command, people_command, timex):
    main.add_command(command)
