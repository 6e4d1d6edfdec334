"""Rules for named stretches of the calendar: quarters ("the third quarter", "Q3 2023"),
halves ("H1 2024"), seasons ("last summer") and holidays ("Thanksgiving", "Christmas Eve").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.anchoring import pick_quarter_year, pick_season_year, tense_phrase
from core.temporal.calendar_math import day_value, week_value, weekday_on_or_after
from core.temporal.lexicon import ORDINALS, SEASONS
from core.temporal.readers import MOD_PREFIX, mod_of, year_of
from core.temporal.rule import Rule
from core.temporal.rules_offset import QUARTER_CONTEXT_CHARS
from core.temporal.state import NO_ANCHOR, PUBLISH, Resolution, RuleContext


def _quarter_number(word: str) -> int:
    w = word.lower()
    if len(w) == 2 and "q" in w:
        return int(w.replace("q", ""))
    return ORDINALS.get(w, 4) if w not in ("final", "last") else 4


def _quarter(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    q = _quarter_number(m["q"])
    if q > 4:
        return None
    gd = m.groupdict()
    year_text = gd.get("qyear") or gd.get("qyearf") or gd.get("qyear2") or gd.get("qyear3")
    rel = (m.groupdict().get("qrel") or m.groupdict().get("qrel2") or "").lower()
    if year_text:
        year, kind, how = year_of(year_text), NO_ANCHOR, "with its year"
    elif rel:
        year = ctx.dct.year + (-1 if "last" in rel or "ago" in rel or "earlier" in rel
                               else 1 if "next" in rel else 0)
        kind, how = PUBLISH, f"with '{rel}'"
    else:
        tense = ctx.tense(m.start(), m.end())
        year = pick_quarter_year(ctx.dct, q, tense)
        kind, how = PUBLISH, "the latest such quarter begun by then"
    return Resolution(TimexType.DATE, f"{year:04d}-Q{q}", "absolute.quarter", how,
                      anchor_kind=kind)


def _year_quarter(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "the 1988 quarter": the quarter the report is about, in the year named."""
    year = year_of(m["yq"])
    if ctx.last_quarter is not None:
        q = int(ctx.last_quarter.value[-1])
        how = "the quarter the report is about"
    else:
        q = (ctx.dct.month - 1) // 3 or 4  # the latest completed quarter
        how = "the latest completed quarter"
    return Resolution(TimexType.DATE, f"{year:04d}-Q{q}", "absolute.year-quarter", how,
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _year_period(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "the 1988 period": in a report on a quarter, that quarter in the year named ("sales
    rose in the third quarter ... in the 1988 period, the company earned"); after a
    multi-month span ("the first nine months") or with no quarter in view, the year."""
    year = year_of(m["yp"])
    ref = ctx.last_quarter
    if ref is not None and m.start() - ref.position < QUARTER_CONTEXT_CHARS \
            and not ctx.span_frames():
        return Resolution(TimexType.DATE, f"{year:04d}-Q{ref.value[-1]}",
                          "absolute.year-period", "the quarter the report is about",
                          anchor_kind=NO_ANCHOR, sets_narrative=False)
    return Resolution(TimexType.DATE, f"{year:04d}", "absolute.year", "a year number",
                      anchor_kind=NO_ANCHOR)


def _half(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    h = 1 if m["h"].lower() in ("first", "h1") else 2  # second, last, latter: H2
    year_text = m.groupdict().get("hyear")
    rel = (m.groupdict().get("hrel") or "").lower()
    if year_text:
        year = year_of(year_text)
    elif rel:
        year = ctx.dct.year + (-1 if "last" in rel else 1 if "next" in rel else 0)
    elif m.group(0).lower().endswith("the year"):
        year = ctx.dct.year
    else:
        return None
    return Resolution(TimexType.DATE, f"{year:04d}-H{h}", "absolute.half", "a half year")


def _season(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    code = SEASONS[m["season"].lower()]
    rel = " ".join((m.groupdict().get("srel") or "").lower().split())
    year_text = m.groupdict().get("syear")
    mod = mod_of(m.groupdict().get("mod"))
    if year_text:
        year = year_of(year_text)
        return Resolution(TimexType.DATE, f"{year:04d}-{code}", "absolute.season-year",
                          "with its year", mod=mod, anchor_kind=NO_ANCHOR)
    if rel in ("", "the"):
        before = ctx.text[max(0, m.start() - 25):m.start()].lower()
        after = ctx.text[m.end():m.end() + 12].lower()
        if not re.search(r"(?:in|into|during|by|until|through|since|of|over|before|after|this"
                         r"|last|next)\s+(?:the\s+)?$", before) or after.lstrip().startswith("of "):
            return None
    dct = ctx.dct
    tense = ctx.tense(m.start(), m.end())
    current = pick_season_year(dct, code, None)
    in_it = _in_season(dct, code, current)
    if rel in ("last", "this past", "past"):
        year = current - 1 if in_it else current
    elif rel in ("next", "this coming", "coming"):
        year = current + 1
    elif rel == "this":
        year = dct.year - 1 if code == "WI" and dct.month <= 2 else dct.year
    else:
        year = current + 1 if tense == "future" and not in_it else current
    return Resolution(TimexType.DATE, f"{year:04d}-{code}", "relative.season",
                      tense_phrase(tense), mod=mod)


def _season_start(year: int, code: str) -> date:
    return date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1)


def _in_season(d: date, code: str, year: int) -> bool:
    start = _season_start(year, code)
    end_month = {"SP": (year, 6), "SU": (year, 9), "FA": (year, 12), "WI": (year + 1, 3)}[code]
    return start <= d < date(end_month[0], end_month[1], 1)


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * mm + 114) // 31
    day = (h + el - 7 * mm + 114) % 31 + 1
    return date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        return weekday_on_or_after(date(year, month, 1), weekday) + timedelta(weeks=n - 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    """Date of a named holiday in a year (US conventions), or None if unknown."""
    n = " ".join(name.lower().replace("’", "'").split())
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
             "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
             "st. patrick's day": (3, 17), "christmas morning": (12, 25)}
    if n in fixed:
        return date(year, *fixed[n])
    if n in ("thanksgiving", "thanksgiving day"):
        return _nth_weekday(year, 11, 4, 4)
    if n == "black friday":  # the shopping day after (US) Thanksgiving
        return _nth_weekday(year, 11, 4, 4) + timedelta(days=1)
    if n == "cyber monday":  # the Monday after it
        return _nth_weekday(year, 11, 4, 4) + timedelta(days=4)
    if n == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if n == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    if n in ("easter", "easter sunday", "easter day"):
        return _easter(year)
    if n == "good friday":
        return _easter(year) - timedelta(days=2)
    if n == "election day":
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    return None


def _holiday(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    name = m["hname"]
    year, year_rel = m["hyear"] or m["hyear2"], (m["hrel2"] or "").lower()
    if year:
        d = holiday_date(name, year_of(year))
        how, kind = "with its year", NO_ANCHOR
    elif year_rel:  # "Easter last year", "Christmas next year": the year counted from publication
        d = holiday_date(name, ctx.dct.year + {"last": -1, "this": 0, "next": 1}[year_rel])
        how, kind = f"{year_rel} year's", PUBLISH
    else:
        tense = ctx.tense(m.start(), m.end())
        hrel = (m.groupdict().get("hrel") or "").lower()
        if "last" in hrel or "past" in hrel:
            tense = "past"
        elif "next" in hrel or "coming" in hrel:
            tense = "future"
        this_year = holiday_date(name, ctx.dct.year)
        if this_year is None:
            return None
        before = this_year if this_year <= ctx.dct else holiday_date(name, ctx.dct.year - 1)
        after = this_year if this_year >= ctx.dct else holiday_date(name, ctx.dct.year + 1)
        if tense == "future":
            d = after
        elif tense == "past" or before is None or after is None:
            d = before
        else:
            d = min((before, after), key=lambda x: abs((x - ctx.dct).days))
        how, kind = tense_phrase(tense), PUBLISH
    if d is None:
        return None
    if m["hside"]:  # "the day after Thanksgiving", "the day before Christmas"
        d += timedelta(days=1 if m["hside"].lower() == "after" else -1)
        how = f"the day {m['hside'].lower()} the holiday, {how}"
    return Resolution(TimexType.DATE, day_value(d), "absolute.holiday", how, anchor_kind=kind)


def _holiday_week(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "Easter week": the week holding the nearest such holiday."""
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := holiday_date(m["hname"], y)) is not None]
    if not options:
        return None
    d = min(options, key=lambda x: abs((x - ctx.dct).days))
    return Resolution(TimexType.DATE, week_value(d), "absolute.holiday-week",
                      "the week of the nearest such holiday")


RULES: list[Rule] = [
    Rule("absolute.quarter", p.rx(
        r"(?:the\s+(?!(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-))?(?:(?:(?P<qyear>"
        + p.YEAR + r")|(?P<qrel>this\s+year's|last\s+year's"
        r"|next\s+year's|the\s+year-ago|the\s+year-earlier|fiscal\s+(?P<qyearf>"
        + p.YEAR + r")))\s+)?(?:fiscal[\s-]+)?(?P<q>" + p.QUARTER_ORD
        + r")[\s-]+(?:fiscal\s+)?(?:quarter|qtr\.?)"
        r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qyear2>" + p.YEAR + r")|(?P<qrel2>this|last|next)"
        r"\s+year)|,?\s+(?P<qyear3>" + p.YEAR + r"))?"), _quarter, 3),
    Rule("absolute.quarter", p.rx(
        r"(?P<q>Q[1-4]|[1-4]Q)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<qyear>" + p.YEAR + r"|'\d\d))?"),
        _quarter, 3),
    Rule("absolute.year-quarter", p.rx(r"the\s+(?P<yq>" + p.YEAR + r")\s+quarter"),
         _year_quarter, 4),
    Rule("absolute.year-period", p.rx(r"the\s+(?P<yp>" + p.YEAR + r")\s+period"),
         _year_period, 2),
    Rule("absolute.half", p.rx(
        r"(?:the\s+)?(?P<h>first|last|second)\s+two\s+quarters\s+of\s+(?:fiscal\s+)?(?:(?P<hyear>"
        + p.YEAR + r")|(?P<hrel>this|last|next)\s+year)"), _half, 3),
    Rule("absolute.half", re.compile(
        r"(?<![\w-])(?P<h>H[12])\s+(?:of\s+)?(?P<hyear>" + p.YEAR + r")(?![\w-])"), _half, 2),
    Rule("absolute.half", p.rx(
        r"(?:the\s+)?(?P<h>first|second|last|latter)[\s-]+half(?:\s+of\s+(?:fiscal\s+)?(?:(?P<hyear>"
        + p.YEAR + r")|(?P<hrel>this|last|next)\s+year|the\s+year))?"), _half, 2),
    Rule("relative.season", p.rx(
        r"(?:(?P<srel>this\s+past|this\s+coming|the\s+coming|the\s+past|this|last|next|the)"
        r"\s+)?" + MOD_PREFIX + r"(?P<season>" + p.SEASON + r")(?:\s+(?:of\s+)?(?P<syear>"
        + p.YEAR + "|" + p.SPELLED_19XX + r"))?"), _season, 2),
    Rule("absolute.holiday", p.rx(
        r"(?:the\s+day\s+(?P<hside>before|after)\s+)?"
        r"(?:(?P<hrel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<hname>Christmas(?:\s+(?:Day|Eve|morning))?|New\s+Year's(?:\s+(?:Day|Eve))?"
        r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|the\s+Fourth\s+of\s+July|Halloween"
        r"|Valentine's\s+Day|Veterans\s+Day|Boxing\s+Day|St\.\s+Patrick's\s+Day|Labor\s+Day"
        r"|Memorial\s+Day|Easter(?:\s+(?:Sunday|Day))?|Good\s+Friday|Election\s+Day|Black\s+Friday"
        r"|Cyber\s+Monday)(?:,?\s+(?P<hyear>" + p.YEAR + r")|\s+(?:of\s+|in\s+)(?P<hyear2>" + p.YEAR
        + r")|\s+(?P<hrel2>last|this|next)\s+year)?"), _holiday, 3),
    Rule("absolute.holiday-week", p.rx(
        r"(?P<hname>Christmas|Thanksgiving|Easter|Passover|New\s+Year's)\s+week"), _holiday_week,
        3),
]
