"""How much an event matters to the story: the score that ranks key events and dates.

An editor's "Timeline of ..." box keeps what many outlets told, what led an article (the news
of the day), what happened to named people, and what can be placed on a day. The score is a
product of those signals, so each is a plain factor a reader can check:

    importance = (sources + LEAD_WEIGHT * leads) * precision(granularity) * people factor

* ``sources``: distinct articles telling the event (agreement between independent reports);
* ``leads``: how many of those articles open with it (their lead statement);
* ``precision``: a day is worth more than a month, a month more than a year; a reported
  statement (no time phrase, only "on or before the publish date") counts little, since it
  does not say which day it happened;
* people: an event naming someone counts ``PEOPLE_BONUS`` more.

Summed over a day's events, the score ranks the days of a timeline.
"""

from __future__ import annotations

from core.models import Granularity

LEAD_WEIGHT = 2.0
PEOPLE_BONUS = 0.25
PRECISION: dict[Granularity, float] = {
    Granularity.TIME: 1.0,
    Granularity.PART_OF_DAY: 1.0,
    Granularity.DAY: 1.0,
    Granularity.WEEK: 0.5,
    Granularity.MONTH: 0.3,
    Granularity.SEASON: 0.2,
    Granularity.QUARTER: 0.2,
    Granularity.HALF: 0.15,
    Granularity.YEAR: 0.15,
    Granularity.INTERVAL: 0.1,
}
COARSE = 0.05  # decades, centuries, vague references
# A statement with no time phrase happened on or before its publish day: it tells *what*
# happened much better than *when*, so it places a day only weakly (a lead still counts 3x).
REPORTED = 0.1


def importance(sources: int, leads: int, granularity: Granularity, named_people: int) -> float:
    """The score of one event (see the module doc); 0 for an event nobody tells."""
    if sources <= 0:
        return 0.0
    weight = (sources + LEAD_WEIGHT * leads) * (REPORTED if granularity is Granularity.REPORTED
                                                 else PRECISION.get(granularity, COARSE))
    if named_people:
        weight *= 1 + PEOPLE_BONUS
    return round(weight, 4)
