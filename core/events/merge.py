"""Merging reports that tell the same event into one, and the date their sources agree on.

Candidate pairs come from blocking (``core.events.blocking``) and are scored by
``core.events.similarity``. Groups grow best pair first; every member stays within the date
window of every other, and a group takes two reports of one article only through a pair that
is that article telling the same event twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from core.events.blocking import candidate_pairs
from core.events.features import features, with_rare_words
from core.events.rows import ReportRow, overlap
from core.events.similarity import WINDOW_DAYS, same_event

__all__ = ["AgreedDate", "ReportRow", "agreed_date", "merge_reports", "same_event"]


def merge_reports(reports: Sequence[ReportRow]) -> list[list[int]]:
    """Group report ids into events, in the order of the reports given."""
    feats = with_rare_words([features(r) for r in reports])
    group_of = list(range(len(reports)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    articles: dict[int, set[str]] = {i: {r.article_key} for i, r in enumerate(reports)}
    latest_start = {i: r.date_start for i, r in enumerate(reports)}
    earliest_end = {i: r.date_end for i, r in enumerate(reports)}
    for _score, i, j in candidate_pairs(reports, feats):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        common = articles[gi] & articles[gj]
        if common and not (reports[i].article_key == reports[j].article_key
                           and common == {reports[i].article_key}):
            continue
        start = max(latest_start[gi], latest_start[gj])
        end = min(earliest_end[gi], earliest_end[gj])
        if (start - end).days > WINDOW_DAYS:  # every member stays near every other
            continue
        latest_start[gi] = latest_start[gj] = start
        earliest_end[gi] = earliest_end[gj] = end
        if len(members[gi]) < len(members[gj]):
            gi, gj = gj, gi
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
        articles[gi] |= articles.pop(gj)
    groups = sorted(members.values(), key=min)
    return [[reports[i].id for i in sorted(group)] for group in groups]


@dataclass(frozen=True, slots=True)
class AgreedDate:
    """The date an event's sources agree on, and a note when they do not."""

    value: str
    conflict: str | None


def agreed_date(reports: Sequence[ReportRow], display: dict[str, str]) -> AgreedDate:
    """The most specific date compatible with every source; else the majority, flagged.

    ``display`` maps each date value to its human form for the conflict note, which reads
    "2 sources: 13 May 2024; 1 source: 12 May 2024" (most sources first).
    """
    finest = max(reports, key=lambda r: (r.rank, -(r.date_end - r.date_start).days))
    if all(overlap(r, finest) for r in reports):
        return AgreedDate(finest.date_value, None)
    # Sources disagree: group them by the finest value each is compatible with; an article
    # telling the event twice with one date votes once.
    votes: dict[str, int] = defaultdict(int)
    fine = [r for r in reports if r.rank >= finest.rank]
    once = {(r.article_key, r.date_value): r for r in reports}
    for r in once.values():
        target = next((f.date_value for f in fine if overlap(r, f) and f.date_value
                       == r.date_value), None)
        target = target or next((f.date_value for f in fine if overlap(r, f)), r.date_value)
        votes[target] += 1
    ordered = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    note = "; ".join(
        f"{n} source{'s' if n > 1 else ''}: {display.get(v, v)}" for v, n in ordered
    )
    return AgreedDate(ordered[0][0], note)

