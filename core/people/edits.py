"""The user's corrections to people: merge two, split an alias off, hide a non-person.

Each correction is recorded in ``user_people`` (never touched by ingest) and the derived
tables are rebuilt; ``rebuild`` replays every recorded correction, in order, on the freshly
resolved people, so corrections survive re-ingest.
"""

from __future__ import annotations

import sqlite_utils

from core.models import Person
from core.people.resolve import PeopleIndex
from core.store import now_iso, transaction

MERGE, SPLIT, HIDE = "merge", "split", "hide"


def _record(db: sqlite_utils.Database, action: str, name: str, other: str | None) -> None:
    with transaction(db):
        db.execute("INSERT INTO user_people(action, name, other, at) VALUES (?,?,?,?)",
                   [action, name, other, now_iso()])
    from core.rebuild import rebuild  # rebuild imports this module: import late

    rebuild(db)


def merge_people(db: sqlite_utils.Database, a: str, b: str) -> None:
    """Merge person ``a`` into person ``b``: ``b`` keeps its name and gains ``a``'s aliases.

    Raises ``ValueError`` when ``a`` and ``b`` are the same person (nothing is recorded).
    """
    if " ".join(a.split()).casefold() == " ".join(b.split()).casefold():
        raise ValueError(f"cannot merge {a} into itself")
    _record(db, MERGE, a, b)


def split_alias(db: sqlite_utils.Database, alias: str, person: str) -> None:
    """Take ``alias`` away from ``person``; it becomes a person of its own."""
    _record(db, SPLIT, alias, person)


def hide_person(db: sqlite_utils.Database, name: str) -> None:
    """Hide a name that is not a person (or not wanted) from the people list and events."""
    _record(db, HIDE, name, None)


def _find(index: PeopleIndex, name: str) -> str | None:
    """The person called ``name``, or owning it as an alias."""
    if name in index.people:
        return name
    return index.by_name.get(name)


def apply_edit(index: PeopleIndex, action: str, name: str, other: str | None) -> None:
    """Replay one recorded correction on ``index``; corrections that no longer fit are skipped."""
    people = index.people
    if action == HIDE:
        target = _find(index, name)
        if target is not None:
            del people[target]
    elif action == MERGE and other:
        source, into = _find(index, name), _find(index, other)
        if source and into and source != into:
            moved = people.pop(source)
            people[into].aliases |= moved.aliases | {moved.name}
            people[into].role = people[into].role or moved.role
            index.by_article = {k: into if v == source else v
                                for k, v in index.by_article.items()}
    elif action == SPLIT and other:
        owner = _find(index, other)
        if owner is None or name not in people[owner].aliases or name == owner:
            return
        people[owner].aliases.discard(name)
        people[name] = Person(name, {name})
        index.by_article = {k: name if k[1] == name and v == owner else v
                            for k, v in index.by_article.items()}
    index.reindex()


def apply_edits(index: PeopleIndex, edits: list[tuple[str, str, str | None]]) -> PeopleIndex:
    """Replay every recorded correction, oldest first."""
    for action, name, other in edits:
        apply_edit(index, action, name, other)
    return index


def recorded_edits(db: sqlite_utils.Database) -> list[tuple[str, str, str | None]]:
    """Every correction the user made, oldest first."""
    return [(a, n, o) for a, n, o in db.execute(
        "SELECT action, name, other FROM user_people ORDER BY id").fetchall()]
