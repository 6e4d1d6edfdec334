"""Rules for dates counted from the publish date: today, last week, earlier this month,
last November, Friday (by tense), parts of the day, and the present/past/future references.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.anchoring import (
    pick_month_year,
    pick_weekday,
    tense_phrase,
)
from core.temporal.calendar_math import (
    add_units,
    day_value,
    month_value,
    quarter_of,
    shift_quarter,
    value_at_unit,
    weekday_on_or_after,
    weekday_on_or_before,
    weekend_value,
)
from core.temporal.lexicon import PARTS_OF_DAY, month_number, weekday_number
from core.temporal.readers import mod_of
from core.temporal.rule import Rule
from core.temporal.state import NARRATIVE, NO_ANCHOR, PUBLISH, Resolution, RuleContext

_POD = r"(?P<pod>morning|afternoon|evening|night|mid-?\s?afternoon|late\s+afternoon)"


def _part(word: str | None) -> str | None:
    if not word:
        return None
    return PARTS_OF_DAY.get(" ".join(word.lower().replace("-", " ").split()).replace(
        "mid afternoon", "mid-afternoon"), PARTS_OF_DAY.get(word.lower()))


def _day_or_part(d: date, pod: str | None) -> tuple[TimexType, str]:
    code = _part(pod)
    if code:
        return TimexType.TIME, f"{day_value(d)}T{code}"
    return TimexType.DATE, day_value(d)


def _deictic_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    word = " ".join(m["deix"].lower().split())
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    d = ctx.dct + timedelta(days=shift)
    pod = m.groupdict().get("pod") or ("night" if word == "tonight" else None)
    typ, value = _day_or_part(d, pod)
    return Resolution(typ, value, "deictic." + word.replace(" ", "-"), "counted")


def _this_part(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    rel = m["prel"].lower()
    d = ctx.dct - timedelta(days=1) if rel in ("last", "yesterday") else ctx.dct
    if rel == "tomorrow":
        d = ctx.dct + timedelta(days=1)
    typ, value = _day_or_part(d, m["pod"])
    return Resolution(typ, value, "deictic.part-of-day", "counted")


_REFS = {
    "PRESENT_REF": r"now|currently|current|at\s+present|presently|these\s+days|nowadays"
                   r"|the\s+present",
    "PAST_REF": r"recent\s+(?:years|times)|recently|lately|the\s+past|formerly"
                r"|then[\s-]current",
    "FUTURE_REF": r"the\s+near\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term"
                  r"|the\s+long\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|years"
                  r"|quarters)|(?:the\s+)?(?:days|weeks|months|years)\s+ahead"
                  r"|a\s+(?:later|future)\s+date",
}
_REF_RES = {k: re.compile(r"(?:" + v + r")$", re.IGNORECASE) for k, v in _REFS.items()}


def _reference(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    text = " ".join(m.group(0).split())
    for value, pattern in _REF_RES.items():
        if pattern.match(text):
            return Resolution(TimexType.DATE, value, "deictic." + value.lower().replace(
                "_", "-"), "a reference to the " + value.split("_")[0].lower(),
                anchor_kind=NO_ANCHOR, sets_narrative=False)
    return None


_UNIT_WORDS = r"(?P<unit>week|weekend|month|year|quarter|decade|century)"
_LATEST = r"(?P<rel>the\s+latest|the\s+current|the\s+same)\s+(?P<unit>period|quarter)"
_REL = (r"(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+previous"
        r"|the\s+following|the\s+prior|the\s+current|the\s+latest|the\s+same|the\s+next"
        r"|the\s+last|this|last|next|past|that|the)")
_EDGE = (r"(?:(?P<edge>early|late|mid|earlier|later|the\s+(?:beginning|start|end|middle"
         r"|close|rest|remainder|first\s+half|second\s+half)\s+of)[\s-]+)?")


def _shift_for(rel: str) -> int | None:
    if rel in ("last", "this past", "the previous", "the prior", "past"):
        return -1
    if rel in ("next", "this coming", "the following", "the coming", "the next"):
        return 1
    if rel in ("this", "the current", "the same", "that", "the"):
        return 0
    return None


def _unit_relative(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if unit == "period" and rel == "the current":
        unit = "quarter"
    edge = " ".join((m.groupdict().get("edge") or "").lower().split())
    if rel in ("the past", "the last", "the next", "the coming") and not edge:
        if rel == "the next" and unit in ("week", "month", "year") and ctx.last_any:
            pass
        else:
            from core.temporal.calendar_math import duration_value
            return Resolution(TimexType.DURATION, duration_value(1, unit),
                              "duration.the-past-unit", "a span of one " + unit,
                              anchor_kind=NO_ANCHOR, sets_narrative=False)
    if rel == "the latest" and unit not in ("quarter", "period"):
        return None
    shift = _shift_for(rel)
    narrative = rel in ("the previous", "the following", "the prior", "the same", "that",
                        "the next", "the") or (rel == "the latest")
    if unit in ("quarter", "period") and rel in ("the", "the latest", "the same"):
        if ctx.last_quarter is not None and rel != "the latest":
            ref = ctx.last_quarter
            return Resolution(TimexType.DATE, ref.value, "narrative.the-quarter",
                              "the quarter under discussion", anchor_kind=NARRATIVE,
                              anchor=ref.start, sets_narrative=False)
        y, q = shift_quarter(ctx.dct.year, quarter_of(ctx.dct), -1)
        return Resolution(TimexType.DATE, f"{y:04d}-Q{q}", "relative.latest-quarter",
                          "the last full quarter before")
    if rel == "the" and unit not in ("weekend",) and not (
            edge.startswith("the ") and unit in ("year", "month", "week")):
        return None
    if shift is None:
        return None
    base = ctx.dct
    kind = PUBLISH
    if narrative and rel != "the":
        if unit in ("week", "weekend"):
            if ctx.last_day is not None:
                base, kind = ctx.last_day.start, NARRATIVE
        elif ctx.last_any is not None:
            named = ctx.ref_at_grain(unit)
            if named is None:
                return None  # "that year" after "a 19th-century novel": no year was named
            base, kind = named.start, NARRATIVE
    if unit == "weekend":
        return _weekend(m, ctx, rel, shift, base, kind)
    d = add_units(base, shift, unit)
    if kind == NARRATIVE and d > ctx.dct and rel in ("the previous", "the prior") \
            and ctx.tense(m.start(), m.end()) != "future":
        # "over the previous decade" after a forecast ("by 2042"): narration does not
        # count back from a future the text only predicts; the publish date is the anchor.
        base, kind = ctx.dct, PUBLISH
        d = add_units(base, shift, unit)
    value = value_at_unit(d, unit)
    mod = mod_of(edge) if edge and not edge.startswith(("earlier", "later")) else None
    if edge in ("the rest of", "the remainder of"):
        mod = None
    within = _part_around(base, edge) if shift == 0 else None
    lead = edge.split()[0] + "-" if within is not None and edge in ("earlier", "later") else ""
    return Resolution(TimexType.DATE, value,
                      "relative." + lead + rel.replace(" ", "-") + "-" + unit,
                      "counted", mod=mod, anchor_kind=kind,
                      anchor=base if kind == NARRATIVE else None, within=within)


def _part_around(base: date, edge: str) -> tuple[date | None, date | None] | None:
    """The part of the current week/month/year an edge word means, split at ``base``.

    "earlier this week" runs up to the day counted from, "later this week" from the day after
    it, "the rest of the year" from that day on; the value stays the whole unit (TimeML).
    """
    if edge == "earlier":
        return None, base
    if edge == "later":
        return base + timedelta(days=1), None
    if edge in ("the rest of", "the remainder of"):
        return base, None
    return None


def _weekend(m: re.Match[str], ctx: RuleContext, rel: str, shift: int, base: date,
             kind: str) -> Resolution:
    if rel in ("last", "this past", "the past", "the previous", "past"):
        d = weekday_on_or_before(base - timedelta(days=1), 6)
        if base.isoweekday() == 7 and rel == "last":
            d -= timedelta(days=7)
    elif rel in ("next", "this coming", "the coming", "the following", "the next"):
        d = weekday_on_or_after(base + timedelta(days=1), 6)
    else:
        tense = ctx.tense(m.start(), m.end())
        if base.isoweekday() >= 6:
            d = base
        elif tense == "past":
            d = weekday_on_or_before(base, 6)
        else:
            d = weekday_on_or_after(base, 6)
    return Resolution(TimexType.DATE, weekend_value(d), "relative.weekend",
                      "counted", anchor_kind=kind,
                      anchor=base if kind == NARRATIVE else None)


def _weekday_relative(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    wd = weekday_number(m["wd"])
    if wd is None:
        return None
    rel = " ".join(m["wrel"].lower().split())
    base, kind = ctx.dct, PUBLISH
    if rel in ("the previous", "the following", "the next", "that"):
        base, kind = ctx.day_ref()
    if rel in ("last", "this past", "the previous", "past"):
        d = weekday_on_or_before(base, wd, strict=True)
    elif rel in ("next", "this coming", "the following", "the next", "coming"):
        d = weekday_on_or_after(base, wd, strict=True)
    else:
        tense = ctx.tense(m.start(), m.end())
        d = pick_weekday(base, wd, tense if tense == "past" else "future")
    typ, value = _day_or_part(d, m.groupdict().get("pod"))
    return Resolution(typ, value, "relative.weekday", "counted",
                      anchor_kind=kind, anchor=base if kind == NARRATIVE else None)


def _weekday(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    wd = weekday_number(m["wd"])
    if wd is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    if ctx.text.startswith("'s", m.end()) and tense == "future":
        tense = None  # "Wednesday's ruling" names an event already known
    d = pick_weekday(ctx.dct, wd, tense)
    typ, value = _day_or_part(d, m.groupdict().get("pod"))
    edge = (m.groupdict().get("wedge") or "").lower()
    mod = "START" if edge == "early" else "END" if edge == "late" else None
    return Resolution(typ, value, "tense.weekday", tense_phrase(tense), mod=mod)


def _weekday_set(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    wd = weekday_number(m["wd"].rstrip("sS"))
    if wd is None:
        return None
    code = _part(m.groupdict().get("pod"))
    value = f"XXXX-WXX-{wd}" + (f"T{code}" if code else "")
    return Resolution(TimexType.SET, value, "set.weekday-plural", "a repeating weekday",
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _month_relative(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    if month is None:
        return None
    rel = " ".join(m["mrel"].lower().split())
    dct = ctx.dct
    if rel in ("last", "this past", "past"):
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "this coming", "coming"):
        year = dct.year if month > dct.month else dct.year + 1
    else:
        year = dct.year
    return Resolution(TimexType.DATE, month_value(year, month), "relative.month-name",
                      "counted",
                      mod=mod_of(m.groupdict().get("edge")))


def _bare_month(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    month = month_number(m["month"])
    if month is None:
        return None
    tense = ctx.tense(m.start(), m.end())
    year = pick_month_year(ctx.dct, month, tense)
    return Resolution(TimexType.DATE, month_value(year, month), "tense.month-name",
                      tense_phrase(tense), mod=mod_of(m.groupdict().get("edge")))


def _year_end(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    return Resolution(TimexType.DATE, f"{ctx.dct.year:04d}", "relative.year-end",
                      "the end of the current year", mod="END")


def _that_part(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    base, kind = ctx.day_ref()
    if re.search(r"next|following", m.group(0), re.IGNORECASE):
        base += timedelta(days=1)
    typ, value = _day_or_part(base, m["pod"])
    return Resolution(typ, value, "narrative.that-part-of-day", "on the day the text is at",
                      anchor_kind=kind, anchor=base if kind == NARRATIVE else None)


def _word_before(ctx: RuleContext, pos: int) -> str:
    """The lower-cased word right before ``pos`` (the rules' left context, checked here
    rather than in look-behinds, which would be tried at every position of the text)."""
    m = _LEFT_WORD.search(ctx.text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


_LEFT_WORD = re.compile(r"([A-Za-z]+)\s+$")
_WEEK_FRAMES = {"for", "over"}  # not "during the week": the working week, generically
_THEN_LEFT = {"until", "till", "by"}
_MODALS = {"will", "would", "could", "might", "may", "can", "should", "must", "shall"}


def _the_week_at(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """Market-report "for the week", "the week's biggest gain": the week the text is at."""
    if m["framed"] is not None and _word_before(ctx, m.start()) not in _WEEK_FRAMES:
        return None
    base, kind = ctx.day_ref()
    return Resolution(TimexType.DATE, value_at_unit(base, "week"), "narrative.the-week",
                      "the week of the day the text is at", anchor_kind=kind,
                      anchor=base if kind == NARRATIVE else None, sets_narrative=False)


# "Until then", "by then": the time last named, when it was named just before.
THEN_REACH_CHARS = 250


def _then(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    if _word_before(ctx, m.start()) not in _THEN_LEFT:
        return None
    ref = ctx.last_any
    if ref is None or m.start() - ref.position > THEN_REACH_CHARS:
        return None
    return Resolution(TimexType.DATE, ref.value, "narrative.then", "the time named just before",
                      anchor_kind=NARRATIVE, anchor=ref.start, sets_narrative=False)


def _at_the_time(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "saying at the time he was willing": the past moment the story is about."""
    if _word_before(ctx, m.start()) != "at" or ctx.tense(m.start(), m.end()) == "future":
        return None
    return Resolution(TimexType.DATE, "PAST_REF", "deictic.at-the-time",
                      "a past moment the text refers to", anchor_kind=NO_ANCHOR,
                      sets_narrative=False)


def _one_day(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "Islam will one day be ...", "could one day replace": some time ahead."""
    if _word_before(ctx, m.start()) not in _MODALS:
        return None
    return Resolution(TimexType.DATE, "FUTURE_REF", "deictic.one-day", "some time ahead",
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _some_time(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    if _word_before(ctx, m.start()) != "for":
        return None
    return Resolution(TimexType.DURATION, "PXX", "duration.some-time", "an unspecified length",
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


_WD = r"(?P<wd>" + p.WEEKDAY + r")"
_EDGE_MONTH = (r"(?:(?P<edge>early|late|mid|the\s+(?:beginning|start|end|middle|close)\s+of)"
               r"[\s-]+)?")

RULES: list[Rule] = [
    Rule("narrative.the-week", p.rx(
        r"the\s+week(?:(?='s\b)|(?P<framed>(?=\s*[,.;]|\s+(?:the|a|an|its|their|[A-Z])\b)))"),
        _the_week_at, 3),
    Rule("narrative.then", p.rx(
        r"then(?=\s*,|\s+(?:the|a|an|it|he|she|they|we|[A-Z][a-z]+)\b)"), _then, 2),
    Rule("deictic.at-the-time", p.rx(
        r"the\s+time(?!\s+(?:of|when|where|that|which|being|this|these|those|to|for|in|on"
        r"|was|is)\b)"), _at_the_time, 1),
    Rule("deictic.one-day", p.rx(r"one\s+day(?=\s+[a-z])"), _one_day, 3),
    Rule("duration.some-time", p.rx(
        r"(?:quite\s+)?some\s+time(?!\s+(?:to|in|on|after|before|ago|later|now|next|last"
        r"|this)\b)"), _some_time, 1),
    Rule("deictic.day", p.rx(
        r"(?:(?:earlier|later|late|early)\s+)?(?P<deix>today|tonight|yesterday|tomorrow"
        r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+" + _POD + ")?"),
        _deictic_day, 3),
    Rule("deictic.day", p.rx(
        r"(?:(?:early|late)\s+)?" + _POD.replace("(?P<pod>", "(?P<pod>") + r"\s+(?P<deix>"
        r"yesterday|today|tomorrow)"), _deictic_day, 3),
    Rule("deictic.part-of-day", p.rx(
        r"(?:(?:earlier|later|late|early)\s+)?(?P<prel>this|last|tomorrow|yesterday)\s+" + _POD),
        _this_part, 3),
    Rule("deictic.reference", p.rx("|".join(_REFS.values())), _reference, 1),
    Rule("relative.unit", p.rx(_EDGE + _REL + r"\s+" + _UNIT_WORDS), _unit_relative, 2),
    Rule("relative.unit", p.rx(_LATEST), _unit_relative, 2),
    Rule("relative.year-end", p.rx(r"(?:around\s+)?(?:the\s+)?year(?:'s)?[\s-]end"),
         _year_end, 2),
    Rule("relative.unit", p.rx(r"(?P<edge>earlier|later)\s+(?P<rel>this|that)\s+"
                               + _UNIT_WORDS), _unit_relative, 3),
    Rule("relative.weekday", p.rx(
        r"(?P<wrel>this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|that"
        r"|this|last|next|past|coming)\s+" + _WD + r"(?:\s+" + _POD + ")?"),
        _weekday_relative, 3),
    Rule("tense.weekday", p.rx(
        r"(?:(?P<wedge>early|late|earlier|later)\s+(?:on\s+)?)?" + _WD + r"(?:\s+"
        + _POD + r")?"), _weekday, 2),
    Rule("tense.weekday", p.rx(r"(?P<wedge>early|late)\s+" + _WD + r"(?:\s+" + _POD + ")?"),
         _weekday, 2),
    Rule("set.weekday-plural", p.rx(
        r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)(?:\s+" + _POD + ")?"),
        _weekday_set, 2),
    Rule("relative.month-name", p.rx(
        _EDGE_MONTH + r"(?P<mrel>this\s+past|this\s+coming|this|last|next|past|coming)\s+"
        r"(?P<month>" + p.MONTH + ")"), _month_relative, 3),
    Rule("tense.month-name", p.rx_loose(
        _EDGE_MONTH + r"(?P<month>" + p.MONTH + r")(?![\w-])"), _bare_month, 1),
    Rule("narrative.that-part-of-day", p.rx(
        r"(?:(?:earlier|later)\s+)?(?:that|the\s+same|the\s+next|the\s+following)\s+" + _POD),
        _that_part, 2),
]
