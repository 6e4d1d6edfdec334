"""Numbers and lengths of time as real news prints them: which are dates, which are not.

Every sentence here was written for this file in the manner of wire copy, live blogs,
factboxes and comment pages; none is taken from a corpus. Each case gives the publish
date, the sentence, the phrase and the expected TIMEX3 value, or ``None`` for "no date":
no DATE or TIME expression may overlap the phrase.

Publish dates used (weekdays checked with Python's calendar):

* E = Thu 10 Feb 2011
* H = Tue 28 Apr 2009
* Q = Thu 14 Jan 2010
* R = Wed 15 Jun 2005
"""

from __future__ import annotations

import pytest

from core.models import TimeExpression, TimexType
from core.temporal import resolve_times
from temporal.resolve_helpers import anchor, find

E, H, Q, R = "2011-02-10", "2009-04-28", "2010-01-14", "2005-06-15"




def resolve(text: str, dct: str) -> list[TimeExpression]:
    return resolve_times(text, anchor(dct))




def dated_over(text: str, dct: str, phrase: str) -> list[TimeExpression]:
    """DATE and TIME expressions overlapping the (first) occurrence of ``phrase``."""
    start = text.index(phrase)
    end = start + len(phrase)
    return [t for t in resolve(text, dct) if t.start < end and start < t.end
            and t.type in (TimexType.DATE, TimexType.TIME)]


# (publish date, sentence, phrase, expected value or None for "no date")
CLOCKS: list[tuple[str, str, str, str | None]] = [
    # --- 24-hour clock times written as four digits --------------------------------------
    (E, "Police sealed the square shortly after 0930.", "shortly after 0930",
     "2011-02-10T09:30"),
    (E, "The jet touched down at 2300 GMT.", "2300 GMT", "2011-02-10T23:00"),
    (E, "Crowds gathered between 1415 and 1430, witnesses said.", "between 1415 and 1430",
     "2011-02-10T14:15/2011-02-10T14:30"),
    (E, "The curfew runs until 0600 local time.", "0600 local time", "2011-02-10T06:00"),
    (Q, "The first aid flight landed at 1422 local time.", "1422 local time",
     "2010-01-14T14:22"),
    (Q, "By 1100 (1600 GMT) rescuers had reached the hospital.", "1100",
     "2010-01-14T11:00"),
    (Q, "By 1100 (1600 GMT) rescuers had reached the hospital.", "1600 GMT",
     "2010-01-14T16:00"),
    (E, "The statement was read out at 1942.", "1942", "2011-02-10T19:42"),
    (E, "Updated 3:10 p.m. (2110 in Cairo) The army moved in.", "2110",
     "2011-02-10T21:10"),
    (Q, "The first bulletin went out at 0910.", "0910", "2010-01-14T09:10"),
    (E, "Trading resumed just before 1015 GMT.", "just before 1015 GMT", "2011-02-10T10:15"),
    (R, "The ministry said talks would start at 0800 hrs.", "0800 hrs", "2005-06-15T08:00"),
    (Q, "We reached the border in the dark around 1800 yesterday.", "1800 yesterday",
     "2010-01-13T18:00"),
    (Q, "19 JANUARY, 1815 GMT, ENTERING THE CAPITAL", "1815", None),
    # --- live-blog time stamps at the start of a line ------------------------------------
    (E, "2313 The minister says he will not resign.\n2250 Crowds are still growing.",
     "2313", "2011-02-10T23:13"),
    (E, "2313 The minister says he will not resign.\n2250 Crowds are still growing.",
     "2250", "2011-02-10T22:50"),
    (E, "2105: Tanks roll towards the square.\n1942: The minister arrives at the palace.",
     "1942", "2011-02-10T19:42"),
    (Q, "2044 A relief agency says its first team is on the ground.\n"
        "2021 The president speaks to reporters.", "2021", "2010-01-14T20:21"),
    (E, "1245 Protesters chant outside the ministry.\n1208 Shops stay shut.", "1245",
     "2011-02-10T12:45"),
    (E, "1942: The minister arrives at the palace.", "1942", None),
    (E, "The count went on. 2040 Officials say the toll will rise.", "2040",
     "2011-02-10T20:40"),
    (E, "Rescuers say 100 may have died 2040 Officials say the toll will rise.", "2040",
     None),
    # --- factbox and chronology lines: these ARE years -----------------------------------
    (H, "1918: The Spanish flu pandemic kills tens of millions.\n"
        "1957: Asian flu kills about two million.\n1968: Hong Kong flu spreads.", "1918",
     "1918"),
    (H, "1918: The Spanish flu pandemic kills tens of millions.\n"
        "1957: Asian flu kills about two million.\n1968: Hong Kong flu spreads.", "1957",
     "1957"),
    (H, "1918: The Spanish flu pandemic kills tens of millions.\n"
        "1957: Asian flu kills about two million.\n1968: Hong Kong flu spreads.", "1968",
     "1968"),
    (R, "1979: Saddam Hussein becomes president.\n1980: War with Iran begins.", "1979",
     "1979"),
    (R, "1970 The first strip is printed in a student paper.", "1970", "1970"),
    (E, "2010 was a year of floods and fires.", "2010", "2010"),
]

LABELS: list[tuple[str, str, str, str | None]] = [
    # --- resolution, bill, flight, route and house numbers --------------------------------
    (R, "Iraq was found in breach of Resolution 1441.", "1441", None),
    (R, "Resolution 1441 was passed unanimously. The language of 1441 was vague.",
     "of 1441", None),
    (E, "The UN adopted resolution 1973 on Libya.", "1973", None),
    (E, "Senators blocked bill 2207 on Tuesday.", "2207", None),
    (Q, "US Airways flight 1549 ditched in the Hudson.", "1549", None),
    (Q, "Passengers on flight 1984 were rebooked.", "1984", None),
    (E, "Traffic on Route 1 was backed up for miles.", "Route 1", None),
    (E, "The prime minister returned to No. 10 late.", "No. 10", None),
    (E, "The motorcade headed for 1600 Pennsylvania Avenue.", "1600", None),
    (H, "Health officials put the risk at 1 in 1000.", "1000", None),
    (E, "Prices are up 1000 percent, traders say.", "1000", None),
    (E, "Hammurabi ruled from 1792 to 1750 BC.", "1792", None),
    (E, "Bill 1998 was sent back to committee.", "1998", None),
    (E, "Room 2011 of the hotel was searched.", "2011", None),
]

COUNTS: list[tuple[str, str, str, str | None]] = [
    # --- counts in durations are lengths, not years --------------------------------------
    (E, "It was the coldest winter in 31 years.", "31 years", "P31Y"),
    (Q, "It is the worst quake to hit the country in 200 years.", "200 years", "P200Y"),
    (E, "For the first time in thirty years, I will vote for the other party.",
     "thirty years", "P30Y"),
    (E, "The page drew 15,000 followers in a week.", "a week", "P1W"),
    (E, "In 18 days the movement toppled a leader of three decades.", "18 days", "P18D"),
    (R, "It was the first official contact in two years of fighting.", "two years", "P2Y"),
    (Q, "Volunteers hope to find 50 people in 50 days.", "50 days", "P50D"),
    (H, "Factories could make a billion doses in 1.5 years.", "1.5 years", "P1Y6M"),
    (R, "Unemployment quadrupled in three years.", "three years", "P3Y"),
    (E, "He ruled for 30 years.", "30 years", "P30Y"),
    (E, "Look at what the party has done in 8 years.", "8 years", "P8Y"),
    (H, "There were two attacks in 10 years.", "10 years", "P10Y"),
    (E, "Talks will resume in two weeks.", "two weeks", "2011-W08"),
    (E, "The vote is in two weeks' time.", "two weeks' time", "2011-W08"),
    (H, "I'll be flying to New York in two days.", "two days", "2009-04-30"),
]

BLOCS: list[tuple[str, str, str, str | None]] = [
    # --- named blocs and movements -------------------------------------------------------
    (E, "Members of the 6 April youth movement marched.", "6 April", None),
    (E, "The April 6 Youth Movement called for a strike.", "April 6", None),
    (E, "Leaders of the March 14 alliance walked out.", "March 14", None),
    (E, "The March 8 coalition rejected the plan.", "March 8", None),
    (E, "Fighters of the 15 May brigades withdrew.", "15 May", None),
    (E, "Members of the 6 April movement marched on 25 January.", "25 January", "2011-01-25"),
]

YEARS: list[tuple[str, str, str, str | None]] = [
    # --- a bare number is a year when plausible or when a word makes it one ---------------
    (E, "The English fought at Agincourt in 1415.", "1415", "1415"),
    (E, "Nothing like it had happened since 1789.", "since 1789", "1789/2011-02-10"),
    (E, "Europe wants clean power by 2035.", "2035", "2035"),
    (E, "The charter dates from the great fire of 1666.", "1666", "1666"),
    (R, "The treaty of 1648 no longer holds.", "1648", "1648"),
    (E, "The 1001 Nights was read aloud.", "1001", None),
    (E, "He signed 2039 autographs.", "2039", None),
    (Q, "Rescuers pulled 1740 people from the rubble.", "1740", None),
    (H, "The 1976 vaccine campaign went badly.", "1976", "1976"),
    (H, "NASA still aims for a 2015 launch.", "2015", "2015"),
    (E, "The 1980s were good to the regime. 1981 brought a new president.", "1981",
     "1981"),
    (R, "Casualties rose in 2004 and 2005.", "2005", "2005"),
    (E, "From 2002 up to today, the economy grew.", "2002", "2002"),
]

DURATIONS: list[tuple[str, str, str, str | None]] = [
    # --- lengths of time are durations, not dates ----------------------------------------
    (E, "The emergency law has been in force for a decade.", "a decade", "P10Y"),
    (E, "He spent five years in exile.", "five years", "P5Y"),
    (E, "The first 100 days of the new cabinet will be hard.", "The first 100 days",
     "P100D"),
    (E, "Protests have grown over the last week.", "the last week", "P1W"),
    (E, "Prices have doubled in the past year.", "the past year", "P1Y"),
    (E, "The siege lasted nearly a decade.", "nearly a decade", "P10Y"),
    # --- bare plurals: lengths of no stated number ---------------------------------------
    (E, "Protesters have camped in the square for days.", "days", "PXD"),
    (E, "Minutes later, the crowd surged forward.", "Minutes", "PTXM"),
    (E, "The police arrived minutes later.", "minutes", "PTXM"),
    (E, "After weeks of talks, the deal collapsed.", "weeks", "PXW"),
    (E, "The city has been without power for months.", "months", "PXM"),
    (E, "Survivors waited for hours for water.", "hours", "PTXH"),
    (Q, "Hours later the second shock struck.", "Hours", "PTXH"),
    (E, "After years of war, the border reopened.", "years", "PXY"),
    (E, "The army has ruled for decades.", "decades", "PXDE"),
]

# Month abbreviations with and without a dot; "Mar", "Jun", "Jul", "Sep" need a number.
ABBREVIATIONS: list[tuple[str, str, str, str | None]] = [
    (E, "Protests are planned for 3 Mar 2011 in the capital.", "3 Mar 2011", "2011-03-03"),
    (R, "The ceasefire was signed on 14 Jun 2004 in Geneva.", "14 Jun 2004", "2004-06-14"),
    (E, "Talks collapsed on Sep 21, 2010, officials said.", "Sep 21, 2010", "2010-09-21"),
    (H, "The first cases were confirmed on 24 Apr 2009.", "24 Apr 2009", "2009-04-24"),
    (Q, "Aid pledged in Sept 2009 has not arrived.", "Sept 2009", "2009-09"),
    (Q, "Aid pledged in Sep 2009 has not arrived.", "Sep 2009", "2009-09"),
    (R, "The bombers struck on 7 Jul 2004, the court heard.", "7 Jul 2004", "2004-07-07"),
    (R, "The vote will be held on Jul 3, the commission said.", "Jul 3", "2005-07-03"),
    (R, "The vote was held on Jul 3, the commission said.", "Jul 3", "2004-07-03"),
    (Q, "The quake struck on 12 Jan, killing thousands.", "12 Jan", "2010-01-12"),
    (Q, "Donations rose sharply on 13 Jan and again a day later.", "13 Jan", "2010-01-13"),
    (E, "Mar Roxas conceded the race on Monday.", "Mar", None),
    (H, "Jun Matsumoto starred in the film.", "Jun", None),
    (E, "The protests did not mar the ceremony.", "mar", None),
    # --- clock times with a colon: a clock after a clock word --------------------------
    (E, "At 09:42 on 3 Feb 2011 a reader wrote: leave now.", "09:42 on 3 Feb 2011",
     "2011-02-03T09:42"),
    (E, "Troops left the square at 21:15, a witness said.", "21:15", "2011-02-10T21:15"),
    (E, "Talks ran from 09:30 to 11:45 behind closed doors.", "from 09:30 to 11:45",
     "2011-02-10T09:30/2011-02-10T11:45"),
    (E, "The home side led 2:1 at the break.", "2:1", None),
    (E, "The pastor read John 3:16 to the crowd.", "3:16", None),
    # --- a clock time dated by a calendar date later in its own sentence ---------------
    (E, "On Monday the talks began. At 0942 the army arrived, on 3 February 2011, "
        "witnesses said.", "0942", "2011-02-03T09:42"),
    (E, "At 1130 the convoy crossed the border on 8 February, a spokesman said.", "1130",
     "2011-02-08T11:30"),
    (E, "Crowds gathered from 1415 to 1430 GMT outside the ministry.",
     "from 1415 to 1430 GMT", "2011-02-10T14:15/2011-02-10T14:30"),
    # --- plural counts are not decades ---------------------------------------------------
    (E, "10s of 1000s of protesters filled the square.", "1000s", None),
    (E, "1000s of people marched on the palace.", "1000s", None),
    (H, "Hundreds of 1000s of pigs were culled.", "1000s", None),
    (E, "The 1990s were calmer, he said.", "The 1990s", "199"),
]

# Plural units that measure a stretch anchored to an event, and adjectival lengths.
EVENT_LENGTHS: list[tuple[str, str, str, str | None]] = [
    (E, "His car was seen near the house in the days before the shooting.", "days", "PXD"),
    (E, "In the weeks after the uprising, food prices doubled.", "weeks", "PXW"),
    (E, "In the years that followed, the rebels regrouped in the hills.", "years", "PXY"),
    (E, "He crossed the border days after the killing, police said.", "days", "PXD"),
    (E, "Weeks before the vote, the minister quit.", "Weeks", "PXW"),
    (E, "Troops are expected to arrive within weeks.", "weeks", "PXW"),
    (E, "It was the first rise in exports in years.", "years", "PXY"),
    (E, "Inflation hit its highest level in decades, the bank said.", "decades", "PXDE"),
    (E, "Over the years, the town has shrunk to a few hundred people.", "the years", "PXY"),
    (E, "The ruling ends a decades-long feud between the families.", "decades-long", "PXDE"),
    (E, "Lawyers emerged from a day-long meeting with officials.", "day-long", "P1D"),
    (E, "Dockers began a week-long strike on Monday.", "week-long", "P1W"),
    (E, "The months-long siege of the city is over.", "months-long", "PXM"),
    (E, "The deal settles a years-old dispute over fishing rights.", "years-old", "PXY"),
    (E, "She returns after a several-year absence.", "several-year", "PXY"),
    (E, "A yearlong inquiry cleared the police.", "yearlong", "P1Y"),
    (Q, "Sales fell 4% in the first nine months of the year.", "the year", "2010"),
    # --- "June 24 and 25": the second day takes the first one's month ------------------
    (R, "The summit will be held on June 24 and 25 in Brussels.", "25", "2005-06-25"),
    (R, "Clashes on June 4 and 5 left 12 dead.", "5", "2005-06-05"),
    (R, "Police said on June 4 and 25 people were arrested.", "25", None),
]

NOT_TIMES: list[tuple[str, str, str]] = [
    (E, "The senator told USA Today the bill was dead.", "Today"),
    (E, "She told the BBC's Today programme she would not resign.", "Today"),
    (E, "Listeners heard the interview on VOA Today.", "Today"),
    (E, "The 6-year-old boy was rescued at sea.", "6-year-old"),
    (E, "The 50-year-old alliance admitted three members.", "50-year-old"),
    # (publish date, sentence, phrase): neither a date nor a duration
    (E, "He won a second term in the vote.", "a second"),
    (E, "Fighting broke out in the early hours of Thursday.", "hours"),
    (E, "Some remember the days of the old king.", "days"),
]

ALL = (CLOCKS + LABELS + COUNTS + BLOCS + YEARS + DURATIONS + ABBREVIATIONS
       + EVENT_LENGTHS)


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"), ALL)
def test_real_news_number(dct: str, sentence: str, phrase: str, expected: str | None) -> None:
    if expected is None:
        assert dated_over(sentence, dct, phrase) == []
    else:
        assert find(sentence, dct, phrase).value == expected


@pytest.mark.parametrize(("dct", "sentence", "phrase"), NOT_TIMES)
def test_not_a_time_at_all(dct: str, sentence: str, phrase: str) -> None:
    start = sentence.index(phrase)
    end = start + len(phrase)
    assert [t for t in resolve(sentence, dct) if t.start < end and start < t.end] == []


@pytest.mark.parametrize(("dct", "sentence", "phrase", "expected"),
                         DURATIONS + COUNTS[:12] + EVENT_LENGTHS[:16])
def test_lengths_are_typed_as_durations(dct: str, sentence: str, phrase: str,
                                        expected: str | None) -> None:
    assert find(sentence, dct, phrase).type is TimexType.DURATION


def test_clock_stamps_never_become_years() -> None:
    blog = "2313 The minister says he will stay.\n2250 Crowds grow.\n1942: Police arrive."
    assert all(t.type is TimexType.TIME for t in resolve(blog, E))


def test_case_table_is_large_enough() -> None:
    assert len(ALL) + len(NOT_TIMES) >= 80
