"""Dates whose reading depends on words beyond the near window, and "that day" references.

Sentences are invented in wire and business-page style; every expected value was worked out
by hand (weekdays checked with Python's calendar). The classes:

* a "by"/"until" date hangs on the clause's verb even when that verb is more than a dozen
  words back ("completed its offer ..., with holders tendering ... by the Tuesday deadline"
  is a past Tuesday); deadline and deferral verbs still look ahead, and a participle such as
  "shares tendered by holders" is not the clause's verb;
* "earlier that day" / "later that day" stay on the day named, they do not move a day;
* "that (same) day" right after a month-only date is a day of that month, day unknown;
* a hyphenated fiscal quarter ("the fiscal-first quarter") is a quarter, and it frames the
  "a year ago" comparison that follows; "the 1988 period" in a report on a quarter is that
  quarter in 1988, and a quarter named "after a flat second quarter" is not the one reported;
* with no nearer cue, a "would" earlier in the sentence (no past verb after it) reports a
  plan, so the date is ahead.

Publish dates used: THU = Thu 2 Nov 1989, WED = Wed 12 Mar 2008, SAT = Sat 6 Feb 1999,
SUN = Sun 24 Oct 1999, MON = Mon 26 Oct 2009.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from temporal.resolve_helpers import find

THU, WED, SAT, SUN, MON = "1989-11-02", "2008-03-12", "1999-02-06", "1999-10-24", "2009-10-26"


def test_publish_dates_are_the_weekdays_named() -> None:
    names = [calendar.day_name[date.fromisoformat(d).weekday()] for d in (THU, WED, SAT, SUN,
                                                                          MON)]
    assert names == ["Thursday", "Wednesday", "Saturday", "Sunday", "Monday"]


FAR_VERB = [
    # the past verb more than a dozen words before "by the <day> deadline"
    ("Harlow Foods closed its bid for the bakery chain, with the chain's owners handing "
     "over nearly all of their remaining stock to the buyer by the Tuesday deadline.", THU,
     "Tuesday", "1989-10-31"),
    ("The rebels, after three weeks of shelling from the hills above the northern town and "
     "its outskirts, withdrew their last fighters from the town by Sunday.", WED, "Sunday",
     "2008-03-09"),
    ("Most of the 40 member states, including several that had long resisted the plan in "
     "earlier rounds of talks, filed their national pledges by the Friday deadline.", WED,
     "Friday", "2008-03-07"),
    # a future modal or a deadline verb far back keeps the day ahead
    ("Shareholders will be able to tender their shares at the higher price through a broker "
     "or directly with the company by the Tuesday deadline.", THU, "Tuesday", "1989-11-07"),
    ("The transport ministry, after weeks of complaints from passengers and two public "
     "hearings in the capital, ordered the airline to restore its full schedule by Friday.",
     THU, "Friday", "1989-11-03"),
    ("The central bank, which has come under pressure from exporters and from two of the "
     "largest unions in recent weeks, gave the commercial lenders until Monday.", WED,
     "Monday", "2008-03-17"),
    # "shares tendered by holders" is a participle, not the clause's verb
    ("The insurer said it will also take any policies offered by brokers in the northern "
     "region on the same terms from today through Nov. 17.", THU,
     "from today through Nov. 17", "1989-11-02/1989-11-17"),
    # a near cue still decides as before
    ("The company said it expects to complete the sale by Friday.", THU, "Friday",
     "1989-11-03"),
    ("By Sunday the letter had circulated widely among members.", WED, "Sunday",
     "2008-03-09"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), FAR_VERB)
def test_by_date_follows_the_clause_verb(text: str, dct: str, phrase: str, value: str) -> None:
    assert find(text, dct, phrase).value == value


SAME_DAY = [
    ("The bridge collapsed on Oct. 23, 1998 during the evening rush. Earlier that day, an "
     "engineer had reported cracks to the city.", SUN, "Earlier that day", "1998-10-23"),
    ("The bridge collapsed on Oct. 23, 1998 during the evening rush. Later that day, the "
     "mayor closed the river road.", SUN, "Later that day", "1998-10-23"),
    ("The bridge collapsed on Oct. 23, 1998. The next day, divers reached the cars.", SUN,
     "The next day", "1998-10-24"),
    ("Two depots have been raided, most recently last October when thieves cut through the "
     "fence at night. The alarm company was told about it that same day.", SAT,
     "that same day", "1998-10-XX"),
    ("The reactor was shut in June 2009 after a leak was found. Engineers sealed the valve "
     "that day.", MON, "that day", "2009-06-XX"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), SAME_DAY)
def test_that_day_stays_on_the_day_named(text: str, dct: str, phrase: str, value: str) -> None:
    assert find(text, dct, phrase).value == value


def test_that_day_after_a_day_takes_the_day() -> None:
    text = ("Talks began in May. The envoy arrived on May 12 and met the rebels that same "
            "day.")
    assert find(text, WED, "that same day").value == "2007-05-12"


def test_distant_month_is_no_antecedent() -> None:
    text = ("Outflows were heavy last month, fund managers said. About 98% of the money was "
            "moved to other funds of the same group, with most going into money-market "
            "accounts, according to a vice president of the group who declined to give "
            "figures for the smaller funds. \"You get a news item, it hits, you have strong "
            "redemptions that day and then it goes back to normal,\" he said.")
    from core.temporal import resolve_times
    from temporal.resolve_helpers import anchor

    assert "that day" not in [t.text for t in resolve_times(text, anchor(MON))]


FISCAL = [
    ("Northgate Mills reported a profit of C$3.1 million for the fiscal-first quarter "
     "ended Sept. 30.", MON, "the fiscal-first quarter", "2009-Q1"),
    ("The retailer earned $12 million in the fiscal-third quarter.", MON,
     "the fiscal-third quarter", "2009-Q3"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), FISCAL)
def test_hyphenated_fiscal_quarter(text: str, dct: str, phrase: str, value: str) -> None:
    assert find(text, dct, phrase).value == value


def test_fiscal_quarter_frames_a_year_ago() -> None:
    text = ("Northgate Mills reported a profit of C$3.1 million for the fiscal-first quarter "
            "ended Sept. 30. It lost C$1.2 million a year ago.")
    assert find(text, MON, "a year ago").value == "2008-Q1"


YEAR_PERIOD = [
    # a report on a quarter: "the 1988 period" is that quarter in 1988
    ("Acme posted a 20% gain in third-quarter net income. Charges were lower than in the "
     "1988 period.", MON, "the 1988 period", "1988-Q3"),
    ("The utility said net rose 8% in the third quarter. In the 2008 period, it had a "
     "one-time gain of $4 million.", MON, "the 2008 period", "2008-Q3"),
    # a nine-month span named after the quarter frames it: the year
    ("Acme's third-quarter profit rose. In the first nine months, net was $306 million, "
     "against a loss in the 2008 period.", MON, "the 2008 period", "2008"),
    # no quarter in view: the year
    ("Exports fell sharply compared with the 2008 period, the ministry said.", MON,
     "the 2008 period", "2008"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), YEAR_PERIOD)
def test_year_period_takes_the_reported_quarter(text: str, dct: str, phrase: str,
                                                value: str) -> None:
    assert find(text, dct, phrase).value == value


PASSING_QUARTER = [
    # "after a flat second quarter" is looked back past: the report is on the third
    ("Brightwater Paper said third-quarter profit climbed 12% from a year ago. After a flat "
     "second quarter hurt by weak pulp prices, the company credited better sales of towels. "
     "A plant closing charged to the year-earlier period also flattered the comparison.", MON,
     "the year-earlier period", "2008-Q3"),
    ("Profit rose in the third quarter. Following a weak second quarter, margins widened, "
     "and sales were higher than a year ago.", MON, "a year ago", "2008-Q3"),
    # a quarter named with "the" is the one reported on
    ("Profit rose in the third quarter. In the second quarter, margins widened, and sales "
     "were higher than a year ago.", MON, "a year ago", "2008-Q2"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), PASSING_QUARTER)
def test_quarter_named_in_passing_is_not_the_frame(text: str, dct: str, phrase: str,
                                                   value: str) -> None:
    assert find(text, dct, phrase).value == value


WOULD = [
    # "would" reports a plan; a date far after it, with no past verb between, is ahead
    ("The ferry line said two extra sailings would run on Monday nights from March 30, "
     "with a third crossing each Thursday from August 6.", "1998-02-13", "August 6",
     "1998-08-06"),
    ("Under the agreement the two sides would hold a first round of talks in Geneva, with a "
     "second round in Vienna in October.", "2010-03-10", "October", "2010-10"),
    # a past verb after "would" takes the date; "would have" looks back
    ("The spokesman said he would not comment on what happened to the convoy in August.",
     "2010-03-10", "August", "2009-08"),
    ("The senator said the bill would have passed easily, with most members in town on "
     "June 3.", "2010-07-10", "June 3", "2010-06-03"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), WOULD)
def test_would_reports_a_plan(text: str, dct: str, phrase: str, value: str) -> None:
    assert find(text, dct, phrase).value == value


PART_OF_DAY = [
    # after a preposition, a bare part of the day is that part of the day the text is at
    ("The auction house reopened its doors Friday. Collectors queued at the gate in the "
     "morning.",
     "1989-10-30", "the morning", "1989-10-27TMO"),
    ("Firefighters reached the warehouse at dawn. By mid afternoon, the last of the "
     "flames were out.", "1998-03-06", "mid afternoon", "1998-03-06TAF"),
    ("The march began on Saturday and went on until late evening.", "2011-01-31",
     "late evening", "2011-01-29TEV"),
    ("Rescue teams worked through Tuesday. During the afternoon, two more survivors were "
     "found.", "2010-01-15", "the afternoon", "2010-01-12TAF"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), PART_OF_DAY)
def test_bare_part_of_day(text: str, dct: str, phrase: str, value: str) -> None:
    t = find(text, dct, phrase)
    assert (t.type.value, t.value) == ("TIME", value)


@pytest.mark.parametrize("text", [
    "Good evening and welcome to the late edition from our studio.",
    "The coach repeated the claim on a popular morning radio show.",
    "Most commuters now travel in morning and evening peaks.",
    "The clinic opens in the morning every day of the week.",
])
def test_part_of_day_without_a_time(text: str) -> None:
    from core.temporal import resolve_times
    from temporal.resolve_helpers import anchor

    found = resolve_times(text, anchor("2011-01-31"))
    assert [t for t in found if t.type.value == "TIME"] == []
