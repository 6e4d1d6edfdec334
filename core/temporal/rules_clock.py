"""Rules for clock times: "10:35 a.m.", "6 a.m. yesterday", "noon Thursday",
"5 p.m. EST, Nov. 6", "4 in the morning". The day is the one named, else the day the text is
at, else the publish date. A time governed by a daily recurrence ("from 8 a.m. to 8 p.m. each
day", "daily at noon") names no day at all: it is a SET such as ``XXXX-XX-XXT08:00``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.anchoring import pick_month_day, pick_weekday, tense_phrase
from core.temporal.calendar_math import day_value
from core.temporal.lexicon import PARTS_OF_DAY, month_number, weekday_number
from core.temporal.readers import day_of, year_of
from core.temporal.rule import Rule
from core.temporal.state import NARRATIVE, NO_ANCHOR, PUBLISH, Resolution, RuleContext

_TIME_OF_DAY_WORDS = {"noon": 12, "midday": 12, "midnight": 24}


def clock_value(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock from a clock-time match."""
    word = (m.groupdict().get("tword") or "").lower()
    if word:
        return _TIME_OF_DAY_WORDS[word], 0
    gd = m.groupdict()
    hour = int(gd.get("hh") or gd.get("hhx") or gd.get("hhy") or 0)
    minute = int(gd.get("mm") or gd.get("mmx") or gd.get("mmy") or 0)
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


def _named_day(m: re.Match[str], ctx: RuleContext) -> tuple[date, str] | None:
    """The calendar date written right after the time ("on 3 March 2011", "Nov. 6"), with
    the receipt clause, or None when the phrase names none."""
    gd = m.groupdict()
    for tag in ("amd", "adm", "bmd", "bdm"):
        month = month_number(gd.get("tmonth_" + tag) or "")
        dnum = day_of(gd.get("tdaynum_" + tag) or "")
        if not month or not dnum:
            continue
        year_text = gd.get("tyear_" + tag[0])
        if year_text:
            try:
                return date(year_of(year_text), month, dnum), "on the date it names"
            except ValueError:
                return None
        tense = ctx.tense(m.start(), m.end())
        picked = pick_month_day(ctx.dct, month, dnum, tense)
        how = tense_phrase(tense) if tense else "(the nearest such day)"
        return (picked, "on the day it names " + how) if picked else None
    return None


def _clock(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    if m.groupdict().get("hhy") is not None:
        left = _LEFT_WORD.search(ctx.text, max(0, m.start("hhy") - 20), m.start("hhy"))
        if left is None or left.group(1).lower() not in _CLOCK_PREPOSITIONS:
            return None
    hm = clock_value(m)
    if hm is None:
        return None
    hour, minute = hm
    gd = m.groupdict()
    named = _named_day(m, ctx)
    if not (gd.get("tday") or named) and recurs_daily(ctx.text, m.start(), m.end()):
        return Resolution(TimexType.SET, f"XXXX-XX-XXT{hour:02d}:{minute:02d}",
                          "set.daily-clock", "a time of day that recurs daily",
                          anchor_kind=NO_ANCHOR, sets_narrative=False)
    kind, how = PUBLISH, "on the publish date"
    day = ctx.dct
    inherited = False
    dayword = (gd.get("tday") or "").lower()
    if named is not None:
        day, how = named
    elif dayword:
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
    elif ctx.last_day is not None:
        day, kind, how = ctx.last_day.start, NARRATIVE, "on the day the text is at"
        inherited = True
    else:
        inherited = True
    value = f"{day_value(day)}T{hour:02d}:{minute:02d}"
    return Resolution(TimexType.TIME, value, "absolute.clock-time", how, anchor_kind=kind,
                      anchor=day if kind == NARRATIVE else None, sets_narrative=False,
                      day_inherited=inherited)


def redate(res: Resolution, day: date) -> Resolution:
    """A clock time that inherited its day moved to ``day``, a date its own sentence names
    after it ("At 09:42, on 3 March 2011, ..."): that date beats the narrative one."""
    clock = res.value.partition("T")[2]
    return replace(res, value=f"{day_value(day)}T{clock}", rule="absolute.clock-time.dated",
                   how="on the date named later in its sentence", anchor_kind=NO_ANCHOR,
                   anchor=None, day_inherited=False)


def _date_after(tag: str) -> str:
    """A calendar date after a time: "March 3", "3 March", "the 3rd of March", ", 2011"."""
    return (r"(?:(?P<tmonth_" + tag + "md>" + p.MONTH + r")\s+(?P<tdaynum_" + tag + "md>"
            + p.DAY + r")|(?:the\s+)?(?P<tdaynum_" + tag + "dm>" + p.DAY
            + r")(?:\s+of)?\s+(?P<tmonth_" + tag + "dm>" + p.MONTH + r"))(?:,?\s+(?P<tyear_"
            + tag + ">" + p.YEAR + "))?")


# A 24-hour "hh:mm" with no zone or am/pm is a clock after a clock preposition: "at 21:15",
# "until 09:30" (scores and verses, "won 2:1", "John 3:16", have none).
# (The preposition is checked in the handler: look-behinds would run at every position.)
_CLOCK_LEFT = r"(?<=[a-z]\s)"
_CLOCK_PREPOSITIONS = {"at", "by", "around", "from", "until", "till", "after", "before",
                       "since", "between", "and", "to", "about"}
_LEFT_WORD = re.compile(r"([A-Za-z]+)\s+$")
_ZONE = r"(?:\s*\(?(?:[ECMP][SD]T|GMT|UTC|ET|PT|CT|local time)\)?)?"
_CLOCK = (r"(?:(?P<hh>[01]?\d|2[0-4])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?"
          r"|am\b|pm\b)|(?P<hh2>[01]?\d|2[0-3]):(?P<mm2>[0-5]\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC))"
          r"|" + _CLOCK_LEFT + r"(?P<hhy>[01]\d|2[0-3]):(?P<mmy>[0-5]\d)(?![\d:.,]\d)"
          r"|(?P<tword>noon|midnight|midday))")
_CLOCK_DAY = (r"(?:,?\s+(?:on\s+)?(?:(?P<tday>" + p.WEEKDAY + r"|today|yesterday|tomorrow"
              r"|tonight|this morning|this afternoon|this evening)(?:,?\s+" + _date_after("a")
              + r")?|" + _date_after("b") + r"))?")

# Prepositions that make a bare part of the day a time of the day narrated: "by mid
# afternoon", "in the morning"; not "good evening" or "a morning talk show".
_PART_PREPOSITIONS = {"by", "until", "till", "in", "during"}


def _part_of_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "By mid afternoon, police had ...", "heavy buying in the morning": that part of the
    day the text is at (else of the publish date), as a TIME such as 1998-03-06TAF."""
    left = _LEFT_WORD.search(ctx.text, max(0, m.start() - 20), m.start())
    word = left.group(1).lower() if left else ""
    has_the = m.group(0).lower().startswith("the")
    if word not in _PART_PREPOSITIONS or (word in ("in", "during") and not has_the):
        return None
    if recurs_daily(ctx.text, m.start(), m.end()):
        return None
    part = PARTS_OF_DAY[re.split(r"[\s-]+", m["pod"].lower())[-1]]  # "mid afternoon": AF
    if ctx.last_day is not None:
        day, kind, how = ctx.last_day.start, NARRATIVE, "of the day the text is at"
    else:
        day, kind, how = ctx.dct, PUBLISH, "of the publish date"
    return Resolution(TimexType.TIME, f"{day_value(day)}T{part}", "narrative.part-of-day",
                      how, anchor_kind=kind, anchor=day if kind == NARRATIVE else None,
                      sets_narrative=False, day_inherited=True)


RULES: list[Rule] = [
    Rule("narrative.part-of-day", p.rx(
        r"(?:the\s+)?(?P<pod>(?:mid-?\s?|late\s+|early\s+)?(?:morning|afternoon|evening))"),
        _part_of_day, 1),
    Rule("absolute.clock-time", p.rx_loose(
        r"(?:(?:shortly|just)\s+(?:before|after)\s+)?"
        + _CLOCK.replace("(?P<hh2>", "(?P<hhx>").replace("(?P<mm2>", "(?P<mmx>")
        + r"(?:\s+in\s+the\s+(?P<inpart>morning|afternoon|evening))?" + _ZONE + _CLOCK_DAY),
        _clock, 4),
    Rule("absolute.clock-time", p.rx_loose(
        r"(?P<hh>[1-9]|1[0-2])\s+in\s+the\s+(?P<inpart>morning|afternoon|evening|night)"
        r"(?P<mm>)?"), _clock, 4),
]
