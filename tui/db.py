"""A database connection for one worker thread, opened and closed in that thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from core.store import open_db


@contextmanager
def connect(path: Path) -> Iterator[sqlite_utils.Database]:
    """Open ``path`` for the calling thread only; closed on exit."""
    db = open_db(path)
    try:
        yield db
    finally:
        db.close()
