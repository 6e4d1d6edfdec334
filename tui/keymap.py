"""The user's key map: a TOML file mapping binding ids to keys, checked, then given to Textual.

The file is flat (``"timeline.down" = "n"``), under a ``[keys]`` table, or in sub-tables
(``[keys.timeline]`` then ``down = "n"``); a value is a key string (``"n,down"``) or a list of
keys. Every entry Textual would silently ignore or that would quietly take a key away from
another action is a problem, reported with the file and the entry, and left out; the other
entries apply:

- an id no binding has (a typo, or a binding that was renamed);
- a key Textual cannot read (``"ctrl+"``, ``"Down"``, ``"cmd+s"``);
- a key that would do two things at once: bound to another action in a pane, screen or app
  whose keys are active together (``chains`` below).

Textual's ``set_keymap`` does the remapping itself; only the checking is here, because Textual
checks nothing ahead of time (it reports a clash through ``App.handle_bindings_clash`` only
when the pane with the clash takes the focus, and never an unknown id or an unreadable key).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import KEY_NAME_REPLACEMENTS, Keys, format_key
from textual.screen import Screen

from core.sanitize import strip_controls

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
# keys with a name of their own (escape, f1, pageup...), not the "<any>" placeholders
NAMED_KEYS = frozenset(key.value for key in Keys if key.value.isalnum())
_CHARACTER_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the key map: a binding id and the keys the user gave it."""

    binding_id: str
    keys: tuple[str, ...]

    def __str__(self) -> str:
        return f'"{self.binding_id}" = "{",".join(self.keys)}"'


@dataclass(slots=True)
class LoadedKeymap:
    """The entries of a key map file, in file order, and what was wrong with the file."""

    path: Path | None = None
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Scope:
    """The bindings of one node (the app, a screen or a pane) as its class declares them.

    ``namespace`` says where an unprefixed action runs ("app", "screen" or the pane's name), so
    ``screen.focus_timeline`` on a pane and ``focus_timeline`` on the screen count as one
    action.
    """

    namespace: str
    bindings: tuple[Binding, ...]

    @classmethod
    def of(cls, node_type: type[DOMNode], namespace: str) -> Scope:
        """The bindings ``node_type`` has once its base classes' are merged in, the way
        Textual builds them for each node (``_merge_bindings`` is the only way to get them
        without mounting the node)."""
        merged = node_type._merge_bindings()
        return cls(namespace, tuple(b for bs in merged.key_to_bindings.values() for b in bs))


def load_keymap(path: Path | None) -> LoadedKeymap:
    """Read ``path`` (a missing file is an empty key map)."""
    loaded = LoadedKeymap(path)
    if path is None or not path.exists():
        return loaded
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        loaded.problems.append(_clean(f"{path}: {exc}; no key in it was applied"))
        return loaded
    seen: set[str] = set()
    for name, value in _flatten(data):
        binding_id = name.removeprefix("keys.")
        if isinstance(value, str):
            keys = tuple(k.strip() for k in value.split(","))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            keys = tuple(v.strip() for v in value)
        else:
            loaded.problems.append(_clean(f"{path}: {binding_id!r} needs a key string or a "
                                          "list of key strings; entry ignored"))
            continue
        entry = Entry(binding_id, keys)
        if binding_id in seen:
            loaded.problems.append(_clean(f"{path}: {entry} gives {binding_id!r} a second "
                                          "time; entry ignored"))
            continue
        seen.add(binding_id)
        loaded.entries.append(entry)
    return loaded


def _flatten(table: Mapping[str, object], prefix: str = "") -> list[tuple[str, object]]:
    """Dotted names for the values of nested tables (``[keys.timeline] down`` ->
    ``keys.timeline.down``), in file order."""
    out: list[tuple[str, object]] = []
    for name, value in table.items():
        if isinstance(value, dict):
            out.extend(_flatten(value, f"{prefix}{name}."))
        else:
            out.append((f"{prefix}{name}", value))
    return out


def key_problem(key: str) -> str | None:
    """Why Textual could never deliver ``key``, or None when it is a key it can."""
    if len(key) == 1:
        return None if key.isprintable() and not key.isspace() else "is not a printable key"
    *modifiers, name = key.split("+")
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown:
        return f"has an unknown modifier {unknown[0]!r} (use {', '.join(sorted(MODIFIERS))})"
    if len(set(modifiers)) < len(modifiers):
        return "repeats a modifier"
    if not name:
        return "has no key after the modifiers"
    if len(name) == 1 or name in NAMED_KEYS:
        return None
    character = format_key(name)
    if (_CHARACTER_NAME.fullmatch(name) and name not in KEY_NAME_REPLACEMENTS
            and len(character) == 1 and character.isprintable()):
        return None
    return "is not a key name (keys are written like n, G, ctrl+f, f2, pageup, question_mark)"


def _canonical(key: str) -> str:
    """One spelling per key, to compare keys written as ``?`` and ``question_mark``."""
    *modifiers, name = key.split("+") if len(key) > 1 else ("", key)
    return "+".join([*(m for m in modifiers if m), format_key(name)])


def check_keymap(loaded: LoadedKeymap, chains: Sequence[Sequence[Scope]]) -> dict[str, str]:
    """The entries of ``loaded`` that can apply, as a Textual keymap; every other entry is
    added to ``loaded.problems``.

    ``chains`` lists the scopes whose bindings are active at the same time (a pane, its
    screen, the app): within one chain a key may do only one thing.
    """
    known = {b.id for chain in chains for scope in chain for b in scope.bindings if b.id}
    accepted: dict[str, Entry] = {}
    for entry in loaded.entries:
        if not entry.keys:
            loaded.problems.append(_problem(loaded, entry, "it needs at least one key"))
            continue
        if entry.binding_id not in known:
            loaded.problems.append(_problem(loaded, entry, "no binding has this id (the help "
                                                           "screen, ?, lists them)"))
            continue
        bad = next(((k, why) for k in entry.keys if (why := key_problem(k))), None)
        if bad is not None:
            loaded.problems.append(_problem(loaded, entry, f"{bad[0]!r} {bad[1]}"))
            continue
        accepted[entry.binding_id] = entry
    while clash := _first_clash(accepted, chains):
        entry, key, other = clash
        del accepted[entry.binding_id]
        loaded.problems.append(_problem(
            loaded, entry, f"{key} already means {other.description or other.action!r}"
            f"{f' ({other.id})' if other.id else ''} there"))
    return {binding_id: ",".join(entry.keys) for binding_id, entry in accepted.items()}


def _first_clash(accepted: Mapping[str, Entry], chains: Sequence[Sequence[Scope]],
                 ) -> tuple[Entry, str, Binding] | None:
    """The last entry (in file order) that puts a key on two actions in one chain, the key,
    and the binding it clashes with."""
    order = {binding_id: n for n, binding_id in enumerate(accepted)}
    worst: tuple[int, Entry, str, Binding] | None = None
    for chain in chains:
        # canonical key -> (action, binding, entry that put the key there or None)
        bound: dict[str, list[tuple[str, Binding, Entry | None]]] = {}
        for scope in chain:
            done: set[str] = set()
            for binding in scope.bindings:
                entry = accepted.get(binding.id) if binding.id else None
                if entry is None:
                    keys: Sequence[str] = (binding.key,)
                elif binding.id in done:
                    continue
                else:
                    done.add(entry.binding_id)
                    keys = entry.keys
                action = (binding.action if binding.action.startswith(("app.", "screen."))
                          else f"{scope.namespace}.{binding.action}")
                for key in keys:
                    bound.setdefault(_canonical(key), []).append((action, binding, entry))
        for key, holders in bound.items():
            for action, _, entry in holders:
                if entry is None:
                    continue
                other = next((b for a, b, _ in holders if a != action), None)
                if other is not None and (worst is None or order[entry.binding_id] > worst[0]):
                    worst = (order[entry.binding_id], entry, key, other)
    return None if worst is None else worst[1:]


def _problem(loaded: LoadedKeymap, entry: Entry, why: str) -> str:
    return _clean(f"{loaded.path}: {entry}: {why}; entry ignored")


def _clean(text: str) -> str:
    """The file is the user's, but a toast is no place for control sequences."""
    return strip_controls(text)


def key_of(screen: Screen[Any], binding_id: str) -> str | None:
    """How the key now bound to ``binding_id`` on ``screen`` is shown (after the user's key
    map), for a hint in running text; None when no active binding has that id."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return screen.app.get_key_display(active.binding)
    return None
