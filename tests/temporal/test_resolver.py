"""Unit tests of narrative anchoring, intervals, receipts and the resolve_times contract."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from core.models import Granularity, TimexType
from core.temporal import resolve_times

FRI = datetime(2024, 5, 17, 12, tzinfo=UTC)  # Fri 17 May 2024


def by_text(text: str, anchor: datetime = FRI) -> dict[str, object]:
    return {t.text: t for t in resolve_times(text, anchor)}


class TestNarrativeAnchoring:
    def test_offset_counts_from_the_last_specific_date(self) -> None:
        found = by_text("The plant closed on March 4, 2024. Two days later, workers marched.")
        later = found["Two days later"]
        assert later.value == "2024-03-06"
        assert later.receipt.anchor_kind == "narrative date"
        assert later.receipt.anchor.date() == date(2024, 3, 4)

    def test_without_an_earlier_date_the_publish_date_is_used(self) -> None:
        later = by_text("Two days later, workers will march.")["Two days later"]
        assert later.value == "2024-05-19"
        assert later.receipt.anchor_kind == "publish date"
        assert later.receipt.anchor == FRI

    def test_past_narration_never_lands_after_the_publish_date(self) -> None:
        later = by_text("Two days later, workers marched.")["Two days later"]
        assert (later.type.value, later.value) == ("DURATION", "P2D")
        assert later.receipt.rule == "offset.later-length"

    def test_narrative_date_moves_forward_with_the_text(self) -> None:
        text = ("The fire began on Jan. 3, 2020. The next day, crews arrived. "
                "A week later the fire was out.")
        found = by_text(text)
        assert found["The next day"].value == "2020-01-04"
        assert found["A week later"].value == "2020-W02"

    def test_following_week_and_year(self) -> None:
        found = by_text("The plant closed on March 4, 2024. The following week, talks began.")
        assert found["The following week"].value == "2024-W11"
        found = by_text("The firm was founded in 1998. The following year it listed.")
        assert found["The following year"].value == "1999"

    def test_ago_counts_from_the_publish_date_even_after_a_narrative_date(self) -> None:
        found = by_text("The war began in 1939. Two days ago, veterans met.")
        assert found["Two days ago"].value == "2024-05-15"
        assert found["Two days ago"].receipt.anchor_kind == "publish date"

    def test_that_evening_is_the_narrative_day(self) -> None:
        found = by_text("The riots started on June 1, 2020. That evening, police arrived.")
        assert found["That evening"].value == "2020-06-01TEV"
        assert found["That evening"].type is TimexType.TIME

    def test_quarter_frame_for_a_year_ago(self) -> None:
        text = "Third-quarter profit rose 10% from a year ago."
        found = by_text(text, datetime(2024, 10, 1, 12, tzinfo=UTC))
        assert found["a year ago"].value == "2023-Q3"
        assert found["a year ago"].receipt.rule == "offset.year-ago-quarter"


class TestIntervals:
    def test_since_a_month_runs_to_the_publish_date(self) -> None:
        t = by_text("Prices have risen since November.")["since November"]
        assert t.value == "2023-11/2024-05-17"
        assert t.granularity is Granularity.INTERVAL
        assert (t.range_start, t.range_end) == (date(2023, 11, 1), date(2024, 5, 17))

    def test_from_to(self) -> None:
        t = by_text("The museum will be closed from June to August.")["from June to August"]
        assert t.value == "2024-06/2024-08"
        assert (t.range_start, t.range_end) == (date(2024, 6, 1), date(2024, 8, 31))

    def test_between_years(self) -> None:
        t = by_text("Between 2019 and 2021, sales doubled.")["Between 2019 and 2021"]
        assert t.value == "2019/2021"
        assert t.receipt.rule == "interval.from-to"

    def test_since_a_weekday(self) -> None:
        t = by_text("Prices have risen since Monday.")["since Monday"]
        assert t.value == "2024-05-13/2024-05-17"

    def test_backwards_pair_is_not_joined(self) -> None:
        found = by_text("It ran from 2021 to 2019 in error.")
        assert "from 2021 to 2019" not in found


    def test_a_comparison_since_is_not_an_interval(self) -> None:
        found = by_text("The strike was the first since 2015 and the longest since the 1970s.")
        assert found["2015"].value == "2015"
        assert found["the 1970s"].value == "197"

    def test_since_an_event_named_by_its_day_is_a_point(self) -> None:
        found = by_text("Since last Wednesday's walkout, ships have been rerouted.")
        assert found["last Wednesday"].value == "2024-05-15"


class TestModifiers:
    def test_prepositions_give_point_modifiers(self) -> None:
        found = by_text("Cranes arrive by 2026 but only after 2027 and before 2030.")
        assert found["2026"].mod == "ON_OR_BEFORE"
        assert found["2027"].mod == "AFTER"
        assert found["2030"].mod == "BEFORE"
        assert found["2026"].range_start == date(2026, 1, 1)

    def test_about_makes_a_duration_approximate_outside_its_span(self) -> None:
        t = by_text("The review will take about a month.")["a month"]
        assert (t.value, t.mod) == ("P1M", "APPROX")


class TestTense:
    def test_expected_to_and_through_point_forward(self) -> None:
        found = by_text("Mediators are expected to keep both sides at the table through Thursday.")
        assert found["Thursday"].value == "2024-05-23"

    def test_a_possessive_weekday_is_a_known_event(self) -> None:
        found = by_text("Lawyers said they would look for ways around Wednesday's ruling.")
        assert found["Wednesday"].value == "2024-05-15"

    def test_future_clause_naming_yesterday_reads_as_reported_speech(self) -> None:
        found = by_text("He said Thursday that the union will return to work.")
        assert found["Thursday"].value == "2024-05-16"


class TestReceipts:
    def test_receipt_explains_tense_and_anchor(self) -> None:
        t = by_text("The case was filed last November.")["last November"]
        assert t.receipt.rule == "relative.month-name"
        assert t.receipt.anchor_kind == "publish date"
        assert t.receipt.explanation.startswith("'last November'")
        assert "Fri 17 May 2024" in t.receipt.explanation
        assert t.receipt.explanation.endswith("-> Nov 2023")

    def test_weekday_receipt_names_the_tense(self) -> None:
        t = by_text("The committee will vote on Tuesday.")["Tuesday"]
        assert "future-tense clause" in t.receipt.explanation
        assert t.receipt.rule == "tense.weekday"

    def test_absolute_dates_need_no_anchor(self) -> None:
        t = by_text("It opened on 3 May 2021.")["3 May 2021"]
        assert t.receipt.anchor_kind == "none"

    def test_rule_ids_are_stable_strings(self) -> None:
        for t in resolve_times("Yesterday, last week, in 2020 and every Monday.", FRI):
            assert t.receipt.rule and "." in t.receipt.rule
            assert t.receipt.anchor.tzinfo is not None


class TestContract:
    def test_offsets_index_the_text(self) -> None:
        text = "On Friday, officials said prices fell 5% last year."
        for t in resolve_times(text, FRI):
            assert text[t.start:t.end] == t.text

    def test_results_are_in_text_order(self) -> None:
        found = resolve_times("Tomorrow and yesterday and in 1999 and now.", FRI)
        assert [t.start for t in found] == sorted(t.start for t in found)

    def test_ranges_and_granularity_come_from_the_value(self) -> None:
        t = by_text("Earlier this week, the mayor resigned.")["Earlier this week"]
        assert t.granularity is Granularity.WEEK
        assert t.value == "2024-W20"  # the value is the week; "earlier" narrows the range
        assert (t.range_start, t.range_end) == (date(2024, 5, 13), date(2024, 5, 17))
        d = by_text("Rates rose over the past year.")["the past year"]
        assert d.type is TimexType.DURATION and d.range_start is None

    def test_modifiers(self) -> None:
        found = by_text("It grew in early 2024, late last year and mid-2023 for nearly a decade.")
        assert found["early 2024"].mod == "START"
        assert found["late last year"].mod == "END"
        assert found["mid-2023"].mod == "MID"
        assert found["nearly a decade"].mod == "APPROX"

    def test_naive_anchor_is_rejected(self) -> None:
        with pytest.raises(ValueError):
            resolve_times("today", datetime(2024, 5, 17))

    def test_anchor_time_zone_is_kept(self) -> None:
        tz = timezone(timedelta(hours=-5))
        t = resolve_times("yesterday", datetime(2024, 5, 17, 9, tzinfo=tz))[0]
        assert t.value == "2024-05-16"
        assert t.receipt.anchor.tzinfo == tz

    def test_empty_text(self) -> None:
        assert resolve_times("", FRI) == []


@pytest.mark.slow
class TestWithSpacy:
    def test_doc_entities_block_names(self) -> None:
        from core.nlp import load_nlp

        nlp = load_nlp()
        doc = nlp("Theresa May met Jan Leike in London on Friday and left in May.")
        found = resolve_times(doc, FRI)
        assert [(t.text, t.value) for t in found] == [("Friday", "2024-05-17"),
                                                       ("May", "2024-05")]

    def test_tags_decide_tense(self) -> None:
        from core.nlp import load_nlp

        doc = load_nlp()("The committee will vote on Tuesday. Officials met Thursday.")
        found = {t.text: t.value for t in resolve_times(doc, FRI)}
        assert found == {"Tuesday": "2024-05-21", "Thursday": "2024-05-16"}

    def test_string_with_nlp(self) -> None:
        from core.nlp import load_nlp

        found = resolve_times("April Moreno spoke on Monday.", FRI, nlp=load_nlp())
        assert [(t.text, t.value) for t in found] == [("Monday", "2024-05-13")]

    def test_tags_keep_present_scheduling_future(self) -> None:
        from core.nlp import load_nlp

        doc = load_nlp()("The board meets Monday. Leaders meet again Saturday. "
                         "The board said Tuesday it would expand.")
        found = {t.text: t.value for t in resolve_times(doc, FRI)}
        assert found == {"Monday": "2024-05-20", "Saturday": "2024-05-18",
                         "Tuesday": "2024-05-14"}
