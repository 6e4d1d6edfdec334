"""The one place the dashboard reads the clock, so tests and snapshots can freeze it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current time, timezone-aware (local zone)."""
    return datetime.now(UTC).astimezone()


def frozen(moment: datetime) -> Clock:
    """A clock stopped at ``moment`` (must be aware)."""
    if moment.tzinfo is None:
        raise ValueError("a frozen clock needs an aware datetime")
    return lambda: moment


def today(clock: Clock) -> date:
    """The clock's calendar day."""
    return clock().date()
