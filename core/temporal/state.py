"""The resolver's working state for one article: anchor, tense lookup and narrative time.

A rule handler receives a ``RuleContext`` and returns a ``Resolution``. After each resolved
expression the narrative state advances, so "two days later" counts from the date the text
is at rather than from the publish date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from core.models import TimexType
from core.temporal.context import Tense

# Narrative units from finest to coarsest.
GRAIN_RANK = {unit: rank for rank, unit in enumerate(
    ("day", "week", "month", "quarter", "year", "decade", "century"))}

PUBLISH = "publish date"
NARRATIVE = "narrative date"
NO_ANCHOR = "none"


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a rule made of a phrase: TIMEX3 type/value/mod and how it got there."""

    type: TimexType
    value: str
    rule: str
    how: str = ""  # clause for the receipt, e.g. "in a past-tense clause"
    mod: str | None = None
    anchor_kind: str = PUBLISH
    anchor: date | None = None  # the date counted from, when not the publish date
    sets_narrative: bool = True
    # The part of the value's span the phrase means, when narrower than the value: "earlier
    # this week" is the week up to the publish date, "later this week" the rest after it.
    within: tuple[date | None, date | None] | None = None
    day_inherited: bool = False  # a clock time dated by the narrative or publish date


@dataclass(slots=True)
class NarrativeRef:
    """A resolved date the text has reached."""

    value: str
    start: date
    unit: str  # "day", "week", "month", "quarter", "year", ...
    position: int


@dataclass(slots=True)
class RuleContext:
    """Per-article state handed to every rule handler."""

    text: str
    anchor: datetime
    tense_of: Callable[[int, int], Tense | None]
    last_day: NarrativeRef | None = None
    last_any: NarrativeRef | None = None
    last_quarter: NarrativeRef | None = None
    last_span_position: int | None = None  # latest "the nine months" / "first half" mention
    history: list[NarrativeRef] = field(default_factory=list)

    @property
    def dct(self) -> date:
        """The publish date as a calendar date."""
        return self.anchor.date()

    def tense(self, start: int, end: int) -> Tense | None:
        """Tense of the clause around [start, end)."""
        return self.tense_of(start, end)

    def span_frames(self) -> bool:
        """Whether a multi-month span ("the nine months") was named after the last quarter,
        so that "a year earlier" means the same span a year before, not the quarter."""
        return (self.last_span_position is not None and self.last_quarter is not None
                and self.last_span_position > self.last_quarter.position)

    def day_ref(self) -> tuple[date, str]:
        """(date, anchor kind) for day-grained narrative offsets such as "the next day"."""
        if self.last_day is not None:
            return self.last_day.start, NARRATIVE
        return self.dct, PUBLISH

    def ref_at_grain(self, unit: str) -> NarrativeRef | None:
        """The latest date named at ``unit``'s grain or finer: "that year" counts from a day,
        a month or a year the text named, never from "the 19th century" or "the 1990s"."""
        rank = GRAIN_RANK.get(unit)
        if rank is None:
            return self.last_any
        for ref in reversed(self.history):
            if GRAIN_RANK.get(ref.unit, len(GRAIN_RANK)) <= rank:
                return ref
        return None

    def any_ref(self) -> tuple[NarrativeRef | None, str]:
        """The latest dated expression of any grain, with its anchor kind."""
        if self.last_any is not None:
            return self.last_any, NARRATIVE
        return None, PUBLISH
