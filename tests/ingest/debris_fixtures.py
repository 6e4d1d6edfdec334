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

MIDLINE_STAMP = Fixture(
    text="""\
Dockers end three-week strike Harbour workers accept a 4% pay offer after talks through the night Thursday 14 April 2011 18.32 BST Dock workers at the eastern harbour returned to work on Friday after accepting the new pay offer.
The union said the deal would run until March 2013.
Ferry services resumed at noon, the port authority said.
""",
    real=(
        "Dockers end three-week strike Harbour workers accept a 4% pay offer after talks through "
        "the night",
        "Dock workers at the eastern harbour returned to work on Friday after accepting the new "
        "pay offer.",
        "The union said the deal would run until March 2013.",
        "Ferry services resumed at noon, the port authority said.",
    ),
    debris=("Thursday 14 April 2011", "18.32 BST"),
)

SITE_FOOTER = Fixture(
    text="""\
The harbour board will meet again on 2 May 2011 to set next year's charges.
Board members said the strike had cost the port about 3 million pounds.
Ada Brennan can be reached at ada.brennan@example.com.
To contact the business desk email business@example.org or phone 020 7946 0000
Send your pictures of the harbour to pics@example.org or text them to +44 7700 900123.
If you are writing a comment for publication, please mark clearly "for publication".
Jane Roe is a lecturer in maritime economics Letters for publication should be sent to: letters@example.org If you need help using the site: help@example.org Call the main Example News switchboard: Dockers end three-week strike This article appeared on p32 of the Main section section of the Example Paper on 00.05 BST on Friday 15 April 2011.
Readers' pick: the best harbour photographs of 2010
Dog show winner named in London
""",
    real=(
        "The harbour board will meet again on 2 May 2011 to set next year's charges.",
        "Board members said the strike had cost the port about 3 million pounds.",
        "Jane Roe is a lecturer in maritime economics",
    ),
    debris=(
        "can be reached",
        "@example",
        "business desk",
        "020 7946 0000",
        "Send your pictures",
        "+44 7700 900123",
        "for publication",
        "Letters",
        "help using the site",
        "switchboard",
        "appeared on p32",
        "Friday 15 April 2011",
        "Dockers end three-week strike",
        "photographs of 2010",
        "Dog show",
    ),
)

WATCH_PLUGS = Fixture(
    text="""\
Airlines cut flights to the capital as protests spread
Watch: (Updated 3:10 p.m. ET) The national airline said it would suspend flights to the capital from Sunday.
Watch: Protesters march on the parliament building
Watch:
Listen: The week in politics
Crowds gathered outside the parliament on Saturday, witnesses said.
""",
    real=(
        "Watch: (Updated 3:10 p.m. ET) The national airline said it would suspend flights to the "
        "capital from Sunday.",
        "Crowds gathered outside the parliament on Saturday, witnesses said.",
    ),
    debris=("march on the parliament building", "Watch:\n", "Listen:", "week in politics"),
)

STAMP_THREAD = Fixture(
    text="""\
March 3rd, 2011 6:15 pm ET
Transport ministers from six countries met in Geneva on Thursday to agree new rail safety rules.
The rules will take effect on 1 January 2012, officials said.
Posted in World | 24 comments
March 3rd, 2011 8:38 pm ET
This is a disgrace, they should have acted after the crash in 2009.
Nobody will check any of it anyway.
March 3rd, 2011 9:02 pm ET I agree with the last poster, the rules came ten years late.
March 4, 2011 10:15 am at 10:15 am | The unions warned about this in 2005.
March 4, 2011 at 11:20 am | Good news for once.
""",
    real=(
        "Transport ministers from six countries met in Geneva on Thursday to agree new rail "
        "safety rules.",
        "The rules will take effect on 1 January 2012, officials said.",
    ),
    debris=(
        "crash in 2009",
        "Nobody will check",
        "ten years late",
        "warned about this in 2005",
        "Good news for once",
        "8:38 pm",
        "10:15 am",
    ),
)

BLOG_COMMENT_FOOTERS = Fixture(
    text="""\
Why the rail vote matters
Parliament approved the rail safety bill on Tuesday by 312 votes to 201.
The bill now goes to the upper house, which votes on 14 April 2011.
You can email the author at jane.roe@example.com The vote was a sham, just like the one in 2008.
Posted by Sam Hill on March 3, 2011 11:01 PM.
Nonsense, the bill will save lives.
Posted by Kim Lee on March 4, 2011 08:15 AM.
""",
    real=(
        "Parliament approved the rail safety bill on Tuesday by 312 votes to 201.",
        "The bill now goes to the upper house, which votes on 14 April 2011.",
    ),
    debris=(
        "email the author",
        "@example",
        "just like the one in 2008",
        "Posted by",
        "Nonsense",
        "11:01 PM",
    ),
)

ALL = {
    "header-comments": HEADER_COMMENTS,
    "footer-comments": FOOTER_COMMENTS,
    "reply-comments": REPLY_COMMENTS,
    "page-chrome": PAGE_CHROME,
    "wire-headers": WIRE_HEADERS,
    "glued-stamps": GLUED_STAMPS,
    "midline-stamp": MIDLINE_STAMP,
    "site-footer": SITE_FOOTER,
    "watch-plugs": WATCH_PLUGS,
    "stamp-thread": STAMP_THREAD,
    "blog-comment-footers": BLOG_COMMENT_FOOTERS,
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
    "The ceasefire began on Tuesday 4 January 2005 at 08.43 GMT, the army said.",
    "Troops crossed the border on Tuesday 4 January 2005 08.43 GMT, according to the log.",
    "Her e-mail to the minister was leaked on Monday.",
    "The letters were sent to the ministry on Friday.",
    "Officials said families should e-mail help@example.gov for assistance.",
    "Watch: (Updated 2:25 p.m.) The airline said flights would resume on Monday.",
    "The board can be reached by phone until Friday, a spokesman said.",
)
