# ruff: noqa: E501  (fixture texts keep their long lines: line length is part of the test)
"""Invented articles, one per kind of page debris, with the sentences that must survive.

Every text here was written for these tests (no real article is copied). Each fixture gives the
raw text as a saved page would read once turned into text, the real sentences that must survive
the cleaning word for word, and fragments of debris that must be gone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fixture:
    """A raw text, its real sentences and fragments of its debris."""

    text: str
    real: tuple[str, ...]
    debris: tuple[str, ...]


HEADER_COMMENTS = Fixture(
    text="""\
Harbour council blog: what the flood vote means
The harbour council voted on Tuesday to spend 4 million pounds on new flood barriers.
Work on the eastern wall is due to start on 3 March 2010, the council said.
Councillor Ada Brennan said the vote was the most important of her career.
Ada Brennan is the council's environment spokeswoman At 11:35 am on 18 Jan 2010, harbourwatcher wrote: About time too, the wall collapsed in 2007.
I have lived here since 1998 and nobody listened.
At 12:02 pm on 18 Jan 2010, Pete_K wrote: This comment was removed because the moderators found it broke the house rules.
At 14:20 19th Jan 2010, sandy88 wrote: The barriers will be finished by June 2011, mark my words.
Report abuse
Comments (3)
Add your comment
""",
    real=(
        "The harbour council voted on Tuesday to spend 4 million pounds on new flood barriers.",
        "Work on the eastern wall is due to start on 3 March 2010, the council said.",
        "Councillor Ada Brennan said the vote was the most important of her career.",
        "Ada Brennan is the council's environment spokeswoman",
    ),
    debris=(
        "wrote:",
        "harbourwatcher",
        "the wall collapsed in 2007",
        "nobody listened",
        "house rules",
        "finished by June 2011",
        "Report abuse",
        "Comments (3)",
        "Add your comment",
    ),
)

FOOTER_COMMENTS = Fixture(
    text="""\
Treasury weighs a rescue for the regional lenders
Treasury officials met the heads of four regional banks on Monday, September 15, 2008.
The talks ended without agreement late on Tuesday, two people briefed on them said.
A second round is planned for Thursday in New York.
By Jane Roe | September 16, 2008; 6:32 AM ET
Bail them out and they will do it again in 2010.
Nobody learned anything from 1987.
Posted by: skeptic42 | September 16, 2008 8:02 AM | Report abuse
My bank failed in 1991 and I lost everything.
Posted by: Marty | September 16, 2008 9:15 AM | Report abuse
The comments to this entry are closed.
""",
    real=(
        "Treasury officials met the heads of four regional banks on Monday, September 15, 2008.",
        "The talks ended without agreement late on Tuesday, two people briefed on them said.",
        "A second round is planned for Thursday in New York.",
    ),
    debris=(
        "Posted by",
        "Report abuse",
        "they will do it again in 2010",
        "learned anything from 1987",
        "failed in 1991",
        "comments to this entry",
        "September 16, 2008; 6:32 AM ET",
    ),
)

REPLY_COMMENTS = Fixture(
    text="""\
Protesters return to the central square
Thousands of protesters returned to the central square on Friday, January 28, 2011.
Police used water cannon near the bridge in the afternoon, witnesses said.
The interior ministry said 40 officers had been injured since Tuesday.
-- Maria Lopez and Tom Hale contributed to this report.
Nobody in the government will listen until the election in 2012.
January 28, 2011 at 12:44 pm | Reply
I agree, they should have resigned on Wednesday.
January 28, 2011 at 1:10 pm | Report abuse | This is what happened in 1989 too.
(required, but will not be displayed)
Comments are not pre-screened before they post.
Notify me of follow-up comments via email.
""",
    real=(
        "Thousands of protesters returned to the central square on Friday, January 28, 2011.",
        "Police used water cannon near the bridge in the afternoon, witnesses said.",
        "The interior ministry said 40 officers had been injured since Tuesday.",
    ),
    debris=(
        "| Reply",
        "Report abuse",
        "election in 2012",
        "resigned on Wednesday",
        "happened in 1989",
        "required, but will not be displayed",
        "pre-screened",
        "follow-up comments",
        "contributed to this report",
    ),
)

PAGE_CHROME = Fixture(
    text="""\
Last updated: 14 January, 2010 - 17:26 GMT Rescue teams reached the northern valley on Thursday.
Share this
E-mail this to a friend
Printable version
Photograph: Jane Roe/Agency Engineers inspect the damaged bridge near the river.
The bridge was closed to traffic on 12 January 2010 after cracks appeared.
Published: Wednesday, 13 January, 2010, 15:33 GMT 15:33 UK
Aid flights are expected to resume on Saturday, the airport authority said.
Posted by John Doe at 10:48 AM | Comments (2) | Permalink
Related Stories
Page 1 of 3
You've selected the International Edition.
Sign up now to get our morning briefing emailed to you every day.
By using this site you agree to our Terms of Service and Privacy Policy.
Evening Bulletin, Radio Five, 2100-2130 GMT
""",
    real=(
        "Rescue teams reached the northern valley on Thursday.",
        "Engineers inspect the damaged bridge near the river.",
        "The bridge was closed to traffic on 12 January 2010 after cracks appeared.",
        "Aid flights are expected to resume on Saturday, the airport authority said.",
    ),
    debris=(
        "Last updated",
        "17:26 GMT",
        "Share this",
        "E-mail this",
        "Printable version",
        "Photograph:",
        "Jane Roe/Agency",
        "Published:",
        "15:33 GMT",
        "Posted by",
        "Permalink",
        "Comments (2)",
        "Related Stories",
        "Page 1 of 3",
        "Edition",
        "Sign up",
        "Terms of Service",
        "Radio Five",
    ),
)

WIRE_HEADERS = Fixture(
    text="""\
By Jane Roe and John Doe
NAIROBI | Wed Jun 8, 2011 4:12pm EDT NAIROBI (Newswire) - Kenya's central bank raised its main lending rate on Wednesday for the second time this year.
The bank said inflation reached 12 percent in May, its highest level since 2009.
Wed Jun 8, 2011 4:40pm EDT
Shares in the country's largest lender fell 3 percent after the announcement.
(Reporting by Jane Roe; Editing by John Doe)
Reporting by Ann Smith in Mombasa; Editing by Tom Black
""",
    real=(
        "Kenya's central bank raised its main lending rate on Wednesday for the second time "
        "this year.",
        "The bank said inflation reached 12 percent in May, its highest level since 2009.",
        "Shares in the country's largest lender fell 3 percent after the announcement.",
    ),
    debris=(
        "By Jane Roe",
        "NAIROBI",
        "(Newswire)",
        "4:12pm EDT",
        "4:40pm EDT",
        "Reporting by",
        "Editing by",
    ),
)

GLUED_STAMPS = Fixture(
    text="""\
Wednesday 11 May 2005 00.00 BST The defence secretary will face questions from the committee tomorrow.
15:33 GMT 15:33 UK
MPs said they had been waiting since March for the documents.
By Jane Roe and John Doe PARIS, April 27 - The two companies signed the merger agreement on Monday.
""",
    real=(
        "The defence secretary will face questions from the committee tomorrow.",
        "MPs said they had been waiting since March for the documents.",
        "PARIS, April 27 - The two companies signed the merger agreement on Monday.",
    ),
    debris=("Wednesday 11 May 2005", "00.00 BST", "15:33 GMT", "By Jane Roe"),
)

ALL = {
    "header-comments": HEADER_COMMENTS,
    "footer-comments": FOOTER_COMMENTS,
    "reply-comments": REPLY_COMMENTS,
    "page-chrome": PAGE_CHROME,
    "wire-headers": WIRE_HEADERS,
    "glued-stamps": GLUED_STAMPS,
}

# Reporting that looks a little like debris and must be left alone.
LOOKALIKES = (
    "By Tuesday afternoon, lawmakers had agreed on a deal.",
    "In a letter to the committee, the chairman wrote:",
    "Comments from the mayor drew criticism on Tuesday.",
    "The register was last updated in 2009, officials said.",
    "Photographs taken by residents show flooding on Main Street.",
    "LONDON, May 3 - Ministers met on Friday to discuss the budget.",
    "Share prices fell 4% after the announcement.",
    "At 10:30 on Monday, police arrived at the scene.",
    "Terms of service changes angered users, the company said on Monday.",
    "Related talks are planned for next week in Geneva.",
    "The Reuters news agency reported the deal on Friday.",
    "Hadi Rahim, trade unionist, born 1949; died January 4 2005.",
    "Listen closely, the judge told jurors.",
    "Page three of the report lists the missing funds.",
    "Users can report abuse to the platform, the regulator said.",
)
