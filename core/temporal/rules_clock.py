"""Rules for clock times: "10:35 a.m.", "6 a.m. yesterday", "noon Thursday",
"5 p.m. EST, Nov. 6", "4 in the morning". The day is the one named, else the day the text is
at, else the publish date. A time governed by a daily recurrence ("from 8 a.m. to 8 p.m. each
day", "daily at noon") names no day at all: it is a SET such as ``XXXX-XX-XXT08:00``.
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
from core.temporal.state import NARRATIVE, NO_ANCHOR, PUBLISH, Resolution, RuleContext

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


# A loose clock time, used only to step over the other end of a range ("to 8 p.m.").
_LOOSE_CLOCK = (r"(?:(?:[01]?\d|2[0-4])(?::[0-5]\d)?(?:\s*(?:a\.?\s?m\.?|p\.?\s?m\.?))?"
                r"|noon|midnight|midday)(?:\s*\(?(?:[ECMP][SD]T|GMT|UTC|local\s+time)\)?)?")
_DAILY = (r"(?:(?:each|every)\s+(?:single\s+)?(?:day|night|morning|afternoon|evening)"
          r"|daily|nightly|(?:a|per)\s+(?:day|night)(?!\s+(?:after|before|later|earlier|ago"
          r"|or|and|of)\b))\b")
_DAILY_AFTER = re.compile(r"(?:\s*(?:to|until|till|through|and|-|–)\s*" + _LOOSE_CLOCK
                          + r")?\s*,?\s*" + _DAILY, re.IGNORECASE)
_DAILY_BEFORE = re.compile(_DAILY + r"\s*,?\s*(?:(?:from|between|at|until|till|by|around"
                           r"|starting\s+at|beginning\s+at)\s+)?(?:" + _LOOSE_CLOCK
                           + r"\s*(?:to|until|till|through|and|-|–)\s*)?$", re.IGNORECASE)


def recurs_daily(text: str, start: int, end: int) -> bool:
    """Whether the clock time at ``text[start:end]`` is governed by a daily recurrence.

    "from 8 a.m. to 8 p.m. each day", "at 10 p.m. nightly", "daily from 9 a.m. to noon":
    the marker follows the time (or the range it opens) or leads into it.
    """
    if _DAILY_AFTER.match(text, end):
        return True
    return _DAILY_BEFORE.search(text, max(0, start - 60), start) is not None


def _clock(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    hm = clock_value(m)
    if hm is None:
        return None
    hour, minute = hm
    gd = m.groupdict()
    if not (gd.get("tday") or gd.get("tday2") or gd.get("tmonth")) and recurs_daily(
            ctx.text, m.start(), m.end()):
        return Resolution(TimexType.SET, f"XXXX-XX-XXT{hour:02d}:{minute:02d}",
                          "set.daily-clock", "a time of day that recurs daily",
                          anchor_kind=NO_ANCHOR, sets_narrative=False)
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
