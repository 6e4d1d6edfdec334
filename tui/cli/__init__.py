"""The ``dateline`` command line: one click group, one module per command."""

from __future__ import annotations

import click

from tui.cli.export import events_command, export_command
from tui.cli.ingest import ingest_command
from tui.cli.locate import locate_command
from tui.cli.open import demo_command, open_command
from tui.cli.people import people_command
from tui.cli.status import status_command
from tui.cli.timex import timex


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: one dated timeline from many news articles."""


for command in (ingest_command, open_command, demo_command, export_command, events_command,
                status_command, locate_command, people_command, timex):
    main.add_command(command)
