"""A folder the user may not search, simulated for tests that run as root.

Root ignores file permissions, so ``chmod 000`` shows nothing there. :func:`deny_search`
makes ``os.stat``, ``os.lstat`` and ``os.scandir`` fail with ``EACCES`` for a folder named
:data:`LOCKED` and everything inside it, which is what an ordinary user meets in a folder
without search (``x``) permission.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from typing import Any

LOCKED = "no-search"


def _inside(path: Any) -> bool:
    if isinstance(path, int):  # a file descriptor: already open, so allowed
        return False
    text = os.fsdecode(os.fspath(path))
    return f"{os.sep}{LOCKED}{os.sep}" in text or text.endswith(f"{os.sep}{LOCKED}")


def _denying(real: Callable[..., Any], *, folder_too: bool) -> Callable[..., Any]:
    def call(path: Any = ".", *args: Any, **kwargs: Any) -> Any:
        text = "" if isinstance(path, int) else os.fsdecode(os.fspath(path))
        if _inside(path) and (folder_too or not text.endswith(f"{os.sep}{LOCKED}")):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), text)
        return real(path, *args, **kwargs)
    return call


def patches() -> tuple[tuple[object, str, object], ...]:
    """(target, name, value) triples for ``monkeypatch.setattr``: the folder itself can be
    stat'ed (its parent is searchable) but not listed, and nothing inside it can be reached."""
    return ((os, "stat", _denying(os.stat, folder_too=False)),
            (os, "lstat", _denying(os.lstat, folder_too=False)),
            (os, "scandir", _denying(os.scandir, folder_too=True)))
