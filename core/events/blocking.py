"""Candidate pairs for merging, found by blocking rather than by comparing every pair.

Reports are swept in date order; each is filed under its people, names, rare words and the
kinds of happening its title names, and meets only earlier reports within the date window
that share a rare word or a kind of happening with it. A key filed under by very many reports
in the window is too common to say anything and is not used. Only the few earlier reports
sharing the most keys are scored, so the work per report stays bounded.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict, deque
from collections.abc import Sequence

from core.events.features import Features, blocking_keys
from core.events.rows import ReportRow
from core.events.similarity import MIN_RANK, WINDOW_DAYS, same_event

MAX_POSTINGS = 150  # a key shared by more reports in the window is too common to block on
MAX_CANDIDATES = 25  # earlier reports scored against each report, best-sharing first


def candidate_pairs(reports: Sequence[ReportRow], feats: Sequence[Features]
                    ) -> list[tuple[float, int, int]]:
    """Scored pairs ``(score, i, j)`` with ``i < j`` (indexes into ``reports``), best first."""
    order = sorted((i for i, r in enumerate(reports) if r.rank >= MIN_RANK),
                   key=lambda i: (reports[i].date_start, reports[i].id))
    postings: dict[str, deque[int]] = defaultdict(deque)
    pairs: list[tuple[float, int, int]] = []
    for i in order:
        report = reports[i]
        what: Counter[int] = Counter()
        who: Counter[int] = Counter()
        for key, specific in blocking_keys(feats[i]):
            posting = postings[key]
            while posting and (report.date_start - reports[posting[0]].date_end).days \
                    > WINDOW_DAYS:
                posting.popleft()
            if len(posting) <= MAX_POSTINGS:
                (what if specific else who).update(posting)
            posting.append(i)
        if not what:
            continue
        if len(what) > MAX_CANDIDATES:  # best first: most shared keys, people counting double
            best = heapq.nlargest(MAX_CANDIDATES, what, key=lambda j: (what[j] + 2 * who[j], j))
        else:
            best = list(what)
        for j in best:
            score = same_event(report, reports[j], feats[i], feats[j])
            if score is not None:
                pairs.append((-score, min(i, j), max(i, j)))
    pairs.sort()  # best first: plain tuple order on the negated score, no key function
    return [(-negated, i, j) for negated, i, j in pairs]
