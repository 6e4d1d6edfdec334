"""Rules for dates written out: "May 3, 2024", "17 May", "November", "2023", "the 1990s",
quarters, halves, seasons, holidays, fiscal years and clock times.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.anchoring import (
    pick_month_day,
    pick_quarter_year,
    pick_season_year,
    tense_phrase,
)
from core.temporal.calendar_math import day_value, month_value, weekday_on_or_after
from core.temporal.lexicon import (
    ORDINALS,
    SEASONS,
    month_number,
    parse_number,
    weekday_number,
)
from core.temporal.rule import Rule
from core.temporal.state import NARRATIVE, NO_ANCHOR, PUBLISH, Resolution, RuleContext

WD_PREFIX = r"(?:(?P<wd>" + p.WEEKDAY + "|" + p.WEEKDAY_ABBR + r"),?\s+)?"
MOD_PREFIX = (r"(?:(?P<mod>early|late|mid|the\s+(?:beginning|start|end|middle|close|rest)"
              r"\s+of|the\s+(?:first|second|last)\s+half\s+of)[\s-]+(?:the\s+)?)?")
YEAR_G = r"(?P<year>" + p.YEAR + "|" + p.SHORT_YEAR + ")"


def mod_of(word: str | None) -> str | None:
    """TIMEX3 mod for "early", "the end of" ...; None for none."""
    if not word:
        return None
    w = " ".join(word.lower().split())
    if w.startswith("early") or "beginning" in w or "start" in w or "first half" in w:
        return "START"
    if w.startswith("mid") or "middle" in w:
        return "MID"
    if w.startswith("late") or "end" in w or "close" in w or "last half" in w:
        return "END"
    if "second half" in w:
        return "END"
    return None


def year_of(text: str) -> int:
    """Year number of "1998", "'98" (20th century when 50 or later), "nineteen ninety"."""
    t = text.strip().lower()
    if t.startswith("'"):
        n = int(t[1:])
        return 1900 + n if n >= 50 else 2000 + n
    if t.isdigit():
        return int(t)
    t = t.replace("the year ", "")
    if t.startswith("two thousand"):
        rest = t.removeprefix("two thousand").replace(" and ", " ").strip()
        return 2000 + int(parse_number(rest) or 0) if rest else 2000
    rest = t.removeprefix("nineteen").strip(" -")
    if rest == "hundred":
        return 1900
    return 1900 + int(parse_number(rest) or 0)


def day_of(text: str) -> int | None:
    """Day number of "3", "3rd", "third", "twenty-first"."""
    t = text.lower().strip()
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group(0))
    if t in ORDINALS and t not in ("final", "last"):
        return ORDINALS[t]
    if "-" in t:
        tens, _, unit = t.partition("-")
        return {"twenty": 20, "thirty": 30}.get(tens, 0) + ORDINALS.get(unit, 0)
    return None


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
            d = date(y, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Resolution(TimexType.DATE, day_value(d), "absolute.numeric-date",
                      "written as numbers", anchor_kind=NO_ANCHOR)


def _month_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    day = day_of(m["day"])
    if month is None or day is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    mdrel = (m.groupdict().get("mdrel") or "").lower()
    if mdrel:
        tense = "past" if ("last" in mdrel or "past" in mdrel) else "future"
    d = pick_month_day(ctx.dct, month, day, tense)
    if d is None:
        return None
    how = tense_phrase(tense) if tense else "with no tense cue (nearest occurrence)"
    return Resolution(TimexType.DATE, day_value(d), "absolute.month-day-no-year",
                      how + _check_weekday(m, d))


def _month_year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    if month is None:
        return None
    rel = (m.groupdict().get("rel") or "").lower()
    if m.groupdict().get("year"):
        year, kind, how = year_of(m["year"]), NO_ANCHOR, "with its year"
    elif rel:
        year = ctx.dct.year + (-1 if "last" in rel else 1 if "next" in rel else 0)
        kind, how = PUBLISH, f"'{rel} year'"
    else:
        return None
    return Resolution(TimexType.DATE, month_value(year, month), "absolute.month-year", how,
                      mod=mod_of(m.groupdict().get("mod")), anchor_kind=kind)


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$")
_YEAR_LEFT = re.compile(r"\b(?:in|since|of|by|from|until|till|to|before|after|during|through"
                        r"|circa|year|years|fiscal|early|late|mid|the|and|or|between|for)\s+$",
                        re.IGNORECASE)


def _year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    year = year_of(m["year"])
    if not 1000 <= year <= 2199:
        return None
    if m.group(0) == m["year"]:  # a bare number: make sure it reads as a year
        before = ctx.text[max(0, m.start() - 30):m.start()]
        if not _YEAR_LEFT.search(before) and (
            not 1900 <= year <= 2050
            or (_NAME_BEFORE.search(before) and month_number(before.split()[-1]) is None)
        ):
            return None
    fiscal = bool(m.groupdict().get("fiscal"))
    return Resolution(TimexType.DATE, f"{year:04d}",
                      "absolute.fiscal-year" if fiscal else "absolute.year",
                      "a fiscal year" if fiscal else "a year number",
                      mod=mod_of(m.groupdict().get("mod")), anchor_kind=NO_ANCHOR)


def _fiscal_year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    phrase = " ".join(m.group(0).lower().split())
    if not any(w in phrase for w in ("current", "latest", "this")):
        return Resolution(TimexType.DURATION, "P1Y", "duration.the-year",
                          "a year-long accounting period", anchor_kind=NO_ANCHOR,
                          sets_narrative=False)
    year = ctx.dct.year - (1 if "latest" in phrase else 0)
    return Resolution(TimexType.DATE, f"{year:04d}", "relative.fiscal-year",
                      "the current (fiscal) year")


def _decade(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    if m["dyear"]:
        digits = m["dyear"]
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
        kind, how = PUBLISH, f"'{rel}'"
    else:
        tense = ctx.tense(m.start(), m.end())
        year = pick_quarter_year(ctx.dct, q, tense)
        kind, how = PUBLISH, "the latest such quarter begun by then"
    return Resolution(TimexType.DATE, f"{year:04d}-Q{q}", "absolute.quarter", how,
                      anchor_kind=kind)


def _half(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    h = 1 if m["h"].lower() == "first" else 2
    year_text = m.groupdict().get("hyear")
    rel = (m.groupdict().get("hrel") or "").lower()
    if year_text:
        year = year_of(year_text)
    elif rel:
        year = ctx.dct.year + (-1 if "last" in rel else 1 if "next" in rel else 0)
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
        if not re.search(r"(?:in|during|by|until|through|since|of|over|before|after|this"
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
                      f"'{rel or 'the'} {m['season'].lower()}' " + tense_phrase(tense), mod=mod)


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
    if n == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if n == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    if n in ("easter", "easter sunday"):
        return _easter(year)
    if n == "good friday":
        return _easter(year) - timedelta(days=2)
    if n == "election day":
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    return None


def _holiday(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    name = m["hname"]
    if m.groupdict().get("hyear"):
        d = holiday_date(name, year_of(m["hyear"]))
        how, kind = "with its year", NO_ANCHOR
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
    return Resolution(TimexType.DATE, day_value(d), "absolute.holiday", how, anchor_kind=kind)


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
                from core.temporal.anchoring import pick_weekday
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


_MONTH_G = r"(?P<month>" + p.MONTH + r")"
_DAY_G = r"(?P<day>" + p.DAY + "|" + p.DAY_ORDINAL + r")"
_YEAR_REL = r"(?P<rel>this|last|next)\s+year"
_ZONE = r"(?:\s*\(?(?:[ECMP][SD]T|GMT|UTC|ET|PT|CT|local time)\)?)?"
_CLOCK = (r"(?:(?P<hh>[01]?\d|2[0-4])(?::(?P<mm>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?"
          r"|am\b|pm\b)|(?P<hh2>[01]?\d|2[0-3]):(?P<mm2>[0-5]\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC))"
          r"|(?P<tword>noon|midnight|midday))")
_CLOCK_DAY = (r"(?:,?\s+(?:on\s+)?(?P<tday>" + p.WEEKDAY + r"|today|yesterday|tomorrow|tonight"
              r"|this morning|this afternoon|this evening)|,?\s+(?:on\s+)?(?P<tmonth>" + p.MONTH
              + r")\s+(?P<tdaynum>" + p.DAY + r"))?")



RULES: list[Rule] = [
    Rule("absolute.full-date", p.rx_loose(
        WD_PREFIX + _MONTH_G + r"\s*" + _DAY_G + r"(?:,\s*|\s+|,?\s+of\s+)" + YEAR_G
        + r"(?![\w-])"), _full_date, 5),
    Rule("absolute.full-date", p.rx_loose(
        WD_PREFIX + r"(?:the\s+)?" + _DAY_G + r"(?:\s+of)?\s+" + _MONTH_G + r",?\s+" + YEAR_G
        + r"(?![\w-])"), _full_date, 5),
    Rule("absolute.numeric-date", re.compile(
        r"(?<![\w/.-])(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]"
        r"|0?[1-9])/(?P<y>\d{4}|\d{2}))(?![\w/])"), _numeric_date, 5),
    Rule("absolute.month-day-no-year", p.rx_loose(
        WD_PREFIX + r"(?:(?P<mdrel>last|this|next|this\s+past|this\s+coming)\s+)?" + _MONTH_G
        + r"\s*" + _DAY_G + r"(?![\w-])(?!,?\s*\d)"), _month_day, 4),
    Rule("absolute.month-day-no-year", p.rx_loose(
        WD_PREFIX + r"(?:the\s+)?" + _DAY_G + r"(?:\s+of)?\s+" + _MONTH_G + r"(?![\w-])"),
        _month_day, 3),
    Rule("absolute.month-year", p.rx_loose(
        MOD_PREFIX + _MONTH_G + r"(?:,?\s+(?:of\s+)?" + YEAR_G + "|\\s+(?:of\\s+)?" + _YEAR_REL
        + r")(?![\w-])"), _month_year, 4),
    Rule("absolute.year", p.rx(
        r"(?:(?P<fiscal>fiscal(?:\s+year)?|(?:the\s+)?calendar(?:\s+year)?|(?:the\s+)?"
        r"(?:fiscal\s+)?year)[\s-]+)?" + MOD_PREFIX + r"(?:(?:pre|post)-)?"
        + r"(?P<year>" + p.YEAR + "|" + p.SPELLED_YEAR + r")(?:\s+period)?"), _year, 1),
    Rule("absolute.year", p.rx(r"the\s+(?P<year>" + p.YEAR + r")\s+period"), _year, 2),
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
    Rule("absolute.quarter", p.rx(
        r"(?:the\s+(?!(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-))?(?:(?:(?P<qyear>"
        + p.YEAR + r")|(?P<qrel>this\s+year's|last\s+year's"
        r"|next\s+year's|the\s+year-ago|the\s+year-earlier|fiscal\s+(?P<qyearf>"
        + p.YEAR + r")))\s+)?(?:fiscal\s+)?(?P<q>" + p.QUARTER_ORD
        + r")[\s-]+(?:fiscal\s+)?(?:quarter|qtr\.?)"
        r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qyear2>" + p.YEAR + r")|(?P<qrel2>this|last|next)"
        r"\s+year)|,?\s+(?P<qyear3>" + p.YEAR + r"))?"), _quarter, 3),
    Rule("absolute.quarter", p.rx(
        r"(?P<q>Q[1-4]|[1-4]Q)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<qyear>" + p.YEAR + r"|'\d\d))?"),
        _quarter, 3),
    Rule("absolute.half", p.rx(
        r"(?:the\s+)?(?P<h>first|second)[\s-]+half(?:\s+of\s+(?:fiscal\s+)?(?:(?P<hyear>"
        + p.YEAR + r")|(?P<hrel>this|last|next)\s+year|the\s+year))?"), _half, 2),
    Rule("relative.season", p.rx(
        r"(?:(?P<srel>this\s+past|this\s+coming|the\s+coming|the\s+past|this|last|next|the)"
        r"\s+)?" + MOD_PREFIX + r"(?P<season>" + p.SEASON + r")(?:\s+(?:of\s+)?(?P<syear>"
        + p.YEAR + r"))?"), _season, 2),
    Rule("absolute.holiday", p.rx(
        r"(?:(?P<hrel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<hname>Christmas(?:\s+(?:Day|Eve|morning))?|New\s+Year's(?:\s+(?:Day|Eve))?"
        r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|the\s+Fourth\s+of\s+July|Halloween"
        r"|Valentine's\s+Day|Veterans\s+Day|Boxing\s+Day|St\.\s+Patrick's\s+Day|Labor\s+Day"
        r"|Memorial\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|Election\s+Day)(?:,?\s+(?P<hyear>"
        + p.YEAR + r"))?"), _holiday, 3),
    Rule("absolute.clock-time", p.rx_loose(
        r"(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))"
        r"\s+)?" + _CLOCK.replace("(?P<hh2>", "(?P<hhx>").replace("(?P<mm2>", "(?P<mmx>")
        + r"(?:\s+in\s+the\s+(?P<inpart>morning|afternoon|evening))?" + _ZONE + _CLOCK_DAY),
        _clock, 4),
    Rule("absolute.clock-time", p.rx_loose(
        r"(?P<hh>[1-9]|1[0-2])\s+in\s+the\s+(?P<inpart>morning|afternoon|evening|night)"
        r"(?P<mm>)?"), _clock, 4),
]
