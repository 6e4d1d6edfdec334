"""``dateline locate``: print where Dateline keeps its database and configuration."""

from __future__ import annotations

import click

from core.paths import cache_dir, config_dir, default_db_path, demo_db_path, keymap_path


@click.command("locate")
def locate_command() -> None:
    """Print the config, key map, database and cache paths."""
    for label, path in (("config", config_dir()), ("keymap", keymap_path()),
                        ("database", default_db_path()), ("demo database", demo_db_path()),
                        ("cache", cache_dir())):
        click.echo(f"{label + ':':15} {path}")
