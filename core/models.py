"""Plain data types shared by every part of Dateline.

Dates that carry a granularity are values (a TIMEX3 value plus an inclusive date range), never
datetimes with invented parts: "last November" is the month ``2023-11`` covering 1-30 Nov 2023.
Every datetime here is timezone-aware.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class TimexType(StrEnum):
    """The four TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    """How precise a resolved time expression is."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part-of-day"
    TIME = "time"
    INTERVAL = "interval"
    DURATION = "duration"
    SET = "set"
    VAGUE = "vague"
    # No time phrase: a statement placed on or before its article's publish date.
    REPORTED = "reported"

    @property
    def dates_an_event(self) -> bool:
        """Whether an expression of this granularity can place an event on a timeline."""
        return self not in (Granularity.DURATION, Granularity.SET, Granularity.VAGUE)


# Finer granularities rank higher: used to pick "the most specific date the sources agree on".
GRANULARITY_RANK: dict[Granularity, int] = {
    Granularity.VAGUE: 0,
    Granularity.CENTURY: 1,
    Granularity.DECADE: 2,
    Granularity.YEAR: 3,
    Granularity.HALF: 4,
    Granularity.INTERVAL: 4,
    Granularity.QUARTER: 5,
    Granularity.SEASON: 5,
    Granularity.MONTH: 6,
    Granularity.WEEK: 7,
    Granularity.DAY: 8,
    Granularity.PART_OF_DAY: 9,
    Granularity.TIME: 10,
    Granularity.DURATION: 0,
    Granularity.SET: 0,
    # One day, the publish date, but only "on or before" it: a dated source always wins.
    Granularity.REPORTED: 8,
}


@dataclass(frozen=True, slots=True)
class Receipt:
    """How a time expression was resolved: enough for a reader to check the answer."""

    anchor: datetime
    anchor_kind: str  # "publish date", "narrative date" or "none"
    rule: str  # stable rule identifier, e.g. "relative.last-month-name"
    explanation: str  # one line for humans


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time phrase found in an article and resolved against its anchor.

    ``start``/``end`` are character offsets into the article text (end exclusive).
    ``range_start``/``range_end`` are inclusive and present whenever the value names a span of
    the calendar (not for durations, sets or vague references).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    granularity: Granularity
    range_start: date | None
    range_end: date | None
    receipt: Receipt
    mod: str | None = None

    @property
    def dates_an_event(self) -> bool:
        """True when this expression can date an event (a DATE or TIME with a range)."""
        return (
            self.type in (TimexType.DATE, TimexType.TIME)
            and self.range_start is not None
            and self.granularity.dates_an_event
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, before any analysis."""

    origin: str  # where it came from: a file path, or "path#line" for JSON Lines
    title: str
    text: str
    published: datetime  # aware
    source: str
    url: str | None = None
    author: str | None = None
    updated: datetime | None = None
    # The article's own identity inside a file of many (feed guid, JSON id, url, else a hash of
    # its content: "guid:...", "id:...", "url:...", "sha:..."); None for a whole-file article,
    # whose identity is the file itself (see core.store.identity_of).
    ident: str | None = None

    @property
    def key(self) -> str:
        """Content identity: the same article under two file names has the same key."""
        digest = hashlib.sha256()
        for part in (self.title, self.published.isoformat(), self.text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A span of article text that names (or may name) a person."""

    start: int
    end: int
    text: str  # as written
    name: str  # cleaned: possessive, titles and stray words removed
    role: str | None = None
    label: str = "PERSON"  # the NER label spaCy gave this span


@dataclass(frozen=True, slots=True)
class EventPerson:
    """A person linked to an event; ``implied`` when only a pronoun points at them."""

    name: str
    implied: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """One article's account of something dated: a clause and the time expression dating it."""

    article_key: str
    sentence: str
    sentence_start: int
    clause_start: int
    clause_end: int
    title: str
    time: TimeExpression
    people: tuple[EventPerson, ...]
    confidence: float


@dataclass(slots=True)
class Person:
    """A person across the corpus, under their full name, with every alias seen."""

    name: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """An article together with everything the pipeline extracted from it."""

    article: Article
    times: tuple[TimeExpression, ...]
    mentions: tuple[PersonMention, ...]
    reports: tuple[Report, ...]
