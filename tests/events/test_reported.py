"""Reported events: statements without a time phrase, placed on or before the publish date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.extract import extract_reports
from core.events.importance import importance
from core.events.reported import REPORTED_CONFIDENCE, REPORTED_RULE, quoted_share
from core.models import Granularity, Report
from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.temporal import resolve_times

PUBLISHED = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _reports(nlp, text: str, *, lead: bool = True) -> list[Report]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    times = resolve_times(doc, PUBLISHED)
    return extract_reports(doc, "k", times, person_mentions(doc), PUBLISHED, lead=lead)


def _reported(reports: list[Report]) -> list[Report]:
    return [r for r in reports if r.time.granularity is Granularity.REPORTED]


def test_the_lead_is_a_reported_event_on_or_before_the_publish_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A court has ordered the former transport minister to stand trial for fraud.\n\n"
            "The case concerns contracts for a ferry terminal.")
    [lead] = _reported(_reports(nlp, text))
    assert lead.sentence.startswith("A court has ordered")
    assert lead.time.value == "2024-05-17" and lead.time.mod == "ON_OR_BEFORE"
    assert lead.time.range_start == lead.time.range_end == date(2024, 5, 17)
    assert lead.time.receipt.rule == REPORTED_RULE
    assert "reported on or before the publish date" in lead.time.receipt.explanation
    assert lead.confidence == REPORTED_CONFIDENCE
    assert "ordered" in lead.title


def test_statements_naming_a_person_are_events_and_others_are_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police arrested three men near the harbour after a night of protests.\n\n"
            "Harbour master Ilse Varga said the quay had been closed to traffic.\n\n"
            "Officers searched two warehouses near the quay.")
    sentences = [r.sentence for r in _reported(_reports(nlp, text))]
    assert sentences == [
        "Police arrested three men near the harbour after a night of protests.",
        "Harbour master Ilse Varga said the quay had been closed to traffic.",
    ]


@pytest.mark.parametrize("sentence", [
    "Will the council approve the new ferry timetable before the summer, Mayor Ilse Varga?",
    "Mayor Ilse Varga will announce the new ferry timetable at the council meeting.",
    "Mayor Ilse Varga would have approved the new timetable if the council had agreed.",
    "Mayor Ilse Varga thinks the ferry timetable is far too ambitious for the town.",
    '"We have never seen anything like this in our lifetime," said Mayor Ilse Varga.',
    "I spoke with Mayor Ilse Varga about the ferry timetable for an hour.",
    "MAYOR ILSE VARGA SPEAKS ABOUT THE NEW FERRY TIMETABLE",
    "Ilse Varga.",
])
def test_opinion_questions_plans_quotes_and_headings_are_not_events(  # type: ignore[no-untyped-def]
        nlp, sentence: str) -> None:
    text = "The ferry service resumed after the storm, officials confirmed.\n\n" + sentence
    reported = _reported(_reports(nlp, text))
    assert [r.sentence for r in reported] == [
        "The ferry service resumed after the storm, officials confirmed."]


def test_a_sentence_with_its_own_date_is_not_also_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Ilse Varga resigned on Tuesday after the vote."
    reports = _reports(nlp, text)
    assert len(reports) == 1
    assert reports[0].time.granularity is Granularity.DAY
    assert reports[0].time.value == "2024-05-14"


def test_a_later_piece_of_a_long_article_has_no_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested three men near the harbour after a night of protests."
    assert _reported(_reports(nlp, text, lead=False)) == []


def test_without_a_publish_date_nothing_is_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police arrested three men near the harbour after a night of protests.")
    assert extract_reports(doc, "k", [], person_mentions(doc)) == []


def test_quoted_share_counts_letters_inside_quotation_marks() -> None:
    assert quoted_share('"We will rebuild," she said.') == pytest.approx(13 / 20)
    assert quoted_share("She said the quay was closed.") == 0.0
    assert quoted_share("“Open quote running on") == 1.0


def test_importance_rewards_sources_leads_precision_and_people() -> None:
    one_day = importance(1, 0, Granularity.DAY, 0)
    assert importance(3, 0, Granularity.DAY, 0) > one_day
    assert importance(1, 1, Granularity.DAY, 0) > one_day
    assert importance(1, 0, Granularity.DAY, 1) > one_day
    # a lead told without a date still outranks a year, not a dated day
    assert one_day > importance(1, 1, Granularity.REPORTED, 0) > importance(
        1, 0, Granularity.YEAR, 0)
    assert importance(1, 0, Granularity.REPORTED, 0) < importance(1, 1, Granularity.REPORTED, 0)
    assert importance(0, 0, Granularity.DAY, 2) == 0.0
