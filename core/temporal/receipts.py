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


def make_receipt(text: str, res: Resolution, anchor: datetime) -> Receipt:
    """The receipt for a resolution of ``text`` against the article's publish datetime."""
    if res.anchor_kind == NARRATIVE and res.anchor is not None:
        used = datetime.combine(res.anchor, anchor.timetz())
        where = f"counted from the narrative date {fmt_day(res.anchor)}"
    else:
        used = anchor
        where = f"of an article published {fmt_day(anchor.date())}"
    how = res.how.strip()
    if how.endswith("counted from"):
        how = how.removesuffix("counted from").strip()
    if res.anchor_kind == NO_ANCHOR:
        explanation = f"{text!r} {how} -> {shown(res.value, res.mod)}".replace("  ", " ")
    else:
        explanation = f"{text!r} {how} {where} -> {shown(res.value, res.mod)}".replace(
            "  ", " ")
    return Receipt(anchor=used, anchor_kind=res.anchor_kind, rule=res.rule,
                   explanation=explanation)
