"""One-line explanations of how each time expression was resolved."""

from __future__ import annotations

from datetime import date, datetime

from core.granular import parse_value
from core.models import Receipt
from core.temporal.state import NARRATIVE, NO_ANCHOR, Resolution

_REF_WORDS = {"PRESENT_REF": "the present", "PAST_REF": "the past",
              "FUTURE_REF": "the future"}


def fmt_day(d: date) -> str:
    """"Fri 17 May 2024"."""
    return f"{d:%a} {d.day} {d:%b %Y}"


def shown(value: str, mod: str | None) -> str:
    """A value as a reader would say it: "November 2023", "the past", "P10Y"."""
    if value in _REF_WORDS:
        return _REF_WORDS[value]
    g = parse_value(value, mod)
    return g.display if g is not None else value


def within_phrase(res: Resolution) -> str:
    """", up to Wed 15 May 2024" / ", from Thu 16 May 2024" for a narrowed span, else ""."""
    if res.within is None:
        return ""
    lo, hi = res.within
    parts = ([f"from {fmt_day(lo)}"] if lo is not None else []) + (
        [f"up to {fmt_day(hi)}"] if hi is not None else [])
    return ", " + " ".join(parts) if parts else ""


def make_receipt(text: str, res: Resolution, anchor: datetime) -> Receipt:
    """The receipt for a resolution of ``text`` against the article's publish datetime.

    "'last November' counted back from an article published Fri 17 May 2024 -> Nov 2023";
    "'Two days later' counted from the narrative date Tue 5 Mar 2024 -> 7 Mar 2024".
    """
    how = res.how.strip()
    result = shown(res.value, res.mod) + within_phrase(res)
    if res.anchor_kind == NARRATIVE and res.anchor is not None:
        used = datetime.combine(res.anchor, anchor.timetz())
        day, which = fmt_day(res.anchor), "narrative date"
    else:
        used = anchor
        day, which = fmt_day(anchor.date()), "publish date"
    if res.anchor_kind == NO_ANCHOR:
        explanation = f"{text!r} {how} -> {result}"
    elif how == "counted" or which == "narrative date":
        lead = "" if how == "counted" else how + ", "
        explanation = f"{text!r} {lead}counted from the {which} {day} -> {result}"
    elif how.startswith(("in a ", "with no tense")):
        explanation = f"{text!r} {how} of an article published {day} -> {result}"
    else:
        explanation = f"{text!r} {how} for an article published {day} -> {result}"
    return Receipt(anchor=used, anchor_kind=res.anchor_kind, rule=res.rule,
                   explanation=" ".join(explanation.split()))
