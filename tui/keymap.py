"""The user's key map: a TOML file mapping binding ids to keys, applied with ``set_keymap``.

Either flat (``"timeline.down" = "n"``) or under a ``[keys]`` table; values are a key string
(``"n,down"``) or a list of keys. Unknown or malformed entries are reported, never fatal.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class LoadedKeymap:
    """Binding id -> comma-separated keys, and any problems found while reading."""

    keys: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_keymap(path: Path | None) -> LoadedKeymap:
    """Read ``path`` (missing file: empty keymap)."""
    loaded = LoadedKeymap()
    if path is None or not path.exists():
        return loaded
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        loaded.problems.append(f"{path}: {exc}")
        return loaded
    table = data.get("keys", data)
    if not isinstance(table, dict):
        loaded.problems.append(f"{path}: [keys] must be a table")
        return loaded
    for binding_id, value in table.items():
        if isinstance(value, str) and value.strip():
            loaded.keys[binding_id] = value.strip()
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            loaded.keys[binding_id] = ",".join(v.strip() for v in value)
        elif not isinstance(value, dict):
            loaded.problems.append(f"{path}: {binding_id!r} needs a key string")
    return loaded
