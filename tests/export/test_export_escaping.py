"""Hostile article text: Markdown metacharacters, HTML, formulas and terminal escapes.

Whatever an article contains, no export may carry a control sequence, and the Markdown must
parse (as GitHub and Textual's Markdown widget parse it) into exactly the structure Dateline
wrote: no injected headings, lists, links, HTML or code.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime

import pytest
from export_store import R
from icalendar import Calendar
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from core.export import export_timeline
from core.export.text import csv_cell, md_escape
from core.filters import TimelineFilter

NASTY_TITLE = ("# Breaking: *URGENT* _now_ [click](javascript:alert(1)) <script>alert(1)"
               "</script> `rm -rf /` | a | b | ~~gone~~ $5 &amp; \\ ![img](x.png)")
NASTY_SENTENCE = ("Ana said on Monday:\n\n# Heading\n- list item\n1. numbered\n> quoted\n"
                  "\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 \x1b]52;c;ZWNobyBoaQ==\x07"
                  " \x9b2J \x00 done | --- |.")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
STAMP = datetime(2024, 7, 1, tzinfo=UTC)


@pytest.fixture
def nasty_db(store_builder):
    b = store_builder()
    b.article("evil", title="=HYPERLINK(\"http://evil.test\") \x1b[2J<b>bold</b>",
              source="@Evil *Outlet*\x1b]8;;http://x\x07", published="2024-05-17T09:00:00+00:00",
              url="javascript:alert(1)")
    b.article("plain", title="- starts like a list", source="+Plus News",
              published="2024-05-18T09:00:00+00:00", url="https://ok.test/a(b)")
    ana = b.person("Ana *Star* Ruiz\x1b[5m", "Ana", role="=cmd")
    b.event("2024-05-13", NASTY_TITLE, [R("evil", NASTY_SENTENCE, "on Monday")], people=[ana],
            conflict="sources disagree: <i>13</i> vs *14*")
    b.event("2024-05", "-1 dissent +1 vote @here =SUM(A1)", [
        R("plain", "1. In May the vote was =SUM(A1).", "In May")])
    return b.finish()


def export(db, fmt: str) -> str:
    out = io.StringIO(newline="")
    export_timeline(db, TimelineFilter(), fmt, out, stamp=STAMP)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "timelinejs", "ics"])
def test_no_control_sequences_survive(nasty_db, fmt: str) -> None:
    text = export(nasty_db, fmt).replace("\r\n", "\n")
    assert not CONTROL.search(text.replace("\n", "").replace("\t", ""))
    assert "pwned" not in text and "ZWNobyBoaQ" not in text


def _tokens(md: MarkdownIt, text: str) -> list:
    flat = []
    for token in md.parse(text):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


@pytest.mark.parametrize("footnotes", [False, True], ids=["textual", "github"])
def test_markdown_structure_is_only_what_dateline_wrote(nasty_db, footnotes: bool) -> None:
    text = export(nasty_db, "md")
    md = MarkdownIt("gfm-like")  # what Textual's Markdown widget uses
    if footnotes:
        md = md.use(footnote_plugin)  # GitHub also reads footnotes
    tokens = _tokens(md, text)
    types = [t.type for t in tokens]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[1:] == ["2024", "May 2024", "Sources"]
    assert types.count("list_item_open") == 2  # one per event, nothing injected
    for forbidden in ("html_inline", "html_block", "code_inline", "fence", "code_block",
                      "image", "s_open", "blockquote_open", "table_open", "hr"):
        assert forbidden not in types, forbidden
    hrefs = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
    assert all(str(h).startswith(("https://", "http://", "#fn")) for h in hrefs), hrefs
    rendered = md.render(text)
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    strong = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "strong_open"]
    assert strong == ["Ana *Star* Ruiz"]  # people in bold, and nothing else
    if footnotes:
        assert types.count("footnote_ref") == 2


def test_markdown_keeps_the_article_words_literally(nasty_db) -> None:
    rendered = MarkdownIt("gfm-like").render(export(nasty_db, "md"))
    assert "# Breaking: *URGENT* _now_ [click](javascript:alert(1))" in rendered
    assert "$5 &amp;amp; \\ ![img](x.png)" in rendered
    assert "Ana said on Monday: # Heading - list item 1. numbered &gt; quoted" in rendered


def test_md_escape_handles_leading_markers() -> None:
    assert md_escape("- a") == "\\- a"
    assert md_escape("+ a") == "\\+ a"
    assert md_escape("12. a") == "12\\. a"
    assert md_escape("# a") == "\\# a"
    assert md_escape("a\n\n- b") == "a - b"
    assert md_escape("&copy; AT&T") == "\\&copy; AT&T"


def test_csv_cells_cannot_run_formulas(nasty_db) -> None:
    rows = list(csv.DictReader(io.StringIO(export(nasty_db, "csv"))))
    cells = [value for row in rows for value in row.values()]
    assert all(not c.startswith(("=", "+", "-", "@")) for c in cells), cells
    month, day = rows  # the month starts first
    assert day["article_title"].startswith("'=HYPERLINK")
    assert day["source"].startswith("'@Evil")
    assert month["title"] == "'-1 dissent +1 vote @here =SUM(A1)"
    assert csv_cell("-") == "'-" and csv_cell("plain") == "plain"


def test_timelinejs_escapes_html_and_refuses_script_urls(nasty_db) -> None:
    doc = json.loads(export(nasty_db, "timelinejs"))
    blob = json.dumps(doc)
    assert "<script>" not in blob and "javascript:" not in blob.replace(
        "(javascript:alert(1))", "")
    first = doc["events"][1]
    assert first["text"]["headline"].startswith("# Breaking: *URGENT*")
    assert "&lt;script&gt;" in first["text"]["headline"]
    assert "<b>bold</b>" not in first["text"]["text"]


def test_ics_with_hostile_text_still_parses(nasty_db) -> None:
    calendar = Calendar.from_ical(export(nasty_db, "ics"))
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries[1].startswith("# Breaking: *URGENT*")
    assert all("URL" not in e or str(e["URL"]).startswith("https://")
               for e in calendar.walk("VEVENT"))
