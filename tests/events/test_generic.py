"""Dates a clause's verb rules out: a "today" meaning nowadays, a simple past after publication."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.extract import extract_reports
from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.temporal import resolve_times

ANCHOR = datetime(2024, 5, 17, 12, tzinfo=UTC)

GENERIC = [
    "There is no shortage of cheap housing in the valley today.",
    "Farmers today are far more dependent on credit than their parents were.",
    "Today, that old rivalry remains the defining fact of local politics.",
    "Few today would argue that the reform went far enough.",
    "The old mill town would be unrecognisable today.",
    "She should have been on the ward today.",
    "Most families today seem unable to save anything at all.",
    "Many savers don't trust the banks today.",
]
SPECIFIC = [
    "The council voted today to close the branch library.",
    "Union leaders are meeting the transport secretary today.",
    "A report published today suggests waiting lists have doubled.",
    "The minister says today that no decision has been taken.",
    "The strike has cost the port two million pounds today.",
    "The president will visit the flooded towns today.",
    "The committee votes today on the budget.",
    "The director is due to brief staff on the review today.",
    "Schools across the region were shut today after the storm.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _dated(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    reports = extract_reports(doc, "k", resolve_times(doc, ANCHOR), person_mentions(doc))
    return [r.time.value for r in reports]


@pytest.mark.parametrize("text", GENERIC)
def test_nowadays_today_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _dated(nlp, text) == []


@pytest.mark.parametrize("text", SPECIFIC)
def test_the_days_news_is_dated_today(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _dated(nlp, text) == ["2024-05-17"]


@pytest.mark.parametrize(("text", "dated"), [
    ("Two decades later, the contractor drew up the supply plan.", []),
    ("A century later the town council finally sent its apology.", []),
    ("The union said the strike would end in two weeks.", ["2024-W22"]),
    ("The ferry sank on Tuesday.", ["2024-05-14"]),
    ("The council will vote next Friday.", ["2024-05-24"]),
])
def test_a_simple_past_is_never_dated_after_publication(nlp, text: str, dated: list[str]  # type: ignore[no-untyped-def]
                                                        ) -> None:
    assert _dated(nlp, text) == dated
