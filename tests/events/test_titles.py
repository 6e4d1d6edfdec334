"""Titles of reports and clauses with more than one date, on made-up sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.extract import extract_reports
from core.events.titles import _dangles, short_name
from core.models import Granularity, Receipt, Report, TimeExpression, TimexType
from core.nlp import load_nlp
from core.people.extract import person_mentions

ANCHOR = datetime(2024, 3, 8, 12, 0, tzinfo=UTC)


def _time(text: str, phrase: str, day: date, gran: Granularity = Granularity.DAY
          ) -> TimeExpression:
    at = text.index(phrase)
    return TimeExpression(at, at + len(phrase), phrase, TimexType.DATE, day.isoformat(), gran,
                          day, day, Receipt(ANCHOR, "publish date", "absolute.test", "test"))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _reports(nlp, text: str, *times: tuple[str, date, Granularity]  # type: ignore[no-untyped-def]
             ) -> list[Report]:
    doc = nlp(text)
    found = [_time(text, phrase, day, gran) for phrase, day, gran in times]
    return extract_reports(doc, "k", found, person_mentions(doc))


DAY = Granularity.DAY


def test_reporting_verb_title_keeps_what_was_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Union leader Ana Ventura said on Friday that members will vote on the offer."
    (report,) = _reports(nlp, text, ("Friday", date(2024, 3, 8), DAY))
    assert report.title == "Union leader Ana Ventura said members will vote on the offer"


def test_a_speaker_after_the_quote_comes_first_in_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We will rebuild the pier," said Tom Reyes, the harbour master, on Friday.'
    (report,) = _reports(nlp, text, ("Friday", date(2024, 3, 8), DAY))
    assert report.title == "Tom Reyes said we will rebuild the pier"


def test_reported_clause_first_still_names_who_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The board placed chief executive Lena Voss on leave, the company announced on "
            "Wednesday, and named a successor.")
    (report,) = _reports(nlp, text, ("Wednesday", date(2024, 3, 6), DAY))
    assert report.title.startswith("The company announced the board placed")
    assert "Lena Voss on leave" in report.title


def test_titles_keep_determiners_and_numbers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "More than 300 dock workers signed the petition on Monday, the union said."
    (report,) = _reports(nlp, text, ("Monday", date(2024, 3, 4), DAY))
    assert report.title == "More than 300 dock workers signed the petition"


def test_a_participle_dated_on_its_own_is_the_event_of_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The vote followed the tentative deal struck on May 26 after a long weekend session."
    (report,) = _reports(nlp, text, ("May 26", date(2024, 5, 26), DAY))
    assert report.title.startswith("The tentative deal was struck")


def test_long_titles_end_on_a_word_or_an_ellipsis(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Harbour commissioner Ingrid Solheim-Navarro confirmed on Tuesday that the "
            "regional transport authority's extraordinary infrastructure renewal committee "
            "had unanimously recommended postponing the northern breakwater reconstruction "
            "programme until the independent environmental assessment is complete.")
    (report,) = _reports(nlp, text, ("Tuesday", date(2024, 3, 5), DAY))
    assert len(report.title) <= 90
    words = set(text.replace(",", " ").replace(".", " ").split())
    last = report.title.rstrip("…").split()[-1]
    assert report.title.endswith("…") or last in words


def test_one_clause_with_two_dates_keeps_the_finer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry service stopped in March 2024 on Monday morning."
    reports = _reports(nlp, text, ("March 2024", date(2024, 3, 1), Granularity.MONTH),
                       ("Monday", date(2024, 3, 4), DAY))
    assert [r.time.text for r in reports] == ["Monday"]


def test_two_clauses_with_a_date_each_lose_neither(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The ferry service, which opened in 2019, stopped on Monday after the operator "
            "went bankrupt last week.")
    reports = _reports(nlp, text, ("2019", date(2019, 1, 1), Granularity.YEAR),
                       ("Monday", date(2024, 3, 4), DAY),
                       ("last week", date(2024, 2, 26), Granularity.WEEK))
    assert sorted(r.time.text for r in reports) == ["2019", "Monday", "last week"]
    assert all(r.title for r in reports)


def _title(nlp, text: str, phrase: str, day: date,  # type: ignore[no-untyped-def]
           gran: Granularity = DAY) -> str:
    reports = _reports(nlp, text, (phrase, day, gran))
    assert reports, text
    return reports[0].title


def test_an_open_quotation_at_the_end_is_closed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'On Monday, the mood at the depot was "grim."'
    title = _title(nlp, text, "Monday", date(2024, 3, 4))
    assert title == 'The mood at the depot was "grim"'


def test_curly_quotes_are_balanced_too(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Last week, Tomas Berg predicted that the merger would be “a slow disaster.”"
    title = _title(nlp, text, "Last week", date(2024, 2, 26), Granularity.WEEK)
    assert title.count("“") == title.count("”")


def test_money_keeps_its_sign_and_scale(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The bakery chain has raised more than $90 million, including a $40 million "
            "round led by Orchard Partners last year.")
    titles = [r.title for r in _reports(nlp, text, ("last year", date(2023, 1, 1),
                                                    Granularity.YEAR))]
    assert any("$40 million" in t for t in titles), titles


def test_whose_takes_the_name_it_refers_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mara Quist, whose dismissal last month set off the protests, said she was calm."
    title = _title(nlp, text, "last month", date(2024, 2, 1), Granularity.MONTH)
    assert title == "Mara Quist's dismissal set off the protests"


def test_some_of_whom_takes_the_noun_it_refers_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Anger was loudest among older drivers, some of whom argued on Tuesday that "
            "the depot should close.")
    title = _title(nlp, text, "Tuesday", date(2024, 3, 5))
    assert not title.casefold().startswith("some of whom")
    assert "older drivers" in title


def test_a_hyphenated_verb_keeps_its_prefix_and_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ada Brill co-founded Lumen Bikes in 2015 and ran it for nearly six years."
    title = _title(nlp, text, "2015", date(2015, 1, 1), Granularity.YEAR)
    assert title.startswith("Ada Brill co-founded Lumen Bikes")


def test_of_two_subjects_the_one_next_to_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Analysts estimate that each day of the closure delays roughly 9,000 parcels, "
            "and at least six lorries were parked outside on Thursday waiting for loads.")
    title = _title(nlp, text, "Thursday", date(2024, 3, 7))
    assert title.startswith("At least six lorries were parked")


def test_a_bare_participle_borrows_its_nouns_predicate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The county chemist said that readings taken last week showed nitrate levels "
            "had doubled.")
    title = _title(nlp, text, "last week", date(2024, 2, 26), Granularity.WEEK)
    assert title.startswith("Readings taken showed nitrate levels")


def test_auxiliaries_and_negation_stay_with_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The two ministers, who have left or been dismissed since the spring, did not "
            "sign the harbour agreement on Tuesday despite weeks of talks with the port "
            "authority and the fishing cooperatives of the northern coast.")
    title = _title(nlp, text, "Tuesday", date(2024, 3, 5))
    assert "did not sign" in title


def test_a_short_clause_keeps_its_time_rather_than_read_as_a_fragment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry operator's chief executive resigned on Monday, the union said."
    title = _title(nlp, text, "Monday", date(2024, 3, 4))
    assert len(title.split()) > 3
    assert title.startswith("The ferry operator's chief executive resigned")


def test_a_bare_participle_reads_as_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Critics revived an idea first floated in 2015 by the harbour board."
    titles = [r.title for r in _reports(nlp, text, ("2015", date(2015, 1, 1),
                                                    Granularity.YEAR))]
    assert titles == ["An idea was first floated by the harbour board"]


@pytest.mark.parametrize("title", [
    "His government learned only on", "The government had claimed was", "The group met the",
])
def test_function_words_at_the_end_dangle(title: str) -> None:
    assert _dangles(title)


def test_no_dangling_preposition_where_the_time_phrase_was(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Officials at the ministry learned only on Thursday night what kind of virus "
            "the coastal towns were facing after tests by laboratories in three countries "
            "confirmed the outbreak as a strain not previously seen in pigs.")
    title = _title(nlp, text, "Thursday night", date(2024, 3, 7))
    assert " on what" not in title and not _dangles(title)
    assert len(title) <= 90


def test_a_pronoun_subject_becomes_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The board met Ada Oyelaran for a third interview. She was named chief "
            "executive of the port authority on Friday.")
    title = _title(nlp, text, "Friday", date(2024, 3, 8))
    assert title == "Oyelaran was named chief executive of the port authority"


def test_a_possessive_pronoun_becomes_the_persons_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Prime minister Tomas Berg spoke to reporters in the capital. His government "
            "announced new border checks on Thursday.")
    title = _title(nlp, text, "Thursday", date(2024, 3, 7))
    assert title.startswith("Berg's government announced new border checks")


def test_it_becomes_the_organisation_that_spoke(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The airline said it was cancelling all flights to the islands until May 5."
    title = _title(nlp, text, "May 5", date(2024, 5, 5))
    assert not title.casefold().startswith("it ")


def test_a_pronoun_with_two_candidates_names_nobody_and_is_no_entry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Mara Quist and Ines Talbot met the mayor. She resigned from the council on "
            "Monday after the vote.")
    assert _reports(nlp, text, ("Monday", date(2024, 3, 4), DAY)) == []


def test_titles_have_no_leftover_punctuation_and_fit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("On Monday, the regional transport authority's extraordinary committee -- "
            "which had met in private -- unanimously recommended postponing the northern "
            "breakwater reconstruction programme until an independent environmental "
            "assessment of the whole estuary is complete; the minister agreed.")
    title = _title(nlp, text, "On Monday", date(2024, 3, 4))
    assert len(title) <= 90
    assert title[-1] not in ",;:-–—(" and "--" not in title and " ," not in title


@pytest.mark.parametrize(("name", "short"), [
    ("Ada Oyelaran", "Oyelaran"), ("John F. Kennedy", "Kennedy"), ("Kim Jong-un", "Kim Jong-un"),
    ("Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi"), ("Tom Hale Jr", "Tom Hale Jr"),
])
def test_short_names(name: str, short: str) -> None:
    assert short_name(name) == short
