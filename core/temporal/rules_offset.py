"""Rules for offsets: "two days ago", "in three weeks", "a year earlier", "the next day",
"later that year". Offsets with "ago"/"from now" count from the publish date; "earlier",
"later", "before", "after" and "the next day" count from the narrative date.
"""

from __future__ import annotations

import re

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.calendar_math import (
    add_units,
    day_value,
    duration_value,
    shift_quarter,
    value_at_unit,
    weekday_on_or_before,
)
from core.temporal.lexicon import parse_number, unit_of, weekday_number
from core.temporal.rule import Rule
from core.temporal.state import (
    NARRATIVE,
    NO_ANCHOR,
    PUBLISH,
    NarrativeRef,
    Resolution,
    RuleContext,
)

# How far back (characters) a mentioned quarter still sets the frame for "a year ago".
QUARTER_CONTEXT_CHARS = 1500


def _grain(unit: str) -> str:
    return {"week": "week", "weekend": "week", "fortnight": "week", "decade": "year",
            "century": "year", "hour": "day", "minute": "day", "second": "day"}.get(unit, unit)


def _span_year_ago(quarter_value: str, backward: bool) -> Resolution:
    """ "For the nine months ... a year earlier": the same span a year before, by its year."""
    year = int(quarter_value[:4]) + (-1 if backward else 1)
    return Resolution(TimexType.DATE, f"{year:04d}", "offset.year-ago-span",
                      "the reporting span under discussion, a year before",
                      anchor_kind=NARRATIVE, sets_narrative=False)


_AGO_AT = re.compile(r"(?P<num>[\w-]+)\s+(?P<unit>[a-z]+)\s+ago\b", re.IGNORECASE)


_PAST_PERFECT = re.compile(r"\b(?:had|'d)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|un|ld|lt)\b",
                           re.IGNORECASE)


def _restates_ago(ctx: RuleContext, start: int, amount: float, unit: str) -> bool:
    """Whether the date the text is at was "<amount> <unit> ago" itself.

    News prose uses "a year ago" and "a year earlier" for the same comparison point
    ("up from a year ago ... compared with $5 a year earlier"); the second does not step a
    further year back. A past perfect nearby ("A year earlier, it had won") keeps the chain.
    """
    ref = ctx.last_any
    if ref is None or _PAST_PERFECT.search(ctx.text, max(start - 80, 0), min(start + 80,
                                                                             len(ctx.text))):
        return False
    prev = _AGO_AT.match(ctx.text, ref.position)
    if prev is None:
        return False
    return parse_number(prev["num"]) == amount and unit_of(prev["unit"]) == unit


def _offset(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    if m.groupdict().get("dayword") and m.groupdict().get("num"):
        day = _ago_day(m, ctx)  # "two weeks ago Friday"; "three days ago Friday" falls through
        if day is not None:
            return day
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    direction = m["dir"].lower()
    amount = parse_number(m["num"]) if m.groupdict().get("num") else None
    vague = m.groupdict().get("vague")
    backward = direction in ("ago", "earlier", "before", "previously", "back")
    if amount is None:
        if vague and direction == "later" and ctx.tense(m.start(), m.end()) != "future":
            # "A few days later, the firm ...": a vague length after an event in narration,
            # not the future.
            return Resolution(TimexType.DURATION, duration_value(None, unit),
                              "offset.later-length", "a vague length of time after an event",
                              anchor_kind=NO_ANCHOR, sets_narrative=False)
        if vague or not m.groupdict().get("num"):
            value = "PAST_REF" if backward else "FUTURE_REF"
            return Resolution(TimexType.DATE, value, "offset.vague", "an unspecified span",
                              anchor_kind=NO_ANCHOR, sets_narrative=False)
        return None
    n = round(amount) if amount >= 1 else 1
    counted_from_publish = direction in ("ago", "from now", "hence", "back")
    base, kind = ctx.dct, PUBLISH
    if not counted_from_publish:
        if unit in ("day", "week", "weekend", "fortnight", "hour", "minute", "second"):
            base, kind = ctx.day_ref()
        elif direction == "earlier" and _restates_ago(ctx, m.start(), amount, unit):
            kind = PUBLISH  # the same comparison point, restated
        else:
            ref, kind = ctx.any_ref()
            if ref is not None:
                base = ref.start
    near_quarter = (ctx.last_quarter is not None
                    and m.start() - ctx.last_quarter.position < QUARTER_CONTEXT_CHARS)
    if unit == "year" and near_quarter and ctx.last_quarter is not None and amount == 1:
        ref_q = ctx.last_quarter
        if ctx.span_frames():
            return _span_year_ago(ref_q.value, backward)
        y, q = int(ref_q.value[:4]), int(ref_q.value[-1])
        y, q = shift_quarter(y, q, -4 if backward else 4)
        return Resolution(TimexType.DATE, f"{y:04d}-Q{q}", "offset.year-ago-quarter",
                          f"a year from the quarter under discussion ({ref_q.value})",
                          anchor_kind=NARRATIVE, anchor=ref_q.start, sets_narrative=False)
    sign = -1 if backward else 1
    if unit in ("hour", "minute", "second"):
        return None
    d = add_units(base, sign * n, unit)
    if direction == "later" and d > ctx.dct and ctx.tense(m.start(), m.end()) != "future":
        # "Four years later, McCain said ...", "did not seize it until two years later":
        # counted from an event the text does not date, the phrase cannot land after the
        # publish date in narration; it is the length of time it says.
        return Resolution(TimexType.DURATION, duration_value(amount, unit),
                          "offset.later-length", "a length of time after an undated event",
                          anchor_kind=NO_ANCHOR, sets_narrative=False)
    grain = _grain(unit)
    if grain == "year" and kind == NARRATIVE and ctx.last_any is not None and \
            ctx.last_any.unit == "day" and unit == "year":
        grain = "year"
    return Resolution(TimexType.DATE, value_at_unit(d, grain), "offset." + direction.replace(
        " ", "-"), "counted", anchor_kind=kind,
        anchor=base if kind == NARRATIVE else None)


def _adjective_offset(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "year-earlier", "year-ago": the previous year, or the quarter a year before."""
    near_quarter = (ctx.last_quarter is not None
                    and m.start() - ctx.last_quarter.position < QUARTER_CONTEXT_CHARS)
    if near_quarter and ctx.last_quarter is not None and ctx.span_frames() \
            and not m.groupdict().get("qword"):
        return _span_year_ago(ctx.last_quarter.value, True)
    if (near_quarter and ctx.last_quarter is not None) or m.groupdict().get("qword"):
        if ctx.last_quarter is not None:
            y, q = int(ctx.last_quarter.value[:4]), int(ctx.last_quarter.value[-1])
        else:
            y, q = shift_quarter(ctx.dct.year, (ctx.dct.month - 1) // 3 + 1, -1)
        y, q = shift_quarter(y, q, -4)
        return Resolution(TimexType.DATE, f"{y:04d}-Q{q}", "offset.year-ago-quarter",
                          "the same quarter a year before", anchor_kind=NARRATIVE,
                          sets_narrative=False)
    return Resolution(TimexType.DATE, f"{ctx.dct.year - 1:04d}", "offset.year-ago",
                      "the year before")


_MONTH_REACH = 250  # characters back to a month that "that day" may be a day of


def _day_in_named_month(ctx: RuleContext, position: int) -> NarrativeRef | None:
    """The month the text last named, when it came after the last named day and just
    before ``position``: "gunned down last October ... that same day" is a day of that
    October, which one unknown."""
    ref = ctx.last_any
    if ref is None or ref.unit != "month" or not re.fullmatch(r"\d{4}-\d\d", ref.value) \
            or position - ref.position > _MONTH_REACH:
        return None
    if ctx.last_day is not None and ctx.last_day.position > ref.position:
        return None
    return ref


def _next_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    phrase = " ".join(m.group(0).lower().split())
    found = re.search(r"day|week|month|year", phrase)
    unit = found.group(0) if found else "day"
    if phrase.startswith(("earlier that", "later that")):
        sign = 0  # "earlier that day": within the day named, not the day before
    elif any(w in phrase for w in ("next", "following", "after", "later")):
        sign = 1
    elif any(w in phrase for w in ("before", "previous", "prior", "earlier", "eve")):
        sign = -1
    else:
        sign = 0
    if unit == "day" and sign == 0 and "that" in phrase and (
            month := _day_in_named_month(ctx, m.start())) is not None:
        return Resolution(TimexType.DATE, month.value + "-XX", "narrative." + phrase.replace(
            " ", "-"), "a day of the month named earlier", anchor_kind=NARRATIVE,
            anchor=month.start, sets_narrative=False)
    if unit in ("day", "week"):
        base, kind = ctx.day_ref()
    else:
        ref, kind = ctx.any_ref()
        if ref is not None:
            ref = ctx.ref_at_grain(unit)
            if ref is None:
                return None  # "that year" after "the 19th century": no year was named
        base = ref.start if ref is not None else ctx.dct
    if unit == "day" and sign == 0 and kind != NARRATIVE and "that" in phrase:
        return None
    d = add_units(base, sign, unit)
    value = value_at_unit(d, unit)
    return Resolution(TimexType.DATE, value, "narrative." + phrase.replace(" ", "-"),
                      "counted", anchor_kind=kind,
                      anchor=base if kind == NARRATIVE else None)


# An ordinal or superlative before "in two weeks" makes it the span counted over.
_RANKED = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|latest|only|best|most|least"
                     r"|worst|(?!(?:inter|requ|prot|cont|for|hon|mod|sugg|arr|inv|harv|dig"
                     r"|manif|gu|qu|ch)est\b)\w{3,}est)\b[^.;:!?]{0,40}$", re.IGNORECASE)


# A superlative or "the first time" ranks over the span even in a future clause.
_ALWAYS_SPAN = re.compile(r"^(?:best|worst|most|least|only|\w{3,}est)\b|\btime\s*$",
                          re.IGNORECASE)
_SPAN_OF = re.compile(r"\s+of\s+(?!the\b|this\b|that\b)[a-z]", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten"
                             r"|dozens?|hundreds?|thousands?|millions?|billions?|points?"
                             r"|percent|cent))\S*(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"(?:\b(?:has|have|had)|'ve)\s+(?:[\w']+\s+){0,5}$",
                             re.IGNORECASE)


def _in_future(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    unit = unit_of(m["unit"])
    amount = parse_number(m["num"])
    if unit is None or amount is None or unit in ("hour", "minute", "second"):
        return None
    before = ctx.text[max(0, m.start() - 60):m.start()].removesuffix(" ").removesuffix("in")
    tense = ctx.tense(m.start(), m.end())
    if not m.group(0).lower().endswith("time"):
        ranked = _RANKED.search(before)
        if ranked and (tense != "future" or _ALWAYS_SPAN.search(ranked.group(0))):
            return None  # "the second letter in two weeks", "the worst quake in 200 years"
        if tense in ("past", "present") or _SPAN_OF.match(ctx.text, m.end()) \
                or _COUNTED_BEFORE.search(before) \
                or (tense is None and _PERFECT_BEFORE.search(before)):
            return None  # "rose 5% in three years", "two years of war": a duration
    d = add_units(ctx.dct, round(amount), unit)
    return Resolution(TimexType.DATE, value_at_unit(d, _grain(unit)), "offset.in-future",
                      "counted")


def _in_either(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "in a year or two": some time ahead, no single date."""
    return Resolution(TimexType.DATE, "FUTURE_REF", "offset.in-either",
                      "an approximate time ahead", anchor_kind=NO_ANCHOR, sets_narrative=False)


def _ago_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "a year ago today", "two weeks ago Friday": a day, not the unit's span. The weekday
    is the one on or before the publish date, moved back by the weeks."""
    unit = unit_of(m["unit"])
    amount = parse_number(m["num"])
    if unit not in ("week", "fortnight", "month", "year") or amount is None or amount < 1 \
            or m["dir"].lower() != "ago":
        return None
    n = round(amount) * (2 if unit == "fortnight" else 1)
    word = m["dayword"].lower()
    if word == "today":
        d = add_units(ctx.dct, -n, "week" if unit == "fortnight" else unit)
        how = "the same day, counted back"
    else:
        wd = weekday_number(word)
        if wd is None or unit not in ("week", "fortnight"):
            return None
        d = add_units(weekday_on_or_before(ctx.dct, wd), -n, "week")
        how = f"the {m['dayword'].title()} that many weeks back"
    return Resolution(TimexType.DATE, day_value(d), "offset.ago-day", how)


_NUM = r"(?:(?P<num>" + p.NUMBER + r")|(?P<vague>" + p.VAGUE + r"))"
_DIR = r"(?P<dir>ago|earlier|later|from\s+now|hence|back|in\s+the\s+past)"

RULES: list[Rule] = [
    Rule("offset.ago", p.rx(
        r"(?:" + p.APPROX + r"\s+)?" + _NUM + r"[\s-]+(?P<unit>" + p.UNIT + r")(?:\s+or\s+so)?"
        r"\s+" + _DIR + r"(?:(?<=ago),?\s+(?:(?:on|last)\s+)?(?P<dayword>today|" + p.WEEKDAY
        + r"))?"), _offset, 3),
    Rule("offset.ago", p.rx(r"(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago)"),
         _offset, 2),
    Rule("offset.year-ago", p.rx(
        r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[\s-](?:ago|earlier)"
        r"(?:\s+(?P<qword>quarter|period))?|(?:the\s+)?(?:corresponding|comparable|same)"
        r"\s+(?:period|quarter)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))"
        r"|last\s+year's\s+(?P<qword2>quarter|period)"), _adjective_offset, 4),
    Rule("offset.year-ago", p.rx(
        r"the\s+(?P<qword>quarter|period)\s+(?:a|one)\s+year\s+(?:ago|earlier|before)"),
        _adjective_offset, 4),
    Rule("narrative.next-day", p.rx(
        r"(?:the\s+)?(?:next|following|previous|prior|same)\s+(?P<unit>day|week|month|year)"
        r"|that\s+(?P<unit2>day|year|month|week)\s+(?:before|after|earlier|later)"
        r"|that\s+(?:same\s+)?(?:day|year|month|week)|later\s+that\s+(?:day|year|month|week)"
        r"|earlier\s+that\s+(?:day|year|month|week)"),
        _next_day, 2),
    Rule("offset.in-either", p.rx(
        r"(?<=\bin\s)(?:(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|weeks?|months?|years?)"
        r"\s+or\s+(?:two|three|four|five|six|\d+)(?:\s+(?:days|weeks|months|years))?"
        r"|(?:one|two|three|four|five|\d+)\s+or\s+(?:two|three|four|five|six|\d+)\s+"
        r"(?:days|weeks|months|years))"), _in_either, 3),
    Rule("offset.in-future", p.rx(
        r"(?<=\bin\s)(?P<num>" + p.NUMBER + r")\s+(?P<unit>" + p.UNIT
        + r")(?:'s?\s+time)?"), _in_future, 2),
]
