"""Narrative anchors on real-news phrasing: "that year" needs a year the text named.

Every sentence is invented in the style of newspaper features and wire copy; every expected
value was worked out by hand. The classes, from issue 12:

* "that year", "the same year", "the following year", "later that month" count from the
  latest date the text named at that grain or finer (a day, a month, a year); a century or a
  decade ("a 19th-century novel", "the 1990s") names no year, so after one alone the phrase
  is no date rather than the century's first year;
* a finer date named before the coarse one still anchors ("in May 1936 ... the 1930s press
  ... That year");
* "in 50 years we'll look back" is a year ahead (a forecast, a true statement), while "spend
  50 years funding" is a length.

Publish dates used: SEP = Mon 19 Sep 2005, JAN = Wed 26 Jan 2011, APR = Thu 30 Apr 2009.
"""

from __future__ import annotations

import pytest

from core.temporal import resolve_times
from temporal.resolve_helpers import anchor, find

SEP, JAN, APR = "2005-09-19", "2011-01-26", "2009-04-30"

# (publish date, text, phrase, expected value; None = no date for that phrase)
CASES: list[tuple[str, str, str, str | None]] = [
    (SEP, "The strip reads like a serialised 19th-century novel. So when its author took "
     "that year off, did he have a plan?", "that year", None),
    (SEP, "The dam was built in the 1930s. That year the river flooded.", "That year", None),
    (SEP, "Rents doubled in the 1990s. The following year the council froze them.",
     "The following year", None),
    (SEP, "Its founders admired 18th-century pamphleteers. The same year a rival paper "
     "opened.", "The same year", None),
    (SEP, "The dam opened in May 1936 and was praised in the 1930s press. That year the "
     "river flooded.", "That year", "1936"),
    (SEP, "The party split in 1998. That year its leader resigned.", "That year", "1998"),
    (SEP, "The party split in 1998. The following year it lost every seat.",
     "The following year", "1999"),
    (SEP, "The first ferry sailed on 3 June 1952. Later that month a second one followed.",
     "Later that month", "1952-06"),
    (SEP, "The mill closed in March 1981, a decade of decline in the 1980s. Later that year "
     "the town lost its railway.", "Later that year", "1981"),
    (SEP, "The regiment returned from the war in 1919, a century of service behind it. "
     "That same year it was disbanded.", "That same year", "1919"),
    (JAN, "In 50 years we'll look back and laugh at these projects.", "50 years", "2061"),
    (JAN, "I'm afraid you'll spend 50 years funding projects that have no future.",
     "50 years", "P50Y"),
    (APR, "Extreme weather is due in thirty years as a result of warming, the panel said.",
     "thirty years", "2039"),
]


@pytest.mark.parametrize(("dct", "text", "phrase", "expected"), CASES)
def test_narrative_anchor(dct: str, text: str, phrase: str, expected: str | None) -> None:
    if expected is None:
        found = resolve_times(text, anchor(dct))
        assert phrase not in [t.text for t in found], [(t.text, t.value) for t in found]
    else:
        assert find(text, dct, phrase).value == expected
