"""Rules for clock times: "10:35 a.m.", "6 a.m. yesterday", "noon Thursday",
"5 p.m. EST, Nov. 6", "4 in the morning". The day is the one named, else the day the text is
at, else the publish date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.anchoring import pick_month_day, pick_weekday, tense_phrase
from core.temporal.calendar_math import day_value
from core.temporal.lexicon import month_number, weekday_number
from core.temporal.readers import day_of
from core.temporal.rule import Rule
from core.temporal.state import NARRATIVE, PUBLISH, Resolution, RuleContext

_TIME_OF_DAY_WORDS = {"noon": 12, "midday": 12, "midnight": 24}


def clock_value(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock from a clock-time match."""
    word = (m.groupdict().get("tword") or "").lower()
    if word:
        return _TIME_OF_DAY_WORDS[word], 0
    gd = m.groupdict()
    hour = int(gd.get("hh") or gd.get("hhx") or 0)
    minute = int(gd.get("mm") or gd.get("mmx") or 0)
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "").replace(" ", "")
    inmorning = (m.groupdict().get("inpart") or "").lower()
    if hour > 24 or minute > 59:
        return None
    if ampm == "pm" or inmorning in ("afternoon", "evening", "night"):
        if hour < 12:
            hour += 12
    elif (ampm == "am" or inmorning == "morning") and hour == 12:
        hour = 0
    return hour, minute


def _clock(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    hm = clock_value(m)
    if hm is None:
        return None
    hour, minute = hm
    kind, how = PUBLISH, "on the publish date"
    day = ctx.dct
    dayword = (m.groupdict().get("tday") or m.groupdict().get("tday2") or "").lower()
    if dayword:
        if dayword == "yesterday":
            day = ctx.dct - timedelta(days=1)
        elif dayword == "tomorrow":
            day = ctx.dct + timedelta(days=1)
        elif dayword not in ("today", "tonight", "this morning", "this afternoon",
                             "this evening"):
            wd = weekday_number(dayword)
            if wd is not None:
                tense = ctx.tense(m.start(), m.end())
                day = pick_weekday(ctx.dct, wd, tense)
                how = "on " + dayword.title() + " " + tense_phrase(tense)
    elif m.groupdict().get("tmonth"):
        month = month_number(m["tmonth"])
        dnum = day_of(m["tdaynum"])
        if month and dnum:
            tense = ctx.tense(m.start(), m.end())
            picked = pick_month_day(ctx.dct, month, dnum, tense)
            if picked:
                day = picked
    elif ctx.last_day is not None:
        day, kind, how = ctx.last_day.start, NARRATIVE, "on the day the text is at"
    value = f"{day_value(day)}T{hour:02d}:{minute:02d}"
    return Resolution(TimexType.TIME, value, "absolute.clock-time", how, anchor_kind=kind,
                      anchor=day if kind == NARRATIVE else None, sets_narrative=False)


_ZONE = r"(?:\s*\(?(?:[ECMP][SD]T|GMT|UTC|ET|PT|CT|local time)\)?)?"
_CLOCK = (r"(?:(?P<hh>[01]?\d|2[0-4])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?"
          r"|am\b|pm\b)|(?P<hh2>[01]?\d|2[0-3]):(?P<mm2>[0-5]\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC))"
          r"|(?P<tword>noon|midnight|midday))")
_CLOCK_DAY = (r"(?:,?\s+(?:on\s+)?(?P<tday>" + p.WEEKDAY + r"|today|yesterday|tomorrow|tonight"
              r"|this morning|this afternoon|this evening)|,?\s+(?:on\s+)?(?P<tmonth>" + p.MONTH
              + r")\s+(?P<tdaynum>" + p.DAY + r"))?")

RULES: list[Rule] = [
    Rule("absolute.clock-time", p.rx_loose(
        r"(?:(?:shortly|just)\s+(?:before|after)\s+)?"
        + _CLOCK.replace("(?P<hh2>", "(?P<hhx>").replace("(?P<mm2>", "(?P<mmx>")
        + r"(?:\s+in\s+the\s+(?P<inpart>morning|afternoon|evening))?" + _ZONE + _CLOCK_DAY),
        _clock, 4),
    Rule("absolute.clock-time", p.rx_loose(
        r"(?P<hh>[1-9]|1[0-2])\s+in\s+the\s+(?P<inpart>morning|afternoon|evening|night)"
        r"(?P<mm>)?"), _clock, 4),
]
