"""Rule for 24-hour clock times written as four digits: "shortly after 0930", "at 2300 GMT",
"between 1415 and 1430", and the time stamps that open live-blog lines ("2034 The minister
says ..."). Whether the digits are a clock at all is decided in ``core.temporal.numbers``;
a number that is no clock falls through to the year rule or to nothing.
"""

from __future__ import annotations

import re
from datetime import timedelta

from core.models import TimexType
from core.temporal.calendar_math import day_value
from core.temporal.numbers import is_clock, label_or_count, stamp_reading
from core.temporal.rule import Rule
from core.temporal.state import NARRATIVE, PUBLISH, Resolution, RuleContext

# A day named this close before the time is its day ("on Friday, at 0930"); one named
# further back may be stale, and the publish date is the safer reading.
NEAR_DAY_CHARS = 120
_DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _hhmm(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    start, end = m.start("hhmm"), m.end("hhmm")
    if label_or_count(ctx.text, start, end):
        return None
    stamp = stamp_reading(ctx.text, start, ctx.dct.year) == "clock"
    if not (m["zone"] or stamp or is_clock(ctx.text, start, end, ctx.dct.year)):
        return None
    digits = m["hhmm"]
    day, kind, how = ctx.dct, PUBLISH, "on the publish date"
    shift = _DAY_WORDS.get((m["dword"] or "").lower())
    if shift is not None:
        day, how = ctx.dct + timedelta(days=shift), "on the day it names"
    last = ctx.last_day
    if last is not None and start - last.position <= NEAR_DAY_CHARS and not stamp \
            and shift is None:
        day, kind, how = last.start, NARRATIVE, "on the day just named"
    # A time whose day came from context, not from its own words, gives way to a calendar
    # date later in its sentence ("At 0942 ... on 3 March 2011"); a line stamp keeps its day.
    inherited = shift is None and not stamp
    return Resolution(TimexType.TIME, f"{day_value(day)}T{digits[:2]}:{digits[2:]}",
                      "absolute.clock-hhmm", "a 24-hour clock time " + how, anchor_kind=kind,
                      anchor=day if kind == NARRATIVE else None, sets_narrative=False,
                      day_inherited=inherited)


# A time zone, then a day word: "2300 GMT", "1800 yesterday", "0600 local time today".
_AFTER = (r"(?P<zone>\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|[ECMP][SD]T|hrs|hours"
          r"|local\s+time)(?!\w))?(?:\s+(?P<dword>yesterday|today|tonight|tomorrow)\b)?")

RULES: list[Rule] = [
    Rule("absolute.clock-hhmm", re.compile(
        r"(?<![\w$£€#.,/:-])(?:(?:[Ss]hortly|[Jj]ust)\s+(?:before|after)\s+)?"
        r"(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?![\w/-]|[,.]\d)" + _AFTER), _hhmm, 3),
]
