"""Unit tests for clauses, titles, people and confidence of reports, on made-up sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.extract import confidence, extract_reports
from core.models import Granularity, Receipt, TimeExpression, TimexType
from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.temporal import resolve_times

ANCHOR = datetime(2024, 3, 8, 12, 0, tzinfo=UTC)


def _time(text: str, phrase: str, day: date, rule: str = "absolute.full-date",
          gran: Granularity = Granularity.DAY, kind: TimexType = TimexType.DATE
          ) -> TimeExpression:
    at = text.index(phrase)
    dated = kind in (TimexType.DATE, TimexType.TIME)
    return TimeExpression(at, at + len(phrase), phrase, kind, day.isoformat(), gran,
                          day if dated else None, day if dated else None,
                          Receipt(ANCHOR, "publish date", rule, "test"))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def test_two_dated_clauses_give_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("After Nadia Ferro left earlier this week, chairman Oskar Lindt announced on "
            "Friday morning that the ferry service would close.")
    doc = nlp(text)
    times = [_time(text, "earlier this week", date(2024, 3, 5), "relative.this-week",
                   Granularity.WEEK),
             _time(text, "Friday morning", date(2024, 3, 8), "tense.weekday")]
    reports = extract_reports(doc, "k", times, person_mentions(doc))
    assert len(reports) == 2
    first, second = reports
    assert [p.name for p in first.people] == ["Nadia Ferro"]
    assert [p.name for p in second.people] == ["Oskar Lindt"]
    assert "Lindt announced" in second.title and len(second.title) <= 90
    assert first.confidence < second.confidence


def test_pronoun_subject_implies_the_one_person_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mrs. Nadia Ferro said she opposed the plan. She resigned on Thursday."
    doc = nlp(text)
    times = [_time(text, "Thursday", date(2024, 3, 7), "tense.weekday")]
    (report,) = extract_reports(doc, "k", times, person_mentions(doc))
    assert [(p.name, p.implied) for p in report.people] == [("Nadia Ferro", True)]


def test_durations_and_verbless_lines_are_not_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry ran for three years.\n\nRead next: Friday ferry timetable"
    doc = nlp(text)
    times = [_time(text, "three years", date(2024, 3, 1), "duration.amount",
                   Granularity.DURATION, TimexType.DURATION),
             _time(text, "Friday", date(2024, 3, 8), "tense.weekday")]
    assert extract_reports(doc, "k", times, person_mentions(doc)) == []


def test_roles_and_possessives_in_mentions(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ferry company CEO Oskar Lindt said on Friday that Lindt’s plan was final.")
    mentions = {m.name: m.role for m in person_mentions(doc) if m.label == "PERSON"}
    assert mentions.get("Oskar Lindt") == "CEO"


def test_explicit_dates_are_surer_than_vague_ones() -> None:
    text = "x on 4 March 2024 and y"
    explicit = _time(text, "4 March 2024", date(2024, 3, 4))
    vague = _time(text, "x", date(2024, 3, 4), "vague", Granularity.DAY)
    assert confidence(explicit) > confidence(vague)


@pytest.mark.parametrize(("text", "dated"), [
    ("The city was founded in the third century by traders.", []),
    ("The dynasty has ruled since the 18th century, officials said.", []),
    ("The family has sent a son to every war since 1776.", ["since 1776"]),
    ("The plant closed in the 1990s.", ["the 1990s"]),
    ("The bank collapsed on Monday.", ["Monday"]),
])
def test_a_century_is_background_not_a_story_event(nlp, text: str, dated: list[str]  # type: ignore[no-untyped-def]
                                                   ) -> None:
    doc = nlp(text)
    times = resolve_times(doc, ANCHOR)
    reports = extract_reports(doc, "k", times, person_mentions(doc))
    assert [r.time.text for r in reports] == dated
