"""Merging reports from different articles that tell the same event.

Two reports merge when they come from different articles, their dates are compatible (the
ranges overlap, or lie a few days apart: that is how sources come to disagree) and they tell
the same thing: shared people and similar content words (rapidfuzz ``token_set_ratio``).

Candidates are found by blocking, never by comparing every pair: reports are swept in date
order and compared only with earlier reports within the date window that share a person or a
content word; words common to very many reports in the window are not used as keys. Groups
grow best pair first and never take two reports from the same article.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rapidfuzz.fuzz import token_set_ratio, token_sort_ratio

from core.events.words import content_words

WINDOW_DAYS = 3  # dates this far apart can still be one event told with a wrong date
MIN_RANK = 7  # week or finer: coarser dates ("2023") are too loose to identify an event
MAX_POSTINGS = 300  # a key shared by more reports in the window is too common to block on
SIMILAR = 62.0  # content-word similarity that alone makes two reports one event
SIMILAR_WITH_PEOPLE = 45.0  # ... when they also share a person
SIMILAR_APART = 75.0  # ... when their dates do not overlap (a conflict)
SIMILAR_APART_WITH_PEOPLE = 70.0
SHORT_WORDS = 4  # fewer content words than this are compared in full, not as a subset


@dataclass(frozen=True, slots=True)
class ReportRow:
    """A stored report with what merging needs to compare it with others."""

    id: int
    article_key: str
    sentence: str  # the clause (or sentence) whose wording is compared
    people: tuple[str, ...]  # canonical names
    date_value: str
    date_start: date
    date_end: date
    rank: int


def _overlap(a: ReportRow, b: ReportRow) -> bool:
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _gap(a: ReportRow, b: ReportRow) -> int:
    if _overlap(a, b):
        return 0
    return max((b.date_start - a.date_end).days, (a.date_start - b.date_end).days)


def same_event(a: ReportRow, b: ReportRow, words_a: str, words_b: str) -> float | None:
    """The similarity score when ``a`` and ``b`` tell the same event, else None."""
    if a.article_key == b.article_key or min(a.rank, b.rank) < MIN_RANK:
        return None
    gap = _gap(a, b)
    if gap > WINDOW_DAYS:
        return None
    shared = bool(set(a.people) & set(b.people))
    conflicting_people = bool(a.people and b.people and not shared)
    short = min(len(words_a.split()), len(words_b.split())) < SHORT_WORDS
    # A few words are a subset of almost anything: days apart and no shared person, compare
    # them in full.
    score = float(token_sort_ratio(words_a, words_b) if short and not shared and gap > 1
                  else token_set_ratio(words_a, words_b))
    if conflicting_people or (gap and bool(a.people) != bool(b.people)):
        score -= 15
    if gap == 0:
        needed = SIMILAR_WITH_PEOPLE if shared else SIMILAR
    else:
        needed = SIMILAR_APART_WITH_PEOPLE if shared else SIMILAR_APART
    if score < needed:
        return None
    return score + (10 if gap == 0 else 0)  # same dates first when groups grow


def _keys(report: ReportRow, words: str) -> set[str]:
    return {f"p:{p}" for p in report.people} | {f"w:{w}" for w in words.split()}


def _candidate_pairs(reports: Sequence[ReportRow], words: list[str]
                     ) -> list[tuple[float, int, int]]:
    order = sorted(range(len(reports)), key=lambda i: (reports[i].date_start, reports[i].id))
    postings: dict[str, deque[int]] = defaultdict(deque)
    pairs: list[tuple[float, int, int]] = []
    for i in order:
        report = reports[i]
        if report.rank < MIN_RANK:
            continue
        seen: set[int] = set()
        for key in _keys(report, words[i]):
            posting = postings[key]
            while posting and (report.date_start - reports[posting[0]].date_end).days \
                    > WINDOW_DAYS:
                posting.popleft()
            if len(posting) <= MAX_POSTINGS:
                seen.update(posting)
            posting.append(i)
        for j in seen:
            score = same_event(report, reports[j], words[i], words[j])
            if score is not None:
                pairs.append((score, min(i, j), max(i, j)))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def merge_reports(reports: Sequence[ReportRow]) -> list[list[int]]:
    """Group report ids into events, in the order of the reports given."""
    words = [content_words(r.sentence) for r in reports]
    group_of = list(range(len(reports)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
    articles: dict[int, set[str]] = {i: {r.article_key} for i, r in enumerate(reports)}
    latest_start = {i: r.date_start for i, r in enumerate(reports)}
    earliest_end = {i: r.date_end for i, r in enumerate(reports)}
    for _score, i, j in _candidate_pairs(reports, words):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or articles[gi] & articles[gj]:
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
    if all(_overlap(r, finest) for r in reports):
        return AgreedDate(finest.date_value, None)
    # Sources disagree: group them by the finest value each is compatible with.
    votes: dict[str, int] = defaultdict(int)
    fine = [r for r in reports if r.rank >= finest.rank]
    for r in reports:
        target = next((f.date_value for f in fine if _overlap(r, f) and f.date_value
                       == r.date_value), None)
        target = target or next((f.date_value for f in fine if _overlap(r, f)), r.date_value)
        votes[target] += 1
    ordered = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    note = "; ".join(
        f"{n} source{'s' if n > 1 else ''}: {display.get(v, v)}" for v, n in ordered
    )
    return AgreedDate(ordered[0][0], note)

