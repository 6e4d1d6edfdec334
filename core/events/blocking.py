"""Candidate pairs for merging, found by blocking rather than by comparing every pair.

Reports are swept in date order; each is filed under its people, names and content words,
and meets only earlier reports within the date window filed under the same keys. A key filed
under by very many reports in the window is too common to say anything and is not used. Only
the few earlier reports sharing the most keys are scored, so the work per report stays
bounded.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Sequence

from core.events.features import Features, blocking_keys
from core.events.rows import ReportRow
from core.events.similarity import MIN_RANK, WINDOW_DAYS, same_event

MAX_POSTINGS = 150  # a key shared by more reports in the window is too common to block on
MAX_CANDIDATES = 40  # earlier reports scored against each report, best-sharing first


def candidate_pairs(reports: Sequence[ReportRow], feats: Sequence[Features]
                    ) -> list[tuple[float, int, int]]:
    """Scored pairs ``(score, i, j)`` with ``i < j`` (indexes into ``reports``), best first."""
    order = sorted((i for i, r in enumerate(reports) if r.rank >= MIN_RANK),
                   key=lambda i: (reports[i].date_start, reports[i].id))
    postings: dict[str, deque[int]] = defaultdict(deque)
    pairs: list[tuple[float, int, int]] = []
    for i in order:
        report = reports[i]
        shared: Counter[int] = Counter()
        for key, weight in blocking_keys(feats[i]):
            posting = postings[key]
            while posting and (report.date_start - reports[posting[0]].date_end).days \
                    > WINDOW_DAYS:
                posting.popleft()
            if len(posting) <= MAX_POSTINGS:
                for _ in range(weight):
                    shared.update(posting)
            posting.append(i)
        if not shared:
            continue
        best = [j for j, _ in shared.most_common(MAX_CANDIDATES)]
        for j in best:
            score = same_event(report, reports[j], feats[i], feats[j])
            if score is not None:
                pairs.append((score, min(i, j), max(i, j)))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs
