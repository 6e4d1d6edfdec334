"""Candidate pairs for merging, found by blocking rather than by comparing every pair.

Reports are swept in date order; each is filed under its people, names, rare words and the
kinds of happening its title names, and meets only earlier reports within the date window
that share a rare word or a kind of happening with it. A key filed under by very many reports
in the window is too common to say anything and is not used. Only the few earlier reports
sharing the most keys are scored, so the work per report stays bounded.

The sweep keeps only what the date window can still reach: a report is forgotten once the
sweep is more than ``WINDOW_DAYS`` past its last day (no later report can be one event with
it), and so is a key's list once every report on it is that far behind. Memory follows the
reports of a few days, not the corpus.
"""

from __future__ import annotations

import heapq
from collections import Counter, deque
from collections.abc import Hashable
from datetime import date
from typing import Any

from core.events.features import Features, blocking_keys
from core.events.rows import ReportRow
from core.events.similarity import MIN_RANK, WINDOW_DAYS, same_event

MAX_POSTINGS = 150  # a key shared by more reports in the window is too common to block on
MAX_CANDIDATES = 25  # earlier reports scored against each report, best-sharing first

# Where a report stands in the caller's order (an index, or a sortable key such as
# (first day, id)): pairs and ties between candidates are ordered by it.
Position = Any
Pair = tuple[float, Position, Position]  # (score, earlier position, later position)


class Sweep:
    """Scores each report, given in order of ``(date_start, id)``, against the earlier ones."""

    def __init__(self) -> None:
        self.postings: dict[str, deque[tuple[Position, date]]] = {}
        self.live: dict[Hashable, tuple[ReportRow, Features]] = {}
        self.ends: list[tuple[date, Position]] = []  # heap of live reports by last day
        self.day: date | None = None

    def _advance(self, day: date) -> None:
        """Forget what no report starting on ``day`` or later can reach.

        A key's list is only ever trimmed from its front (the earliest filed): a report
        behind a longer-lasting one stays on it, counting towards the list's length, until
        the sweep passes the front one too. Trimming every list now gives the lists the
        sweep would find when it next touches them.
        """
        while self.ends and (day - self.ends[0][0]).days > WINDOW_DAYS:
            self.live.pop(heapq.heappop(self.ends)[1])
        for key in list(self.postings):
            posting = self.postings[key]
            while posting and (day - posting[0][1]).days > WINDOW_DAYS:
                posting.popleft()
            if not posting:
                del self.postings[key]
        self.day = day

    def add(self, position: Position, report: ReportRow, feature: Features) -> list[Pair]:
        """File ``report`` and return its scored pairs with earlier reports.

        ``feature`` carries the corpus's rare words (``RareWords.mark``); reports coarser
        than ``MIN_RANK`` are never one event with another and are not to be added.
        """
        assert report.rank >= MIN_RANK, "coarse reports are not swept"
        if report.date_start != self.day:
            self._advance(report.date_start)
        what: Counter[Position] = Counter()
        who: Counter[Position] = Counter()
        for key, specific in blocking_keys(feature):
            posting = self.postings.setdefault(key, deque())
            while posting and (report.date_start - posting[0][1]).days > WINDOW_DAYS:
                posting.popleft()
            if len(posting) <= MAX_POSTINGS:
                (what if specific else who).update(j for j, _ in posting)
            posting.append((position, report.date_end))
        self.live[position] = (report, feature)
        heapq.heappush(self.ends, (report.date_end, position))
        if not what:
            return []
        if len(what) > MAX_CANDIDATES:  # best first: most shared keys, people counting double
            best = heapq.nlargest(MAX_CANDIDATES, what, key=lambda j: (what[j] + 2 * who[j], j))
        else:
            best = list(what)
        pairs: list[Pair] = []
        for j in best:
            earlier = self.live.get(j)
            if earlier is None:  # forgotten: too far behind to be one event with this one
                continue
            score = same_event(report, earlier[0], feature, earlier[1])
            if score is not None:
                pairs.append((score, min(position, j), max(position, j)))
        return pairs
