"""Subordinate clauses with their own event take their date from the clause they hang on."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.extract import extract_reports
from core.models import Granularity, Report
from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.temporal import resolve_times

PUBLISHED = datetime(2024, 5, 17, 9, 0, tzinfo=UTC)  # a Friday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _reports(nlp, text: str) -> dict[str, Report]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = extract_reports(doc, "k", resolve_times(doc, PUBLISHED), person_mentions(doc),
                            PUBLISHED)
    return {r.title: r for r in found}


def test_a_when_clause_on_an_interval_is_dated_by_its_start(nlp) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(nlp, "The board has faced pressure since last March, when shareholders "
                            "tried to oust the chairman.")
    assert len(reports) == 2
    pressure = next(r for t, r in reports.items() if "pressure" in t)
    attempt = next(r for t, r in reports.items() if "oust" in t)
    assert pressure.time.granularity is Granularity.INTERVAL
    assert attempt.time.value == "2024-03"
    assert attempt.time.granularity is Granularity.MONTH
    assert attempt.time.range_start == date(2024, 3, 1)
    assert attempt.time.text == "when" and attempt.time.receipt.rule.endswith("+when")
    assert "pressure" not in attempt.title and "oust" not in pressure.title


def test_an_after_clause_happened_before_its_governing_date(nlp) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(nlp, "Mayor Ilse Varga resigned on Tuesday after the council voted "
                            "to censure her.")
    resigned = next(r for t, r in reports.items() if "resigned" in t)
    vote = next(r for t, r in reports.items() if "voted" in t)
    assert resigned.time.value == vote.time.value == "2024-05-14"
    assert resigned.time.mod is None
    assert vote.time.mod == "BEFORE" and vote.time.text == "after"
    assert "happened before it" in vote.time.receipt.explanation


def test_a_before_clause_happened_after_and_a_when_clause_at_the_same_time(nlp) -> None:  # type: ignore[no-untyped-def]
    before = _reports(nlp, "The ferry left on Monday before the storm reached the coast.")
    storm = next(r for t, r in before.items() if "storm" in t)
    assert storm.time.mod == "AFTER" and storm.time.value == "2024-05-13"
    when = _reports(nlp, "On Wednesday, when the talks collapsed, the union called a strike.")
    talks = next(r for t, r in when.items() if "collapsed" in t)
    assert talks.time.value == "2024-05-15" and talks.time.mod is None
