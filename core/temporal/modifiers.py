"""TIMEX3 modifiers read from the words just before a phrase that stay outside its span.

"by 2026" is 2026 ON_OR_BEFORE, "after 2026" AFTER, "before May" BEFORE; "about a month" is a
month APPROX. The phrase keeps its TempEval extent; only ``mod`` changes.
"""

from __future__ import annotations

import re

from core.models import TimexType

_POINT_MODS = (
    (re.compile(r"\b(?:no\s+later\s+than|by)\s+$", re.IGNORECASE), "ON_OR_BEFORE"),
    (re.compile(r"\bbefore\s+$", re.IGNORECASE), "BEFORE"),
    (re.compile(r"\bafter\s+$", re.IGNORECASE), "AFTER"),
    (re.compile(r"\bno\s+earlier\s+than\s+$", re.IGNORECASE), "ON_OR_AFTER"),
)
_APPROX = re.compile(r"\b(?:about|around|approximately|roughly|some|an\s+estimated)\s+$",
                     re.IGNORECASE)


def outer_mod(text: str, start: int, kind: TimexType) -> str | None:
    """The modifier that the words right before ``text[start:]`` give the phrase, if any."""
    before = text[max(0, start - 24):start]
    if kind is TimexType.DURATION or (kind is TimexType.TIME and _APPROX.search(before)):
        return "APPROX" if _APPROX.search(before) else None
    if kind in (TimexType.DATE, TimexType.TIME):
        for pattern, mod in _POINT_MODS:
            if pattern.search(before):
                return mod
    return None
