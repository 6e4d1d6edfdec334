"""Merging reports that tell the same event into one, and the date their sources agree on.

Candidate pairs come from blocking (``core.events.blocking``) and are scored by
``core.events.similarity``. Groups grow best pair first; every member stays within the date
window of every other, and a group takes two reports of one article only through a pair that
is that article telling the same event twice.

Reports linked by pairs form connected sets, and groups never reach across two of them, so
each set is grouped on its own, best pair first, as soon as the date sweep has passed it
(``Merging``): the groups are those of grouping every pair of the corpus at once, while only
the reports of the last few days are held.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.events.blocking import Pair, Position, Sweep
from core.events.features import RareWords, features, word_set
from core.events.rows import ReportRow, overlap
from core.events.similarity import MIN_RANK, WINDOW_DAYS, same_event

__all__ = ["AgreedDate", "Merging", "ReportRow", "agreed_date", "merge_reports", "same_event"]


@dataclass(slots=True)
class _Linked:
    """Reports joined by pairs so far, the pairs, and the last day any of them reaches."""

    members: dict[Position, ReportRow] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    end: date = date.min


def _grouped(linked: _Linked) -> list[list[Position]]:
    """Groups of two or more of ``linked``'s reports, grown best pair first."""
    reports = linked.members
    group_of = {p: p for p in reports}
    members: dict[Position, list[Position]] = {p: [p] for p in reports}
    articles = {p: {r.article_key} for p, r in reports.items()}
    latest_start = {p: r.date_start for p, r in reports.items()}
    earliest_end = {p: r.date_end for p, r in reports.items()}
    for _score, i, j in sorted(linked.pairs, key=lambda p: (-p[0], p[1], p[2])):
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
    return [sorted(group) for group in members.values() if len(group) > 1]


class Merging:
    """Groups reports into events while they are swept in order of ``(date_start, id)``.

    ``add`` takes each report fine enough to merge (``MIN_RANK`` or finer) with its position
    in the caller's order, and returns the groups (two reports or more, by position) that no
    later report can join any more; ``finish`` returns the rest. Reports in no group are
    events of their own.
    """

    def __init__(self, rare: RareWords) -> None:
        self.rare = rare
        self.sweep = Sweep()
        self.root_of: dict[Position, Position] = {}
        self.linked: dict[Position, _Linked] = {}
        self.ends: list[tuple[date, Position]] = []  # heap: (last day, root), stale ones skipped

    def add(self, position: Position, report: ReportRow) -> list[list[Position]]:
        """Sweep ``report``; the groups closed by reaching its first day."""
        closed = list(self._closed(report.date_start))
        for pair in self.sweep.add(position, report, self.rare.mark(features(report))):
            self._link(pair, position, report)
        return closed

    def finish(self) -> list[list[Position]]:
        """The groups still open when the sweep is over."""
        return list(self._closed(date.max))

    def _closed(self, day: date) -> Iterator[list[Position]]:
        while self.ends and (day - self.ends[0][0]).days > WINDOW_DAYS:
            end, root = heapq.heappop(self.ends)
            linked = self.linked.get(root)
            if linked is None or linked.end != end:
                continue  # joined into another set, or reaching further since
            del self.linked[root]
            for member in linked.members:
                del self.root_of[member]
            yield from _grouped(linked)

    def _set_of(self, position: Position, report: ReportRow) -> Position:
        root = self.root_of.get(position)
        if root is None:
            root = self.root_of[position] = position
            self.linked[root] = _Linked({position: report}, [], report.date_end)
        return root

    def _link(self, pair: Pair, position: Position, report: ReportRow) -> None:
        other = pair[1] if pair[2] == position else pair[2]
        a = self._set_of(position, report)
        b = self._set_of(other, self.sweep.live[other][0])
        if a != b:
            if len(self.linked[a].members) < len(self.linked[b].members):
                a, b = b, a
            absorbed = self.linked.pop(b)
            kept = self.linked[a]
            for member in absorbed.members:
                self.root_of[member] = a
            kept.members.update(absorbed.members)
            kept.pairs.extend(absorbed.pairs)
            kept.end = max(kept.end, absorbed.end)
        kept = self.linked[a]
        kept.pairs.append(pair)
        heapq.heappush(self.ends, (kept.end, a))


def merge_reports(reports: Sequence[ReportRow]) -> list[list[int]]:
    """Group report ids into events, in the order of the reports given."""
    rare = RareWords()
    for report in reports:
        rare.count(word_set(report.title, report.sentence))
    merging = Merging(rare)
    grouped: list[list[int]] = []
    for i in sorted((i for i, r in enumerate(reports) if r.rank >= MIN_RANK),
                    key=lambda i: (reports[i].date_start, reports[i].id)):
        grouped.extend(merging.add(i, reports[i]))
    grouped.extend(merging.finish())
    in_groups = {i for group in grouped for i in group}
    grouped.extend([i] for i in range(len(reports)) if i not in in_groups)
    return [[reports[i].id for i in group] for group in sorted(grouped, key=min)]


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

