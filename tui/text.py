"""Counts as words for the dashboard and the command line: "1 event", "2,140 events"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun``, plural unless ``n`` is 1 (English
    nouns here all take "s"; ``plural`` for one that does not)."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
