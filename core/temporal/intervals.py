"""Joining resolved dates into intervals: "since November", "from May to July",
"between 2019 and 2021". Values use ISO 8601's ``start/end`` form.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from core.granular import parse_value
from core.models import Granularity, Receipt, TimeExpression, TimexType

_SINCE = re.compile(r"(?:ever\s+)?since\s+$", re.IGNORECASE)
# "the first strike since 2015", "its longest since the 1970s": a comparison, not a span.
_COMPARISON = re.compile(r"\b(?:first|last|only|\w+est|most|least|lowest|highest|since)\s+"
                         r"(?:\w+\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"(?:from|between)\s+$", re.IGNORECASE)
_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|and|-|–)\s*$", re.IGNORECASE)


def _dated(t: TimeExpression) -> bool:
    return t.type in (TimexType.DATE, TimexType.TIME) and t.range_start is not None \
        and "/" not in t.value


def _left_value(value: str) -> str:
    return value.split("T")[0] if "T" in value and len(value) > 10 else value


def _clock_ends(a: TimeExpression, b: TimeExpression) -> tuple[str, str]:
    """The two ends' values: clock times keep their times ("between 1415 and 1430 GMT" is
    ``...T14:15/...T14:30``); anything else is cut to its date."""
    if a.type is TimexType.TIME and b.type is TimexType.TIME and "T" in a.value \
            and "T" in b.value and parse_value(f"{a.value}/{b.value}") is not None:
        return a.value, b.value
    return _left_value(a.value), _left_value(b.value)


def _inner_rules(*parts: TimeExpression) -> str:
    rules = list(dict.fromkeys(t.receipt.rule for t in parts))
    return " (" + " + ".join(rules) + ")"


def _interval(text: str, start: int, end: int, value: str, first: TimeExpression,
              rule: str, why: str, *parts: TimeExpression) -> TimeExpression | None:
    g = parse_value(value)
    if g is None:
        return None
    receipt = Receipt(first.receipt.anchor, first.receipt.anchor_kind, rule,
                      f"{text[start:end]!r} {why}{_inner_rules(*(parts or (first,)))}"
                      f" -> {g.display}")
    return TimeExpression(start, end, text[start:end], TimexType.DATE, value,
                          Granularity.INTERVAL, g.start, g.end, receipt, first.mod)


def join_intervals(text: str, times: list[TimeExpression], anchor: datetime
                   ) -> list[TimeExpression]:
    """Replace "since X", "from X to Y" and "between X and Y" by single interval expressions."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(times):
        t = times[i]
        before = text[max(0, t.start - 40):t.start]
        nxt = times[i + 1] if i + 1 < len(times) else None
        if _dated(t) and (m := _FROM.search(before)) and nxt is not None and _dated(nxt) \
                and _JOIN.match(text[t.end:nxt.start]):
            start = t.start - (len(before) - m.start())
            left, right = _clock_ends(t, nxt)
            joined = _interval(text, start, nxt.end, f"{left}/{right}", t, "interval.from-to",
                               "joins two times" if "T" in left else "joins two dates", t,
                               nxt)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        if _dated(t) and (m := _SINCE.search(before)) and not _COMPARISON.search(
                before[:m.start()]) and not text.startswith(("'s", "’s"), t.end):
            start = t.start - (len(before) - m.start())
            value = f"{_left_value(t.value)}/{anchor.date().isoformat()}"
            joined = _interval(text, start, t.end, value, t, "interval.since",
                               "runs from that date to the publish date")
            if joined is not None:
                out.append(replace(joined, mod=None))
                i += 1
                continue
        out.append(t)
        i += 1
    return out
