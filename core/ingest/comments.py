"""Reader comments: find where a page's comment thread starts and cut the text there.

Comment threads carry furniture of two kinds:

* **headers** open a comment: ``At 11:35 am on 18 Jan 2010, Sam wrote:``, a short line ending
  in ``<handle> wrote:``, ``Added: Tuesday, 19 January, 2010, 16:36 GMT`` (the comment follows);
* **footers** close one: ``Posted by: Sam | September 17, 2008 10:53 AM | Report abuse``,
  ``January 28, 2011 at 12:44 pm | Reply`` (the comment came before, after the previous footer).

Once a header or footer is seen, the rest of the text is the thread (comments, the comment form,
the page footer), so the text is cut there. A header starts the cut at itself, even in the
middle of a line ("... head of the newsroom At 18:20 29th Apr 2009, Sam wrote: ..." keeps the
part before "At"). Before the first footer sits the first comment, with nothing to mark its
start: the cut goes back to the end of the article when a line marks it (a post footer ``By Jane
Roe | May 3, 2011; 6:32 AM ET``, a "contributed to this report" credit, an author's contact note
"You can email the author at jane@example.com", a "Comments" heading, an invitation such as
"Tell us what you think using the form below"), else to the paragraph break just before, else
only the footer's own line goes. So reporting before the thread is never lost, at the price of
sometimes keeping one comment.

A **comment-section notice** opens the thread at its line ("We welcome comments that advance
the story ...", "Views expressed in the comments do not represent ...", "This debate is now
closed", "Comments are not pre-screened", a comment form's "(required, but will not be
displayed)"): what follows it is comments or page furniture (author bios, sidebars), never the
article, so a notice in the first lines (a page's own "comments closed" flag) is the only one
ignored.

**Signatures** close comments that have no header: a reader's name and town on its own line
after the comment ("Jane Roe, Harbourside." or "Jane Roe, Harbourside, Kent"), or opening the
line of the next comment ("Jane Roe, Harbourside, Kent I think ..."; glued, a town and a region
or country are needed). One signature-shaped line is a sentence like any other ("Meanwhile,
Paul Krugman ..."); a thread is recognised by shape, when at least ``MIN_SIGNATURES`` of them
come down the page, each after some comment text and within ``MAX_SIGNATURE_GAP`` lines of the
last. Not signatures: names opening with a title or rank ("Corporal Ian Plank, Royal Marines."
in a list of the dead), all-capital speaker labels of transcripts, and a correspondent's or a
company's sign-off ("Jane Roe, Harbour News, Kent"; "Acme Diagnostics, LLC."), and a signed
question answered by an expert on the same line ("Jane Roe, Leeds, UK Dr Oyelaran: ..."). The
thread then starts at the first comment, found as for a footer.

Weak signs open a thread only when seen twice: ``Report abuse``, ``Added: <stamp>``, a blog
comment footer ``Posted by Sam on April 2, 2005 11:01 PM``, and a comment stamp, a day, month,
year and clock time that opens a line or a comment (``February 11th, 2011 8:38 pm ET <comment>``,
``January 28, 2011 07:10 pm |``; :func:`core.ingest.stamps.comment_stamps`). A comment stamp
in the first lines of the text is the page's own stamp, never a comment, so one stamp at the top
of an article is not a thread; a stamp after a wire place (``CAIRO | Wed Apr 29, 2009 ...``)
is a wire header, not a comment. A comment stamp followed by ``|`` closes the comment before
it (a footer); else it opens the comment after it (a header).

Hand-written rules, because no library strips comments from text that is already extracted:
readability tools work on HTML structure, which is gone by the time plain text, JSON or a feed
body arrives. Every line is tested once against bounded patterns (with cheap substring checks
first) and the backward search is bounded, so the cost is linear in the text.
"""

from __future__ import annotations

import re

from core.ingest.stamps import STAMP, comment_stamps, is_dated_stamp

MAX_BACK = 300  # lines searched back from the first footer for the end of the article
MAX_PARAGRAPH_BACK = 8  # lines searched back for a paragraph break when no marker is found
_SKIP_TOP = 3  # a "By X | date" in the first lines is a byline, not the end of a post

_AT_HEADER = re.compile(
    r"\bAt\s{1,3}\d{1,2}[:.]?\d{2}\b[^\n]{0,50}?,\s{0,3}[^,\n]{1,60}?\s(?:wrote|writes):"
)
_WROTE_END = re.compile(r"(?:^|[.!?\"”]\s)(?P<head>[^.!?\n]{0,120}?\bwrote:)\s*$")
_HANDLE_WROTE = re.compile(r"^[\w.@-]{1,40}\s(?:wrote|writes):$")
_ANY_CLOCK_OR_DATE = re.compile(r"\d{1,2}[:.]\d{2}|\b\d{1,2}\s?(?i:[ap]\.?m\.?)|\b(?:19|20)\d{2}\b")
_ADDED = re.compile(
    rf"(?:^|(?<=[\s.!?\"”]))(?:Added|Commented|Submitted)(?:\s(?:at|on))?\s?:\s?(?P<stamp>{STAMP})"
)
_POSTED_BY = re.compile(rf"\bPosted by:\s{{0,3}}[^|\n]{{1,60}}?\s?\|\s{{0,3}}(?P<stamp>{STAMP})")
_BUTTON = re.compile(r"\s{0,3}\|\s{0,3}(?:Report abuse|Reply)\b")
_STAMP_BEFORE = re.compile(rf"(?P<stamp>{STAMP})\s{{0,3}}$")
_REPORT_ABUSE = re.compile(r"\bReport abuse\b")
# An author's or a desk's contact note: the clause up to its e-mail address (and a phone).
EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
CONTACT = re.compile(
    r"(?:^|(?<=[.!?:\"”]\s))[^.!?\n@]{0,160}?"
    r"(?:\b(?:can|may) be (?:reached|contacted|e-?mailed|written to) (?:at|on|by e-?mail at)"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|author's|writer's) e-?mail(?: address)? is"
    r"|\b[Ee]-?mail (?:the )?(?:author|writer|columnist|editor|reporter|us|me|him|her)\b"
    r"[^.!?\n@]{0,20}"
    r"|\b(?:[Tt]o contact|[Cc]ontact) (?:the|our)\b[^.!?\n@]{0,40}?\b(?:e-?mail|at|on)"
    r"|\b(?:[Ss]end|[Ee]-?mail|[Ss]ubmit) (?:us )?(?:your |us your )?(?:letters|comments|pictures|"
    r"photos|videos|questions|views|stories|experiences|tips|contributions)\b[^.!?\n@]{0,60}?\bto)"
    rf"\s?:?\s?{EMAIL}\.?"
    r"(?:,?\s(?:(?:or|and)\s)?(?:phone|call|tel|text|ring)\b[^.!?\n]{0,30}?\+?\d[\d\s()-]{5,20})?\.?"
)
_POSTED_ON = re.compile(rf"\bPosted by\s[^|:\n]{{1,60}}?\son\s(?P<stamp>{STAMP})")
_HAS_CLOCK = re.compile(r"\d[:.]\d\d|\d\s?(?i:[ap]\.?m\b)")
_BAR_AFTER = re.compile(r"\s{0,3}\|")
_WIRE_BEFORE = re.compile(r"\|\s{0,3}$")
_OPENS = re.compile(r"(?:^|[.!?\"”)*]\s{1,3}|[\w.@-]{1,40}\s)$")
_DIGITS = re.compile(r"\d")

# Notices that only a comment section carries; the rest of the page after one is not the article.
_SECTION_NOTICE = re.compile(
    r"\bwe welcome (?:your )?comments\b|\bviews expressed in the comments\b"
    r"|\bcomments are not pre-?screened\b|\(required, but will not be displayed\)"
    r"|\bnotify me of (?:follow-up|new) comments\b|\bscreen name will be associated with\b"
    r"|\bcomments (?:to|on) this (?:entry|post|article|story) (?:are|is) (?:now )?closed\b"
    r"|^\W{0,3}(?:comments are|this (?:debate|discussion) (?:is|has)) (?:now )?closed\b",
    re.IGNORECASE,
)
_NOTICE_WORDS = ("omment", "debate", "discussion", "displayed")

MIN_SIGNATURES = 3  # signature lines down a page that make it a comment thread
MAX_SIGNATURE_GAP = 120  # lines between two signatures of one thread
_SIG_WORD = r"[A-Z][\w'’-]*\.?"
_SIG_PLACE = rf"{_SIG_WORD}(?:\s(?:{_SIG_WORD}|upon|on|de|du|la|le|am|sur|en)){{0,3}}"
_SIGNATURE = re.compile(
    rf"^\W{{0,2}}(?P<name>{_SIG_WORD}(?:\s{_SIG_WORD}){{0,3}}),\s(?P<places>{_SIG_PLACE}"
    rf"(?:,\s{_SIG_PLACE}){{0,3}})(?:\.?\s*$|(?P<glued>\s)(?=[A-Z\"“‘'][^:]))"
)
# A first word that makes "X, Y" a sentence, a title or a rank, not a reader's name.
_NOT_A_NAME = frozenset({
    "a", "about", "after", "again", "also", "although", "an", "and", "as", "at", "because",
    "before", "but", "by", "despite", "during", "earlier", "even", "finally", "first", "for",
    "from", "further", "here", "however", "if", "in", "indeed", "instead", "last", "later",
    "likewise", "meanwhile", "moreover", "nevertheless", "next", "now", "of", "on", "once", "or",
    "overall", "second", "separately", "since", "so", "still", "then", "there", "these", "third",
    "this", "those", "though", "thus", "to", "today", "under", "well", "when", "where", "while",
    "with", "yes", "yesterday", "yet", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame",
    "professor", "prof", "president", "prime", "minister", "secretary", "senator", "sen", "rep",
    "governor", "mayor", "general", "gen", "colonel", "col", "major", "captain", "capt",
    "lieutenant", "lt", "sergeant", "sgt", "corporal", "cpl", "private", "pte", "lance",
    "gunner", "sapper", "fusilier", "rifleman", "trooper", "marine", "guardsman", "airman",
    "admiral", "commander", "flight", "squadron", "chairman", "chief", "king", "queen", "prince",
    "princess", "pope", "bishop", "archbishop", "rev", "reverend", "father", "sister", "brother",
    "judge", "justice", "ambassador",
})
# A sign-off with an employer or a company is a correspondent's or a press release's.
_AFFILIATION = re.compile(
    r"\b(?:News|Radio|TV|Television|Online|Correspondent|Editor|Reporter|Producer|Presenter"
    r"|Agency|Press|Unlimited|Service|Inc|LLC|Ltd|Corp|Plc|PLC|Company|Group|University)\b"
)

# The page asking for readers' views: the article ends there ("Tell us what you think using the
# form below", "Send us your comments").
_INVITATION = re.compile(
    r"\b(?:tell us|let us know|send us|share) (?:what you think|your (?:views|thoughts|comments"
    r"|experiences|stories))\b|\busing the form below\b|^what do you think\?$",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*:")

_POST_FOOTER = re.compile(
    rf"^\W{{0,3}}By\s[^|\n]{{1,60}}?\s?\|\s{{0,3}}(?P<stamp>{STAMP})(?:\s{{0,3}}\|\s{{0,3}}"
    r"(?:Permalink|Comments?\s?\(\d+\)|Category:[^|\n]{0,40}))*"
    rf"|\bPosted by\s[^|:\n]{{1,60}}?\sat\s(?P<stamp2>{STAMP})(?:\s{{0,3}}\|\s{{0,3}}"
    r"(?:Permalink|Comments?\s?\(\d+\)|Category:[^|\n]{0,40}))*"
)
_CREDIT_END = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|^\W{0,3}\(?(?:Additional )?"
    r"(?i:reporting|editing|writing) by\b"
)
_COMMENTS_HEADING = re.compile(
    r"^\W{0,3}(?:\d+\s)?(?i:comments?|reader(?:s'|s’)? comments|your comments|have your say|"
    r"add (?:your|a) comment|post a comment|leave a (?:comment|reply)|join the (?:conversation|"
    r"discussion)|(?:show|view|read) (?:all )?\d*\s?comments)(?:\s?\(\d+\))?\W{0,3}$"
)


def strip_comments(text: str) -> str:
    """``text`` cut where its comment thread starts (unchanged when there is none)."""
    lines = text.split("\n")
    start = thread_start(lines)
    if start is None:
        return text
    line_no, column = start
    kept = lines[:line_no]
    head = lines[line_no][:column].rstrip()
    if head.strip():
        kept.append(head)
    return "\n".join(kept).rstrip()


def thread_start(lines: list[str]) -> tuple[int, int] | None:
    """(line, column) where the comment thread starts, or None."""
    marked = _marked_start(lines)
    signed = _signed_start(lines)
    if marked is None or (signed is not None and signed < marked):
        return signed
    return marked


def _marked_start(lines: list[str]) -> tuple[int, int] | None:
    """Where the first header, footer or notice (or the first of two weak signs) puts it."""
    first_weak: tuple[int, int, str] | None = None
    weak = 0
    top = _top_lines(lines)
    for index, line in enumerate(lines):
        if not line or len(line) < 6:
            continue
        found = _strong(line)
        if found is None and index > top and _is_section_notice(line):
            found = (0, "header")
        if found is not None:
            column, kind = found
            if first_weak is not None and first_weak[:2] < (index, column):
                index, column, kind = first_weak
            return _resolve(lines, index, column, kind)
        for column, kind in _weak(line, after_top=index > top):
            weak += 1
            if first_weak is None:
                first_weak = (index, column, kind)
            if weak >= 2:
                return _resolve(lines, *first_weak)
    return None


def _is_section_notice(line: str) -> bool:
    return len(line) <= 400 and any(word in line for word in _NOTICE_WORDS) \
        and _SECTION_NOTICE.search(line) is not None


def is_signature(line: str) -> bool:
    """Whether ``line`` is (or opens with) a reader's signature, "Name, Town[, Country]"."""
    match = _SIGNATURE.match(line)
    if match is None:
        return False
    name = match.group("name")
    if name.lower().split()[0].rstrip(".") in _NOT_A_NAME:
        return False
    if len(name.split()) > 1 and name.isupper():
        return False  # "WOLF BLITZER, CNN ANCHOR": a transcript's speaker
    places = match.group("places")
    if match.group("glued") and (
            "," not in places or _SPEAKER.match(line, match.end("glued"))):
        # "Meanwhile, Paul Krugman ...": glued needs a town and a region; a question signed
        # and then answered ("Jane Roe, Leeds, UK Dr Oyelaran: ...") is an interview
        return False
    return _AFFILIATION.search(places) is None


def _signed_start(lines: list[str]) -> tuple[int, int] | None:
    """Where a thread of signed comments starts: the first comment before a run of
    ``MIN_SIGNATURES`` signatures (each after some comment text), or None."""
    top = _top_lines(lines)
    run: list[int] = []
    previous_signature = -2
    for index, line in enumerate(lines):
        if index <= top or ", " not in line[:120] or not line[:1].isupper():
            continue
        match = _SIGNATURE.match(line)
        if match is None or not is_signature(line):
            continue
        after_text = index - previous_signature > 1 or match.group("glued") is not None
        previous_signature = index
        if not after_text:
            continue
        if run and index - run[-1] > MAX_SIGNATURE_GAP:
            run = []
        run.append(index)
        if len(run) >= MIN_SIGNATURES:
            return _before_footer(lines, run[0], 0)
    return None


def _resolve(lines: list[str], index: int, column: int, kind: str) -> tuple[int, int]:
    return (index, column) if kind == "header" else _before_footer(lines, index, column)


def _strong(line: str) -> tuple[int, str] | None:
    """The first strong header or footer in ``line``: (column, "header" | "footer")."""
    found: list[tuple[int, str]] = []
    if "wrote:" in line or "writes:" in line:
        at = _AT_HEADER.search(line)
        if at is not None:
            found.append((at.start(), "header"))
        elif line.rstrip().endswith("wrote:"):
            end = _WROTE_END.search(line)
            if end is not None and _is_wrote_header(end.group("head").strip()):
                found.append((end.start("head"), "header"))
    if "Posted by:" in line:
        posted = _POSTED_BY.search(line)
        if posted is not None and is_dated_stamp(posted.group("stamp")):
            found.append((posted.start(), "footer"))
    if "|" in line and ("Reply" in line or "Report abuse" in line):
        for button in _BUTTON.finditer(line):
            before = _STAMP_BEFORE.search(line, max(0, button.start() - 80), button.start())
            if before is not None and is_dated_stamp(before.group("stamp")):
                found.append((before.start(), "footer"))
                break
    return min(found) if found else None


def _is_wrote_header(head: str) -> bool:
    """ "On 3 May 2011, Sam wrote:" or "sam_99 wrote:"; not "the minister wrote:"."""
    if len(head) > 120:
        return False
    return bool(_HANDLE_WROTE.match(head) or _ANY_CLOCK_OR_DATE.search(head))


def _weak(line: str, *, after_top: bool = True) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    if "Posted by" in line:
        found.extend(
            (match.start(), "footer")
            for match in _POSTED_ON.finditer(line)
            if _HAS_CLOCK.search(match.group("stamp")) and is_dated_stamp(match.group("stamp"))
        )
    if after_top and _DIGITS.search(line):
        found.extend(_comment_stamps(line))
    if "Report abuse" in line:
        found.extend((match.start(), "footer") for match in _REPORT_ABUSE.finditer(line))
    if "Added" in line or "Commented" in line or "Submitted" in line:
        found.extend(
            (match.start(), "header")
            for match in _ADDED.finditer(line)
            if is_dated_stamp(match.group("stamp"))
        )
    return sorted(found)


def _comment_stamps(line: str) -> list[tuple[int, str]]:
    """Comment stamps in ``line``: a stamp opening the line (or following a sentence end or a
    handle) is a header, one followed by ``|`` a footer; one after a wire place is neither."""
    found: list[tuple[int, str]] = []
    for start, end in comment_stamps(line):
        before = line[max(0, start - 45) : start]
        if _WIRE_BEFORE.search(before):
            continue
        if _BAR_AFTER.match(line, end):
            found.append((start, "footer" if line[:start].strip() else "header"))
        elif _OPENS.search(before):
            found.append((start, "header"))
    return found


def _before_footer(lines: list[str], index: int, column: int) -> tuple[int, int]:
    """Where the first comment (the one the footer at ``index:column`` closes) begins."""
    top = _top_lines(lines)
    for back in range(index, max(-1, index - MAX_BACK - 1), -1):
        line = lines[back][:column] if back == index else lines[back]
        if back <= top or not line.strip():
            continue
        cut = _article_end(line)
        if cut is not None:
            return back, cut
    for back in range(index - 1, max(-1, index - MAX_PARAGRAPH_BACK - 1), -1):
        if not lines[back].strip():
            return back, 0
    return index, 0


def _article_end(line: str) -> int | None:
    """The column after which a line's text is no longer the article, or None."""
    stripped = line.strip()
    if len(stripped) <= 60 and _COMMENTS_HEADING.match(stripped):
        return 0
    if len(stripped) <= 160 and _INVITATION.search(stripped):
        return len(line)
    if "|" in line or "Posted by" in line:
        footer = _POST_FOOTER.search(line)
        if footer is not None and is_dated_stamp(footer.group("stamp") or footer.group("stamp2")):
            return footer.end()
    if len(stripped) <= 300 and _CREDIT_END.search(stripped):
        return len(line)
    if "@" in line:
        contact = CONTACT.search(line)
        if contact is not None:
            return contact.end()
    return None


def _top_lines(lines: list[str]) -> int:
    """Index of the last of the first ``_SKIP_TOP`` non-empty lines."""
    seen = 0
    for index, line in enumerate(lines):
        if line.strip():
            seen += 1
            if seen >= _SKIP_TOP:
                return index
    return len(lines)
