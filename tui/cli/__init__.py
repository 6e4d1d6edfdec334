"""The ``dateline`` command line: one click group, one module per command.

A command's module is imported only when that command runs (click's lazy-loading group, from
its documentation), so ``dateline timex`` never pays for spaCy, SQLite helpers or Textual.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from typing import Any

import click

# command name -> "module:attribute" of its click command
COMMANDS = {
    "ingest": "tui.cli.ingest:ingest_command",
    "open": "tui.cli.open:open_command",
    "demo": "tui.cli.open:demo_command",
    "export": "tui.cli.export:export_command",
    "events": "tui.cli.export:events_command",
    "status": "tui.cli.status:status_command",
    "locate": "tui.cli.locate:locate_command",
    "people": "tui.cli.people:people_command",
    "rebuild": "tui.cli.rebuild:rebuild_command",
    "timex": "tui.cli.timex:timex",
}


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so what is still buffered for a full or closed
    output cannot fail again (with a traceback) when Python exits."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


class _Main(click.Group):
    """The group: commands imported when first used; a command's output that cannot be
    written (``-o -`` to a full disk, a closed pipe) is one line on stderr and exit 1, never a
    traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(importlib.import_module(module), attribute)
        return command

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

