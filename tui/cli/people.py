"""``dateline people``: list the people; merge, split or hide them (kept across re-ingest);
undo the latest such edit. Each edit is recorded first, then the derived tables are rebuilt."""

from __future__ import annotations

from pathlib import Path

import click
import sqlite_utils

from core.people.edits import hide_person, merge_people, split_alias, undo_people_edit
from core.queries import people_counts
from core.rebuild import rebuild
from core.sanitize import strip_controls
from tui.cli.options import db_option, guard_database, open_existing, open_store, resolve_db


def _open(db_path: Path | None) -> sqlite_utils.Database:
    """For an edit: the database must exist already (and be a Dateline one)."""
    path = resolve_db(db_path)
    if not path.exists():
        raise click.ClickException(f"{path}: no database yet; run 'dateline ingest PATH' first")
    return open_store(path)


def _names(db: sqlite_utils.Database) -> dict[str, tuple[str, ...]]:
    return {p.name: p.aliases for p in people_counts(db)}


def _need_person(db: sqlite_utils.Database, name: str) -> None:
    if name not in _names(db):
        raise click.ClickException(f"no person called {name!r}; 'dateline people list' shows them")


@click.group("people")
def people_command() -> None:
    """List people, and merge, split or hide them. Your choices survive re-ingest."""


@people_command.command("list")
@db_option
@guard_database
def list_people(db_path: Path | None) -> None:
    """Every person with their event count and aliases."""
    db = open_existing(db_path)  # read-only
    for person in people_counts(db):
        aliases = ", ".join(a for a in person.aliases if a != person.name)
        role = f" ({person.role})" if person.role else ""
        line = f"{person.events:5d}  {person.name}{role}" + (f"  — also {aliases}" if aliases
                                                               else "")
        click.echo(strip_controls(line))


@people_command.command("merge")
@click.argument("name")
@click.argument("into")
@db_option
@guard_database
def merge(name: str, into: str, db_path: Path | None) -> None:
    """Merge person NAME into person INTO (INTO keeps its name and gains NAME's aliases)."""
    db = _open(db_path)
    _need_person(db, name)
    _need_person(db, into)
    try:
        merge_people(db, name, into)
    except ValueError as exc:
        raise click.ClickException(strip_controls(str(exc))) from exc
    rebuild(db)
    click.echo(strip_controls(f"merged {name} into {into}"))


@people_command.command("split")
@click.argument("alias")
@click.argument("person")
@db_option
@guard_database
def split(alias: str, person: str, db_path: Path | None) -> None:
    """Take ALIAS away from PERSON; it becomes a person of its own."""
    db = _open(db_path)
    _need_person(db, person)
    if alias not in _names(db)[person]:
        raise click.ClickException(f"{alias!r} is not an alias of {person}")
    split_alias(db, alias, person)
    rebuild(db)
    click.echo(strip_controls(f"split {alias} off {person}"))


@people_command.command("hide")
@click.argument("name")
@db_option
@guard_database
def hide(name: str, db_path: Path | None) -> None:
    """Hide NAME (not a person, or not wanted) from the people list and events."""
    db = _open(db_path)
    _need_person(db, name)
    hide_person(db, name)
    rebuild(db)
    click.echo(strip_controls(f"hid {name}"))


@people_command.command("undo")
@db_option
@guard_database
def undo(db_path: Path | None) -> None:
    """Undo the latest merge, split or hide (run again to undo the one before).

    Exit code 0 when an edit was undone, 1 when there was nothing to undo.
    """
    db = _open(db_path)
    edit = undo_people_edit(db)
    if edit is None:
        raise click.ClickException("nothing to undo: no merge, split or hide is recorded")
    rebuild(db)
    click.echo(strip_controls(f"undid the {edit.describe()}"))
