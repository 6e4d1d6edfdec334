"""The resolution loop: candidates in text order, each resolved against the publish date or
the narrative date, with a receipt; the narrative date advances as the article goes on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from core.granular import parse_value
from core.models import Granularity, TimeExpression, TimexType
from core.temporal.candidates import find_candidates, select
from core.temporal.context import (
    SentenceIndex,
    Tense,
    lexical_tense,
    spans_checker,
    tagged_tense_of,
)
from core.temporal.intervals import join_intervals
from core.temporal.modifiers import outer_mod
from core.temporal.receipts import make_receipt
from core.temporal.rules_clock import redate
from core.temporal.state import NarrativeRef, Resolution, RuleContext

_UNIT_OF_GRAIN = {
    Granularity.DAY: "day", Granularity.PART_OF_DAY: "day", Granularity.TIME: "day",
    Granularity.WEEK: "week", Granularity.MONTH: "month", Granularity.QUARTER: "quarter",
    Granularity.SEASON: "month", Granularity.HALF: "month", Granularity.YEAR: "year",
    Granularity.DECADE: "decade", Granularity.CENTURY: "century",
}
# Durations that frame an earnings comparison: "For the nine months, net rose ...".
_REPORTING_SPANS = {"P6M", "P9M", "P2Q", "P3Q", "P1H"}
_REFERENCE_VALUES = {"PRESENT_REF": Granularity.VAGUE, "PAST_REF": Granularity.VAGUE,
                     "FUTURE_REF": Granularity.VAGUE}


def clip_range(start: date, end: date, within: tuple[date | None, date | None] | None
               ) -> tuple[date, date]:
    """The inclusive range [start, end] narrowed to ``within``; kept whole if that empties it."""
    if within is None:
        return start, end
    lo, hi = within
    new_start = max(start, lo) if lo is not None else start
    new_end = min(end, hi) if hi is not None else end
    return (new_start, new_end) if new_start <= new_end else (start, end)


def _build(text: str, start: int, end: int, res: Resolution, anchor: datetime
           ) -> TimeExpression:
    mod = res.mod or outer_mod(text, start, res.type)
    if mod != res.mod:
        res = replace(res, mod=mod)
    if res.type is TimexType.DURATION:
        granularity, rs, re_ = Granularity.DURATION, None, None
    elif res.type is TimexType.SET:
        granularity, rs, re_ = Granularity.SET, None, None
    else:
        g = parse_value(res.value, mod)
        if g is None:
            granularity, rs, re_ = Granularity.VAGUE, None, None
        else:
            granularity, rs, re_ = g.granularity, *clip_range(g.start, g.end, res.within)
    phrase = text[start:end]
    return TimeExpression(start, end, phrase, res.type, res.value, granularity, rs, re_,
                          make_receipt(phrase, res, anchor), mod)


# A quarter the report looks back past ("After a flat second quarter, ... attributed the
# gain to ..."): named in passing, it does not become the quarter reported on.
_PASSING_QUARTER = re.compile(
    r"\b(?:after|following|since)\s+an?\s+(?:[a-z-]+[\s-]+){0,3}quarter$", re.IGNORECASE)


def _advance(ctx: RuleContext, t: TimeExpression) -> None:
    if t.range_start is None or t.granularity is Granularity.INTERVAL:
        return
    unit = _UNIT_OF_GRAIN.get(t.granularity)
    if unit is None:
        return
    start = t.range_start
    g = parse_value(t.value)  # the unnarrowed span, whatever the mod
    if g is not None:
        start = g.start
    ref = NarrativeRef(t.value, start, unit, t.start)
    ctx.last_any = ref
    if unit == "day":
        ctx.last_day = ref
    if unit == "quarter" and start <= ctx.dct and not _PASSING_QUARTER.search(
            ctx.text, max(t.start - 40, 0), t.end):
        # A reported quarter frames "a year ago"; a forecast does not, nor a quarter named in
        # passing ("after a flat second quarter, ... the gain").
        ctx.last_quarter = ref
    ctx.history.append(ref)


_SENTENCE_GAP = re.compile(r"[.!?][\"')\]]*\s|\n")
_CLOCK_DATE_REACH = 80  # characters from a clock time to the date that dates it


def _date_clocks_by_sentence(text: str, out: list[TimeExpression],
                             inherited: dict[int, Resolution], anchor: datetime
                             ) -> list[TimeExpression]:
    """Give a clock time that took its day from context the calendar date written after it
    in its own sentence ("At 09:42, police said, on 3 March 2011 ..."). ``out`` is sorted."""
    result = list(out)
    for i, t in enumerate(out):
        res = inherited.get(t.start)
        if res is None or t.type is not TimexType.TIME:
            continue
        for later in out[i + 1:]:
            if later.start - t.end > _CLOCK_DATE_REACH or _SENTENCE_GAP.search(
                    text, t.end, later.start):
                break
            if later.granularity is Granularity.DAY and later.range_start is not None:
                result[i] = _build(text, t.start, t.end, redate(res, later.range_start),
                                   anchor)
                break
    return result


def resolve_text(
    text: str,
    anchor: datetime,
    *,
    is_entity: Callable[[int, int], bool] | None = None,
    tense_of: Callable[[int, int], Tense | None] | None = None,
    intervals: bool = True,
) -> list[TimeExpression]:
    """Find and resolve every time expression in ``text`` (the engine behind resolve_times)."""
    if anchor.tzinfo is None:
        raise ValueError("anchor must be timezone-aware")
    if tense_of is None:
        sentences = SentenceIndex(text)

        def tense_of(start: int, end: int) -> Tense | None:
            return lexical_tense(text, sentences, start, end)

    ctx = RuleContext(text=text, anchor=anchor, tense_of=tense_of)
    out: list[TimeExpression] = []
    inherited: dict[int, Resolution] = {}  # clock times dated by context, by start
    for winner, inner in select(find_candidates(text, is_entity)):
        # The winner, or else every shorter match inside it that does not overlap one
        # already taken ("between 1415 and 1430" as a year range fails: both clock times).
        taken: list[tuple[int, int]] = []
        for cand in [winner, *inner]:
            if any(cand.start < e and s < cand.end for s, e in taken):
                continue
            try:
                res = cand.rule.handler(cand.match, ctx)
                if res is None:
                    continue
                t = _build(text, cand.start, cand.end, res, anchor)
            except (ValueError, OverflowError):
                continue  # arithmetic past the calendar's ends (year 0 or 10000)
            out.append(t)
            if res.day_inherited:
                inherited[t.start] = res
            if t.type is TimexType.DURATION and t.value in _REPORTING_SPANS:
                ctx.last_span_position = t.start
            if res.sets_narrative:
                _advance(ctx, t)
            if cand is winner:
                break
            taken.append((cand.start, cand.end))
    out.sort(key=lambda t: t.start)
    if inherited:
        out = _date_clocks_by_sentence(text, out, inherited, anchor)
    if intervals:
        out = join_intervals(text, out, anchor)
    return out


def entity_checker(doc: Any) -> Callable[[int, int], bool]:
    """Entity test from a spaCy Doc's entities (names, organisations, places ...)."""
    labels = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW",
              "EVENT"}
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in labels]
    return spans_checker(spans)


def resolve_doc(doc: Any, anchor: datetime, *, intervals: bool = True) -> list[TimeExpression]:
    """Resolve a parsed spaCy Doc: its entities block names, its tags refine tense."""
    has_ents = doc.has_annotation("ENT_IOB")
    text = doc.text  # rebuilt from the tokens on every access: read once
    return resolve_text(text, anchor,
                        is_entity=entity_checker(doc) if has_ents else None,
                        tense_of=tagged_tense_of(doc, text), intervals=intervals)
