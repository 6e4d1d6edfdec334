"""Long clauses cut to a title at the end of a whole constituent, on made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from core.events.titles import TITLE_LIMIT
from core.nlp import load_nlp
from tests.events.test_titles import DAY, _reports


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _title(nlp, text: str, phrase: str, day: date) -> str:  # type: ignore[no-untyped-def]
    report = next(r for r in _reports(nlp, text, (phrase, day, DAY)) if r.time.text == phrase)
    assert len(report.title) <= TITLE_LIMIT
    return report.title


def test_a_long_clause_keeps_the_complement_of_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The council asked the regional water board on Tuesday to suspend all new drilling "
            "permits near the reservoir because of falling groundwater levels across the valley.")
    assert _title(nlp, text, "Tuesday", date(2024, 3, 5)) == (
        "The council asked the regional water board to suspend all new drilling permits")


def test_a_title_starts_at_the_subject_not_at_a_fronted_adverbial(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("In a packed hall on the edge of town, as protesters chanted outside, the mayor on "
            "Friday signed an order closing the old harbour bridge to all heavy lorries until the "
            "repairs are finished.")
    title = _title(nlp, text, "Friday", date(2024, 3, 8))
    assert title.startswith("The mayor signed an order closing the old harbour bridge")


def test_a_cut_never_leaves_a_verb_or_preposition_without_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The ferry operator's chief engineer had admitted on Monday to a charge of "
            "falsifying the safety logs of three vessels that carried passengers between the "
            "islands for a decade.")
    title = _title(nlp, text, "Monday", date(2024, 3, 4))
    assert title == ("The ferry operator's chief engineer had admitted to a charge of falsifying "
                     "the safety logs")


def test_a_time_that_owns_the_noun_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tanaka won last year's regional election on a promise to rebuild the flood defences."
    title = _title(nlp, text, "last year", date(2023, 1, 1))
    assert title.startswith("Tanaka won last year's regional election")
