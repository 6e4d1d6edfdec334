"""The user's corrections to people: merge two, split an alias off, hide a non-person.

Each correction is recorded in ``user_people`` (never touched by ingest) and logged in
``user_log``, in one transaction that also counts it as not yet shown (``meta``, see
:data:`core.store.STALE_EDITS`); it changes no derived table. The caller (a CLI command, a
dashboard action) then runs ``core.rebuild.rebuild``, which replays every recorded correction,
in order, on the freshly resolved people, so corrections survive re-ingest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from core.models import Person
from core.people.resolve import PeopleIndex
from core.store import STALE_EDITS, mark_stale, now_iso, transaction

MERGE, SPLIT, HIDE = "merge", "split", "hide"
LOG_KIND = "people"  # the kind of a people edit's row in ``user_log``


def _record(db: sqlite_utils.Database, action: str, name: str, other: str | None) -> None:
    """Store the correction and its log entry together; the caller rebuilds."""
    with transaction(db):
        at = now_iso()
        cur = db.execute("INSERT INTO user_people(action, name, other, at) VALUES (?,?,?,?)",
                         [action, name, other, at])
        db.execute("INSERT INTO user_log(kind, target, before, after, at) VALUES (?,?,?,?,?)",
                   [LOG_KIND, json.dumps(cur.lastrowid), None,
                    json.dumps({"action": action, "name": name, "other": other}), at])
        mark_stale(db, STALE_EDITS)  # until the caller's rebuild shows it


def merge_people(db: sqlite_utils.Database, a: str, b: str) -> None:
    """Merge person ``a`` into person ``b``: ``b`` keeps its name and gains ``a``'s aliases
    (once the derived tables are rebuilt).

    Raises ``ValueError`` when ``a`` and ``b`` are the same person (nothing is recorded).
    """
    if " ".join(a.split()).casefold() == " ".join(b.split()).casefold():
        raise ValueError(f"cannot merge {a} into itself")
    _record(db, MERGE, a, b)


def split_alias(db: sqlite_utils.Database, alias: str, person: str) -> None:
    """Take ``alias`` away from ``person``; it becomes a person of its own (after a rebuild)."""
    _record(db, SPLIT, alias, person)


def hide_person(db: sqlite_utils.Database, name: str) -> None:
    """Hide a name that is not a person (or not wanted) from the people list and events
    (after a rebuild)."""
    _record(db, HIDE, name, None)


@dataclass(frozen=True, slots=True)
class PeopleEdit:
    """One recorded correction to people."""

    action: str
    name: str
    other: str | None

    def describe(self) -> str:
        """The correction in words, e.g. ``merge of D. Vollmer into Dana Vollmer``."""
        if self.action == MERGE:
            return f"merge of {self.name} into {self.other}"
        if self.action == SPLIT:
            return f"split of {self.name} off {self.other}"
        return f"hiding of {self.name}"


def undo_people_edit(db: sqlite_utils.Database) -> PeopleEdit | None:
    """Forget the latest correction to people (and its log entry); None when there is none.

    Like an edit, it changes no derived table: the caller rebuilds.
    """
    with transaction(db):
        row = db.execute("SELECT id, action, name, other FROM user_people ORDER BY id DESC"
                         " LIMIT 1").fetchone()
        if row is None:
            return None
        edit_id, action, name, other = row
        db.execute("DELETE FROM user_people WHERE id = ?", [edit_id])
        db.execute("DELETE FROM user_log WHERE kind = ? AND target = ?",
                   [LOG_KIND, json.dumps(edit_id)])
        mark_stale(db, STALE_EDITS)
    return PeopleEdit(action, name, other)


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
