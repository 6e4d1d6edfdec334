"""Fixtures for the export tests: a store builder and a realistic story database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import sqlite_utils
from export_store import StoreBuilder, build_story

from core.store import open_db


@pytest.fixture
def store_builder() -> Callable[[], StoreBuilder]:
    """A factory of builders, each over its own in-memory database."""
    return lambda: StoreBuilder(open_db(None))


@pytest.fixture
def story_db(store_builder: Callable[[], StoreBuilder]) -> sqlite_utils.Database:
    """The bridge-closure story (15 events, one hidden)."""
    return build_story(store_builder())
