"""Page debris (comments, chrome, wire headers, stamps) never reaches the text; reporting does."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlite_utils
from debris_fixtures import ALL, HEADER_COMMENTS, LOOKALIKES, MIDLINE_STAMP, Fixture
from ingest_helpers import read, write

from core.ingest.boilerplate import matching_rule, strip_boilerplate
from core.ingest.comments import is_signature, strip_comments
from core.ingest.debris import clean_line, cut_site_footer, is_chrome_line, strip_debris
from core.ingest.stamps import full_stamps, page_date, parse_stamp
from core.pipeline import ingest
from core.store import open_db


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_debris_kind_is_removed_and_every_real_sentence_survives(name: str) -> None:
    fixture = ALL[name]
    cleaned = strip_boilerplate(fixture.text)
    lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
    for sentence in fixture.real:
        assert sentence in lines, f"{name}: lost {sentence!r}"
    for fragment in fixture.debris:
        assert fragment not in cleaned, f"{name}: kept {fragment!r}"


@pytest.mark.parametrize("line", LOOKALIKES)
def test_reporting_that_looks_like_debris_is_kept(line: str) -> None:
    assert not is_chrome_line(line)
    assert clean_line(line) == [line]
    text = f"The council met on Friday.\n{line}\nThe vote is due on Monday."
    assert strip_debris(text) == text


def test_a_comment_header_cuts_its_line_and_keeps_what_comes_before() -> None:
    text = "The mayor spoke on Monday.\nShe is the mayor At 9:05 pm on 3 Mar 2011, sam wrote: No."
    assert strip_comments(text) == "The mayor spoke on Monday.\nShe is the mayor"


def test_the_first_comment_goes_back_to_the_paragraph_break() -> None:
    text = (
        "The mayor spoke on Monday.\n\nShe will return on Friday.\n\n"
        "I never trusted her.\nPosted by: sam | March 3, 2011 9:05 PM | Report abuse\nNext one."
    )
    assert strip_comments(text) == "The mayor spoke on Monday.\n\nShe will return on Friday."


def test_without_a_boundary_only_the_footer_line_goes() -> None:
    text = (
        "The mayor spoke on Monday.\nShe will return on Friday.\n"
        "I agree Posted by: sam | March 3, 2011 9:05 PM"
    )
    assert strip_comments(text) == "The mayor spoke on Monday.\nShe will return on Friday."


def test_a_byline_stamp_at_the_top_is_not_taken_for_the_end_of_the_article() -> None:
    body = "\n".join(f"Sentence {n} of the report was written on Monday." for n in range(6))
    text = (
        f"By Jane Roe | March 3, 2011; 6:32 AM ET\n{body}\n"
        "Posted by: sam | March 3, 2011 9:05 PM | Report abuse"
    )
    assert body in strip_comments(text)


def test_one_weak_sign_does_not_open_a_thread() -> None:
    text = "Report abuse\nThe council met on Friday.\nThe vote is due on Monday."
    assert strip_comments(text) == text
    assert strip_debris(text) == "The council met on Friday.\nThe vote is due on Monday."


def test_a_text_that_is_only_a_comment_thread_becomes_empty() -> None:
    thread = "At 9:05 pm on 3 Mar 2011, sam wrote: first!\nAt 9:07 pm on 3 Mar 2011, jo wrote: no"
    assert strip_boilerplate(thread) == ""


def test_a_long_reporting_line_is_never_dropped_whole() -> None:
    long = "Share this " + "and the council kept debating the budget into the night " * 6
    assert len(long) > 250
    assert strip_debris(long) == long


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LONDON | Tue Apr 28, 2009 9:03 pm BST LONDON (Newswire) - Shares fell.",
            datetime(2009, 4, 28, 21, 3, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "Last updated: 14 January, 2010 - 17:26 GMT Rescue teams arrived.",
            datetime(2010, 1, 14, 17, 26, tzinfo=UTC),
        ),
        (
            "Page last updated at 16:51 GMT, Tuesday, 19 January 2010\nRescue teams arrived.",
            datetime(2010, 1, 19, 16, 51, tzinfo=UTC),
        ),
        (
            "Wed Jun 8, 2011 4:12pm EDT\nShares fell.",
            datetime(2011, 6, 8, 16, 12, tzinfo=timezone(timedelta(hours=-4))),
        ),
        (
            "Wednesday 11 May 2005 00.00 BST The committee met.",
            datetime(2005, 5, 11, 0, 0, tzinfo=timezone(timedelta(hours=1))),
        ),
        (
            "Talks collapse Ministers walk out Friday 4 March 2005 03.27 GMT The talks failed.",
            datetime(2005, 3, 4, 3, 27, tzinfo=UTC),
        ),
        ("The talks began on Friday 4 March 2005 03.27 GMT in the capital.", None),
        ("The committee met on 11 May 2005.", None),
        ("NAIROBI (Newswire) - Shares fell on Monday.", None),
    ],
)
def test_page_date_reads_wire_and_update_stamps(text: str, expected: datetime | None) -> None:
    assert page_date(text, UTC) == expected


def test_a_stamp_clock_is_not_read_as_a_year() -> None:
    assert parse_stamp("19 JANUARY, 1815 GMT", UTC) is None


def test_a_json_record_without_a_date_takes_the_wire_stamp(tmp_path: Path) -> None:
    record = {"title": "Rates rise", "text": "\n".join(ALL["wire-headers"].text.split("\n")[1:])}
    path = write(tmp_path, "wire.json", json.dumps(record))
    results = read(path)
    assert results.problems == []
    (article,) = results.articles
    assert article.published == datetime(2011, 6, 8, 16, 12, tzinfo=timezone(timedelta(hours=-4)))
    assert "NAIROBI" not in article.text and "EDT" not in article.text
    assert article.text.startswith("Kenya's central bank raised its main lending rate")


def test_a_text_file_without_a_date_takes_the_last_updated_line(tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", ALL["page-chrome"].text)
    results = read(path)
    assert results.problems == []
    (article,) = results.articles
    assert article.published == datetime(2010, 1, 14, 17, 26, tzinfo=UTC)
    assert "Last updated" not in article.text and "Last updated" not in article.title


def test_a_date_in_the_input_beats_the_stamp(tmp_path: Path) -> None:
    record = {"text": ALL["wire-headers"].text, "published": "2011-06-09"}
    (article,) = read(write(tmp_path, "wire.json", json.dumps(record))).articles
    assert article.published.date().isoformat() == "2011-06-09"


def _ingest_fixtures(tmp_path: Path, fixtures: dict[str, Fixture]) -> sqlite_utils.Database:
    lines = [
        json.dumps({"title": f"Fixture {name}", "text": fixture.text, "published": "2011-06-09"})
        for name, fixture in fixtures.items()
    ]
    path = write(tmp_path, "news.jsonl", "\n".join(lines) + "\n")
    db = open_db(None)
    summary = ingest(db, [str(path)])
    assert summary.problems == []
    texts = [row[0] for row in db.execute("SELECT text FROM articles")]
    assert len(texts) == len(fixtures)
    for name, fixture in fixtures.items():
        for sentence in fixture.real:
            assert any(sentence in text for text in texts), f"{name}: lost {sentence!r}"
    return db


def test_no_event_comes_from_debris_in_the_full_pipeline(tmp_path: Path) -> None:
    chosen = {
        name: ALL[name]
        for name in ("header-comments", "footer-comments", "reply-comments", "page-chrome")
    }
    db = _ingest_fixtures(tmp_path, chosen)
    sentences = [row[0] for row in db.execute("SELECT sentence FROM reports")]
    assert any("3 March 2010" in sentence for sentence in sentences)  # real reports still made
    for fixture in chosen.values():
        for fragment in fixture.debris:
            assert not any(fragment in sentence for sentence in sentences), fragment


def test_dates_written_in_comments_never_become_times(tmp_path: Path) -> None:
    db = _ingest_fixtures(tmp_path, {"header-comments": HEADER_COMMENTS})
    texts = {row[0] for row in db.execute("SELECT text FROM times")}
    assert "3 March 2010" in texts
    assert not texts & {"2007", "1998", "June 2011"}


BST = timezone(timedelta(hours=1))


def test_a_full_stamp_in_the_middle_of_a_line_splits_headline_and_first_sentence() -> None:
    line = "Talks collapse Ministers walk out Friday 4 March 2005 03.27 GMT The talks failed."
    assert clean_line(line) == ["Talks collapse Ministers walk out", "The talks failed."]
    assert [line[a:b] for a, b in full_stamps(line)] == ["Friday 4 March 2005 03.27 GMT"]


@pytest.mark.parametrize(
    "line",
    [
        "The talks began on Friday 4 March 2005 03.27 GMT in the capital.",
        "Talks collapse on 4 March 2005 at 03.27 GMT in the capital.",  # no weekday
        "Talks collapse on Friday 4 March 2005 in the capital.",  # no clock time
        "Talks collapse Friday 4 March 2005 03.27 in the capital.",  # no zone
    ],
)
def test_a_stamp_inside_a_sentence_or_without_all_parts_is_not_cut(line: str) -> None:
    assert full_stamps(line) == []
    assert clean_line(line) == [line]


def test_a_json_record_without_a_date_takes_the_mid_line_stamp(tmp_path: Path) -> None:
    path = write(tmp_path, "stamp.json", json.dumps({"text": MIDLINE_STAMP.text}))
    (article,) = read(path).articles
    assert article.published == datetime(2011, 4, 14, 18, 32, tzinfo=BST)
    lines = article.text.split("\n")
    assert lines[0] == MIDLINE_STAMP.real[0]
    assert lines[1] == MIDLINE_STAMP.real[1]


def test_a_mid_line_stamp_never_beats_a_date_in_the_input(tmp_path: Path) -> None:
    record = {"text": MIDLINE_STAMP.text, "published": "2011-04-15"}
    (article,) = read(write(tmp_path, "stamp.json", json.dumps(record))).articles
    assert article.published.date().isoformat() == "2011-04-15"


def test_a_site_footer_with_many_lines_after_it_cuts_only_its_own_line() -> None:
    body = "\n".join(f"Sentence {n} of the report was written on Monday." for n in range(8))
    text = f"The board met.\nShe is a lecturer If you need help using the site: a@b.org\n{body}"
    assert cut_site_footer(text) == f"The board met.\nShe is a lecturer\n{body}"


def test_a_site_footer_near_the_end_cuts_the_sidebar_after_it() -> None:
    text = (
        "The board met on Monday.\nCall the main Example switchboard: Board meets\n"
        "Readers' pick: harbour photographs"
    )
    assert cut_site_footer(text) == "The board met on Monday."


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Watch:", "watch-plug"),
        ("Watch: Protesters march on the parliament building", "watch-plug"),
        ("Listen - The week in politics", "watch-plug"),
        ("Watch: (Updated 2:25 p.m.) The airline said flights would resume on Monday.", None),
        ("Watch: the minister said the vote would be close.", None),
    ],
)
def test_a_watch_plug_is_a_short_title_not_a_sentence(line: str, rule: str | None) -> None:
    assert matching_rule(line) == rule


def test_one_stamp_at_the_top_or_one_in_the_body_is_not_a_thread() -> None:
    body = "\n".join(f"Sentence {n} of the report was written on Monday." for n in range(5))
    top = f"March 3rd, 2011 6:15 pm ET\n{body}"
    assert strip_comments(top) == top
    one = f"{body}\nMarch 3rd, 2011 8:38 pm ET This is a comment.\nThe report ends here."
    assert strip_comments(one) == one


def test_two_stamp_opened_comments_after_the_article_are_a_thread() -> None:
    body = "\n".join(f"Sentence {n} of the report was written on Monday." for n in range(5))
    text = (
        f"{body}\nMarch 3rd, 2011 8:38 pm ET This is a comment.\n"
        "March 3rd, 2011 9:02 pm ET So is this."
    )
    assert strip_comments(text) == body


def test_wire_headers_of_related_stories_are_not_a_thread() -> None:
    body = "\n".join(f"Sentence {n} of the report was written on Monday." for n in range(5))
    text = (
        f"{body}\nFlu spreads to Asia HONG KONG | Mon Apr 27, 2009 7:16 am\n"
        "Pig cull ordered CAIRO | Wed Apr 29, 2009 11:31 pm"
    )
    assert strip_comments(text) == text
    cleaned = strip_debris(text).split("\n")
    assert cleaned[-2:] == ["Flu spreads to Asia", "Pig cull ordered"]


def test_no_event_comes_from_the_new_debris_kinds(tmp_path: Path) -> None:
    chosen = {
        name: ALL[name]
        for name in (
            "midline-stamp", "site-footer", "watch-plugs", "stamp-thread", "blog-comment-footers"
        )
    }
    db = _ingest_fixtures(tmp_path, chosen)
    sentences = [row[0] for row in db.execute("SELECT sentence FROM reports")]
    assert any("1 January 2012" in sentence for sentence in sentences)
    assert any("14 April 2011" in sentence for sentence in sentences)
    for fixture in chosen.values():
        for fragment in fixture.debris:
            assert not any(fragment in sentence for sentence in sentences), fragment
    assert not any("Thursday 14 April 2011" in sentence for sentence in sentences)


# Reader comments with no header, signed "Name, Town" after the comment text (written for
# these tests).
SIGNED_COMMENTS = Fixture(
    text="""\
How should the valley prepare for the next flood?
The river authority said on Monday the Millford barrier would be finished in May 2012.
Engineers began pouring the foundations on 4 October 2010, the authority said.
Tell us what you think using the form below.
The barrier is a waste of money, the last big flood was in 1968.
Nobody in the town was asked.
Marjorie Fenwick, Millford, Westshire.
I have lived by the river for forty years and the water came into my kitchen in 2007.
Build it higher.
Tomasz Ruda, Lower Brackley
In thirty years the whole valley will be under water anyway.
Priya Anand, Leeds, UK
Dai Morgan, Aberporth, Wales The council should have acted after the 2009 storms.
Colin Baptiste, Toronto, Canada My grandparents left the valley in 1952.
""",
    real=(
        "The river authority said on Monday the Millford barrier would be finished in May 2012.",
        "Engineers began pouring the foundations on 4 October 2010, the authority said.",
    ),
    debris=(
        "waste of money",
        "Marjorie Fenwick",
        "forty years",
        "In thirty years",
        "2009 storms",
        "left the valley in 1952",
    ),
)

# Pages that look signed but are reporting: a list of the dead with ranks, correspondents'
# dispatches, readers' questions answered by an expert, two signatures only.
SIGNATURE_LOOKALIKES = (
    "Two soldiers were killed near the bridge on 3 May 2005.\n"
    "Corporal Adam Kerr, Royal Engineers.\nHe was 24 and from Dunmore.\n"
    "Private Lewis Hale, Highland Rifles.\nHe was 19 and had joined in 2004.\n"
    "Sergeant Owen Price, Border Regiment.\nMarried, 31, from Kelby.\n"
    "Major Ruth Dane, Signals Corps.\nShe died on 9 June 2005.",
    "The quake struck on Tuesday evening.\n"
    "Ana Ferreira, Harbour News, Port Velho Rescue teams reached the market on Wednesday.\n"
    "The roads are still closed.\n"
    "Tom Reyes, Harbour News, Santa Ines The hospital lost power on Tuesday night.\n"
    "Generators arrived this morning.\n"
    "Lena Ortiz, Harbour News, Capital District Aid flights resumed on Thursday.",
    "Dr Imani Osei answers your questions about the new virus.\n"
    "How long does the virus survive on a door handle?\n"
    "Jane Roe, Leeds, UK Dr Osei: A few hours at most, studies from 2009 suggest.\n"
    "Should I cancel my trip in June?\n"
    "Sam Lee, Perth, Australia Dr Osei: Not yet, advice will be updated on Friday.\n"
    "Do masks help?\n"
    "Ola Berg, Oslo, Norway Dr Osei: They help most in crowded places.",
    "Meanwhile, Finance Minister Ada Brennan said on Friday the deal was close.\n"
    "In Washington, Treasury officials said talks would resume on Monday.\n"
    "However, Central Bank Governor Tom Hale warned the deal could collapse by June.",
    "The ferry sank on 2 April 2011.\nIt was a disaster.\nJane Roe, Dunmore\n"
    "I saw it from the pier.\nSam Lee, Kelby\nThe inquiry opens on 5 May 2011.",
)

NOTICE_THEN_BIO = Fixture(
    text="""\
Clinics report more cases of the new flu
Clinics in the capital reported 40 new cases on Tuesday, health officials said.
The ministry will publish new advice on Friday.
Is this just media hype?
Posted by a reader
We welcome comments that advance the story through relevant opinion, anecdotes, links and data.
Views expressed in the comments do not represent those of the publisher.
Before joining the desk in 2014, she covered the 2013 elections in the north.
""",
    real=(
        "Clinics in the capital reported 40 new cases on Tuesday, health officials said.",
        "The ministry will publish new advice on Friday.",
    ),
    debris=("We welcome comments", "Views expressed", "Before joining the desk in 2014"),
)

COPYRIGHT_NOTICES = Fixture(
    text="""\
Markets fall as protests spread
Shares in the region fell 3 percent on Friday, January 28, 2011, traders said.
Market data delayed by 15 minutes.
All content of the Example Indexes 2013 is proprietary to Example Data Inc..
The Example Indexes are proprietary to Example Data Inc. and have been licensed for use.
(c) 2013 Example Media Ltd. All rights reserved.
""",
    real=("Shares in the region fell 3 percent on Friday, January 28, 2011, traders said.",),
    debris=("2013", "proprietary", "licensed for use", "All rights reserved"),
)

TRANSCRIPT_HEADER = Fixture(
    text=("Harbour Strike Enters Second Week; Interview With the Port Mayor Aired March 4, "
          "2024 - 18:00 ET THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n"
          "ANA PIKE, HOST: Dock workers walked out again on Monday, the union said.\n"),
    real=("ANA PIKE, HOST: Dock workers walked out again on Monday, the union said.",),
    debris=("RUSH TRANSCRIPT", "Aired March 4", "FINAL FORM"),
)

MY_FIXTURES = {"signed-comments": SIGNED_COMMENTS, "notice-then-bio": NOTICE_THEN_BIO,
               "copyright-notices": COPYRIGHT_NOTICES, "transcript-header": TRANSCRIPT_HEADER}


@pytest.mark.parametrize("name", sorted(MY_FIXTURES))
def test_signed_comments_notices_and_licences_are_removed_and_reporting_survives(
        name: str) -> None:
    fixture = MY_FIXTURES[name]
    cleaned = strip_boilerplate(fixture.text)
    lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
    for sentence in fixture.real:
        assert sentence in lines, f"{name}: lost {sentence!r}"
    for fragment in fixture.debris:
        assert fragment not in cleaned, f"{name}: kept {fragment!r}"


def test_signed_comments_are_cut_from_the_first_comment_after_the_article() -> None:
    cleaned = strip_comments(SIGNED_COMMENTS.text)
    assert cleaned.endswith("Engineers began pouring the foundations on 4 October 2010, "
                            "the authority said.\nTell us what you think using the form below.")


@pytest.mark.parametrize("text", SIGNATURE_LOOKALIKES)
def test_signature_shaped_reporting_is_not_a_comment_thread(text: str) -> None:
    assert strip_comments(text) == text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Marjorie Fenwick, Millford, Westshire.", True),
        ("Tomasz Ruda, Lower Brackley", True),
        ("Dai Morgan, Aberporth, Wales The council should have acted.", True),
        ("Chris, Kingston upon Hull, East Riding, UK I disagree.", True),
        ("Dai Morgan, Aberporth The council should have acted.", False),  # glued, town only
        ("Meanwhile, Finance Minister Ada Brennan said", False),
        ("Corporal Adam Kerr, Royal Engineers.", False),
        ("ADA BRENNAN, HARBOUR TV ANCHOR: Good evening.", False),
        ("Ana Ferreira, Harbour News, Port Velho Rescue teams arrived.", False),
        ("Acme Diagnostics, LLC.", False),
        ("Jane Roe, Leeds, UK Dr Osei: A few hours.", False),
        ("Jane Roe, 34, from Leeds.", False),
    ],
)
def test_what_reads_as_a_readers_signature(line: str, expected: bool) -> None:
    assert is_signature(line) is expected


def test_a_notice_in_the_first_lines_is_the_pages_flag_not_a_thread() -> None:
    text = "Comments are closed\nThe council met on Friday.\nThe vote is due on Monday."
    assert strip_comments(text) == text


def test_no_event_comes_from_signed_comments_or_a_bio_after_a_notice(tmp_path: Path) -> None:
    db = _ingest_fixtures(tmp_path, MY_FIXTURES)
    sentences = [row[0] for row in db.execute("SELECT sentence FROM reports")]
    assert any("4 October 2010" in sentence for sentence in sentences)
    assert any("40 new cases" in sentence for sentence in sentences)
    for fixture in MY_FIXTURES.values():
        for fragment in fixture.debris:
            assert not any(fragment in sentence for sentence in sentences), fragment
