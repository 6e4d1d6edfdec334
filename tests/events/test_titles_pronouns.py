"""Titles whose subject is a pronoun, a dummy "it" or an unnamed speaker, on made-up sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.events.extract import extract_reports
from core.events.titles import short_name
from core.models import Granularity, Receipt, TimeExpression, TimexType
from core.nlp import load_nlp
from core.people.extract import person_mentions

ANCHOR = datetime(2024, 3, 8, 12, 0, tzinfo=UTC)
FRIDAY = date(2024, 3, 8)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _title(nlp, text: str, phrase: str = "Friday") -> str:  # type: ignore[no-untyped-def]
    """The title of the clause the last ``phrase`` of ``text`` dates."""
    doc = nlp(text)
    at = text.rindex(phrase)
    time = TimeExpression(at, at + len(phrase), phrase, TimexType.DATE, FRIDAY.isoformat(),
                          Granularity.DAY, FRIDAY, FRIDAY,
                          Receipt(ANCHOR, "publish date", "absolute.test", "test"))
    reports = [r for r in extract_reports(doc, "k", [time], person_mentions(doc))
               if r.time.start == at]
    assert reports, text
    return reports[0].title


def test_the_subject_of_the_previous_sentence_is_who_she_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The minister, Joan Pike, met Tom Hale in Oslo. She signed the accord on "
            "Friday.")
    assert _title(nlp, text) == "Pike signed the accord"


def test_a_name_with_the_other_genders_title_is_not_the_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mrs Dana Lowe left the hall. He was named chairman of the board on Friday."
    assert not any("Lowe" in title for title in _reports_at(nlp, text))


def test_told_someone_that_he_is_ambiguous_and_names_whom_they_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Lena Ortiz told Adam Kale on Friday that he should not run again."
    title = _title(nlp, text)
    assert title.startswith("President Lena Ortiz told Adam Kale he should not run")


def test_the_only_person_of_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Karl Brandt arrived at the court with his lawyer. He denied all the charges "
            "against him on Friday.")
    assert _title(nlp, text).startswith("Brandt denied all the charges")


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday it emerged that the harbour master Tom Reyes had resigned.",
     "The harbour master Tom Reyes had resigned"),
    ("It was announced on Friday that the ministry will close the northern port.",
     "The ministry will close the northern port"),
])
def test_an_extraposed_clause_behind_a_dummy_it_is_the_title(nlp, text: str,  # type: ignore[no-untyped-def]
                                                             expected: str) -> None:
    assert _title(nlp, text) == expected


def test_a_cleft_names_who_did_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "It was Dr Hanna Kell who made the costliest mistake on Friday."
    assert _title(nlp, text) == "Dr Hanna Kell made the costliest mistake"


def test_an_unnamed_speaker_gives_way_to_what_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Crowds filled the square. Among them, on Friday they said that the government "
            "was not willing to negotiate.")
    title = _title(nlp, text)
    assert not title.casefold().startswith("they ")
    assert "government was not willing to negotiate" in title


def test_it_is_the_subject_just_before_it_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("When the lender went to a German bank for a routine refinancing of its "
            "short-term debt, it met frozen credit markets on Friday.")
    assert _title(nlp, text).startswith("The lender met frozen credit markets")


def test_those_who_names_nobody_and_is_no_entry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The anger was aimed at those who bombed the city on Friday."
    assert _reports_at(nlp, text) == []  # "Those bombed the city" would misread


def test_short_name_drops_a_title_the_parser_left_on() -> None:
    assert short_name("Mrs Dana Lowe") == "Lowe"


def test_an_apposition_that_fits_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry, which had been idle for weeks, sailed to the islands on Friday."
    assert _title(nlp, text) == "The ferry, which had been idle for weeks, sailed to the islands"


def test_a_when_clause_reads_as_its_own_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("When the settlers first arrived on Friday, they were amazed at how wooded the "
            "valley was.")
    assert _title(nlp, text, "Friday") == "The settlers first arrived"



def test_a_long_clause_keeps_what_else_it_says_while_it_fits(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The ferry company cut 300 jobs at its shipyard on Friday, citing losses, and "
            "promised to sell its two oldest vessels to a rival operator from the north within "
            "a few years.")
    assert _title(nlp, text) == "The ferry company cut 300 jobs at its shipyard, citing losses"


@pytest.mark.parametrize(("text", "expected"), [
    ("The porcine virus is new. On Friday it seemed less lethal than the old strain.",
     "The porcine virus seemed less lethal than the old strain"),
])
def test_it_refers_unless_it_is_nobodys(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _title(nlp, text) == expected


def _reports_at(nlp, text: str, phrase: str = "Friday") -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    at = text.rindex(phrase)
    time = TimeExpression(at, at + len(phrase), phrase, TimexType.DATE, FRIDAY.isoformat(),
                          Granularity.DAY, FRIDAY, FRIDAY,
                          Receipt(ANCHOR, "publish date", "absolute.test", "test"))
    return [r.title for r in extract_reports(doc, "k", [time], person_mentions(doc))
            if r.time.start == at]


@pytest.mark.parametrize("text", [
    "The army advanced. On Friday it was 2:28 in the afternoon.",
    "The lorries queued at the border. On Friday it was a long and tiring day for everyone.",
    "Nobody expected the vote to pass. This was a turning point on Friday for the island.",
    "The crowd waited outside in the rain. On Friday he was a worried and lonely man.",
    "The crowd waited outside in the rain. On Friday he walked home along the river.",
    "The talks collapsed. That ruled out a ceasefire on Friday for the coastal towns.",
    "The ferry company met the unions. On Friday it took them six hours to agree on a date.",
])
def test_a_pronoun_that_names_nothing_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _reports_at(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The old mill stones went missing. On Friday they were sold at auction.",
     "The old mill stones were sold at auction"),
    ("The ferry company met the unions. On Friday it was in talks with the port authority.",
     "The ferry company was in talks with the port authority"),
])
def test_a_passive_or_a_resolved_pronoun_stays_an_event(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _reports_at(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("We saw the remarkable scenes that we have witnessed on Friday.",
     "The remarkable scenes that we have witnessed"),
    ("The ministry said it had heard on Friday that the mayor would resign.",
     "The ministry had heard that the mayor would resign"),
])
def test_a_title_does_not_open_on_that_or_it(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _title(nlp, text) == expected


def test_a_possessor_nobody_can_name_gives_way_to_the(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The crowd waited outside. On Friday their bus overturned on the coast road."
    assert _reports_at(nlp, text) == ["The bus overturned on the coast road"]
