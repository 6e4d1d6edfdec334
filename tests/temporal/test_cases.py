"""Table-driven checks of the date resolver: phrase + publish date + sentence -> TIMEX3 value.

Every expected value was worked out by hand (weekdays checked with Python's calendar). The
publish dates used most:

* F = Fri 17 May 2024 (ISO week 2024-W20)
* M = Mon 15 Jan 2024 (2024-W03)
* S = Sun 31 Dec 2023 (2023-W52)
* W = Wed 28 Feb 2024 (2024-W09)
* T = Tue 1 Oct 2024 (2024-W40)

Nothing reads the clock: the anchor is always passed in.
"""

from __future__ import annotations

import pytest

from core.temporal import resolve_times
from temporal.resolve_helpers import anchor, find

F, M, S, W, T = "2024-05-17", "2024-01-15", "2023-12-31", "2024-02-28", "2024-10-01"






# (publish date, sentence, phrase, expected value)
CASES: list[tuple[str, str, str, str]] = [
    # --- absolute dates -------------------------------------------------------------------
    (F, "The law was signed on May 3, 2024.", "May 3, 2024", "2024-05-03"),
    (F, "It opened on 3 May 2021 in Leeds.", "3 May 2021", "2021-05-03"),
    (F, "The report dated 2023-11-04 was leaked.", "2023-11-04", "2023-11-04"),
    (F, "The filing on 11/04/2023 was late.", "11/04/2023", "2023-11-04"),
    (F, "Talks began in January 2022.", "January 2022", "2022-01"),
    (F, "The company was founded in 1998.", "1998", "1998"),
    (F, "Sales peaked in the 1990s.", "the 1990s", "199"),
    (F, "He was born in the 20th century.", "the 20th century", "19"),
    (F, "It was built in the nineteenth century.", "the nineteenth century", "18"),
    (F, "Profits rose in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3"),
    (F, "It happened on Thursday, May 16, 2024.", "Thursday, May 16, 2024", "2024-05-16"),
    (F, "The deal closed Sept. 30, 2023.", "Sept. 30, 2023", "2023-09-30"),
    (F, "The ship sank on the 4th of July 1998.", "the 4th of July 1998", "1998-07-04"),
    (F, "Revenue fell in fiscal 2023.", "fiscal 2023", "2023"),
    (F, "Rates rose in mid-2023.", "mid-2023", "2023"),
    (F, "It will ship in early 2025.", "early 2025", "2025"),
    (F, "The plant closed in late 2019.", "late 2019", "2019"),
    (F, "The summer of 2022 was hot.", "The summer of 2022", "2022-SU"),
    (F, "On Christmas Day 2020 the storm hit.", "Christmas Day 2020", "2020-12-25"),
    (F, "It ended in the first half of 2023.", "the first half of 2023", "2023-H1"),
    (F, "Sales rose in Q3 2023.", "Q3 2023", "2023-Q3"),
    (F, "The 1960s were turbulent.", "The 1960s", "196"),
    (F, "In the early 1980s, it grew.", "the early 1980s", "198"),
    (F, "Music from the '90s returned.", "the '90s", "199"),
    (F, "The treaty dates from nineteen ninety-seven.", "nineteen ninety-seven", "1997"),
    (F, "Payment is due Jan. 5, 2025.", "Jan. 5, 2025", "2025-01-05"),
    (F, "The notes mature March 1, 2030.", "March 1, 2030", "2030-03-01"),
    (F, "She was born on 12 October 1961.", "12 October 1961", "1961-10-12"),
    (F, "The 2008 crisis hit in September 2008.", "September 2008", "2008-09"),
    (F, "It was finished in 2001.", "2001", "2001"),
    (F, "Revenue for FY2024 rose.", "FY2024", "2024"),
    (F, "Revenue for FY24 rose.", "FY24", "2024"),
    (F, "The deal was struck on 16/05/2024.", "16/05/2024", "2024-05-16"),
    (F, "Sales in H1 2024 rose.", "H1 2024", "2024-H1"),
    (F, "The summit on May 16-17 ended.", "May 16-17", "2024-05-16/2024-05-17"),
    (F, "Growth in the 2020s slowed.", "the 2020s", "202"),
    (F, "Guidance for Q4 of 2023 was cut.", "Q4 of 2023", "2023-Q4"),
    # --- clock times ----------------------------------------------------------------------
    (F, "The attack began at 10:35 a.m. on Thursday.", "10:35 a.m. on Thursday",
     "2024-05-16T10:35"),
    (F, "The vote is at noon tomorrow.", "noon tomorrow", "2024-05-18T12:00"),
    (F, "The blast came at 6 a.m. yesterday.", "6 a.m. yesterday", "2024-05-16T06:00"),
    (F, "Trading halted at 3:15 p.m. today.", "3:15 p.m. today", "2024-05-17T15:15"),
    # --- under-specified dates, by tense (F = Friday) -------------------------------------
    (F, "Officials met on Thursday.", "Thursday", "2024-05-16"),
    (F, "The minister resigned Friday.", "Friday", "2024-05-17"),
    (F, "The committee will vote on Tuesday.", "Tuesday", "2024-05-21"),
    (F, "Police said Monday that two men were arrested.", "Monday", "2024-05-13"),
    (F, "The talks will resume Friday.", "Friday", "2024-05-17"),
    (F, "Protesters gathered Saturday.", "Saturday", "2024-05-11"),
    (F, "The court will rule on Saturday.", "Saturday", "2024-05-18"),
    (F, "Rescuers reached the village Wednesday.", "Wednesday", "2024-05-15"),
    (F, "The strike started in November.", "November", "2023-11"),
    (F, "The election will be held in November.", "November", "2024-11"),
    (F, "Sales fell in March.", "March", "2024-03"),
    (F, "Sales fell in February.", "February", "2024-02"),
    (F, "The plant will reopen in July.", "July", "2024-07"),
    (F, "The trial opened May 3.", "May 3", "2024-05-03"),
    (F, "The trial will open June 4.", "June 4", "2024-06-04"),
    (F, "The bill passed Dec. 12.", "Dec. 12", "2023-12-12"),
    (F, "Officials met Friday morning.", "Friday morning", "2024-05-17TMO"),
    (F, "Rescuers arrived Thursday night.", "Thursday night", "2024-05-16TNI"),
    (F, "A storm hit Wednesday evening.", "Wednesday evening", "2024-05-15TEV"),
    (F, "The talks collapsed Tuesday afternoon.", "Tuesday afternoon", "2024-05-14TAF"),
    (F, "The vote happened in mid-November.", "mid-November", "2023-11"),
    (F, "Layoffs began in early December.", "early December", "2023-12"),
    (F, "The payments stopped at the end of March.", "the end of March", "2024-03"),
    (F, "Shares were listed on April 2.", "April 2", "2024-04-02"),
    (F, "The festival will open Aug. 9.", "Aug. 9", "2024-08-09"),
    (M, "The board met on Friday.", "Friday", "2024-01-12"),
    (M, "The board will meet on Friday.", "Friday", "2024-01-19"),
    (M, "Voting begins Tuesday.", "Tuesday", "2024-01-16"),
    (M, "The results were announced Sunday.", "Sunday", "2024-01-14"),
    (M, "The fire started in December.", "December", "2023-12"),
    (M, "The fire broke out Dec. 28.", "Dec. 28", "2023-12-28"),
    (M, "Shares will be listed in March.", "March", "2024-03"),
    (M, "The merger was completed in October.", "October", "2023-10"),
    (M, "The strike ended Monday.", "Monday", "2024-01-15"),
    (M, "Talks will continue on Thursday.", "Thursday", "2024-01-18"),
    (S, "The match is on Monday.", "Monday", "2024-01-01"),
    (S, "Fans celebrated Saturday.", "Saturday", "2023-12-30"),
    (S, "The law takes effect in January.", "January", "2024-01"),
    (S, "Crowds gathered Sunday night.", "Sunday night", "2023-12-31TNI"),
    (W, "The senate voted Tuesday.", "Tuesday", "2024-02-27"),
    (W, "The senate will vote Thursday.", "Thursday", "2024-02-29"),
    (W, "The plan was unveiled in January.", "January", "2024-01"),
    (T, "The mayor spoke Monday.", "Monday", "2024-09-30"),
    (T, "Results were released Sept. 27.", "Sept. 27", "2024-09-27"),
    # --- deictics -------------------------------------------------------------------------
    (F, "The report was published today.", "today", "2024-05-17"),
    (F, "He arrived yesterday.", "yesterday", "2024-05-16"),
    (F, "She will testify tomorrow.", "tomorrow", "2024-05-18"),
    (F, "A vigil is planned tonight.", "tonight", "2024-05-17TNI"),
    (F, "Shots were fired this morning.", "this morning", "2024-05-17TMO"),
    (F, "Shots were fired last night.", "last night", "2024-05-16TNI"),
    (F, "The company is now bankrupt.", "now", "PRESENT_REF"),
    (F, "He is currently in hospital.", "currently", "PRESENT_REF"),
    (F, "Prices have risen recently.", "recently", "PAST_REF"),
    (F, "Yesterday afternoon the bridge closed.", "Yesterday afternoon", "2024-05-16TAF"),
    (F, "The plan may change in the future.", "the future", "FUTURE_REF"),
    (F, "Tomorrow morning the polls open.", "Tomorrow morning", "2024-05-18TMO"),
    (F, "He left the day before yesterday.", "the day before yesterday", "2024-05-15"),
    (F, "The ferry sails this evening.", "this evening", "2024-05-17TEV"),
    (F, "The hearing ended this afternoon.", "this afternoon", "2024-05-17TAF"),
    (F, "Inflation has eased lately.", "lately", "PAST_REF"),
    (F, "In the past, floods were rare.", "the past", "PAST_REF"),
    (F, "Nowadays the town is quiet.", "Nowadays", "PRESENT_REF"),
    (F, "The current system is broken.", "current", "PRESENT_REF"),
    (M, "The storm arrives tomorrow.", "tomorrow", "2024-01-16"),
    (S, "The year ends today.", "today", "2023-12-31"),
    (S, "The ball drops tomorrow.", "tomorrow", "2024-01-01"),
    # --- this / last / next ---------------------------------------------------------------
    (F, "Earlier this week, the mayor resigned.", "Earlier this week", "2024-W20"),
    (F, "The budget is due later this month.", "later this month", "2024-05"),
    (F, "Prices rose last month.", "last month", "2024-04"),
    (F, "Prices will rise next month.", "next month", "2024-06"),
    (F, "The firm was sold last year.", "last year", "2023"),
    (F, "The firm will be sold next year.", "next year", "2025"),
    (F, "Profits doubled this year.", "this year", "2024"),
    (F, "The minister resigned last week.", "last week", "2024-W19"),
    (F, "The minister will resign next week.", "next week", "2024-W21"),
    (F, "This week, talks stalled.", "This week", "2024-W20"),
    (F, "Sales fell last quarter.", "last quarter", "2024-Q1"),
    (F, "Sales rose this quarter.", "this quarter", "2024-Q2"),
    (F, "Sales will rise next quarter.", "next quarter", "2024-Q3"),
    (F, "The flood came last July.", "last July", "2023-07"),
    (F, "The case was filed last November.", "last November", "2023-11"),
    (F, "The vote is set for next March.", "next March", "2025-03"),
    (F, "The accord was signed this past weekend.", "this past weekend", "2024-W19-WE"),
    (F, "The festival is this weekend.", "this weekend", "2024-W20-WE"),
    (F, "The rally took place last weekend.", "last weekend", "2024-W19-WE"),
    (F, "The storm hit late last year.", "late last year", "2023"),
    (F, "Work began early this year.", "early this year", "2024"),
    (F, "The vote is next Tuesday.", "next Tuesday", "2024-05-21"),
    (F, "The vote was last Tuesday.", "last Tuesday", "2024-05-14"),
    (F, "The vote was last Friday.", "last Friday", "2024-05-10"),
    (F, "The launch is this Sunday.", "this Sunday", "2024-05-19"),
    (F, "The pool opens this summer.", "this summer", "2024-SU"),
    (F, "Sales collapsed last summer.", "last summer", "2023-SU"),
    (F, "Construction starts next spring.", "next spring", "2025-SP"),
    (F, "The harvest failed last fall.", "last fall", "2023-FA"),
    (F, "The company was formed earlier this year.", "earlier this year", "2024"),
    (F, "The mine will close later this year.", "later this year", "2024"),
    (F, "Sales slumped at the end of last year.", "the end of last year", "2023"),
    (F, "The deal was agreed this past Monday.", "this past Monday", "2024-05-13"),
    (F, "Rates rose last decade.", "last decade", "201"),
    (F, "Sales rose last May.", "last May", "2023-05"),
    (W, "The summit was held last week.", "last week", "2024-W08"),
    (W, "The vote comes this week.", "this week", "2024-W09"),
    (W, "Last month's data was weak.", "Last month", "2024-01"),
    (W, "Prices rose last year.", "last year", "2023"),
    (T, "Sales fell last quarter.", "last quarter", "2024-Q3"),
    (T, "This quarter looks strong.", "This quarter", "2024-Q4"),
    (T, "Last month, exports fell.", "Last month", "2024-09"),
    (S, "Next week the law takes effect.", "Next week", "2024-W01"),
    (S, "Last week was quiet.", "Last week", "2023-W51"),
    (S, "Next year brings elections.", "Next year", "2024"),
    (S, "This weekend the city celebrated.", "This weekend", "2023-W52-WE"),
    (M, "The market rallied last weekend.", "last weekend", "2024-W02-WE"),
    (M, "The vote is next month.", "next month", "2024-02"),
    (M, "Sales fell last month.", "last month", "2023-12"),
    # --- offsets --------------------------------------------------------------------------
    (F, "The suspect fled two days ago.", "two days ago", "2024-05-15"),
    (F, "The firm was sold a year ago.", "a year ago", "2023"),
    (F, "The law passed three months ago.", "three months ago", "2024-02"),
    (F, "The dam burst a decade ago.", "a decade ago", "2014"),
    # TimeML leaves the signal "in" outside the expression
    (F, "Voting ends in three weeks.", "three weeks", "2024-W23"),
    (F, "The bridge opens two weeks from now.", "two weeks from now", "2024-W22"),
    (F, "The chief left five years ago.", "five years ago", "2019"),
    (F, "It was founded 50 years ago.", "50 years ago", "1974"),
    (F, "He was hired a week ago.", "a week ago", "2024-W19"),
    (F, "The storm hit several years ago.", "several years ago", "PAST_REF"),
    (F, "The tower fell 10 days ago.", "10 days ago", "2024-05-07"),
    (M, "The ship sank three days ago.", "three days ago", "2024-01-12"),
    (M, "The bank failed a month ago.", "a month ago", "2023-12"),
    (S, "The mine opened a year ago.", "a year ago", "2022"),
    # --- durations ------------------------------------------------------------------------
    (F, "Inflation has slowed over the past two weeks.", "the past two weeks", "P2W"),
    (F, "Shares fell in the last 24 hours.", "the last 24 hours", "PT24H"),
    (F, "Rates rose over the past year.", "the past year", "P1Y"),
    (F, "Debt doubled in the past decade.", "the past decade", "P10Y"),
    (F, "He has lived there for nearly a decade.", "nearly a decade", "P10Y"),
    (F, "She served for three years.", "three years", "P3Y"),
    (F, "The meeting lasted two hours.", "two hours", "PT2H"),
    (F, "After a 16-hour flight he landed.", "16-hour", "PT16H"),
    (F, "The 30-minute speech ended.", "30-minute", "PT30M"),
    (F, "The strike lasted five months.", "five months", "P5M"),
    (F, "He waited 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    (F, "The project took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    (F, "It lasted more than four hours.", "more than four hours", "PT4H"),
    (F, "The talks lasted several weeks.", "several weeks", "PXW"),
    (F, "The trial took a few days.", "a few days", "PXD"),
    (F, "The first nine months of the year were hard.", "The first nine months", "P9M"),
    (F, "He signed a two-year contract.", "two-year", "P2Y"),
    (F, "He was jailed for 14 days.", "14 days", "P14D"),
    (F, "The ban lasts 90 days.", "90 days", "P90D"),
    (F, "Talks continue for the next two weeks.", "the next two weeks", "P2W"),
    (F, "Police can hold him for at least 72 hours.", "at least 72 hours", "PT72H"),
    (F, "The visit lasted a week.", "a week", "P1W"),
    (F, "The flight took one minute.", "one minute", "PT1M"),
    (F, "The ceasefire held for twenty years.", "twenty years", "P20Y"),
    (F, "A ten-day festival began.", "ten-day", "P10D"),
    (F, "The dispute dragged on for decades.", "decades", "PXDE"),
    (F, "The company spent a year and a half on it.", "a year and a half", "P1Y6M"),
    (F, "Shops stayed shut for two days.", "two days", "P2D"),
    # --- sets -----------------------------------------------------------------------------
    (F, "The market opens every Monday.", "every Monday", "XXXX-WXX-1"),
    (F, "Reports are published annually.", "annually", "P1Y"),
    (F, "The paper is printed daily.", "daily", "P1D"),
    (F, "He visits each month.", "each month", "P1M"),
    (F, "The council meets every two weeks.", "every two weeks", "P2W"),
    (F, "The fair is held every July.", "every July", "XXXX-07"),
    (F, "Prices are reviewed weekly.", "weekly", "P1W"),
    (F, "Shops close on Sundays.", "Sundays", "XXXX-WXX-7"),
    (F, "The board meets twice a year.", "a year", "P1Y"),
    (F, "He earns $50,000 a year.", "a year", "P1Y"),
    (F, "She runs every morning.", "every morning", "XXXX-XX-XXTMO"),
    (F, "Fees are charged every year.", "every year", "P1Y"),
    (F, "The report is updated hourly.", "hourly", "PT1H"),
    # --- quarters and business conventions -------------------------------------------------
    (F, "Profits rose in the third quarter.", "the third quarter", "2023-Q3"),
    (F, "First-quarter profit rose.", "First-quarter", "2024-Q1"),
    (T, "Third-quarter profit rose.", "Third-quarter", "2024-Q3"),
    (T, "Fourth-quarter sales will rise.", "Fourth-quarter", "2024-Q4"),
    (T, "Third-quarter profit rose 10% from a year ago.", "a year ago", "2023-Q3"),
    (T, "Net fell in the third quarter. For the quarter a year ago, it earned $5 million.",
     "the quarter a year ago", "2023-Q3"),
    (T, "The latest quarter was weak.", "The latest quarter", "2024-Q3"),
    (F, "Year-earlier profit was lower.", "Year-earlier", "2023"),
    (F, "Sales in the current fiscal year will rise.", "the current fiscal year", "2024"),
    (F, "Profit for the second half of 2023 fell.", "the second half of 2023", "2023-H2"),
    # "the 2023 quarter": the quarter under discussion, in the year named
    (T, "Net rose in the third quarter. It earned $2 million in the 2023 quarter.",
     "the 2023 quarter", "2023-Q3"),
    (T, "It earned $2 million in the 2023 quarter.", "the 2023 quarter", "2023-Q3"),
    # after "the nine months" the comparison is the same span a year before (its year)
    (T, "Third-quarter net rose. For the nine months, net was $9 million, up from $7 million "
        "a year earlier.", "a year earlier", "2023"),
    (T, "Third-quarter net rose. For the nine months, net fell from year-earlier levels.",
     "year-earlier", "2023"),
    # ... but a quarter named after the span takes the frame back
    (T, "For the nine months, net rose. In the third quarter, net was $2 million, up from "
        "$1 million a year earlier.", "a year earlier", "2023-Q3"),
    # --- tense cues for bare months and weekdays (T = Tue 1 Oct 2024, F = Fri 17 May) ---
    # a past-tense clause: the earlier January, even when the next one is as near
    (T, "In January, the firm brought in a new chief.", "January", "2024-01"),
    # no tense cue: news looks back, so the earlier March wins a near tie
    (T, "Shares hit $40 in June, up from $29 in March.", "March", "2024-03"),
    # "unspecified" after "a still" is an adjective, not a past-tense verb
    (T, "It would be paid on a still unspecified date in January.", "January", "2025-01"),
    # "has extended ... through January" reaches forward from the present
    (T, "The bank has extended the loans through January.", "January", "2025-01"),
    # "could not be reached" reports a past attempt, not a plan
    (F, "Smith could not be reached for comment Thursday.", "Thursday", "2024-05-16"),
    (F, "Neither he nor his aides could be located Wednesday.", "Wednesday", "2024-05-15"),
    (F, "The vote could be delayed until Tuesday.", "Tuesday", "2024-05-21"),
    # --- months, seasons and halves with their year ------------------------------------------
    (F, "A bomb went off in January nineteen ninety-seven.", "January nineteen ninety-seven",
     "1997-01"),
    (F, "Prices fell in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "1994-WI"),
    (F, "Earnings will be lower for the last half of 1989.", "the last half of 1989",
     "1989-H2"),
    (F, "Sales should pick up in the second half of the year.", "the second half of the year",
     "2024-H2"),
    (F, "Glass makers kept their secrets for more than two thousand years.",
     "more than two thousand years", "P2000Y"),
    # --- more lengths of time ---------------------------------------------------------------
    (F, "The loan may be extended for an additional year.", "an additional year", "P1Y"),
    (F, "Over the next couple of years sales will grow.", "the next couple of years", "P2Y"),
    (F, "Eight trading days later the index recovered.", "Eight trading days", "P8D"),
    (F, "The review could take weeks or months.", "weeks or months", "PXW"),
    (F, "In the first hours of the storm, roads closed.", "the first hours", "PTXH"),
    (F, "He stayed in Rome for a while.", "a while", "PXX"),
    (F, "Financing will be arranged at a later date.", "a later date", "FUTURE_REF"),
    (F, "Unemployment was to be halved by the year two thousand.", "the year two thousand",
     "2000"),
    # a season after "into": the one the clause is about
    (T, "Demand stayed weak well into the summer.", "the summer", "2024-SU"),
    # --- weekly parts of the day ---------------------------------------------------------------
    (F, "Flights leave on Tuesday nights from March 30.", "Tuesday nights", "XXXX-WXX-2TNI"),
    (F, "Flights leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
    # a month name between a determiner and a lowercase noun dates that noun
    (T, "The bank is for sale under a June agreement with investors.", "June", "2024-06"),
    (F, "A hearing is set for the week of June 3.", "the week of June 3", "2024-W23"),
    (F, "The trial opens the week of Jan. 10, 2022.", "the week of Jan. 10, 2022", "2022-W02"),
    (F, "Losses will last through the first two quarters of 2025.",
     "the first two quarters of 2025", "2025-H1"),
    # "postponed until Tuesday": a deferral points forward although the verb is past
    (F, "Officials postponed until Tuesday any action on the case.", "Tuesday", "2024-05-21"),
    (F, "The agency extended its deadline until Monday.", "Monday", "2024-05-20"),
    (F, "He waited until Tuesday to speak.", "Tuesday", "2024-05-14"),
    # after an ordinal or superlative, "in two weeks" is the span counted over, not a date
    (F, "His second letter in two weeks was published Tuesday.", "two weeks", "P2W"),
    (F, "Spending rose 0.2%, the smallest gain in a year.", "a year", "P1Y"),
    (F, "The bonds will be redeemed in five years.", "five years", "2029"),
    (F, "He will give his second speech in two weeks.", "two weeks", "2024-W22"),
    # "in a year or two" names no single date: some time ahead
    (F, "You may, in a year or two, save more lives.", "a year or two", "FUTURE_REF"),
    (F, "It will be done in two or three weeks.", "two or three weeks", "FUTURE_REF"),
    (F, "Holders may buy at 50% of the then current market price.", "then current",
     "PAST_REF"),
    # "rose to a high ... in June": "rose to" + an amount is a past level, not a plan
    (T, "The stock rose to a high of $42 in June.", "June", "2024-06"),
    (T, "The firm agreed to buy the unit in January.", "January", "2025-01"),
    # "quarters of" is a fraction only without a period word: "the first three quarters" stays
    (F, "Profit in the first three quarters of 2023 rose.", "the first three quarters", "P3Q"),
    # a weekday written with a month-day picks the year whose calendar has it, whatever the
    # tense: 12 June 2024 is a Wednesday, 12 June 2023 a Monday
    (F, "The ministry closed all schools until Wednesday, June 12.", "Wednesday, June 12",
     "2024-06-12"),
    (F, "The ministry closed all schools until June 12.", "June 12", "2023-06-12"),
    (F, "The strike began on Monday, June 12.", "Monday, June 12", "2023-06-12"),
    # --- holidays ---------------------------------------------------------------------------
    (F, "The parade was held on Thanksgiving.", "Thanksgiving", "2023-11-23"),
    (F, "Churches were full at Easter.", "Easter", "2024-03-31"),
    (F, "Fireworks lit the sky on New Year's Eve.", "New Year's Eve", "2023-12-31"),
    (F, "They will marry on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    # "Easter week": the week of the nearest Easter (31 Mar 2024 is in 2024-W13)
    (F, "Pilgrims came for Easter week.", "Easter week", "2024-W13"),
    (S, "Fans will gather on New Year's Day.", "New Year's Day", "2024-01-01"),
    (F, "Stores closed on Memorial Day.", "Memorial Day", "2023-05-29"),
    (F, "The law takes effect on Independence Day.", "Independence Day", "2024-07-04"),
    # Black Friday is the day after (US) Thanksgiving, Cyber Monday the Monday after that
    (T, "Retailers expect long queues on Black Friday.", "Black Friday", "2024-11-29"),
    (T, "Online sales are set to peak on Cyber Monday.", "Cyber Monday", "2024-12-02"),
    # a year after the holiday's name places it in that year, not the nearest one
    (F, "Her brother died on Easter Day last year.", "Easter Day last year", "2023-04-09"),
    (F, "The couple met on Valentine's Day last year.", "Valentine's Day last year",
     "2023-02-14"),
    (F, "He first tried to leave at Christmas in 2019.", "Christmas in 2019", "2019-12-25"),
    (F, "The shop will reopen at Christmas next year.", "Christmas next year", "2025-12-25"),
    # "the day after/before" a holiday is one expression, a day off the holiday
    (T, "Queues formed the day after Thanksgiving.", "the day after Thanksgiving", "2023-11-24"),
    (F, "He flew home the day before Christmas Eve.", "the day before Christmas Eve",
     "2023-12-23"),
]


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"), CASES,
                         ids=[f"{c[2]}@{c[0]}" for c in CASES])
def test_resolves_value(dct: str, sentence: str, phrase: str, expected: str) -> None:
    assert find(sentence, dct, phrase).value == expected


# (publish date, sentence, phrase that must not become a time expression)
TRAPS: list[tuple[str, str, str]] = [
    (F, "Theresa May said the plan would work.", "May"),
    (F, "Jan Leike joined the lab.", "Jan"),
    (F, "The March of Dimes raised funds.", "March"),
    (F, "April Moreno won the race.", "April"),
    (F, "We may march on the capital.", "may"),
    (F, "We may march on the capital.", "march"),
    (F, "The sun rose over the bay.", "sun"),
    (F, "She sat down and we talked.", "sat"),
    (F, "Sales may fall, analysts said.", "fall"),
    (F, "Protesters will march to the square.", "march"),
    (F, "August Wilson wrote plays.", "August"),
    (F, "He read the Sun newspaper.", "Sun"),
    (F, "The fall of the Berlin Wall shocked the world.", "fall"),
    (F, "A 6-year-old boy was rescued.", "6-year-old"),
    (F, "The spring in his step returned.", "spring"),
    (F, "June Carter sang.", "June"),
    (F, "Mayor Bill March resigned.", "March"),
    (F, "He said we should wed soon.", "wed"),
    (F, "The 52-year-old driver was hurt.", "52-year-old"),
    (F, "May I ask a question?", "May"),
    (F, "Sat on the bench, he waited.", "Sat"),
    (F, "He scored in the second half.", "second"),
    (F, "Funds hold more than a quarter of the market.", "a quarter"),
    (F, "Three quarters of the seats were empty.", "Three quarters"),
    (F, "In May two thousand people marched.", "two thousand"),
    (F, 'Baker, speaking on ABC\'s "This Week," said so.', "This Week"),
    (F, "The poster showed Gary Cooper from the film High Noon.", "Noon"),
    (F, "For the people of Poland, high noon comes today.", "noon"),
]


@pytest.mark.parametrize(("dct", "sentence", "phrase"), TRAPS,
                         ids=[f"{t[2]}:{t[1][:20]}" for t in TRAPS])
def test_names_and_common_words_are_not_dates(dct: str, sentence: str, phrase: str) -> None:
    found = resolve_times(sentence, anchor(dct))
    start = sentence.find(phrase)
    end = start + len(phrase)
    assert start >= 0
    assert not [t for t in found if t.start < end and start < t.end], found


def test_may_as_name_and_month_in_one_sentence() -> None:
    text = "Prime Minister Theresa May resigned in May."
    found = resolve_times(text, anchor(F))
    assert [(t.text, t.start, t.value) for t in found] == [("May", text.rindex("May"),
                                                             "2024-05")]


def test_case_table_is_large_enough() -> None:
    assert len(CASES) + len(TRAPS) >= 200


@pytest.mark.parametrize(("sentence", "phrase", "kind"), [
    ("The plant makes 10,000 units a year.", "a year", "SET"),
    ("He earns $2 million a year.", "a year", "SET"),
    ("Guards stand there 24 hours a day.", "a day", "SET"),
    ("The board meets twice a year.", "a year", "SET"),
    ("He lived in Paris for a year.", "a year", "DURATION"),
    ("It will be finished within a week.", "a week", "DURATION"),
])
def test_a_rate_is_a_set_not_a_length(sentence: str, phrase: str, kind: str) -> None:
    """ "a year" after an amount is a rate; after a verb or preposition a length of time."""
    assert find(sentence, F, phrase).type.value == kind


# (sentence, clock phrase) where a daily recurrence governs the time: a SET, not a dated day.
DAILY_CLOCKS: list[tuple[str, str, str]] = [
    ("The council said on Tuesday that sandbags would be handed out from 8 a.m. to 8 p.m. "
     "each day until further notice.", "8 a.m.", "XXXX-XX-XXT08:00"),
    ("The council said on Tuesday that sandbags would be handed out from 8 a.m. to 8 p.m. "
     "each day until further notice.", "8 p.m.", "XXXX-XX-XXT20:00"),
    ("The museum is open 9 a.m. to 5 p.m. daily.", "9 a.m.", "XXXX-XX-XXT09:00"),
    ("The museum is open 9 a.m. to 5 p.m. daily.", "5 p.m.", "XXXX-XX-XXT17:00"),
    ("Guards patrol the yard at 10 p.m. every day.", "10 p.m.", "XXXX-XX-XXT22:00"),
    ("Every day at noon the bells ring.", "noon", "XXXX-XX-XXT12:00"),
    ("Daily from 7 a.m. to 11 a.m., the road stays shut.", "11 a.m.", "XXXX-XX-XXT11:00"),
    ("The ferry leaves at 6 a.m. nightly.", "6 a.m.", "XXXX-XX-XXT06:00"),
    ("Nurses check him at 9 p.m. each night.", "9 p.m.", "XXXX-XX-XXT21:00"),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected"), DAILY_CLOCKS,
                         ids=[f"{c[1]}:{c[0][:24]}" for c in DAILY_CLOCKS])
def test_a_daily_clock_time_is_a_set(sentence: str, phrase: str, expected: str) -> None:
    found = resolve_times(sentence, anchor(F))
    t = next(x for x in found if x.text == phrase)
    assert (t.type.value, t.value) == ("SET", expected)
    assert not [x for x in found if "/" in x.value], found  # no one-day range either


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    ("The council said the sandbags arrived at 8 a.m. each.", "8 a.m.", "2024-05-17T08:00"),
    ("He landed at 8 a.m. a day after the storm.", "8 a.m.", "2024-05-17T08:00"),
    ("The plant reopened at 6 a.m. Monday, a day early.", "6 a.m. Monday", "2024-05-13T06:00"),
])
def test_a_clock_time_without_recurrence_keeps_its_day(sentence: str, phrase: str,
                                                        expected: str) -> None:
    t = find(sentence, F, phrase)
    assert (t.type.value, t.value) == ("TIME", expected)


def test_each_day_itself_stays_a_set() -> None:
    t = find("Shelters are open from 8 a.m. to 8 p.m. each day.", F, "each day")
    assert (t.type.value, t.value) == ("SET", "P1D")


# Present simple + weekday in news is a scheduled event: the next such day on or after the
# publish date (F is Friday 17 May 2024). Past verbs still look back.
SCHEDULED: list[tuple[str, str, str, str]] = [
    (F, "The board meets Monday.", "Monday", "2024-05-20"),
    (F, "The senate votes Tuesday on the budget.", "Tuesday", "2024-05-21"),
    (F, "The jury reconvenes on Wednesday.", "Wednesday", "2024-05-22"),
    (F, "Her trial begins Thursday in Leeds.", "Thursday", "2024-05-23"),
    (F, "The minister said the panel meets Friday.", "Friday", "2024-05-17"),
    (F, "Leaders meet again Saturday.", "Saturday", "2024-05-18"),
    (M, "The festival opens Sunday.", "Sunday", "2024-01-21"),
    (F, "The board said Monday it would expand.", "Monday", "2024-05-13"),
    (F, "The board met Monday.", "Monday", "2024-05-13"),
    (F, "The board did not meet Monday.", "Monday", "2024-05-13"),
    (F, "The votes Monday were close.", "Monday", "2024-05-13"),
]


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"), SCHEDULED,
                         ids=[c[1][:30] for c in SCHEDULED])
def test_present_simple_with_a_weekday_is_scheduled(dct: str, sentence: str, phrase: str,
                                                    expected: str) -> None:
    assert find(sentence, dct, phrase).value == expected


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    # the same comparison point said twice
    ("Sales were 5 units, up from a year ago. Costs were 9, against 8 a year earlier.",
     "a year earlier", "2023"),
    ("Output fell two months ago. Imports were flat two months earlier.",
     "two months earlier", "2024-03"),
    # a different amount, or a past perfect, does step back
    ("Sales fell two years ago. A year earlier, they climbed.", "A year earlier", "2021"),
    ("Sales fell a year ago. A year earlier, they had climbed.", "A year earlier", "2022"),
    ("The mill shut in 2019. A year earlier it was sold.", "A year earlier", "2018"),
])
def test_earlier_after_the_same_ago_restates_it(sentence: str, phrase: str,
                                                expected: str) -> None:
    assert find(sentence, F, phrase).value == expected
