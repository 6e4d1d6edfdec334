"""Hand-worked ground truth for the sample corpus in ``sample_data/``.

Pure data, no logic. Worked out by reading each article as a careful human would; weekdays and
ISO weeks were checked against Python's calendar.

The corpus tells three invented stories:

* Kestrel Point port strike (``harbor-strike-0*.md``), 17 May - 3 June 2024.
* Corvane AI safety resignations and board fight (``corvane-0*.md``), 10 May - 7 June 2024.
* Vesper Falls water contamination (``vesper-water-0*.md``), 5 - 26 August 2024.

Every publish time in the corpus falls on the same calendar day in local time and in UTC, so the
"publish date" below is unambiguous.

Conventions
-----------
``DATES``
    ``phrase`` is the time expression itself, TIMEX3-style: without a leading "on"/"in"/"at",
    but keeping "last"/"this"/"since"/"the" and the like. ``occurrence`` is 1-based among exact
    (case-sensitive) occurrences of ``phrase`` in the article body (front matter excluded).
    Values are resolved against the article's publish date, or against the narrative date for
    anchored phrases ("two days later", "the following week", "the previous year").

    * A past-tense bare weekday is the most recent such day on or before the publish date (the
      publish day itself counts); a future-tense bare weekday is the next such day on or after
      the publish date. "last <weekday>" is the most recent such day strictly before the
      publish date, so "last Thursday" in a Thursday article is a week earlier.
    * "since <point>" describing a state that continues to publication is an interval
      ``<point>/<publish date>``; start is the first day of the point, end the publish date.
    * ``start``/``end`` are the inclusive calendar range. ISO weeks run Monday..Sunday; a
      weekend ``YYYY-Www-WE`` is that week's Saturday..Sunday; seasons are meteorological
      (SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb of the next year).
    * ``mod`` (only where present) follows TIMEX3: START/MID/END narrow a year to its first,
      middle or last four months and a month to days 1-10 / 11-20 / 21-end. For AFTER and
      ON_OR_BEFORE ("after 2026", "by 2026") the range given is the value's own span; the open
      end is left to the consumer.
    * Durations (``type`` "DURATION", value like ``P3Y``) and the vague ``FUTURE_REF`` name no
      calendar span: their ``start`` and ``end`` are ``None``. Entries without ``type`` are DATE
      (or TIME for parts of day).
    * The list is not exhaustive: clock times ("6 a.m."), vague spans ("a marathon weekend
      session", "several weeks") and a few other durations are left out. Every entry listed is
      one a correct tagger must find with this value.

``NOT_DATES``
    Substrings of a body that must not yield a date: person names that look like months or
    weekdays, "may"/"march" used as verbs, and boilerplate lines that contain date words.

``PEOPLE``
    Every person named in article prose: full name -> sorted list of every form used for them
    (possessive endings stripped). Reporters (front matter) and photo credits are not included;
    photo-credit names are listed in ``BOILERPLATE_PEOPLE``. ``ROLES`` gives the role as first
    titled in the text.

``MERGED_EVENTS`` / ``CONFLICT``
    Events told by several articles. ``phrase`` is the time expression in that article (same
    extent rules as ``DATES``); ``sentence_contains`` is a distinctive substring of the sentence
    that reports the event. ``value`` is the day the sources agree on.

``PRONOUN_EVENTS``
    Sentences whose subject is a bare pronoun that refers to the only person named in the
    preceding sentence.

``BOILERPLATE``
    Page furniture at the end of articles; ``line_starts_with`` is the start of the line.
"""

A1 = "harbor-strike-01-walkout.md"  # Fri 2024-05-17
A2 = "harbor-strike-02-fourth-day.md"  # Sat 2024-05-18
A3 = "harbor-strike-03-ships-diverted.md"  # Tue 2024-05-21
A4 = "harbor-strike-04-tentative-deal.md"  # Mon 2024-05-27
A5 = "harbor-strike-05-ratified.md"  # Wed 2024-05-29
A6 = "harbor-strike-06-aftermath.md"  # Mon 2024-06-03
B1 = "corvane-01-safety-lead-resigns.md"  # Fri 2024-05-10
B2 = "corvane-02-board-emergency-session.md"  # Tue 2024-05-14
B3 = "corvane-03-ceo-on-leave.md"  # Thu 2024-05-16
B4 = "corvane-04-inside-the-board.md"  # Mon 2024-05-20
B5 = "corvane-05-oyelaran-ousted.md"  # Fri 2024-06-07
C1 = "vesper-water-01-advisory.md"  # Mon 2024-08-05
C2 = "vesper-water-02-filtration-vote.md"  # Mon 2024-08-26

PUBLISHED = {
    A1: "2024-05-17",
    A2: "2024-05-18",
    A3: "2024-05-21",
    A4: "2024-05-27",
    A5: "2024-05-29",
    A6: "2024-06-03",
    B1: "2024-05-10",
    B2: "2024-05-14",
    B3: "2024-05-16",
    B4: "2024-05-20",
    B5: "2024-06-07",
    C1: "2024-08-05",
    C2: "2024-08-26",
}

DATES = [
    # --- A1, published Friday 2024-05-17 ---------------------------------------------------
    {
        "file": A1,
        "phrase": "nearly a decade",
        "occurrence": 1,
        "value": "P10Y",
        "type": "DURATION",
        "mod": "APPROX",
        "start": None,
        "end": None,
    },
    {
        "file": A1,
        "phrase": "Wednesday",
        "occurrence": 1,
        "value": "2024-05-15",
        "start": "2024-05-15",
        "end": "2024-05-15",
    },
    {
        "file": A1,
        "phrase": "Tuesday",
        "occurrence": 1,
        "value": "2024-05-14",
        "start": "2024-05-14",
        "end": "2024-05-14",
    },
    {
        "file": A1,
        "phrase": "last November",
        "occurrence": 1,
        "value": "2023-11",
        "start": "2023-11-01",
        "end": "2023-11-30",
    },
    {
        "file": A1,
        "phrase": "since April",
        "occurrence": 1,
        "value": "2024-04/2024-05-17",
        "start": "2024-04-01",
        "end": "2024-05-17",
    },
    {
        "file": A1,
        "phrase": "This morning",
        "occurrence": 1,
        "value": "2024-05-17TMO",
        "start": "2024-05-17",
        "end": "2024-05-17",
    },
    {
        "file": A1,
        "phrase": "2019",
        "occurrence": 1,
        "value": "2019",
        "start": "2019-01-01",
        "end": "2019-12-31",
    },
    {
        "file": A1,
        "phrase": "in the coming days",
        "occurrence": 1,
        "value": "FUTURE_REF",
        "start": None,
        "end": None,
    },
    {
        "file": A1,
        "phrase": "five years",
        "occurrence": 1,
        "value": "P5Y",
        "type": "DURATION",
        "start": None,
        "end": None,
    },
    {
        "file": A1,
        "phrase": "17 years",
        "occurrence": 1,
        "value": "P17Y",
        "type": "DURATION",
        "start": None,
        "end": None,
    },
    {
        "file": A1,
        "phrase": "Friday",
        "occurrence": 1,
        "value": "2024-05-17",
        "start": "2024-05-17",
        "end": "2024-05-17",
    },
    {
        "file": A1,
        "phrase": "Thursday",
        "occurrence": 1,
        "value": "2024-05-16",
        "start": "2024-05-16",
        "end": "2024-05-16",
    },
    {
        "file": A1,
        "phrase": "tonight",
        "occurrence": 1,
        "value": "2024-05-17TNI",
        "start": "2024-05-17",
        "end": "2024-05-17",
    },
    # --- A2, published Saturday 2024-05-18 (date only) -------------------------------------
    {
        "file": A2,
        "phrase": "Saturday",
        "occurrence": 1,
        "value": "2024-05-18",
        "start": "2024-05-18",
        "end": "2024-05-18",
    },
    {
        "file": A2,
        "phrase": "May 15",
        "occurrence": 1,
        "value": "2024-05-15",
        "start": "2024-05-15",
        "end": "2024-05-15",
    },
    {
        "file": A2,
        "phrase": "Monday",
        "occurrence": 1,
        "value": "2024-05-20",
        "start": "2024-05-20",
        "end": "2024-05-20",
    },
    {
        "file": A2,
        "phrase": "March 31, 2024",
        "occurrence": 1,
        "value": "2024-03-31",
        "start": "2024-03-31",
        "end": "2024-03-31",
    },
    {
        "file": A2,
        "phrase": "early 2023",
        "occurrence": 1,
        "value": "2023",
        "mod": "START",
        "start": "2023-01-01",
        "end": "2023-04-30",
    },
    {
        "file": A2,
        "phrase": "mid-2022",
        "occurrence": 1,
        "value": "2022",
        "mod": "MID",
        "start": "2022-05-01",
        "end": "2022-08-31",
    },
    {
        "file": A2,
        "phrase": "Saturday afternoon",
        "occurrence": 1,
        "value": "2024-05-18TAF",
        "start": "2024-05-18",
        "end": "2024-05-18",
    },
    {
        "file": A2,
        "phrase": "last year",
        "occurrence": 1,
        "value": "2023",
        "start": "2023-01-01",
        "end": "2023-12-31",
    },
    {
        "file": A2,
        "phrase": "since Wednesday",
        "occurrence": 1,
        "value": "2024-05-15/2024-05-18",
        "start": "2024-05-15",
        "end": "2024-05-18",
    },
    {
        "file": A2,
        "phrase": "Friday",
        "occurrence": 1,
        "value": "2024-05-17",
        "start": "2024-05-17",
        "end": "2024-05-17",
    },
    {
        "file": A2,
        "phrase": "two weeks",
        "occurrence": 1,
        "value": "P2W",
        "type": "DURATION",
        "start": None,
        "end": None,
    },
    {
        "file": A2,
        "phrase": "2015",
        "occurrence": 1,
        "value": "2015",
        "start": "2015-01-01",
        "end": "2015-12-31",
    },
    {
        "file": A2,
        "phrase": "11 days",
        "occurrence": 1,
        "value": "P11D",
        "type": "DURATION",
        "start": None,
        "end": None,
    },
    # --- A3, published Tuesday 2024-05-21 ----------------------------------------------------
    {
        "file": A3,
        "phrase": "Monday",
        "occurrence": 1,
        "value": "2024-05-20",
        "start": "2024-05-20",
        "end": "2024-05-20",
    },
    {
        "file": A3,
        "phrase": "last Wednesday",
        "occurrence": 1,
        "value": "2024-05-15",
        "start": "2024-05-15",
        "end": "2024-05-15",
    },
    {
        "file": A3,
        "phrase": "This past weekend",
        "occurrence": 1,
        "value": "2024-W20-WE",
        "start": "2024-05-18",
        "end": "2024-05-19",
    },
    {
        "file": A3,
        "phrase": "29 April 2024",
        "occurrence": 1,
        "value": "2024-04-29",
        "start": "2024-04-29",
        "end": "2024-04-29",
    },
    # anchored on 29 April 2024 (ISO week 18), so the following week is week 19
    {
        "file": A3,
        "phrase": "the following week",
        "occurrence": 1,
        "value": "2024-W19",
        "start": "2024-05-06",
        "end": "2024-05-12",
    },
    {
        "file": A3,
        "phrase": "Two weeks ago",
        "occurrence": 1,
        "value": "2024-W19",
        "start": "2024-05-06",
        "end": "2024-05-12",
    },
    {
        "file": A3,
        "phrase": "the 1990s",
        "occurrence": 1,
        "value": "199",
        "start": "1990-01-01",
        "end": "1999-12-31",
    },
    {
        "file": A3,
        "phrase": "early 2023",
        "occurrence": 1,
        "value": "2023",
        "mod": "START",
        "start": "2023-01-01",
        "end": "2023-04-30",
    },
    {
        "file": A3,
        "phrase": "2026",
        "occurrence": 1,
        "value": "2026",
        "mod": "ON_OR_BEFORE",
        "start": "2026-01-01",
        "end": "2026-12-31",
    },
    # future: "expected to keep both sides at the table through Thursday"
    {
        "file": A3,
        "phrase": "Thursday",
        "occurrence": 1,
        "value": "2024-05-23",
        "start": "2024-05-23",
        "end": "2024-05-23",
    },
    # --- A4, published Monday 2024-05-27 ---------------------------------------------------
    {
        "file": A4,
        "phrase": "Sunday",
        "occurrence": 1,
        "value": "2024-05-26",
        "start": "2024-05-26",
        "end": "2024-05-26",
    },
    {
        "file": A4,
        "phrase": "Tuesday",
        "occurrence": 1,
        "value": "2024-05-28",
        "start": "2024-05-28",
        "end": "2024-05-28",
    },
    {
        "file": A4,
        "phrase": "Saturday morning",
        "occurrence": 1,
        "value": "2024-05-25TMO",
        "start": "2024-05-25",
        "end": "2024-05-25",
    },
    {
        "file": A4,
        "phrase": "three years",
        "occurrence": 1,
        "value": "P3Y",
        "type": "DURATION",
        "start": None,
        "end": None,
    },
    {
        "file": A4,
        "phrase": "2026",
        "occurrence": 1,
        "value": "2026",
        "mod": "AFTER",
        "start": "2026-01-01",
        "end": "2026-12-31",
    },
    {
        "file": A4,
        "phrase": "Sunday night",
        "occurrence": 1,
        "value": "2024-05-26TNI",
        "start": "2024-05-26",
        "end": "2024-05-26",
    },
    {
        "file": A4,
        "phrase": "A year ago",
        "occurrence": 1,
        "value": "2023",
        "start": "2023-01-01",
        "end": "2023-12-31",
    },
    {
        "file": A4,
        "phrase": "2021",
        "occurrence": 1,
        "value": "2021",
        "start": "2021-01-01",
        "end": "2021-12-31",
    },
    {
        "file": A4,
        "phrase": "since May 15",
        "occurrence": 1,
        "value": "2024-05-15/2024-05-27",
        "start": "2024-05-15",
        "end": "2024-05-27",
    },
    # --- A5, published Wednesday 2024-05-29 (date only) ------------------------------------
    {
        "file": A5,
        "phrase": "yesterday",
        "occurrence": 1,
        "value": "2024-05-28",
        "start": "2024-05-28",
        "end": "2024-05-28",
    },
    {
        "file": A5,
        "phrase": "Tuesday",
        "occurrence": 1,
        "value": "2024-05-28",
        "start": "2024-05-28",
        "end": "2024-05-28",
    },
    {
        "file": A5,
        "phrase": "this morning",
        "occurrence": 1,
        "value": "2024-05-29TMO",
        "start": "2024-05-29",
        "end": "2024-05-29",
    },
    {
        "file": A5,
        "phrase": "nine days",
        "occurrence": 1,
        "value": "P9D",
        "type": "DURATION",
        "start": None,
        "end": None,
    },
    {
        "file": A5,
        "phrase": "May 26",
        "occurrence": 1,
        "value": "2024-05-26",
        "start": "2024-05-26",
        "end": "2024-05-26",
    },
    {
        "file": A5,
        "phrase": "earlier this week",
        "occurrence": 1,
        "value": "2024-W22",
        "start": "2024-05-27",
        "end": "2024-05-29",
    },
    {
        "file": A5,
        "phrase": "Friday",
        "occurrence": 1,
        "value": "2024-05-31",
        "start": "2024-05-31",
        "end": "2024-05-31",
    },
    {
        "file": A5,
        "phrase": "2015",
        "occurrence": 1,
        "value": "2015",
        "start": "2015-01-01",
        "end": "2015-12-31",
    },
    {
        "file": A5,
        "phrase": "the 1970s",
        "occurrence": 1,
        "value": "197",
        "start": "1970-01-01",
        "end": "1979-12-31",
    },
    {
        "file": A5,
        "phrase": "2026",
        "occurrence": 1,
        "value": "2026",
        "mod": "AFTER",
        "start": "2026-01-01",
        "end": "2026-12-31",
    },
    # --- A6, published Monday 2024-06-03 ---------------------------------------------------
    {
        "file": A6,
        "phrase": "May 28",
        "occurrence": 1,
        "value": "2024-05-28",
        "start": "2024-05-28",
        "end": "2024-05-28",
    },
    # anchored on the May 28 vote
    {
        "file": A6,
        "phrase": "the next day",
        "occurrence": 1,
        "value": "2024-05-29",
        "start": "2024-05-29",
        "end": "2024-05-29",
    },
    {
        "file": A6,
        "phrase": "26 May",
        "occurrence": 1,
        "value": "2024-05-26",
        "start": "2024-05-26",
        "end": "2024-05-26",
    },
    {
        "file": A6,
        "phrase": "2027",
        "occurrence": 1,
        "value": "2027",
        "start": "2027-01-01",
        "end": "2027-12-31",
    },
    {
        "file": A6,
        "phrase": "last summer",
        "occurrence": 1,
        "value": "2023-SU",
        "start": "2023-06-01",
        "end": "2023-08-31",
    },
    {
        "file": A6,
        "phrase": "later this month",
        "occurrence": 1,
        "value": "2024-06",
        "start": "2024-06-04",
        "end": "2024-06-30",
    },
    {
        "file": A6,
        "phrase": "the third quarter",
        "occurrence": 1,
        "value": "2024-Q3",
        "start": "2024-07-01",
        "end": "2024-09-30",
    },
    {
        "file": A6,
        "phrase": "Friday",
        "occurrence": 1,
        "value": "2024-05-31",
        "start": "2024-05-31",
        "end": "2024-05-31",
    },
    {
        "file": A6,
        "phrase": "early 2025",
        "occurrence": 1,
        "value": "2025",
        "mod": "START",
        "start": "2025-01-01",
        "end": "2025-04-30",
    },
    # --- B1, published Friday 2024-05-10 ---------------------------------------------------
    {
        "file": B1,
        "phrase": "Thursday",
        "occurrence": 1,
        "value": "2024-05-09",
        "start": "2024-05-09",
        "end": "2024-05-09",
    },
    {
        "file": B1,
        "phrase": "2020",
        "occurrence": 1,
        "value": "2020",
        "start": "2020-01-01",
        "end": "2020-12-31",
    },
    {
        "file": B1,
        "phrase": "since February",
        "occurrence": 1,
        "value": "2024-02/2024-05-10",
        "start": "2024-02-01",
        "end": "2024-05-10",
    },
    {
        "file": B1,
        "phrase": "Friday",
        "occurrence": 1,
        "value": "2024-05-10",
        "start": "2024-05-10",
        "end": "2024-05-10",
    },
    {
        "file": B1,
        "phrase": "later this month",
        "occurrence": 1,
        "value": "2024-05",
        "start": "2024-05-11",
        "end": "2024-05-31",
    },
    {
        "file": B1,
        "phrase": "2019",
        "occurrence": 1,
        "value": "2019",
        "start": "2019-01-01",
        "end": "2019-12-31",
    },
    {
        "file": B1,
        "phrase": "last year",
        "occurrence": 1,
        "value": "2023",
        "start": "2023-01-01",
        "end": "2023-12-31",
    },
    {
        "file": B1,
        "phrase": "this week",
        "occurrence": 1,
        "value": "2024-W19",
        "start": "2024-05-06",
        "end": "2024-05-12",
    },
    {
        "file": B1,
        "phrase": "Friday evening",
        "occurrence": 1,
        "value": "2024-05-10TEV",
        "start": "2024-05-10",
        "end": "2024-05-10",
    },
    # --- B2, published Tuesday 2024-05-14 --------------------------------------------------
    {
        "file": B2,
        "phrase": "Monday",
        "occurrence": 1,
        "value": "2024-05-13",
        "start": "2024-05-13",
        "end": "2024-05-13",
    },
    {
        "file": B2,
        "phrase": "May 9",
        "occurrence": 1,
        "value": "2024-05-09",
        "start": "2024-05-09",
        "end": "2024-05-09",
    },
    # anchored on May 9
    {
        "file": B2,
        "phrase": "two days later",
        "occurrence": 1,
        "value": "2024-05-11",
        "start": "2024-05-11",
        "end": "2024-05-11",
    },
    {
        "file": B2,
        "phrase": "last year",
        "occurrence": 1,
        "value": "2023",
        "start": "2023-01-01",
        "end": "2023-12-31",
    },
    {
        "file": B2,
        "phrase": "later this month",
        "occurrence": 1,
        "value": "2024-05",
        "start": "2024-05-15",
        "end": "2024-05-31",
    },
    {
        "file": B2,
        "phrase": "since April",
        "occurrence": 1,
        "value": "2024-04/2024-05-14",
        "start": "2024-04-01",
        "end": "2024-05-14",
    },
    {
        "file": B2,
        "phrase": "2019",
        "occurrence": 1,
        "value": "2019",
        "start": "2019-01-01",
        "end": "2019-12-31",
    },
    {
        "file": B2,
        "phrase": "A year ago",
        "occurrence": 1,
        "value": "2023",
        "start": "2023-01-01",
        "end": "2023-12-31",
    },
    # --- B3, published Thursday 2024-05-16 -------------------------------------------------
    {
        "file": B3,
        "phrase": "Wednesday",
        "occurrence": 1,
        "value": "2024-05-15",
        "start": "2024-05-15",
        "end": "2024-05-15",
    },
    {
        "file": B3,
        "phrase": "May 13",
        "occurrence": 1,
        "value": "2024-05-13",
        "start": "2024-05-13",
        "end": "2024-05-13",
    },
    {
        "file": B3,
        "phrase": "yesterday",
        "occurrence": 1,
        "value": "2024-05-15",
        "start": "2024-05-15",
        "end": "2024-05-15",
    },
    {
        "file": B3,
        "phrase": "a month",
        "occurrence": 1,
        "value": "P1M",
        "type": "DURATION",
        "mod": "APPROX",
        "start": None,
        "end": None,
    },
    # "last Thursday" written on a Thursday: the Thursday of the previous week
    {
        "file": B3,
        "phrase": "last Thursday",
        "occurrence": 1,
        "value": "2024-05-09",
        "start": "2024-05-09",
        "end": "2024-05-09",
    },
    {
        "file": B3,
        "phrase": "Earlier this week",
        "occurrence": 1,
        "value": "2024-W20",
        "start": "2024-05-13",
        "end": "2024-05-16",
    },
    {
        "file": B3,
        "phrase": "the spring of 2023",
        "occurrence": 1,
        "value": "2023-SP",
        "start": "2023-03-01",
        "end": "2023-05-31",
    },
    # future: "will brief employees on its scope on Monday"
    {
        "file": B3,
        "phrase": "Monday",
        "occurrence": 1,
        "value": "2024-05-20",
        "start": "2024-05-20",
        "end": "2024-05-20",
    },
    {
        "file": B3,
        "phrase": "the end of 2026",
        "occurrence": 1,
        "value": "2026",
        "mod": "END",
        "start": "2026-09-01",
        "end": "2026-12-31",
    },
    # --- B4, published Monday 2024-05-20 (date only) ---------------------------------------
    {
        "file": B4,
        "phrase": "Sunday, May 12",
        "occurrence": 1,
        "value": "2024-05-12",
        "start": "2024-05-12",
        "end": "2024-05-12",
    },
    {
        "file": B4,
        "phrase": "last November",
        "occurrence": 1,
        "value": "2023-11",
        "start": "2023-11-01",
        "end": "2023-11-30",
    },
    {
        "file": B4,
        "phrase": "since February",
        "occurrence": 1,
        "value": "2024-02/2024-05-20",
        "start": "2024-02-01",
        "end": "2024-05-20",
    },
    {
        "file": B4,
        "phrase": "9 May",
        "occurrence": 1,
        "value": "2024-05-09",
        "start": "2024-05-09",
        "end": "2024-05-09",
    },
    # anchored on 9 May
    {
        "file": B4,
        "phrase": "two days later",
        "occurrence": 1,
        "value": "2024-05-11",
        "start": "2024-05-11",
        "end": "2024-05-11",
    },
    {
        "file": B4,
        "phrase": "mid-2023",
        "occurrence": 1,
        "value": "2023",
        "mod": "MID",
        "start": "2023-05-01",
        "end": "2023-08-31",
    },
    {
        "file": B4,
        "phrase": "last Wednesday",
        "occurrence": 1,
        "value": "2024-05-15",
        "start": "2024-05-15",
        "end": "2024-05-15",
    },
    {
        "file": B4,
        "phrase": "this morning",
        "occurrence": 1,
        "value": "2024-05-20TMO",
        "start": "2024-05-20",
        "end": "2024-05-20",
    },
    {
        "file": B4,
        "phrase": "today",
        "occurrence": 1,
        "value": "2024-05-20",
        "start": "2024-05-20",
        "end": "2024-05-20",
    },
    {
        "file": B4,
        "phrase": "May 30",
        "occurrence": 1,
        "value": "2024-05-30",
        "start": "2024-05-30",
        "end": "2024-05-30",
    },
    # --- B5, published Friday 2024-06-07 ---------------------------------------------------
    {
        "file": B5,
        "phrase": "Friday",
        "occurrence": 1,
        "value": "2024-06-07",
        "start": "2024-06-07",
        "end": "2024-06-07",
    },
    {
        "file": B5,
        "phrase": "Thursday",
        "occurrence": 1,
        "value": "2024-06-06",
        "start": "2024-06-06",
        "end": "2024-06-06",
    },
    {
        "file": B5,
        "phrase": "since March",
        "occurrence": 1,
        "value": "2024-03/2024-06-07",
        "start": "2024-03-01",
        "end": "2024-06-07",
    },
    {
        "file": B5,
        "phrase": "since May 15",
        "occurrence": 1,
        "value": "2024-05-15/2024-06-07",
        "start": "2024-05-15",
        "end": "2024-06-07",
    },
    {
        "file": B5,
        "phrase": "May 31",
        "occurrence": 1,
        "value": "2024-05-31",
        "start": "2024-05-31",
        "end": "2024-05-31",
    },
    # anchored on May 31 (ISO week 22), so the following week is week 23
    {
        "file": B5,
        "phrase": "the following week",
        "occurrence": 1,
        "value": "2024-W23",
        "start": "2024-06-03",
        "end": "2024-06-09",
    },
    {
        "file": B5,
        "phrase": "tonight",
        "occurrence": 1,
        "value": "2024-06-07TNI",
        "start": "2024-06-07",
        "end": "2024-06-07",
    },
    {
        "file": B5,
        "phrase": "2019",
        "occurrence": 1,
        "value": "2019",
        "start": "2019-01-01",
        "end": "2019-12-31",
    },
    {
        "file": B5,
        "phrase": "nearly five years",
        "occurrence": 1,
        "value": "P5Y",
        "type": "DURATION",
        "mod": "APPROX",
        "start": None,
        "end": None,
    },
    {
        "file": B5,
        "phrase": "last month",
        "occurrence": 1,
        "value": "2024-05",
        "start": "2024-05-01",
        "end": "2024-05-31",
    },
    {
        "file": B5,
        "phrase": "the fourth quarter",
        "occurrence": 1,
        "value": "2024-Q4",
        "start": "2024-10-01",
        "end": "2024-12-31",
    },
    {
        "file": B5,
        "phrase": "May 30",
        "occurrence": 1,
        "value": "2024-05-30",
        "start": "2024-05-30",
        "end": "2024-05-30",
    },
    {
        "file": B5,
        "phrase": "June 20",
        "occurrence": 1,
        "value": "2024-06-20",
        "start": "2024-06-20",
        "end": "2024-06-20",
    },
    # --- C1, published Monday 2024-08-05 ---------------------------------------------------
    {
        "file": C1,
        "phrase": "Saturday",
        "occurrence": 1,
        "value": "2024-08-03",
        "start": "2024-08-03",
        "end": "2024-08-03",
    },
    # a Monday article: the weekend just gone is Sat 3 - Sun 4 August, ISO week 31
    {
        "file": C1,
        "phrase": "this past weekend",
        "occurrence": 1,
        "value": "2024-W31-WE",
        "start": "2024-08-03",
        "end": "2024-08-04",
    },
    {
        "file": C1,
        "phrase": "nearly four decades",
        "occurrence": 1,
        "value": "P40Y",
        "type": "DURATION",
        "mod": "APPROX",
        "start": None,
        "end": None,
    },
    {
        "file": C1,
        "phrase": "1998",
        "occurrence": 1,
        "value": "1998",
        "start": "1998-01-01",
        "end": "1998-12-31",
    },
    {
        "file": C1,
        "phrase": "mid-2022",
        "occurrence": 1,
        "value": "2022",
        "mod": "MID",
        "start": "2022-05-01",
        "end": "2022-08-31",
    },
    {
        "file": C1,
        "phrase": "since last winter",
        "occurrence": 1,
        "value": "2023-WI/2024-08-05",
        "start": "2023-12-01",
        "end": "2024-08-05",
    },
    {
        "file": C1,
        "phrase": "last November",
        "occurrence": 1,
        "value": "2023-11",
        "start": "2023-11-01",
        "end": "2023-11-30",
    },
    {
        "file": C1,
        "phrase": "Thursday",
        "occurrence": 1,
        "value": "2024-08-08",
        "start": "2024-08-08",
        "end": "2024-08-08",
    },
    {
        "file": C1,
        "phrase": "in the coming days",
        "occurrence": 1,
        "value": "FUTURE_REF",
        "start": None,
        "end": None,
    },
    # --- C2, published Monday 2024-08-26 ---------------------------------------------------
    {
        "file": C2,
        "phrase": "Aug. 3",
        "occurrence": 1,
        "value": "2024-08-03",
        "start": "2024-08-03",
        "end": "2024-08-03",
    },
    {
        "file": C2,
        "phrase": "Thursday",
        "occurrence": 1,
        "value": "2024-08-22",
        "start": "2024-08-22",
        "end": "2024-08-22",
    },
    {
        "file": C2,
        "phrase": "August 8",
        "occurrence": 1,
        "value": "2024-08-08",
        "start": "2024-08-08",
        "end": "2024-08-08",
    },
    {
        "file": C2,
        "phrase": "in the coming days",
        "occurrence": 1,
        "value": "FUTURE_REF",
        "start": None,
        "end": None,
    },
    {
        "file": C2,
        "phrase": "this morning",
        "occurrence": 1,
        "value": "2024-08-26TMO",
        "start": "2024-08-26",
        "end": "2024-08-26",
    },
    {
        "file": C2,
        "phrase": "last week",
        "occurrence": 1,
        "value": "2024-W34",
        "start": "2024-08-19",
        "end": "2024-08-25",
    },
    {
        "file": C2,
        "phrase": "last Tuesday",
        "occurrence": 1,
        "value": "2024-08-20",
        "start": "2024-08-20",
        "end": "2024-08-20",
    },
    {
        "file": C2,
        "phrase": "last year",
        "occurrence": 1,
        "value": "2023",
        "start": "2023-01-01",
        "end": "2023-12-31",
    },
    {
        "file": C2,
        "phrase": "early 2023",
        "occurrence": 1,
        "value": "2023",
        "mod": "START",
        "start": "2023-01-01",
        "end": "2023-04-30",
    },
    # anchored on "early 2023"
    {
        "file": C2,
        "phrase": "the previous year",
        "occurrence": 1,
        "value": "2022",
        "start": "2022-01-01",
        "end": "2022-12-31",
    },
    {
        "file": C2,
        "phrase": "Monday",
        "occurrence": 1,
        "value": "2024-08-26",
        "start": "2024-08-26",
        "end": "2024-08-26",
    },
    {
        "file": C2,
        "phrase": "since August 5",
        "occurrence": 1,
        "value": "2024-08-05/2024-08-26",
        "start": "2024-08-05",
        "end": "2024-08-26",
    },
    {
        "file": C2,
        "phrase": "the end of September",
        "occurrence": 1,
        "value": "2024-09",
        "mod": "END",
        "start": "2024-09-21",
        "end": "2024-09-30",
    },
]

NOT_DATES = [
    # names that look like months, weekdays or month abbreviations
    {"file": A1, "phrase": "April Moreno"},
    {"file": A1, "phrase": "June Castellanos"},
    {"file": A1, "phrase": "Sunil Jankowski"},
    {"file": A2, "phrase": "June Castellanos"},
    {"file": A2, "phrase": "Sunil Jankowski"},
    {"file": A4, "phrase": "April Moreno"},
    {"file": A6, "phrase": "April Moreno"},
    {"file": B1, "phrase": "May Ashford"},
    {"file": B1, "phrase": "Sunmere Capital"},
    {"file": B2, "phrase": "May Ashford"},
    {"file": B2, "phrase": "Jan Pellegrini"},
    {"file": B3, "phrase": "Jan Pellegrini"},
    {"file": B4, "phrase": "Jan Pellegrini"},
    {"file": B5, "phrase": "Jan Pellegrini"},
    # "march" and "may" as verbs
    {"file": A2, "phrase": "Supporters will march"},
    {"file": A3, "phrase": "supporters marched"},
    {"file": C2, "phrase": "march into that building"},
    {"file": A5, "phrase": "the dispute may still have lasting effects"},
    {"file": A5, "phrase": "some may not return"},
    {"file": A6, "phrase": "may become a template"},
    {"file": B1, "phrase": "The board may vote"},
    # boilerplate lines that contain date words
    {"file": A1, "phrase": "Read next: What happened on Monday at the port"},
    {"file": A1, "phrase": "Sign up for our morning newsletter"},
    {"file": A4, "phrase": "Read next: Tuesday's vote, explained"},
    {"file": A4, "phrase": "Sign up for our morning newsletter"},
    {"file": A6, "phrase": "Read next: Monday briefing"},
    {"file": B1, "phrase": "Sign up for Byteline Daily, our morning newsletter"},
    {"file": B3, "phrase": "Sign up for Byteline Daily, our morning newsletter"},
    {"file": B5, "phrase": "Sign up for The Ledger Wire's evening briefing"},
    {"file": B5, "phrase": "Read next: Corvane's safety researchers, one month on"},
    {"file": C1, "phrase": "Sign up for the Gazette's morning newsletter"},
]

PEOPLE = {
    # Kestrel Point port strike
    "Rafael Okonjo": ["Okonjo", "Rafael Okonjo"],
    "June Castellanos": ["Castellanos", "June Castellanos"],
    "April Moreno": ["April Moreno", "Moreno"],
    "Sunil Jankowski": ["Jankowski", "Sunil Jankowski"],
    "Colm Brannigan": ["Brannigan", "Colm Brannigan"],
    "Harriet Solberg": ["Harriet Solberg"],
    # Corvane AI
    "Priya Lindqvist": ["Lindqvist", "Priya", "Priya Lindqvist"],
    "Owen Halvorsen": ["Halvorsen", "Owen Halvorsen"],
    "Marguerite Oyelaran": ["Marguerite Oyelaran", "Oyelaran"],
    "Tobias Wren": ["Tobias Wren", "Wren"],
    "Gideon Marsh": ["Gideon Marsh", "Marsh"],
    "Jan Pellegrini": ["Jan Pellegrini", "Pellegrini"],
    "May Ashford": ["Ashford", "May Ashford"],
    "Ines Kowalczyk": ["Ines Kowalczyk", "Kowalczyk"],
    # Vesper Falls water
    "Percy Oduya": ["Oduya", "Percy Oduya"],
    "Noor Halabi": ["Halabi", "Noor Halabi"],
    "Marcia Trembley": ["Marcia Trembley", "Trembley"],
}

# People named only in photo-credit boilerplate lines.
BOILERPLATE_PEOPLE = ["Lionel Abara", "Tamsin Reyes"]

ROLES = {
    "Rafael Okonjo": "Union President",
    "June Castellanos": "chief negotiator",
    "April Moreno": "crane operator",
    "Sunil Jankowski": "mediator",
    "Colm Brannigan": "Mayor",
    "Harriet Solberg": "Executive Director",
    "Priya Lindqvist": "head of safety research",
    "Owen Halvorsen": "principal researcher",
    "Marguerite Oyelaran": "CEO",
    "Tobias Wren": "Chief Technology Officer",
    "Gideon Marsh": "Board Chair",
    "Jan Pellegrini": "independent director",
    "May Ashford": "spokesperson",
    "Ines Kowalczyk": "managing partner",
    "Percy Oduya": "General Manager",
    "Noor Halabi": "County Health Director",
}

NON_PEOPLE = [
    # organisations whose names look like people's
    "Halloran & Pike",
    "Edith Carrow Foundation",
    "Sunmere Capital",
    "Garrow Fabrication",
    # outlets
    "The Kestrel Point Courier",
    "Coastline Wire",
    "Harbor & Freight Weekly",
    "Byteline",
    "The Ledger Wire",
    "Ashgrove Business Journal",
    "Vesper Falls Gazette",
    "Tidewater Public Radio",
    # other organisations, products and places
    "Corvane AI",
    "Sable-2",
    "Sable-3",
    "Brightline Maritime",
    "Kestrel State University",
    "Harborside Longshore Union Local 7",
    "Kestrel Terminal Operators Association",
    "Kestrel Point Port Authority",
    "Vesper Falls Water District",
    "Clean Taps Vesper",
    "Saltmarsh",
    "Greyhaven",
]

MERGED_EVENTS = [
    {
        "description": "Kestrel Point dockworkers begin their strike",
        "value": "2024-05-15",
        "sources": [
            {
                "file": A1,
                "phrase": "Wednesday",
                "sentence_contains": "walked off the job on Wednesday",
            },
            {"file": A2, "phrase": "May 15", "sentence_contains": "The strike began on May 15"},
            {
                "file": A3,
                "phrase": "last Wednesday",
                "sentence_contains": "Since last Wednesday’s walkout",
            },
        ],
        "people": [],
    },
    {
        "description": "Mediated talks between the union and the operators resume",
        "value": "2024-05-20",
        "sources": [
            {"file": A2, "phrase": "Monday", "sentence_contains": "will resume talks on Monday"},
            {"file": A3, "phrase": "Monday", "sentence_contains": "talks that resumed on Monday"},
        ],
        "people": ["Sunil Jankowski"],
    },
    {
        "description": "Tentative agreement reached in the port strike",
        "value": "2024-05-26",
        "sources": [
            {
                "file": A4,
                "phrase": "Sunday",
                "sentence_contains": "reached a tentative agreement late on Sunday",
            },
            {
                "file": A5,
                "phrase": "May 26",
                "sentence_contains": "tentative deal struck on May 26",
            },
            {"file": A6, "phrase": "26 May", "sentence_contains": "had been reached on 26 May"},
        ],
        "people": ["Sunil Jankowski"],
    },
    {
        "description": "Local 7 members vote to ratify the contract",
        "value": "2024-05-28",
        "sources": [
            {"file": A4, "phrase": "Tuesday", "sentence_contains": "will vote on Tuesday"},
            {"file": A5, "phrase": "yesterday", "sentence_contains": "voted yesterday to ratify"},
            {"file": A6, "phrase": "May 28", "sentence_contains": "the May 28 ratification vote"},
        ],
        "people": ["Rafael Okonjo"],
    },
    {
        "description": "Crane crews return to work at the port",
        "value": "2024-05-29",
        "sources": [
            {
                "file": A5,
                "phrase": "this morning",
                "sentence_contains": "Crane crews returned to the berths this morning",
            },
            {
                "file": A6,
                "phrase": "the next day",
                "sentence_contains": "back on the cranes the next day",
            },
        ],
        "people": [],
    },
    {
        "description": "Priya Lindqvist resigns as Corvane's head of safety research",
        "value": "2024-05-09",
        "sources": [
            {"file": B1, "phrase": "Thursday", "sentence_contains": "resigned on Thursday"},
            {"file": B2, "phrase": "May 9", "sentence_contains": "resigned on May 9"},
            {"file": B3, "phrase": "last Thursday", "sentence_contains": "quit last Thursday"},
            {"file": B4, "phrase": "9 May", "sentence_contains": "Lindqvist resigned on 9 May"},
        ],
        "people": ["Priya Lindqvist"],
    },
    {
        "description": "Owen Halvorsen resigns from Corvane",
        "value": "2024-05-11",
        "sources": [
            {
                "file": B2,
                "phrase": "two days later",
                "sentence_contains": "followed two days later",
            },
            {
                "file": B4,
                "phrase": "two days later",
                "sentence_contains": "Owen Halvorsen quit two days later",
            },
            {  # no time phrase: reported, on or before 16 May; the dated sources give the day
                "file": B3,
                "phrase": "",
                "sentence_contains": "Owen Halvorsen resigned soon afterwards",
            },
        ],
        "people": ["Owen Halvorsen"],
    },
    {
        "description": "Corvane announces CEO Marguerite Oyelaran is placed on leave",
        "value": "2024-05-15",
        "sources": [
            {
                "file": B3,
                "phrase": "Wednesday",
                "sentence_contains": "the company announced on Wednesday",
            },
            {
                "file": B3,
                "phrase": "yesterday",
                "sentence_contains": "disclosed to staff yesterday",
            },
            {
                "file": B4,
                "phrase": "last Wednesday",
                "sentence_contains": "announced her leave last Wednesday",
            },
        ],
        "people": ["Marguerite Oyelaran", "Tobias Wren"],
    },
    {
        "description": "Jan Pellegrini briefs Corvane staff on the scope of the review",
        "value": "2024-05-20",
        "sources": [
            {
                "file": B3,
                "phrase": "Monday",
                "sentence_contains": "will brief employees on its scope on Monday",
            },
            {
                "file": B4,
                "phrase": "today",
                "sentence_contains": "brief staff on the scope of the review today",
            },
        ],
        "people": ["Jan Pellegrini"],
    },
    {
        "description": "Vesper Falls Water District issues a do-not-drink advisory",
        "value": "2024-08-03",
        "sources": [
            {
                "file": C1,
                "phrase": "Saturday",
                "sentence_contains": "issued the do-not-drink advisory on Saturday",
            },
            {
                "file": C2,
                "phrase": "Aug. 3",
                "sentence_contains": "after the Aug. 3 do-not-drink advisory",
            },
        ],
        "people": [],
    },
    {
        "description": "Vesper Falls council holds an emergency meeting on temporary treatment",
        "value": "2024-08-08",
        "sources": [
            {
                "file": C1,
                "phrase": "Thursday",
                "sentence_contains": "will hold an emergency meeting on Thursday",
            },
            {
                "file": C2,
                "phrase": "August 8",
                "sentence_contains": "approved at an emergency meeting on August 8",
            },
        ],
        "people": [],
    },
]

CONFLICT = {
    "description": "Corvane's board meets in emergency session over the resignations",
    "value": "2024-05-13",
    "values": {"2024-05-13": 2, "2024-05-12": 1},
    "sources": [
        {
            "file": B2,
            "phrase": "Monday",
            "sentence_contains": "board of directors met on Monday in an emergency session",
        },
        {
            "file": B3,
            "phrase": "May 13",
            "sentence_contains": "The decision was made at a board meeting on May 13",
        },
        {
            "file": B4,
            "phrase": "Sunday, May 12",
            "sentence_contains": "the board convened on Sunday, May 12",
        },
    ],
    "people": ["Gideon Marsh"],
}

PRONOUN_EVENTS = [
    {
        "file": A1,
        "sentence_contains": "He warned that a long shutdown",
        "implied_person": "Colm Brannigan",
    },
    {
        "file": A2,
        "sentence_contains": "He declined to discuss the substance",
        "implied_person": "Sunil Jankowski",
    },
    {
        "file": A3,
        "sentence_contains": "He also promised that strike pay",
        "implied_person": "Rafael Okonjo",
    },
    {
        "file": A4,
        "sentence_contains": "She said the association’s board had approved",
        "implied_person": "June Castellanos",
    },
    {
        "file": A4,
        "sentence_contains": "He was elected union president in 2021",
        "implied_person": "Rafael Okonjo",
    },
    {
        "file": A5,
        "sentence_contains": "She said it could take several weeks",
        "implied_person": "Harriet Solberg",
    },
    {
        "file": A6,
        "sentence_contains": "He said the breakthrough came",
        "implied_person": "Sunil Jankowski",
    },
    {
        "file": B1,
        "sentence_contains": "She wrote in a brief post",
        "implied_person": "Priya Lindqvist",
    },
    {
        "file": B2,
        "sentence_contains": "She has told colleagues that the board should hire",
        "implied_person": "Jan Pellegrini",
    },
    {"file": B3, "sentence_contains": "He said the company would", "implied_person": "Tobias Wren"},
    {
        "file": B4,
        "sentence_contains": "She argued that the board had a legal duty",
        "implied_person": "Jan Pellegrini",
    },
    {
        "file": B5,
        "sentence_contains": "He wrote that Corvane would publish",
        "implied_person": "Tobias Wren",
    },
    {
        "file": B5,
        "sentence_contains": "She co-founded Corvane in 2019",
        "implied_person": "Marguerite Oyelaran",
    },
    {
        "file": C1,
        "sentence_contains": "He said bottled water would be handed out",
        "implied_person": "Percy Oduya",
    },
    {
        "file": C2,
        "sentence_contains": "She cautioned that the advisory",
        "implied_person": "Noor Halabi",
    },
]

BOILERPLATE = [
    {"file": A1, "line_starts_with": "Sign up for our morning newsletter"},
    {"file": A1, "line_starts_with": "Read next: What happened on Monday"},
    {"file": A2, "line_starts_with": "Share this article"},
    {"file": A2, "line_starts_with": "We use cookies"},
    {"file": A3, "line_starts_with": "Photo: Strikers at Gate 4"},
    {"file": A3, "line_starts_with": "Also read: Automation at ports"},
    {"file": A4, "line_starts_with": "Sign up for our morning newsletter"},
    {"file": A4, "line_starts_with": "Read next: Tuesday's vote"},
    {"file": A5, "line_starts_with": "We use cookies"},
    {"file": A5, "line_starts_with": "Share this article"},
    {"file": A6, "line_starts_with": "Photo: A container ship unloads"},
    {"file": A6, "line_starts_with": "Read next: Monday briefing"},
    {"file": B1, "line_starts_with": "Sign up for Byteline Daily"},
    {"file": B1, "line_starts_with": "Share this article"},
    {"file": B2, "line_starts_with": "We use cookies to personalise"},
    {"file": B2, "line_starts_with": "Also read: Inside the safety team"},
    {"file": B3, "line_starts_with": "Read next: Who is Tobias Wren"},
    {"file": B3, "line_starts_with": "Sign up for Byteline Daily"},
    {"file": B4, "line_starts_with": "Photo: Corvane AI's headquarters"},
    {"file": B4, "line_starts_with": "Share this article"},
    {"file": B5, "line_starts_with": "Sign up for The Ledger Wire's evening briefing"},
    {"file": B5, "line_starts_with": "Read next: Corvane's safety researchers"},
    {"file": C1, "line_starts_with": "Sign up for the Gazette's morning newsletter"},
    {"file": C1, "line_starts_with": "We use cookies"},
    {"file": C2, "line_starts_with": "Share this article"},
    {"file": C2, "line_starts_with": "Also read: How to check"},
]
