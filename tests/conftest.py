"""Shared fixtures: the sample timeline built once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = ROOT / "sample_data"


@pytest.fixture(scope="session")
def sample_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file holding ``sample_data/`` ingested once for the whole test run.

    Tests must not write to it; open it with ``core.store.open_db(path)`` (or use
    ``sample_db``) and copy it first if you need to change it.
    """
    from core.pipeline import ingest
    from core.store import open_db

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = open_db(path)
    summary = ingest(db, [str(SAMPLE_DATA)])
    assert not summary.problems, [p.line() for p in summary.problems]
    db.close()
    return path


@pytest.fixture
def sample_db(sample_db_path: Path) -> Iterator[object]:
    """A read connection to the shared sample database."""
    from core.store import open_db

    db = open_db(sample_db_path)
    yield db
    db.close()
