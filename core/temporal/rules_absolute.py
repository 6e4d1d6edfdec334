"""Rules for dates written out: "May 3, 2024", "17 May", "May 16-17", "2023", "FY24",
"the 1990s", "the 20th century".
"""

from __future__ import annotations

import re
from datetime import date

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.anchoring import pick_month_day, tense_phrase
from core.temporal.calendar_math import day_value, month_value, week_value
from core.temporal.lexicon import ORDINALS, month_number, parse_number, weekday_number
from core.temporal.numbers import bare_year_ok, is_clock
from core.temporal.readers import MOD_PREFIX, WD_PREFIX, YEAR_G, day_of, mod_of, year_of
from core.temporal.rule import Rule
from core.temporal.state import NO_ANCHOR, PUBLISH, Resolution, RuleContext


def _check_weekday(m: re.Match[str], d: date) -> str:
    wd = m.groupdict().get("wd")
    if wd and weekday_number(wd) != d.isoweekday():
        return " (weekday does not match)"
    return ""


def _full_date(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    day = day_of(m["day"])
    if month is None or day is None:
        return None
    if is_clock(ctx.text, m.start("year"), m.end("year"), ctx.dct.year):
        return None  # "19 JANUARY, 1815 GMT": a day and a clock time, not a year
    try:
        d = date(year_of(m["year"]), month, day)
    except ValueError:
        return None
    return Resolution(TimexType.DATE, day_value(d), "absolute.full-date",
                      "written out in full" + _check_weekday(m, d), anchor_kind=NO_ANCHOR)


def _numeric_date(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    try:
        if m["iso"]:
            d = date.fromisoformat(m["iso"])
        else:
            y = int(m["y"])
            if y < 100:
                y += 1900 if y >= 50 else 2000
            first, second = int(m["m"]), int(m["d"])
            if first > 12:  # day/month/year, as written outside the US
                first, second = second, first
            d = date(y, first, second)
    except ValueError:
        return None
    return Resolution(TimexType.DATE, day_value(d), "absolute.numeric-date",
                      "written as numbers", anchor_kind=NO_ANCHOR)


def _same_day_named(ctx: RuleContext, month: int, day: int) -> date | None:
    """The date an earlier month-day with no year of this text resolved to, if any."""
    for ref in reversed(ctx.history):
        if ref.unit == "day" and len(ref.value) == 10 and ref.start.month == month \
                and ref.start.day == day:
            return ref.start
    return None


def _month_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    day = day_of(m["day"])
    if month is None or day is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    mdrel = (m.groupdict().get("mdrel") or "").lower()
    if mdrel:
        tense = "past" if ("last" in mdrel or "past" in mdrel) else "future"
    elif (seen := _same_day_named(ctx, month, day)) is not None:
        # An article names one day by one month-day: "the Jan. 14 deadline" later in the
        # story is the Jan. 14 it set earlier, whatever the tense of the later clause.
        return Resolution(TimexType.DATE, day_value(seen), "absolute.month-day-no-year",
                          "the same day as named earlier in the text" + _check_weekday(m, seen))
    d = pick_month_day(ctx.dct, month, day, tense)
    if d is None:
        return None
    how = tense_phrase(tense) if tense else "with no tense cue (nearest occurrence)"
    if _check_weekday(m, d) and (named := _year_of_weekday(m, ctx.dct, month, day)):
        # "Wednesday May 6": of the years around publication only one puts May 6 on a
        # Wednesday, whatever the tense says ("closed schools until Wednesday May 6")
        return Resolution(TimexType.DATE, day_value(named), "absolute.month-day-no-year",
                          "the year whose calendar has that weekday")
    return Resolution(TimexType.DATE, day_value(d), "absolute.month-day-no-year",
                      how + _check_weekday(m, d))


def _year_of_weekday(m: re.Match[str], dct: date, month: int, day: int) -> date | None:
    """The month-day, in the year before, of or after ``dct``, that falls on the weekday
    written with it (a month-day's weekday moves on each year, so at most one matches)."""
    for year in (dct.year, dct.year - 1, dct.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if not _check_weekday(m, d):
            return d
    return None


# "April 24 and 25", "March 3 or 4": the second day shares the first one's month and year.
_FIRST_DAY_BEFORE = re.compile(p.MONTH + r"\s*" + p.DAY + r",?\s+(?:and|or|&)\s+$",
                               re.IGNORECASE)


def _second_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    day = day_of(m["day2"])
    last = ctx.last_day
    if day is None or last is None or m.start() - last.position > 20 or len(last.value) != 10:
        return None
    if not _FIRST_DAY_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    try:
        d = last.start.replace(day=day)
    except ValueError:
        return None
    return Resolution(TimexType.DATE, day_value(d), "absolute.month-day-second",
                      "in the month of the day just before it", anchor_kind=NO_ANCHOR)


def _week_of(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "the week of March 6": the (ISO) week holding that day."""
    month = month_number(m["month"])
    day = day_of(m["day"])
    if month is None or day is None:
        return None
    if m.groupdict().get("year"):
        try:
            d: date | None = date(year_of(m["year"]), month, day)
        except ValueError:
            return None
    else:
        d = pick_month_day(ctx.dct, month, day, ctx.tense(m.start(), m.end()))
    if d is None:
        return None
    return Resolution(TimexType.DATE, week_value(d), "absolute.week-of", "the week holding it")


def _month_day_range(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    first, last = day_of(m["day"]), day_of(m["day2"])
    if month is None or first is None or last is None or last <= first:
        return None
    if m.groupdict().get("year"):
        year, how, kind = year_of(m["year"]), "with its year", NO_ANCHOR
    else:
        tense = ctx.tense(m.start(), m.end())
        picked = pick_month_day(ctx.dct, month, first, tense)
        if picked is None:
            return None
        year, how, kind = picked.year, tense_phrase(tense), PUBLISH
    try:
        start, end = date(year, month, first), date(year, month, last)
    except ValueError:
        return None
    return Resolution(TimexType.DATE, f"{day_value(start)}/{day_value(end)}",
                      "absolute.month-day-range", how, anchor_kind=kind)


def _month_year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    if month is None:
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    if m.groupdict().get("year") and is_clock(ctx.text, m.start("year"), m.end("year"),
                                              ctx.dct.year):
        return None  # "JANUARY, 1815 GMT": a clock time after the month
    if m.groupdict().get("year") or m.groupdict().get("syear"):
        year, kind, how = year_of(m["year"] or m["syear"]), NO_ANCHOR, "with its year"
    elif rel:
        year = ctx.dct.year + (-1 if "last" in rel else 1 if "next" in rel else 0)
        kind, how = PUBLISH, f"with '{rel} year'"
    else:
        return None
    return Resolution(TimexType.DATE, month_value(year, month), "absolute.month-year", how,
                      mod=mod_of(m.groupdict().get("mod")), anchor_kind=kind)


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$")
_YEAR_LEFT = re.compile(r"\b(?:in|since|of|by|from|until|till|to|before|after|during|through"
                        r"|circa|year|years|fiscal|early|late|mid|the|and|or|between|for)\s+$",
                        re.IGNORECASE)


_COUNTED = re.compile(r"\s+(?!and\b|or\b|to\b|when\b|as\b|in\b|on\b|at\b|with\b|for\b)[a-z]")


def _year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    year = year_of(m["year"])
    if not 1000 <= year <= 2199:
        return None
    if m.group(0) == m["year"] and m["year"].isdigit():  # a bare number: is it a year?
        before = ctx.text[max(0, m.start() - 30):m.start()]
        if not bare_year_ok(ctx.text, m.start(), m.end(), ctx.dct.year):
            return None
        if not _YEAR_LEFT.search(before) and _NAME_BEFORE.search(before) \
                and month_number(before.split()[-1]) is None:
            return None  # "Boeing 1998", "Dell 2001": a name and its number
    if (m["year"].lower().startswith("two thousand") and "year" not in m.group(0).lower()
            and _COUNTED.match(ctx.text, m.end())):
        return None  # "two thousand people", "two thousand years": a number, not a year
    fiscal = bool(m.groupdict().get("fiscal"))
    return Resolution(TimexType.DATE, f"{year:04d}",
                      "absolute.fiscal-year" if fiscal else "absolute.year",
                      "a fiscal year" if fiscal else "a year number",
                      mod=mod_of(m.groupdict().get("mod")), anchor_kind=NO_ANCHOR)


def _fiscal_year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    phrase = " ".join(m.group(0).lower().split())
    if not any(w in phrase for w in ("current", "latest", "this", "full", "entire", "whole")):
        return Resolution(TimexType.DURATION, "P1Y", "duration.the-year",
                          "a year-long accounting period", anchor_kind=NO_ANCHOR,
                          sets_narrative=False)
    year = ctx.dct.year - (1 if "latest" in phrase else 0)
    return Resolution(TimexType.DATE, f"{year:04d}", "relative.fiscal-year",
                      "the current (fiscal) year")


# "1000s of people", "10s of 1000s": a plural count, not a decade (unless "the 1960s of ...").
_COUNT_OF = re.compile(r"\s+of\b")
_COUNT_BEFORE = re.compile(r"(?:\b\d+s|\btens|\bhundreds|\bthousands|\bdozens)\s+of\s+$",
                           re.IGNORECASE)


def _decade(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    if m["dyear"]:
        digits = m["dyear"]
        plain = not m.group(0).lower().startswith("the") and not m.groupdict().get("mod")
        if not digits.startswith("'") and (
                (plain and _COUNT_OF.match(ctx.text, m.end()))
                or _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())):
            return None
        if digits.startswith("'"):
            n = int(digits[1:3])
            value = f"{19 if n >= 30 else 20}{n // 10}"
        else:
            value = digits[:3]
    else:
        names = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}
        value = f"19{names[m['dname'].lower()]}"
    return Resolution(TimexType.DATE, value, "absolute.decade", "a decade",
                      mod=mod_of(m.groupdict().get("mod")), anchor_kind=NO_ANCHOR)


def _century(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    n = parse_number(re.sub(r"(st|nd|rd|th)$", "", m["cent"].lower()))
    if n is None:
        n = ORDINALS.get(m["cent"].lower())
    if not n:
        return None
    return Resolution(TimexType.DATE, f"{int(n) - 1:02d}", "absolute.century", "a century",
                      mod=mod_of(m.groupdict().get("mod")), anchor_kind=NO_ANCHOR)


_MONTH_G = r"(?P<month>" + p.MONTH + r")"
_DAY_G = r"(?P<day>" + p.DAY + "|" + p.DAY_ORDINAL + r")"
_YEAR_REL = r"(?P<rel>this|last|next)\s+year"

RULES: list[Rule] = [
    Rule("absolute.full-date", p.rx_loose(
        WD_PREFIX + _MONTH_G + r"\s*" + _DAY_G + r"(?:,\s*|\s+|,?\s+of\s+)" + YEAR_G
        + r"(?![\w-])"), _full_date, 5),
    Rule("absolute.full-date", p.rx_loose(
        WD_PREFIX + r"(?:the\s+)?" + _DAY_G + r"(?:\s+of)?\s+" + _MONTH_G + r",?\s+" + YEAR_G
        + r"(?![\w-])"), _full_date, 5),
    Rule("absolute.numeric-date", re.compile(
        r"(?<![\w/.-])(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<m>[12]\d|3[01]|0?[1-9])/(?P<d>[12]\d"
        r"|3[01]|0?[1-9])/(?P<y>\d{4}|\d{2}))(?![\w/])"), _numeric_date, 5),
    Rule("absolute.month-day-range", p.rx_loose(
        _MONTH_G + r"\s*" + _DAY_G + r"\s*[-–]\s*(?P<day2>" + p.DAY + r")(?:,?\s+" + YEAR_G
        + r")?(?![\w-])"), _month_day_range, 5),
    Rule("absolute.week-of", p.rx_loose(
        r"the\s+week\s+of\s+" + _MONTH_G + r"\s*" + _DAY_G + r"(?:,\s*" + YEAR_G + r")?"
        + r"(?![\w-])"), _week_of, 6),
    Rule("absolute.month-day-no-year", p.rx_loose(
        WD_PREFIX + r"(?:(?P<mdrel>last|this|next|this\s+past|this\s+coming)\s+)?" + _MONTH_G
        + r"\s*" + _DAY_G + r"(?![\w-])(?!,?\s*\d)"), _month_day, 4),
    Rule("absolute.month-day-no-year", p.rx_loose(
        WD_PREFIX + r"(?:the\s+)?" + _DAY_G + r"(?:\s+of)?\s+" + _MONTH_G + r"(?![\w-])"),
        _month_day, 3),
    Rule("absolute.month-day-second", re.compile(
        r"(?<=[dr&]\s)(?P<day2>" + p.DAY + r")(?![\w-]|[.,]\d"
        r"|\s*(?:%|percent\b)|\s+(?!(?:was|is|as|has|this|his|its|thus|plus)\b)"
        r"(?:[a-z]*(?:s|men|people|children)|of)\b)"), _second_day, 3),
    Rule("absolute.month-year", p.rx_loose(
        MOD_PREFIX + _MONTH_G + r"(?:,?\s+(?:of\s+)?" + YEAR_G + r"|\s+(?P<syear>"
        + p.SPELLED_19XX + r")|\s+(?:of\s+)?" + _YEAR_REL
        + r")(?![\w-])"), _month_year, 4),
    Rule("absolute.year", p.rx(
        r"(?:(?P<fiscal>fiscal(?:\s+year)?|(?:the\s+)?calendar(?:\s+year)?|(?:the\s+)?"
        r"(?:fiscal\s+)?year)[\s-]+)?" + MOD_PREFIX + r"(?:(?:pre|post)-)?"
        + r"(?P<year>" + p.YEAR + "|" + p.SPELLED_YEAR + r")(?:\s+period)?"), _year, 1),
    Rule("absolute.fiscal-year", re.compile(
        r"(?<![\w-])(?P<fiscal>FY)\s?(?P<year>(?:19|20)\d\d|'?\d\d)(?![\w-])"), _year, 2),
    Rule("relative.fiscal-year", p.rx(
        r"the\s+(?:(?P<frel>current|full|latest|entire|whole)\s+)?(?:fiscal\s+)?year"
        r"(?=\s+(?:ended|ending|through|to|ahead|as|because|and|,|\.))|the\s+(?:current|full"
        r"|latest)\s+(?:fiscal\s+)?year|the\s+fiscal\s+year"), _fiscal_year, 1),
    Rule("absolute.decade", p.rx(
        r"(?:the\s+)?" + MOD_PREFIX + r"(?:(?P<dyear>(?:1[0-9]|20)\d0|'\d0)'?s|(?P<dname>"
        r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"),
        _decade, 2),
    Rule("absolute.century", p.rx(
        r"(?:the\s+)?" + MOD_PREFIX + r"(?P<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third"
        r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
        r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
        r"|twenty-first)[\s-]+century"), _century, 2),
]
