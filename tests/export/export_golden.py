"""Golden-file comparison for the export tests.

Run with ``DATELINE_UPDATE_GOLDEN=1`` to (re)write the golden files, then read the diff by eye
before committing it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def check_golden(name: str, actual: str) -> None:
    """Assert ``actual`` equals golden file ``name`` byte for byte (newlines included)."""
    path = GOLDEN / name
    if os.environ.get("DATELINE_UPDATE_GOLDEN") or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        if not os.environ.get("DATELINE_UPDATE_GOLDEN"):
            raise AssertionError(f"golden file {name} was missing; written, review it")
        return
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{name}", tofile="actual"))
        raise AssertionError(f"{name} differs from its golden file:\n{diff[:6000]}")
