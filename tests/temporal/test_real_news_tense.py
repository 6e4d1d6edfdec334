"""Tense and anchoring on real-news phrasing: publish date + sentence -> TIMEX3 value.

Every sentence is invented in the style of wire and newspaper copy; every expected value was
worked out by hand (weekdays checked with Python's calendar). The classes, from issue 12:

* bare month-days in past narration (chronology boxes, "since the 3 May vote") resolve to
  the past; with no cue the nearest occurrence, ahead only within a few months;
* past-tense weekdays stay in the past ("dismissed the findings Wednesday", "By Sunday the
  letter had circulated");
* a clock time with an explicit date in its phrase or sentence takes that date, not a stale
  narrative one;
* "earlier this week" ends at the publish date, "later this week" starts after it (the value
  stays the week, as in TimeML; the range narrows);
* the receipt names the rule that fired, and ``dateline timex`` uses the same code path.

Publish dates used:

* OCT = Fri 15 Oct 2010, AUG = Fri 20 Aug 2010, NOV = Mon 2 Nov 2009
* FEB = Fri 4 Feb 2011, JAN = Mon 31 Jan 2011, MAR = Tue 1 Mar 2011
* FRI = Fri 22 Apr 2011, TUE = Tue 19 Apr 2011 (both ISO week 2011-W16)
* WED = Wed 15 May 2024 (ISO week 2024-W20)
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from core.temporal import resolve_times
from core.temporal.timex import tag_document
from temporal.resolve_helpers import anchor, find

OCT, AUG, NOV = "2010-10-15", "2010-08-20", "2009-11-02"
FEB, JAN, MAR = "2011-02-04", "2011-01-31", "2011-03-01"
FRI, TUE, WED = "2011-04-22", "2011-04-19", "2024-05-15"






# (publish date, sentence, phrase, expected value)
PAST_MONTH_DAYS: list[tuple[str, str, str, str]] = [
    (OCT, "June 4 - Talks collapse after the opposition walks out.", "June 4", "2010-06-04"),
    (FEB, "June 4 - Talks collapse after the opposition walks out.", "June 4", "2010-06-04"),
    (FEB, "April 18: Rebels seize the northern airport.", "April 18", "2010-04-18"),
    (FEB, "March 2 – The finance minister resigns.", "March 2", "2010-03-02"),
    (FEB, "The tanker was seized off the coast on April 18.", "April 18", "2010-04-18"),
    (FEB, "The boy vanished from his school on June 4.", "June 4", "2010-06-04"),
    (FEB, "Investigators said the couple was last seen at a petrol station on May 26.",
     "May 26", "2010-05-26"),
    (FEB, "Police arrested him on Dec. 28 after a tip-off.", "Dec. 28", "2010-12-28"),
    (FEB, "He had filed the complaint on Sept. 9, lawyers said.", "Sept. 9", "2010-09-09"),
    (MAR, "The ceasefire, agreed on March 20, collapsed within hours.", "March 20",
     "2010-03-20"),
    (OCT, "The lender failed on November 2 and was taken over by regulators.", "November 2",
     "2009-11-02"),
    (NOV, "Protesters gathered outside parliament on October 30.", "October 30", "2009-10-30"),
    (JAN, "Prices peaked on December 15 before easing.", "December 15", "2010-12-15"),
    (FEB, "The miners were rescued on October 13 after 69 days underground.", "October 13",
     "2010-10-13"),
    (FEB, "She was sworn in on February 20 amid heavy security.", "February 20",
     "2010-02-20"),
    (MAR, "The dam burst on March 14, flooding three villages.", "March 14", "2010-03-14"),
    (AUG, "Turmoil followed the 3 May vote.", "the 3 May", "2010-05-03"),
    (AUG, "The party has been in turmoil since the 3 May vote.", "since the 3 May",
     "2010-05-03/2010-08-20"),
    (FEB, "Support has fallen sharply since the 3 May vote.", "since the 3 May",
     "2010-05-03/2011-02-04"),
    (OCT, "Fighting has continued since August 28.", "since August 28",
     "2010-08-28/2010-10-15"),
]

UNCUED_AND_FUTURE_MONTH_DAYS: list[tuple[str, str, str, str]] = [
    (OCT, "The summit is scheduled for November 12.", "November 12", "2010-11-12"),
    (OCT, "Elections will be held on December 5.", "December 5", "2010-12-05"),
    (FEB, "Voters go to the polls on February 20.", "February 20", "2011-02-20"),
    (FEB, "The new rules take effect on March 1.", "March 1", "2011-03-01"),
    (OCT, "The deadline for bids is November 30.", "November 30", "2010-11-30"),
    (FEB, "The court will hear the appeal on June 4.", "June 4", "2011-06-04"),
    (FEB, "The trial is set for April 18.", "April 18", "2011-04-18"),
    (OCT, "The dividend is payable Dec. 15 to holders of record.", "Dec. 15", "2010-12-15"),
    (FEB, "The June 4 anniversary is a sensitive date for the government.", "June 4",
     "2010-06-04"),
    (OCT, "Talks resume on October 18 in Geneva.", "October 18", "2010-10-18"),
    (OCT, "The October 11 talks ended without agreement.", "October 11", "2010-10-11"),
    (FEB, "The lenders have extended the deadline to March 31.", "March 31", "2011-03-31"),
    (FEB, "The company expects to close the sale on March 15.", "March 15", "2011-03-15"),
    (OCT, "Ministers are due to meet on October 25.", "October 25", "2010-10-25"),
]

# (publish date, sentence, phrase, expected value)
WEEKDAYS: list[tuple[str, str, str, str]] = [
    (FRI, "Officials dismissed the findings Wednesday.", "Wednesday", "2011-04-20"),
    (FRI, "The ministry dismissed the findings on Wednesday as politically motivated.",
     "Wednesday", "2011-04-20"),
    (TUE, "By Sunday the letter had circulated widely among MPs.", "Sunday", "2011-04-17"),
    (TUE, "By Sunday, the petition had gathered 40,000 signatures.", "Sunday", "2011-04-17"),
    (TUE, "By Friday the board will have to decide.", "Friday", "2011-04-22"),
    (TUE, "The union must respond by Thursday.", "Thursday", "2011-04-21"),
    (JAN, "The envoy, who returned to Cairo on Thursday, met the foreign minister.",
     "Thursday", "2011-01-27"),
    (JAN, "She came to see her family on Friday and stayed.", "Friday", "2011-01-28"),
    (JAN, "The veteran actor died of a heart attack on Saturday.", "Saturday", "2011-01-29"),
    (FRI, "Three people fled the building on Monday.", "Monday", "2011-04-18"),
    (FRI, "The government announced a new spending plan Thursday.", "Thursday",
     "2011-04-21"),
    (FRI, "The proposal was under review by European ministers Tuesday.", "Tuesday",
     "2011-04-19"),
    (FRI, "The agency says on Wednesday that it will appeal.", "Wednesday", "2011-04-20"),
    (FRI, "The agency says Thursday it has no evidence of fraud.", "Thursday", "2011-04-21"),
    (TUE, "Negotiators agreed to meet again on Thursday.", "Thursday", "2011-04-21"),
    (TUE, "The mayor had planned to leave on Sunday but stayed.", "Sunday", "2011-04-17"),
    (TUE, "Workers were forced to leave on Monday.", "Monday", "2011-04-18"),
    (TUE, "The minister had to cancel his visit on Friday.", "Friday", "2011-04-15"),
    (TUE, "The committee meets Thursday to review the case.", "Thursday", "2011-04-21"),
    (TUE, "The strike began on Sunday.", "Sunday", "2011-04-17"),
    (FRI, "The talks turned to security on Wednesday.", "Wednesday", "2011-04-20"),
    (FRI, "The vote was postponed until Tuesday.", "Tuesday", "2011-04-26"),
    (FRI, "Rescuers pulled two survivors from the rubble on Tuesday.", "Tuesday",
     "2011-04-19"),
    (TUE, "Police could not be reached on Monday.", "Monday", "2011-04-18"),
    (FRI, "The results are expected on Monday.", "Monday", "2011-04-25"),
    (TUE, "A rally is planned for Saturday.", "Saturday", "2011-04-23"),
    (TUE, "The offer had been due to expire on Friday.", "Friday", "2011-04-15"),
    (FRI, "The shares were sold to a rival bidder on Wednesday.", "Wednesday", "2011-04-20"),
    (FRI, "The two leaders meet separately Monday with the mediator.", "Monday",
     "2011-04-25"),
    (FRI, "The exchange is to resume trading in the shares Tuesday.", "Tuesday",
     "2011-04-26"),
]

# (publish date, text, phrase, expected value)
CLOCKS: list[tuple[str, str, str, str]] = [
    (MAR, "On 1 March 2008, police arrived.\nAt 9:42 a.m. on 3 March 2011, the first shots "
     "were fired.", "9:42 a.m. on 3 March 2011", "2011-03-03T09:42"),
    (MAR, "Police arrived on 1 March 2008. At 9:42 a.m. on March 3, 2011, shots were fired.",
     "9:42 a.m. on March 3, 2011", "2011-03-03T09:42"),
    (MAR, "The session began on 1 March 2008. At 10:15 p.m., the army said, on 2 March 2011 "
     "the curfew began.", "10:15 p.m.", "2011-03-02T22:15"),
    (MAR, "On 20 February 2011 the rally began. At 4 p.m. police moved in.", "4 p.m.",
     "2011-02-20T16:00"),
    (MAR, "On 20 February 2011 the rally began. At 4 p.m. police moved in. On 22 February "
     "2011 the army left.", "4 p.m.", "2011-02-20T16:00"),
    (MAR, "The blast came at 7:05 a.m., on Thursday 24 February, witnesses said.",
     "7:05 a.m., on Thursday 24 February", "2011-02-24T07:05"),
    (OCT, "The statement was issued at 5 p.m. EST, Oct. 12.", "5 p.m. EST, Oct. 12",
     "2010-10-12T17:00"),
    (MAR, "At 11 p.m. on 28 February the station went silent.", "11 p.m. on 28 February",
     "2011-02-28T23:00"),
    (MAR, "Shelling resumed at 2 a.m. Monday.", "2 a.m. Monday", "2011-02-28T02:00"),
    (MAR, "Back in 1998 the plant opened.\nAt 6 a.m. on the 27th of February the reactor "
     "shut down.", "6 a.m. on the 27th of February", "2011-02-27T06:00"),
]

# (publish date, sentence, phrase, value, range start, range end)
PARTS_OF_UNITS: list[tuple[str, str, str, str, str, str]] = [
    (WED, "Ministers met earlier this week.", "earlier this week", "2024-W20", "2024-05-13",
     "2024-05-15"),
    (WED, "The vote comes later this week.", "later this week", "2024-W20", "2024-05-16",
     "2024-05-19"),
    (WED, "Sales rose earlier this month.", "earlier this month", "2024-05", "2024-05-01",
     "2024-05-15"),
    (WED, "A report is due later this month.", "later this month", "2024-05", "2024-05-16",
     "2024-05-31"),
    (WED, "Prices fell earlier this year.", "earlier this year", "2024", "2024-01-01",
     "2024-05-15"),
    (WED, "The law takes effect later this year.", "later this year", "2024", "2024-05-16",
     "2024-12-31"),
    (WED, "Rates will hold for the rest of the year.", "the rest of the year", "2024",
     "2024-05-15", "2024-12-31"),
    (WED, "On 3 March 2021 the plant closed. Later that month workers left.",
     "Later that month", "2021-03", "2021-03-04", "2021-03-31"),
    ("2024-05-13", "Officials met earlier this week.", "earlier this week", "2024-W20",
     "2024-05-13", "2024-05-13"),
    ("2024-05-19", "The vote comes later this week.", "later this week", "2024-W20",
     "2024-05-13", "2024-05-19"),
    (WED, "Ministers met this week.", "this week", "2024-W20", "2024-05-13", "2024-05-19"),
    (FRI, "Earlier this week, the regulator fined the bank.", "Earlier this week", "2011-W16",
     "2011-04-18", "2011-04-22"),
]

# A chronology box: one entry a line, no years, in an article published FEB.
BOX = ("Key dates in the crisis\n"
       "March 2 - Opposition leader arrested\n"
       "April 18 - Rebels seize the airport\n"
       "June 4 - Talks collapse after a walkout\n"
       "September 30: Parliament dissolved\n"
       "December 28 - Ceasefire signed\n"
       "January 20 - New government sworn in\n"
       "February 12 - Parliament will vote on the budget\n")
BOX_ENTRIES: list[tuple[str, str]] = [
    ("March 2", "2010-03-02"), ("April 18", "2010-04-18"), ("June 4", "2010-06-04"),
    ("September 30", "2010-09-30"), ("December 28", "2010-12-28"),
    ("January 20", "2011-01-20"), ("February 12", "2011-02-12"),
]
OCT_BOX = ("Timeline\n"
           "June 4 - Talks collapse\n"
           "July 12 - Government resigns\n"
           "October 3 - Vote postponed\n")
OCT_BOX_ENTRIES: list[tuple[str, str]] = [
    ("June 4", "2010-06-04"), ("July 12", "2010-07-12"), ("October 3", "2010-10-03"),
]

# Sentences with no date at all, some with future or past cues that must not invent one.
NO_DATE: list[tuple[str, str]] = [
    (OCT, "Shops in the old town stay shut during the week."),
    (OCT, "Maybe we are at the time where change can happen."),
    (FRI, "The minister declined to comment on the report."),
    (FRI, "Talks continue."),
    (OCT, "A spokesman said the findings were flawed."),
    (OCT, "The opposition rejected the plan as unworkable."),
    (TUE, "Residents fear more flooding as the river rises."),
    (FEB, "The minister had planned to resign but changed her mind."),
    (FEB, "Rebels said they would fight on until the regime falls."),
]

# Plans told as participles: "as planned" leaves the tense to the main verb; "a rally
# planned for Saturday was cancelled" is a past plan; modal future-in-past looks ahead.
PLANS: list[tuple[str, str, str, str]] = [
    (FEB, "The rally planned for Saturday was cancelled after threats, police said.",
     "Saturday", "2011-01-29"),
    (FEB, "Talks scheduled for Thursday were postponed at the last minute.", "Thursday",
     "2011-02-03"),
    (TUE, "A hearing scheduled for Monday was adjourned without a ruling.", "Monday",
     "2011-04-18"),
    (FEB, "A march planned for Sunday will go ahead, organisers said.", "Sunday",
     "2011-02-06"),
    (FEB, "The vote went ahead as planned on Tuesday.", "Tuesday", "2011-02-01"),
    (FEB, "The army began its offensive as previously planned on Wednesday night.",
     "Wednesday night", "2011-02-02TNI"),
    (FEB, "The count will go ahead as planned on Sunday.", "Sunday", "2011-02-06"),
    (FEB, "Officials said the talks would resume on Feb. 14.", "Feb. 14", "2011-02-14"),
    (FEB, "The court ruled the boy should go home by Feb. 12, his lawyer said.", "Feb. 12",
     "2011-02-12"),
    (FEB, "A vigil planned outside the embassy for Saturday was called off.", "Saturday",
     "2011-01-29"),
]

# What the text has just named: "the Feb. 12 deadline" again, "until then", "for the week",
# "two weeks ago Friday", "a year ago today".
NAMED_BEFORE: list[tuple[str, str, str, str]] = [
    (FEB, "The court said the boy must go home by Feb. 12. His lawyer gave no reason for "
          "the 12 February deadline.", "the 12 February", "2011-02-12"),
    (FEB, "The court ordered the boy home by Feb. 12, his lawyer said.", "Feb. 12",
     "2011-02-12"),
    (FEB, "Rebels were given until Feb. 9 to lay down their arms.", "Feb. 9", "2011-02-09"),
    (OCT, "The offer expires on Nov. 30. Until then, holders may convert their shares.",
     "then", "2010-11-30"),
    (OCT, "The ceasefire holds until Oct. 20, and by then, aid convoys should be through.",
     "then", "2010-10-20"),
    (OCT, "The index fell 1.2% on Thursday. For the week, it lost 3.8%.", "the week",
     "2010-W41"),
    (OCT, "Shares slid on Thursday, the week's busiest session.", "the week", "2010-W41"),
    (FRI, "The minister resigned two weeks ago Friday.", "two weeks ago Friday",
     "2011-04-08"),
    (FRI, "The dam burst a year ago today, killing 40.", "a year ago today", "2010-04-22"),
    (TUE, "Protesters first gathered three weeks ago Sunday.", "three weeks ago Sunday",
     "2011-03-27"),
    (AUG, "He spoke to reporters in June, saying at the time he would not stand.",
     "the time", "PAST_REF"),
]

# "N years later" counted from an event the text does not date: in narration it cannot land
# after the publish date, so it is the length it says; with a dated event it is a date.
LATER: list[tuple[str, str, str, str]] = [
    (OCT, "Regulators did not close the bank until two years later.", "two years later",
     "P2Y"),
    (OCT, "Four years later, the senator said he had known all along.", "Four years later",
     "P4Y"),
    (OCT, "Two decades later, the contractor drew up the supply plans.",
     "Two decades later", "P20Y"),
    (OCT, "The mine was sealed in 1998. Four years later it reopened.", "Four years later",
     "2002"),
    (OCT, "The dam will be finished in 2012. Two years later, it will supply the city.",
     "Two years later", "2014"),
    (OCT, "A few days later, the insurer sold its stake.", "A few days later", "PXD"),
    (OCT, "The city will double in size by 2040. Donations grew over the previous decade.",
     "the previous decade", "200"),
    (OCT, "Analysts say the field could one day rival the North Sea.", "one day",
     "FUTURE_REF"),
    (OCT, "The minister will one day face the voters, he warned.", "one day", "FUTURE_REF"),
]

# Lengths with no unit count: "for some time".
SOME_TIME: list[tuple[str, str, str, str]] = [
    (AUG, "Troops could stay in the region for some time, the minister said.", "some time",
     "PXX"),
    (AUG, "The talks have been stalled for quite some time.", "quite some time", "PXX"),
]

ALL_VALUES = (PAST_MONTH_DAYS + UNCUED_AND_FUTURE_MONTH_DAYS + WEEKDAYS + CLOCKS + PLANS
              + NAMED_BEFORE + SOME_TIME + LATER)


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"),
                         NAMED_BEFORE + SOME_TIME + LATER,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in NAMED_BEFORE + SOME_TIME + LATER])
def test_what_the_text_has_just_named(dct: str, sentence: str, phrase: str,
                                      expected: str) -> None:
    assert find(sentence, dct, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"), PLANS,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in PLANS])
def test_plans_take_the_main_verbs_tense(dct: str, sentence: str, phrase: str,
                                         expected: str) -> None:
    assert find(sentence, dct, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"), PAST_MONTH_DAYS,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in PAST_MONTH_DAYS])
def test_past_narration_resolves_to_the_past(dct: str, sentence: str, phrase: str,
                                             expected: str) -> None:
    assert find(sentence, dct, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"),
                         UNCUED_AND_FUTURE_MONTH_DAYS,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in UNCUED_AND_FUTURE_MONTH_DAYS])
def test_a_month_day_looks_ahead_only_with_a_cue_or_close_by(dct: str, sentence: str,
                                                             phrase: str, expected: str
                                                             ) -> None:
    assert find(sentence, dct, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"), WEEKDAYS,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in WEEKDAYS])
def test_weekdays_follow_the_tense(dct: str, sentence: str, phrase: str, expected: str
                                   ) -> None:
    value = find(sentence, dct, phrase).value
    assert value == expected
    assert calendar.day_name[date.fromisoformat(value).weekday()] == phrase


@pytest.mark.parametrize(("dct", "text", "phrase", "expected"), CLOCKS,
                         ids=[f"{c[0]}:{c[1][:40]}" for c in CLOCKS])
def test_a_clock_time_takes_the_date_of_its_own_phrase_or_sentence(
        dct: str, text: str, phrase: str, expected: str) -> None:
    assert find(text, dct, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence", "phrase", "value", "start", "end"),
                         PARTS_OF_UNITS, ids=[f"{c[0]}:{c[1][:40]}" for c in PARTS_OF_UNITS])
def test_earlier_and_later_narrow_the_range_not_the_value(
        dct: str, sentence: str, phrase: str, value: str, start: str, end: str) -> None:
    t = find(sentence, dct, phrase)
    assert t.value == value
    assert (t.range_start, t.range_end) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize(("phrase", "expected"), BOX_ENTRIES)
def test_chronology_box_lines_narrate_the_past(phrase: str, expected: str) -> None:
    assert find(BOX, FEB, phrase).value == expected


@pytest.mark.parametrize(("phrase", "expected"), OCT_BOX_ENTRIES)
def test_chronology_box_in_october(phrase: str, expected: str) -> None:
    assert find(OCT_BOX, OCT, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence"), NO_DATE)
def test_no_date(dct: str, sentence: str) -> None:
    assert resolve_times(sentence, anchor(dct)) == []


def test_case_table_is_large_enough() -> None:
    total = (len(ALL_VALUES) + len(PARTS_OF_UNITS) + len(BOX_ENTRIES) + len(OCT_BOX_ENTRIES)
             + len(NO_DATE))
    assert total >= 80


class TestReceipts:
    def test_every_case_names_its_rule(self) -> None:
        for dct, text, phrase, _ in ALL_VALUES:
            rule = find(text, dct, phrase).receipt.rule
            assert rule and "." in rule, (phrase, rule)

    @pytest.mark.parametrize(("dct", "text", "phrase", "rule"), [
        (WED, "Ministers met earlier this week.", "earlier this week",
         "relative.earlier-this-week"),
        (WED, "The vote comes later this week.", "later this week",
         "relative.later-this-week"),
        (FRI, "Officials dismissed the findings Wednesday.", "Wednesday", "tense.weekday"),
        (FEB, "June 4 - Talks collapse.", "June 4", "absolute.month-day-no-year"),
        (MAR, "Police arrived on 1 March 2008. At 10:15 p.m., the army said, on 2 March 2011 "
         "the curfew began.", "10:15 p.m.", "absolute.clock-time.dated"),
        (MAR, "At 11 p.m. on 28 February the station went silent.", "11 p.m. on 28 February",
         "absolute.clock-time"),
    ])
    def test_the_rule_that_fired(self, dct: str, text: str, phrase: str, rule: str) -> None:
        assert find(text, dct, phrase).receipt.rule == rule

    def test_the_narrowed_range_is_in_the_receipt(self) -> None:
        t = find("Ministers met earlier this week.", WED, "earlier this week")
        assert "up to Wed 15 May 2024" in t.receipt.explanation
        t = find("The vote comes later this week.", WED, "later this week")
        assert "from Thu 16 May 2024" in t.receipt.explanation

    def test_a_past_clause_says_so(self) -> None:
        t = find("Officials dismissed the findings Wednesday.", FRI, "Wednesday")
        assert "past-tense clause" in t.receipt.explanation


def test_dateline_timex_is_the_resolver() -> None:
    """The CLI tagger and the resolver give the same spans and values (one code path)."""
    text = BOX + "Officials dismissed the findings Wednesday. At 9:42 a.m. on 3 March 2011, " \
        "shots were fired. Ministers met earlier this week."
    record = {"id": "x", "text": text, "dct": FEB}
    tagged = tag_document(record)["timexes"]
    resolved = [t for t in resolve_times(text, anchor(FEB)) if "/" not in t.value]
    assert [(t["start"], t["end"], t["value"]) for t in tagged] == [
        (t.start, t.end, t.value) for t in resolved]
