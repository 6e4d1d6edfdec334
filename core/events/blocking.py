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
TRIM_DAYS = 7  # how often the sweep drops key lists of reports it has passed

# Where a report stands in the caller's order (an index, or a sortable key such as
# (first day, id)): pairs and ties between candidates are ordered by it.
Position = Any
Pair = tuple[float, Position, Position]  # (score, earlier position, later position)


class Sweep:
    """Scores each report, given in order of ``(date_start, id)``, against the earlier ones."""

    def __init__(self) -> None:
        self.postings: dict[str, deque[Position]] = {}
        self.live: dict[Hashable, tuple[ReportRow, Features]] = {}
        self.ends: list[tuple[date, Position]] = []  # heap of live reports by last day
        self.day: date | None = None
        self.trimmed = date.min

    def _advance(self, day: date) -> None:
        """Forget the reports no report starting on ``day`` or later can reach, and every
        ``TRIM_DAYS`` the key lists holding only such reports.

        A key's list is only ever trimmed from its front (the earliest filed): a report
        behind a longer-lasting one stays on it, counting towards the list's length, until
        the sweep passes the front one too. Trimming the lists early gives the lists the
        sweep would find when it next touches them; a forgotten report is always passed.
        """
        while self.ends and (day - self.ends[0][0]).days > WINDOW_DAYS:
            self.live.pop(heapq.heappop(self.ends)[1])
        self.day = day
        if (day - self.trimmed).days < TRIM_DAYS:
            return
        self.trimmed = day
        for key in list(self.postings):
            posting = self.postings[key]
            self._trim(posting, day)
            if not posting:
                del self.postings[key]

    def _trim(self, posting: deque[Position], day: date) -> None:
        live = self.live
        while posting:
            front = live.get(posting[0])
            if front is not None and (day - front[0].date_end).days <= WINDOW_DAYS:
                return
            posting.popleft()

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
        postings = self.postings
        for key, specific in blocking_keys(feature):
            posting = postings.get(key)
            if posting is None:
                posting = postings[key] = deque()
            else:
                self._trim(posting, report.date_start)
            if len(posting) <= MAX_POSTINGS:
                (what if specific else who).update(posting)
            posting.append(position)
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
