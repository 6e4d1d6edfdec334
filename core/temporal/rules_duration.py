"""Rules for durations ("three years", "the past two weeks", "nearly a decade", "16-hour")
and sets ("every Monday", "daily", "annually", "twice a year").
"""

from __future__ import annotations

import re

from core.models import TimexType
from core.temporal import patterns as p
from core.temporal.calendar_math import duration_value
from core.temporal.lexicon import (
    MODIFIERS,
    PARTS_OF_DAY,
    SEASONS,
    month_number,
    parse_number,
    unit_of,
    weekday_number,
)
from core.temporal.rule import Rule
from core.temporal.state import NO_ANCHOR, Resolution, RuleContext


def _mod(text: str | None) -> str | None:
    if not text:
        return None
    t = " ".join(text.lower().split())
    for word in ("just ", "well ", "only"):
        t = t.replace(word, "")
    return MODIFIERS.get(t.strip())


_PERIOD_LEAD = re.compile(r"(?:the\s+)?(?:first|past|last|next|previous|final|remaining|coming"
                          r"|latest|initial)\b", re.IGNORECASE)
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:a|an|the|this|last|next|fiscal)\s+(?:century|year|decade"
                          r"|fiscal)\b|(?:fiscal\s+)?(?:1\d|20)\d\d\b)")


def _duration(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    num = m.groupdict().get("num")
    amount = parse_number(num) if num else None
    if num and amount is None:
        return None
    if unit == "second" and num and num.lower() in ("a", "an"):
        return None
    if unit == "quarter" and not _PERIOD_LEAD.match(m.group(0)) and _FRACTION_OF.match(
            ctx.text, m.end()):
        return None  # "more than a quarter of the market" is a fraction
    if num and num.lower() in ("a", "an") and is_rate(ctx.text, m.start()):
        return None  # "$2 million a year", "twice a week": a rate (set.per), not a length
    if m.groupdict().get("half"):
        amount = (amount or 0) + 0.5
    value = duration_value(amount, unit)
    return Resolution(TimexType.DURATION, value, "duration.amount",
                      "a length of time", mod=_mod(m.groupdict().get("approx")),
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _vague_duration(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    gd = m.groupdict()
    unit = unit_of(gd.get("unit") or gd.get("unit2") or gd.get("unit3") or gd.get("unit4")
                   or "")
    if unit is None:
        return None
    return Resolution(TimexType.DURATION, duration_value(None, unit), "duration.vague",
                      "an unspecified length of time", mod=_mod(m.groupdict().get("approx")),
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _while(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "for a while": a length of time of no stated unit."""
    return Resolution(TimexType.DURATION, "PXX", "duration.while", "an unspecified length",
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _the_year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    gd = m.groupdict()
    unit = unit_of(gd.get("unit") or gd.get("unit3") or "")
    if unit is None:
        return None
    if unit == "year" and gd.get("unit3"):
        return Resolution(TimexType.DATE, f"{ctx.dct.year:04d}", "relative.the-year",
                          "the year under way")
    return Resolution(TimexType.DURATION, duration_value(1, unit), "duration.the-unit",
                      "one " + unit, anchor_kind=NO_ANCHOR, sets_narrative=False)


_PART_OF = re.compile(r"\b(?:months|weeks|days|quarters|half|part|rest|remainder)\s+of\s+$",
                      re.IGNORECASE)


def _of_the_year(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "the first nine months of the year", "the second half of the year": this year."""
    if not _PART_OF.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    return Resolution(TimexType.DATE, f"{ctx.dct.year:04d}", "relative.the-year",
                      "the year under way")


_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
            "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
            "quarterly": "P3M", "semiannually": "P6M", "biannually": "P6M"}


_ADJECTIVE_USE = re.compile(r"\s+(?!(?:and|or|but|in|on|at|for|to|from|since|until|by|with"
                            r"|through|during|as|than|while|because|after|before|over|under"
                            r"|per|each|basis)\b)[A-Za-z]")


def _set_adverb(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    word = m["adv"].lower()
    if word == "quarterly" and _ADJECTIVE_USE.match(ctx.text, m.end()):
        return None  # "a quarterly dividend" is not a repeating time in itself
    value = _ADVERBS[word]
    return Resolution(TimexType.SET, value, "set.adverb", "a repeating interval",
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


def _set_every(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    word = m["what"]
    low = word.lower()
    num = m.groupdict().get("num")
    amount = parse_number(num) if num else 1
    if m.groupdict().get("other"):
        amount = 2
    wd = weekday_number(low.rstrip("s")) if len(low) > 4 else None
    month = month_number(word) if word[0].isupper() and len(low) > 3 else None
    if wd is not None:
        value = f"XXXX-WXX-{wd}"
    elif month is not None:
        value = f"XXXX-{month:02d}"
    elif low in SEASONS:
        value = "XXXX-" + SEASONS[low]
    elif low in PARTS_OF_DAY:
        value = "XXXX-XX-XXT" + PARTS_OF_DAY[low]
    else:
        unit = unit_of(low)
        if unit is None or amount is None:
            return None
        value = duration_value(amount, unit)
        if unit == "quarter":
            value = value.replace("Q", "Q") if amount != 1 else "P1Q"
    return Resolution(TimexType.SET, value, "set.every", "a repeating time",
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


_RATE_WORDS = {"million", "billion", "thousand", "hundred", "cents", "dollars", "dollar",
               "percent", "pounds", "yen", "francs", "marks", "points", "miles", "tons",
               "barrels", "shares", "times", "twice", "once"}
_NOT_PLURAL = {"was", "is", "has", "as", "does", "this", "thus", "his", "its", "us", "yes",
               "less", "across", "unless", "perhaps", "always", "sometimes", "afterwards",
               "towards", "nearly", "besides", "plus", "minus", "hers", "ours", "theirs"}
_PREV_WORD = re.compile(r"([\w$%.,']+)\s+$")


def is_rate(text: str, start: int) -> bool:
    """Whether "a year" at ``start`` follows an amount ("$2 million a year", "24 hours a day").

    A number, a currency or scale word, or a plural noun right before "a"/"per" + unit makes
    the phrase a rate; after a verb or preposition ("for a year", "within a week") it is not.
    """
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).rstrip(".,").lower()
    if not word:
        return False
    if word[-1].isdigit() or word.endswith("%") or word in _RATE_WORDS:
        return True
    return (len(word) > 3 and word.endswith("s") and word.isalpha()
            and not word.endswith(("ss", "ous", "is")) and word not in _NOT_PLURAL)


def _set_weekday_part(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "Tuesday nights", and "Monday" in "Monday and Tuesday nights": a weekly part of day."""
    wd = weekday_number(m["swd"])
    part = PARTS_OF_DAY.get(m["spod"].lower().rstrip("s"))
    if wd is None or part is None:
        return None
    return Resolution(TimexType.SET, f"XXXX-WXX-{wd}T{part}", "set.weekday-part",
                      "a part of day every week", anchor_kind=NO_ANCHOR, sets_narrative=False)


def _set_per(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    if not is_rate(ctx.text, m.start()):
        return None
    return Resolution(TimexType.SET, duration_value(1, unit), "set.per", "a rate per " + unit,
                      anchor_kind=NO_ANCHOR, sets_narrative=False)


# "a five year plan", "the two day meeting": the article belongs to the noun, not the length.
_ADJECTIVAL = r"(?!(?:" + p.NUMBER_NO_ARTICLE + r")[\s-]+" + p.UNIT_SG + r"\b)"
_LEAD = (r"(?:(?:the|a|an|another)\s+" + _ADJECTIVAL + r")?"
         r"(?:(?:past|last(?!\s+(?:over|under|up|about|nearly|almost"
         r"|more|less|at|for|until|through|into)\b)|next|first|previous|coming|following"
         r"|final|remaining|initial|additional|latest|further|full|entire|whole|better\s+part"
         r"\s+of\s+(?:the|a))\s+)?")
_APPROX = r"(?:(?P<approx>" + p.APPROX_IN_SPAN + r")\s+)?"
# A bare plural unit that is a length of its own: "minutes later", "weeks of talks" (not
# after a determiner, a number or "the early/small hours": "the days of the week").
_BARE_PLURAL = (r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bearly\s)(?<!\bsmall\s)"
                r"(?<![\d]\s)"
                r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades)")

def _hyphen_length(m: re.Match[str], ctx: RuleContext) -> Resolution | None:
    """ "a day-long meeting", "a week-long strike", "the decades-long feud", "a years-old
    slump", "a several-year tenure", "a yearlong inquiry": an adjectival length."""
    gd = m.groupdict()
    word = gd.get("hunit") or gd.get("vunit") or gd.get("junit") or gd.get("junit2") or ""
    unit = unit_of(word)
    if unit is None:
        return None
    vague = bool(gd.get("vunit")) or (word.lower().endswith("s") and unit != "century") \
        or word.lower() == "centuries"
    value = duration_value(None if vague else 1, unit)
    return Resolution(TimexType.DURATION, value, "duration.adjectival",
                      "a length of time used as an adjective", anchor_kind=NO_ANCHOR,
                      sets_narrative=False)


# A plural unit word that measures a stretch of its own: "in the days before the vote", "in
# the years that followed", "days after the attack", "within weeks", "the first rise in
# years", "over the years".
_EVENT_AFTER = (r"(?=\s+(?:before|after|following|preceding|leading\s+up\s+to|since"
                r"|that\s+(?:followed|preceded|came)|immediately\s+(?:before|after))\b)")
_THE_LEFT = r"(?:(?<=\bthe\s)|(?<=\bThe\s))"
_CLAUSE_END = (r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|but|as|because|when|while|after|for)\b)")

RULES: list[Rule] = [
    Rule("duration.vague", p.rx(
        _THE_LEFT + r"(?P<unit>hours|days|weeks|months|years|decades)" + _EVENT_AFTER
        + r"|(?:(?<=\bwithin\s)|(?<=\bWithin\s))(?P<unit2>hours|days|weeks|months|years)"
        r"|(?<=\bin\s)(?:(?P<unit3>years|decades|months)" + _CLAUSE_END + r")"
        r"|(?:(?<=\bover\s)|(?<=\bOver\s)|(?<=\bthrough\s))the\s+(?P<unit4>years|decades"
        r"|centuries)"), _vague_duration, 0),
    Rule("duration.adjectival", p.rx(
        r"(?P<hunit>hours?|days?|weeks?|months?|years?|decades?|century|centuries)-long"
        r"|(?P<junit>hours|days|weeks|months|years|decades|centuries)-old"
        r"|(?:several|many|few|multi)-(?P<vunit>hour|day|week|month|year|decade)"
        r"|(?P<junit2>day|week|month|year|hour|decade)long"), _hyphen_length, 1),
    Rule("duration.amount", p.rx(
        _LEAD + _APPROX + r"(?P<num>" + p.NUMBER + r")(?:\s+more)?\s+(?P<unit>" + p.UNIT
        + r")(?P<half>\s+and\s+a\s+half)?(?!\s+old)"), _duration, 1),
    Rule("duration.amount", p.rx(
        _APPROX + r"(?P<num>an?|another|one)\s+(?:additional|extra|further|full|entire|whole"
        r"|more)\s+(?P<unit>" + p.UNIT_SG + r")"), _duration, 1),
    Rule("duration.amount", p.rx(
        _LEAD + _APPROX + r"(?P<num>" + p.NUMBER_NO_ARTICLE + r")\s+(?:trading|business"
        r"|working|calendar|school)\s+(?P<unit>days?|weeks?)"), _duration, 1),
    Rule("duration.amount", p.rx(
        r"(?P<num>" + p.NUMBER_NO_ARTICLE + r")-(?P<unit>(?!quarter)" + p.UNIT
        + r")(?:-long)?(?!-old)"), _duration, 1),
    Rule("duration.vague", p.rx(
        _APPROX + r"(?:(?:the|a)\s+)?(?:(?:past|last|next|coming|first)\s+)?(?:" + p.VAGUE
        + r")\s+(?P<unit>" + p.UNIT + r")"), _vague_duration, 1),
    Rule("duration.vague", p.rx(
        r"(?:the\s+)?recent\s+(?P<unit>days|weeks|months|decades)"), _vague_duration, 1),
    Rule("duration.vague", p.rx(
        r"(?P<unit>hours|days|weeks|months|years)\s+or\s+(?:hours|days|weeks|months|years)"
        r"|(?:the\s+)?first\s+(?P<unit2>hours|days|weeks|months)"), _vague_duration, 1),
    Rule("duration.while", p.rx(
        r"(?:(?<=for\s)|(?<=in\s))(?:quite\s+)?a\s+(?:little\s+|long\s+)?while"), _while, 1),
    Rule("duration.vague", p.rx(r"(?<=for\s)(?P<unit>years|months|weeks|days|hours|minutes"
                                r"|decades|centuries)|(?P<unit2>decades|centuries)"),
         _vague_duration, 0),
    Rule("duration.vague", p.rx(_BARE_PLURAL + r"(?=\s+(?:later|earlier|afterwards?|after"
                                r"|before)\b"
                                r"|\s+of\s+(?!the\b|this\b|that\b|a\b|an\b)[a-z])"),
         _vague_duration, 0),
    Rule("duration.the-unit", p.rx(
        r"(?:the\s+)?(?:(?:full|entire|whole)\s+)?(?P<unit>year|decade)(?=\s+(?:ended|ending"
        r"|to)\b)|(?:(?<=over )|(?<=during )|(?<=for )|(?<=throughout )|(?<=in ))the\s+"
        r"(?P<unit3>year)"),
        _the_year, 0),
    Rule("relative.the-year", p.rx(r"the\s+year"), _of_the_year, 0),
    Rule("set.adverb", p.rx(r"(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly"
                            r"|biweekly|semiannually|biannually)"), _set_adverb, 1),
    Rule("set.every", p.rx(
        r"(?:every|each)\s+(?:(?P<other>other)\s+|(?P<num>" + p.NUMBER + r")\s+)?(?P<what>"
        + p.UNIT + "|" + p.WEEKDAY + "|" + p.MONTH + "|" + p.SEASON
        + r"|morning|afternoon|evening|night)"), _set_every, 3),
    Rule("set.weekday-part", p.rx(
        r"(?P<swd>" + p.WEEKDAY + r")\s+(?P<spod>mornings|afternoons|evenings|nights)"),
        _set_weekday_part, 3),
    Rule("set.weekday-part", p.rx(
        r"(?P<swd>" + p.WEEKDAY + r")(?=\s+(?:and|or)\s+" + p.WEEKDAY
        + r"\s+(?P<spod>mornings|afternoons|evenings|nights)\b)"), _set_weekday_part, 3),
    Rule("set.per", re.compile(
        r"(?<=\S )(?:a|an|per)\s+(?P<unit>"
        r"year|day|week|month|hour)(?![\w-])", re.IGNORECASE), _set_per, 1),
]
