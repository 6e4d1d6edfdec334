"""Merging swept in date order (issue 14): the same groups as grouping every pair of the corpus
at once, while only the reports the date window can still reach are held."""

from __future__ import annotations

import heapq
import random
from collections import Counter, defaultdict, deque
from datetime import date, timedelta

import pytest

import core.events.blocking as blocking
from core.events.blocking import Sweep
from core.events.features import Features, RareWords, blocking_keys, features, word_set
from core.events.merge import Merging, ReportRow, merge_reports
from core.events.similarity import MIN_RANK, WINDOW_DAYS, same_event

START = date(2024, 3, 1)
SUBJECTS = ["The ferry board", "Harbour workers", "The port union", "Councillors",
            "The water authority", "Nadia Ferro", "Tomas Reyes"]
VERBS = ["met in an emergency session over", "walked off the job over", "approved",
         "rejected", "postponed a vote on", "announced an inquiry into", "reached a deal on"]
THINGS = ["the timetable", "the pension plan", "the dredging contract", "the night shift",
          "the fuel levy", "the crane repairs"]


def _all_at_once(reports: list[ReportRow], max_postings: int, max_candidates: int
                 ) -> list[list[int]]:
    """Reference: every candidate pair of the corpus found first, then grouped best first
    (how merging worked before it was swept), with nothing ever forgotten."""
    rare = RareWords()
    for r in reports:
        rare.count(word_set(r.title, r.sentence))
    feats = [rare.mark(features(r)) for r in reports]
    order = sorted((i for i, r in enumerate(reports) if r.rank >= MIN_RANK),
                   key=lambda i: (reports[i].date_start, reports[i].id))
    postings: dict[str, deque[int]] = defaultdict(deque)
    pairs: list[tuple[float, int, int]] = []
    for i in order:
        what: Counter[int] = Counter()
        who: Counter[int] = Counter()
        for key, specific in blocking_keys(feats[i]):
            posting = postings[key]
            while posting and (reports[i].date_start - reports[posting[0]].date_end).days \
                    > WINDOW_DAYS:
                posting.popleft()
            if len(posting) <= max_postings:
                (what if specific else who).update(posting)
            posting.append(i)
        best = (heapq.nlargest(max_candidates, what, key=lambda j: (what[j] + 2 * who[j], j))
                if len(what) > max_candidates else list(what))
        for j in best:
            score = same_event(reports[i], reports[j], feats[i], feats[j])
            if score is not None:
                pairs.append((score, min(i, j), max(i, j)))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(reports)))
    members = {i: [i] for i in range(len(reports))}
    articles = {i: {r.article_key} for i, r in enumerate(reports)}
    latest = {i: r.date_start for i, r in enumerate(reports)}
    earliest = {i: r.date_end for i, r in enumerate(reports)}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        common = articles[gi] & articles[gj]
        if gi == gj or (common and not (reports[i].article_key == reports[j].article_key
                                        and common == {reports[i].article_key})):
            continue
        start, end = max(latest[gi], latest[gj]), min(earliest[gi], earliest[gj])
        if (start - end).days > WINDOW_DAYS:
            continue
        latest[gi] = latest[gj] = start
        earliest[gi] = earliest[gj] = end
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
        articles[gi] |= articles.pop(gj)
    return [[reports[i].id for i in sorted(g)] for g in sorted(members.values(), key=min)]


def _corpus(seed: int, n: int = 600, days: int = 90) -> list[ReportRow]:
    """Reports of a few recurring happenings told by many articles over ``days`` days: days,
    weeks, reported statements (reaching back) and a few coarse months, with errant dates."""
    rng = random.Random(seed)
    happenings = [(START + timedelta(days=rng.randrange(days)), rng.choice(SUBJECTS),
                   rng.choice(VERBS), rng.choice(THINGS)) for _ in range(n // 6)]
    rows = []
    for rid in range(1, n + 1):
        when, subject, verb, thing = rng.choice(happenings)
        when += timedelta(days=rng.choice((0, 0, 0, 1, -2, 4)))
        kind = rng.random()
        start, end, rank, reported = when, when, 8, False
        if kind < 0.1:
            start, end, rank = when - timedelta(days=when.weekday()), when, 7
            end = start + timedelta(days=6)
        elif kind < 0.2:
            start, reported = when - timedelta(days=3), True
        elif kind < 0.25:
            start, end, rank = when.replace(day=1), when.replace(day=28), 6
        people = (subject,) if subject.split()[0] in ("Nadia", "Tomas") else ()
        text = f"{subject} {verb} {thing}"
        rows.append(ReportRow(rid, f"a{rng.randrange(n // 5)}", text, people,
                              when.isoformat(), start, end, rank, text[:40],
                              reported=reported))
    rows.sort(key=lambda r: (r.date_start + timedelta(days=3 if r.reported else 0), r.id))
    return rows


@pytest.mark.parametrize(("seed", "max_postings", "max_candidates"),
                         [(1, 150, 25), (2, 150, 25), (3, 6, 3), (4, 2, 1)])
def test_swept_groups_are_those_of_grouping_every_pair_at_once(
        monkeypatch: pytest.MonkeyPatch, seed: int, max_postings: int,
        max_candidates: int) -> None:
    monkeypatch.setattr(blocking, "MAX_POSTINGS", max_postings)
    monkeypatch.setattr(blocking, "MAX_CANDIDATES", max_candidates)
    reports = _corpus(seed)
    groups = merge_reports(reports)
    assert groups == _all_at_once(reports, max_postings, max_candidates)
    assert sum(len(g) > 1 for g in groups) >= 20  # the corpus does merge


def _day_report(rid: int, day: int, text: str) -> ReportRow:
    d = START + timedelta(days=day)
    return ReportRow(rid, f"a{rid}", text, (), d.isoformat(), d, d, 8, text)


def test_the_sweep_holds_only_what_the_date_window_reaches() -> None:
    rare = RareWords()
    texts = [f"The {thing} plan for pier {n} was {verb}" for n in range(40)
             for thing, verb in (("ferry", "approved"), ("dredging", "delayed"))]
    for text in texts:
        rare.count(word_set(text, text))
    sweep = Sweep()
    held = []
    for rid, text in enumerate(texts):
        report = _day_report(rid, rid, text)  # one report a day, each about its own pier
        feature: Features = rare.mark(features(report))
        sweep.add(rid, report, feature)
        held.append((len(sweep.live), len(sweep.postings)))
    assert max(live for live, _ in held) <= WINDOW_DAYS + 2
    assert held[-1][1] <= 10 * (WINDOW_DAYS + 2)  # keys of the last days only


def test_a_set_of_linked_reports_closes_once_the_sweep_has_passed_its_last_day() -> None:
    text = "The ferry board met in an emergency session over the dredging contract"
    reports = [_day_report(1, 0, text), _day_report(2, 2, text), _day_report(3, 4, text),
               _day_report(4, 30, "Harbour workers rejected the fuel levy")]
    rare = RareWords()
    for report in reports:
        rare.count(word_set(report.title, report.sentence))
    merging = Merging(rare)
    closed = [merging.add(r.id, r) for r in reports]
    assert closed[:3] == [[], [], []]  # each report links to the last: the set stays open
    assert closed[3] == merge_reports(reports)[:1] == [[1, 2]]  # day 0 and 4 are too far apart
    assert merging.finish() == []
    assert not merging.linked and not merging.root_of
