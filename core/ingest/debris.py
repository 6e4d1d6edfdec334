"""Page debris around the reporting: comment threads, page chrome, wire headers, stamps, credits.

:func:`strip_debris` runs before the boilerplate rules on every reader's text. It cuts the
comment thread (:mod:`core.ingest.comments`), then cleans each line:

* **whole-line chrome** (short lines only): "Share this", "Related Stories", "E-mail this",
  "Printable version", "Page 1 of 3", legal notices naming the terms of service or privacy
  policy, edition pickers, sign-up blocks, comment-form notices, moderation notices, a
  broadcast transcript's notice with the programme header it closes ("<show> Aired ... ET THIS
  IS A RUSH TRANSCRIPT."), credits
  ("... contributed to this report", "Reporting by ...; Editing by ..."), bylines alone on a
  line, radio and TV schedule lines ("Newsnight, BBC Two, 22:30"), copyright and data-licence
  notices ("... is proprietary to Example Inc.", "(c) 2013 Example Ltd");
* **stamps and headers at the start of a line**, removed while the sentence after them stays:
  "Last updated: 14 January, 2010 - 17:26 GMT", "Published: ..." stamps, a wire header
  "LONDON | Tue Apr 28, 2009 9:03 pm BST", a post header "Jane Roe | 22:29 UK time, 13 January
  2010", a clock stamp with a zone ("Wednesday 11 May 2005 00.00 BST", "15:33 GMT 15:33 UK"),
  a byline glued to a dateline ("By Jane Roe and John Doe PARIS, April 27 ..."), a photo credit
  ("Photograph: Jane Roe/Agency"), and an agency dateline "NAIROBI (Agency) -" (a place in
  capitals, an agency in brackets, a dash), wherever it sits in the first part of a line;
* **full page stamps inside a line** ("<headline> Tuesday 4 January 2005 08.43 GMT <first
  sentence>", :func:`core.ingest.stamps.full_stamps`) and wire headers inside a line ("<related
  headline> CAIRO | Wed Apr 29, 2009 11:31 pm"): the stamp is cut out and the line split there,
  so the headline and the first sentence become lines (sentences) of their own;
* **site footers**: from the first help/contact/print-edition note of a footer ("Letters for
  publication should be sent to: ...", "If you need help using the site: ...", "Call the main
  ... switchboard", "This article appeared on p32 of the ... section", "This article was
  published on <site>") to the end of its line, and to the end of the text when at most
  ``MAX_AFTER_FOOTER`` lines follow (sidebars and widgets); author and desk contact notes
  holding an e-mail address ("Jane Roe can be reached at jane@example.com", "To contact the
  news desk email ... or phone ...", "Send your pictures to ...");
* **inline debris**: blog footers ("Posted by Jane Roe at 10:48 AM | Comments (2) |
  Permalink"), "(Reporting by ...)" credits, wire advisories ("(Updates with quotes)"),
  leftover "Report abuse" / "| Permalink" / "Comments (2)" buttons, server-side include errors.

Why hand-written rules: the input is already plain text (T17-style sentence lines, JSON bodies,
feed summaries, text that trafilatura extracted), so the HTML structure that readability tools
rely on is gone, and no library cleans this furniture out of plain text. Every rule is generic
(shapes of stamps, places in capitals, bracketed agencies), never a list of outlets. A line
longer than ``MAX_CHROME_LINE`` is never dropped whole: only a stamp, header or credit is cut
from it. Each line is matched once against bounded patterns, so the cost is linear.
"""

from __future__ import annotations

import re

from core.ingest.comments import CONTACT, EMAIL, strip_comments
from core.ingest.stamps import STAMP, full_stamps, is_clock_stamp, is_dated_stamp, stamp_at

MAX_CHROME_LINE = 250
MAX_AFTER_FOOTER = 6  # non-empty lines after a site footer that are still cut with it
_MAX_NOTICE_LINE = 400
_HEAD_SCAN = 400  # characters of a line searched for a glued header
_MAX_PASSES = 8

_NAME_WORD = (
    r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+|al-[A-Z]\w+|"
    r"de|da|van|von|der|le|la|bin)"
)
_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,4}}"
_NAMES = rf"{_NAME}(?:(?:,\s|\s(?:and|&)\s){_NAME}){{0,3}}"
_PLACE = r"[A-Z][A-Z.'’-]{1,30}(?:[ /][A-Z][A-Z.'’-]{1,30}){0,4}"
_AGENCY = r"[A-Z][A-Za-z&.'’-]{1,20}(?:\s[A-Z][A-Za-z&.'’-]{1,20}){0,3}"
_DASH = r"(?:--|-|—|–)"
_JOB = r"(?:,\s(?:[A-Z][a-z]+|and|of|&)(?:\s(?:[A-Z][a-z]+|and|of|&)){0,6})?"

# Prefix rules: each removes a header or stamp that opens the line; the rest of the line stays.
_LAST_UPDATED = re.compile(
    rf"(?:Page\s)?[Ll]ast [Uu]pdated(?:\s(?:at|on))?\s?:?\s?(?P<stamp>{STAMP})"
)
_LABELLED = re.compile(
    r"(?:(?<=\s)|^)(?:Published|Updated|Posted|Added|First published|Last modified|Modified|"
    r"published|updated|posted)"
    rf"(?:\s(?:at|on))?\s?:\s?(?P<stamp>{STAMP})"
)
_WIRE_STAMP = re.compile(rf"{_PLACE}\s?\|\s?(?P<stamp>{STAMP})")
_NAME_STAMP = re.compile(
    rf"(?:By\s)?[^|\n]{{1,60}}?\s?\|\s{{0,3}}(?P<stamp>{STAMP})"
    r"(?:\s{0,3}\|\s{0,3}(?:Permalink|Comments?\s?\(\d+\)|Category:[^|\n]{0,40}))*"
)
_BYLINE_GLUED = re.compile(rf"By\s{_NAMES}{_JOB}\s(?=[A-Z]{{2}}[A-Z.'’ /-]*\b)")
_AGENCY_DATELINE = re.compile(
    rf"(?:(?<=\s)|^)(?:By\s{_NAMES}{_JOB}\s)?(?P<place>{_PLACE})"
    rf"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}})?(?:,?\s{{1,2}}(?P<stamp>{STAMP}))?"
    rf"\s{{0,2}}\((?P<agency>{_AGENCY})\)\s{{0,2}}{_DASH}\s?"
)
_AGENCY_ONLY = re.compile(rf"\((?:{_AGENCY})\)\s{{0,2}}{_DASH}\s")
_PHOTO_LABEL = re.compile(r"(?i:photograph|photo|picture|image|illustration)s?\s?:\s")
_SLASH_CREDIT = re.compile(
    r"[^/\\\n.!?:]{1,60}?\\?/[A-Z][\w-]*(?:\\?/[A-Z][\w-]*)*"
    r"(?:\s(?:Images|Pictures|Photos|Studios|Agency|Press|Features|Media|images|pictures|photos)"
    r"(?=\s[A-Z\"“‘'`]|\s?$|[.,]))?"
)
_CAPS_CREDIT = re.compile(r"[A-Z]{2,}(?=\s[A-Z\"“‘'`]|[.,]?\s?$)")
_NAME_CREDIT = re.compile(r"[A-Z][a-z][\w'’-]*\s[A-Z][a-z][\w'’-]*(?=[.,]?\s|$)")
_SPACES = re.compile(r"(?<=\S)\s{2,}(?=\S)")
_LEADING_JUNK = re.compile(r"^[\s|:;,.–—-]+")

# A wire header inside a line: "<related headline> CAIRO | Wed Apr 29, 2009 11:31 pm".
_INLINE_WIRE = re.compile(rf"(?<![\w|])(?P<place>{_PLACE})\s?\|\s?(?P<stamp>{STAMP})")

# Site footers: from the first of these to the end of the line is furniture.
_SITE_FOOTER = re.compile(
    r"\bLetters?(?: to the editor| for publication)?\s(?:for publication\s)?(?:should|may|can|must)"
    r" be (?:sent|e-?mailed|addressed|posted)(?: to)?\s?:"
    r"|\b[Ii]f you (?:need|want|would like) help (?:using|with) (?:the|this|our) (?:site|website)\b"
    r"|\b(?:Call|Phone|Ring) the main\b[^.!?\n]{0,60}?\bswitchboard\b"
    r"|\b(?:This|A version of this|A version) (?:article|story|piece|version)?\s?"
    r"(?:appeared|was published|ran) on p(?:age)?\s?\d{1,3}\sof\b"
    r"|\bThis (?:article|story|piece) was (?:first |originally )?published on [a-z][\w-]*\."
)
# A short line that asks the reader to write, send or call, holding an e-mail address.
_CONTACT_LINE = re.compile(
    r"^[\W_]{0,3}(?:Send|E-?mail|Write to|Contact|To contact|For more information|"
    r"(?:You can|Please) (?:also )?(?:send|e-?mail|contact|reach|write|get in touch))\b"
    rf"[^\n]{{0,200}}?{EMAIL}",
    re.IGNORECASE,
)
_FOR_PUBLICATION = re.compile(
    r"^[\W_]{0,3}if you are writing (?:a comment|a letter|to us) for publication\b|"
    r"\b(?:using|use|fill in|complete|via) the form below\b",
    re.IGNORECASE,
)

# Inline rules: the match goes, the text on either side stays (as separate lines).
_BLOG_FOOTER = re.compile(
    rf"\bPosted by\s[^|:\n]{{1,60}}?\sat\s(?P<stamp>{STAMP})(?:\s{{0,3}}\|\s{{0,3}}"
    r"(?:Permalink|Comments?\s?\(\d+\)|Trackbacks?(?:\s?\(\d+\))?|Category:[^|\n]{0,40}|"
    r"Link|Email this|Share))*"
)
_INLINE = re.compile(
    r"\((?:Additional\s)?(?i:reporting|writing|editing|compiled|edited)\sby\b[^()\n]{0,200}\)"
    r"|\((?:Updates|Adds|Recasts|Corrects|Repeats|Refiles|Rewrites|Writes through|Changes|"
    r"Inserts|Removes|Fixes|Moves)\b[^()\n]{0,100}\)"
    r"|\(an error occurred while processing this directive\)"
    r"|\s?\|?\s?\bReport abuse\b\s?\|?"
    r"|\s?\|\s?Permalink\b|\bComments\s\(\d+\)"
)

# Whole-line rules, tried on lines of at most MAX_CHROME_LINE characters.
_CHROME_ITEM = (
    r"(?:share(?: this(?: \w+)?)?|related (?:stories|links|articles|topics|content|coverage|"
    r"searches)|e-?mail(?: this| to a friend)?(?: \w+)?|send to a friend|printable version|"
    r"print(?: this| version| page| article|-friendly(?: version)?)?|bookmark(?: with| this)?|"
    r"terms of (?:service|use)|privacy(?: policy| notice)?|cookie policy|contact us|about us|"
    r"site ?map|rss(?: feeds?)?|most (?:popular|read|e-?mailed|viewed|shared)|top stories|"
    r"back to top|page \d{1,3} of \d{1,3}|(?:next|previous|prev)(?: page)?|\d{1,3} of \d{1,3}|"
    r"comments?(?:\s?\(\d+\))?|\d+ comments?|permalink|trackbacks?|report abuse|"
    r"add (?:your|a) comment|post a comment|have your say|reply|recommend|"
    r"(?:view|read|show|hide) (?:all )?(?:\d+ )?comments|more on this story|"
    r"digg(?: this)?|del\.icio\.us|reddit|facebook|twitter|stumbleupon|newsvine|"
    r"save this|feedback|help)"
)
_ONLY_CHROME = re.compile(
    rf"^[\W_]{{0,3}}{_CHROME_ITEM}[\s:»›>.]{{0,3}}(?:(?:\s{{0,3}}[|•·/,]\s{{0,3}}|\s{{2,}}|\s)"
    rf"{_CHROME_ITEM}[\s:»›>.]{{0,3}}){{0,12}}$",
    re.IGNORECASE,
)
_CHROME_OPENER = re.compile(
    r"^[\W_]{0,3}(?:Share this|Related Stories|Related Links|Related Articles|Related Content|"
    r"E-mail this|Email this|Printable version|Print this|Bookmark with|More on this story|"
    r"Most Popular|Most Read|Most Viewed|Page \d{1,3} of \d{1,3})\b"
)
_LEGAL = re.compile(r"\b(?:Terms of (?:Service|Use)|Privacy Policy|House Rules|Rules of Conduct)\b")
_LEGAL_VERB = re.compile(
    r"\b(?:agree|consent|accordance|subject to|governed by|set forth|read our|"
    r"by (?:using|clicking)|you (?:post|submit))",
    re.IGNORECASE,
)
# Copyright and data-licence notices, whose year is the page's, not the story's ("All content of
# the Example Indexes 2013 is proprietary to Example Inc.", "(c) 2013 Example Ltd").
_COPYRIGHT = re.compile(
    r"\b(?:is|are) proprietary to\b|\bha(?:ve|s) been licensed for use\b|\ball rights reserved\b"
    r"|(?:©|\(c\)|\bcopyright)\s?(?:©\s?)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"\bcomments? (?:was|were|has been|have been) removed\b|\bbroke the house rules\b|"
    r"\bremoved by (?:a |the )?moderators?\b|\(required, but will not be displayed\)|"
    r"\bnotify me of (?:follow-up|new) comments\b|\bcomments are not pre-?screened\b|"
    r"\bwe welcome (?:your )?comments\b|\bviews expressed in the comments\b|"
    r"\bcomments (?:to|on) this (?:entry|post|article|story) (?:are|is) (?:now )?closed\b|"
    r"^comments are (?:now )?closed\b|\bscreen name will be associated with\b|"
    r"^(?:to )?(?:post|leave|add) a comment,? (?:you must|please) (?:log|sign)|"
    r"^this (?:post|entry|page) was last (?:changed|modified|updated) (?:at|on)\b|"
    r"\bthis is a rush transcript\b|\bthis copy may not be in its final form\b",
    re.IGNORECASE,
)
_EDITION = re.compile(
    r"\b(?:default|preferred|selected|select|choose|switch|change|set)\b[^.!?\n]{0,40}\bedition\b|"
    r"\bedition preference\b|\bmake [^.!?\n]{1,30} your home ?page\b",
    re.IGNORECASE,
)
_SIGN_UP = re.compile(
    r"^[\W_]{0,3}(?:\([^()\n]{1,30}\)\s)?sign(?:ing)? up(?: now| today| here| free)?\s?"
    r"(?:to (?:get|receive)|for (?:our|free|email|e-mail|alerts|the)|and get|be sure)\b",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\W{0,3}$|"
    r"^[^\w(]{0,3}(?:Additional\s)?(?i:reporting|writing|editing|compiled|edited) by\s[A-Z]"
)
_BYLINE_LINE = re.compile(rf"^\W{{0,3}}By\s{_NAMES}{_JOB}\W{{0,3}}$")
_BROADCAST = (
    r"(?i:radio|tv|television|channel|podcast|programme|program|iplayer|on air|live stream|"
    r"broadcast|bulletin)"
)
_SCHEDULE = re.compile(
    rf"^(?i:listen|watch|tune in|hear|catch)\b[^\n]{{0,120}}\b{_BROADCAST}\b"
    rf"|^[^,.!?\n]{{2,50}},\s[^,.!?\n]{{2,30}},\s[^,.!?\n]{{0,30}}"
    r"\b(?:\d{1,2}[:.]\d{2}\s?(?:[ap]m)?|\d{1,2}\s?[ap]m|[012]\d[0-5]\d-[012]\d[0-5]\d|"
    r"[012]\d[0-5]\d\s?(?:GMT|BST|UTC))(?:\s?(?:GMT|BST|UTC|[ECMP][SD]T|ET))?[)\]]?$"
)


def strip_debris(text: str) -> str:
    """``text`` without its comment thread and without page debris (see the module doc)."""
    return strip_chrome(strip_comments(text))


def strip_chrome(text: str) -> str:
    """``text`` without chrome lines, stamps, wire headers, site footers and credits (no thread
    cut)."""
    kept: list[str] = []
    for line in cut_site_footer(text).split("\n"):
        if not line.strip():
            kept.append(line)
            continue
        kept.extend(clean_line(line))
    return "\n".join(kept)


def cut_site_footer(text: str) -> str:
    """``text`` without its site footer (see the module doc); unchanged when it has none."""
    if not any(word in text for word in ("help using", "switchboard", " be sent", "ublished on",
                                           "appeared on", " be e", " be addressed", " ran on")):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        footer = _SITE_FOOTER.search(line)
        if footer is None:
            continue
        after = sum(1 for rest in lines[index + 1 :] if rest.strip())
        head = line[: footer.start()].rstrip()
        if after <= MAX_AFTER_FOOTER:
            return "\n".join([*lines[:index], head] if head.strip() else lines[:index])
        lines[index] = head
    return "\n".join(lines)


def clean_line(line: str) -> list[str]:
    """One line without its debris: zero, one or several lines (a glued header splits it)."""
    stripped = line.strip()
    if is_chrome_line(stripped):
        return []
    pieces = _split_inline(stripped)
    out: list[str] = []
    for piece in pieces:
        for part in _strip_heads(piece):
            part = part.strip()
            if part and not (part != stripped and is_chrome_line(part)):
                out.append(part)
    if out == [stripped]:
        return [line]
    return out


def is_chrome_line(line: str) -> bool:
    """True when the whole (stripped) line is page chrome, a notice, a credit or a byline."""
    if not line or len(line) > _MAX_NOTICE_LINE:
        return False
    if _LEGAL.search(line) and _LEGAL_VERB.search(line):
        return True
    if _NOTICE.search(line):
        return True
    if len(line) > MAX_CHROME_LINE:
        return False
    if _ONLY_CHROME.match(line) or _CHROME_OPENER.match(line) or _COPYRIGHT.search(line):
        return True
    if len(line) <= 160 and (_EDITION.search(line) or _SIGN_UP.search(line)):
        return True
    if _CREDIT_LINE.search(line) or _FOR_PUBLICATION.search(line):
        return True
    if "@" in line and _CONTACT_LINE.search(line):
        return True
    return len(line) <= 120 and bool(_BYLINE_LINE.match(line) or _SCHEDULE.match(line))


def _split_inline(line: str) -> list[str]:
    parts = [piece for part in _split_stamps(line) for piece in _split_debris(part)]
    return [part for part in parts if part.strip()]


def _split_stamps(line: str) -> list[str]:
    """``line`` cut at its full page stamps, inline wire headers and contact notes."""
    cuts = full_stamps(line)
    if "|" in line:
        cuts.extend(
            (wire.start(), _stamp_end(line, wire))
            for wire in _INLINE_WIRE.finditer(line)
            if is_clock_stamp(wire.group("stamp"))
        )
    if "@" in line:
        cuts.extend((contact.start(), contact.end()) for contact in CONTACT.finditer(line))
    if not cuts:
        return [line]
    parts: list[str] = []
    last = 0
    for start, end in sorted(cuts):
        if start < last:
            last = max(last, end)
            continue
        parts.append(line[last:start])
        last = end
    parts.append(line[last:])
    return parts


def _split_debris(line: str) -> list[str]:
    if "Posted by" in line:
        parts: list[str] = []
        last = 0
        for footer in _BLOG_FOOTER.finditer(line):
            if is_dated_stamp(footer.group("stamp")):
                parts.append(line[last : footer.start()])
                last = footer.end()
        parts.append(line[last:])
    else:
        parts = [line]
    if "(" in line or "Report abuse" in line or "|" in line or "Comments" in line:
        parts = [_SPACES.sub(" ", _INLINE.sub(" ", part)) if _INLINE.search(part) else part
                 for part in parts]
    return [part for part in parts if part.strip()]


def _strip_heads(line: str) -> list[str]:
    """Remove the stamps and headers that open ``line`` (and a glued agency dateline)."""
    before: list[str] = []
    for _ in range(_MAX_PASSES):
        cut = _head_end(line)
        if cut is None:
            glued = _glued_header(line)
            if glued is None:
                break
            start, cut = glued
            before.append(line[:start])
        line = _LEADING_JUNK.sub("", line[cut:])
    return [*before, line]


def _head_end(line: str) -> int | None:
    """Where the header or stamp opening ``line`` ends, or None when it opens with none."""
    for rule in (_LAST_UPDATED, _LABELLED, _WIRE_STAMP):
        match = rule.match(line)
        if match and is_dated_stamp(match.group("stamp")):
            return _stamp_end(line, match)
    if "|" in line[:70]:
        match = _NAME_STAMP.match(line)
        if match and is_dated_stamp(match.group("stamp")) and _looks_like_name(line, match):
            return match.end()
    stamp = stamp_at(line)
    if stamp is not None and is_clock_stamp(stamp.group()):
        return stamp.end()
    if line.startswith("By "):
        byline = _BYLINE_GLUED.match(line)
        if byline:
            return byline.end()
    agency = _AGENCY_ONLY.match(line)
    if agency:
        return agency.end()
    label = _PHOTO_LABEL.match(line)
    if label:
        return _photo_credit_end(line, label.end())
    return None


def _glued_header(line: str) -> tuple[int, int] | None:
    """(start, end) of an agency dateline or "Last updated" stamp inside the line's first part."""
    head = line[:_HEAD_SCAN]
    if "(" in head:
        dateline = _AGENCY_DATELINE.search(head)
        if dateline is not None:
            return dateline.start(), dateline.end()
    if "pdated" in head:
        updated = _LAST_UPDATED.search(head)
        if updated is not None and is_dated_stamp(updated.group("stamp")):
            return updated.start(), _stamp_end(head, updated)
    if ":" in head:
        labelled = _LABELLED.search(head)
        if labelled is not None and is_dated_stamp(labelled.group("stamp")):
            return labelled.start(), _stamp_end(head, labelled)
    return None


def _stamp_end(line: str, match: re.Match[str]) -> int:
    trimmed = stamp_at(line, match.start("stamp"))
    return trimmed.end() if trimmed is not None else match.end()


def _looks_like_name(line: str, match: re.Match[str]) -> bool:
    """ "Jane Roe | 22:29 UK time, ..." or "By Jane Roe | May 3, 2011; 6:32 AM ET"."""
    name = line[: match.start("stamp")].rstrip(" |").removeprefix("By ").strip()
    words = name.split()
    return 1 <= len(words) <= 6 and all(word[:1].isupper() for word in words if len(word) > 3)


def _photo_credit_end(line: str, start: int) -> int | None:
    rest = line[start:]
    for rule in (_SLASH_CREDIT, _CAPS_CREDIT, _NAME_CREDIT):
        match = rule.match(rest)
        if match:
            return start + match.end()
    return None
