"""Wire photo captions give no event; dated news prose in the present still does."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.events.extract import extract_reports
from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.temporal import resolve_times

PUBLISHED = datetime(2010, 6, 4, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _titles(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    times = resolve_times(doc, PUBLISHED)
    return [r.title for r in extract_reports(doc, "k", times, person_mentions(doc),
                                             PUBLISHED)]


@pytest.mark.parametrize("caption", [
    "A nurse checks the temperature of a passenger at the airport in Lima May 4, 2010.",
    "Firefighters are seen outside the burning warehouse in Osaka, June 2, 2010.",
    "Commuters wear masks on a crowded train in Santiago June 1, 2010. PRESSCO/Ana Ibarra",
    "Volunteers are unloading sacks of rice from a truck in Dhaka May 30, 2010.",
    "A clown leads a parade down the main street of Porto Verde October 3 1998.",
])
def test_a_photo_caption_is_not_an_event(nlp, caption: str) -> None:  # type: ignore[no-untyped-def]
    story = "The ministry has ordered every school in the capital to close until further notice."
    titles = _titles(nlp, f"{story}\n{caption}")
    assert len(titles) == 1 and "school" in titles[0]


@pytest.mark.parametrize("sentence", [
    "The new bridge opens to traffic on June 20, 2010.",
    "Mayor Ilse Brandt said the council had approved the budget on June 2, 2010.",
    "The court convicted the former director of fraud in Lisbon on June 1, 2010.",
    "Rescuers pulled a second survivor from the rubble in Osaka, June 2, 2010.",
    "The clerk is accused of leaking the memo between May 3 and May 28 2010.",
])
def test_dated_prose_is_still_an_event(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _titles(nlp, sentence)
