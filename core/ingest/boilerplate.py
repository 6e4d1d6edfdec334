"""Strip what is not the article from plain, Markdown and feed text.

Works on lines and paragraphs (blocks separated by blank lines), with generic rules only: no rule
names an outlet. Three kinds of rule:

* **Line rules** remove a whole line anywhere in the text when the line is short (at most
  ``MAX_BOILERPLATE_LINE`` characters) and is nothing but a plug: "Read next:", "Also read:",
  "See also:", "Read more:", a "Watch:" or "Listen:" link (a bare label or a short title without
  a closing stop; "Watch: (Updated 2:25 p.m.) <a sentence>." is reporting and stays), newsletter
  and subscribe prompts, cookie and comment-policy notices, photo credits, disclaimers, share
  buttons, affiliate notes, "Advertisement".
* **Inline rules** remove a parenthetical photo credit such as "(Photo by Jane Roe/Agency)".
* **Edge rules** remove site banners and navigation from the top, and tag lists, copyright lines,
  "Follow us" prompts and navigation from the bottom; they stop at the first paragraph that
  reads like reporting.

A long line is never removed by a rule, so a paragraph of real reporting that happens to say
"subscribe" or "cookies" survives. If every line would go, the text is returned unchanged
(unless the caller asks for an empty result instead).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.ingest.comments import strip_comments
from core.ingest.debris import strip_chrome

MAX_BOILERPLATE_LINE = 250
MAX_NAV_LINE = 80
_EDGE_SCAN = 12  # paragraphs examined at each end

_FLAGS = re.IGNORECASE
# Each rule matches a whole (stripped) line that is boilerplate wherever it appears.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "read-next",
        re.compile(
            r"^(?:[-*•>]\s*)?(?:read next|also read|see also|read more|read also|more to read|"
            r"related(?: stories| articles| coverage| content| reading)?|more on this(?: story)?|"
            r"recommended(?: for you| reading)?|don'?t miss|you (?:may|might) also like|"
            r"must read|trending now|popular now|further reading|more)"
            r"\s*[:|»›>–—-][*_]*(?:\s|$)",
            _FLAGS,
        ),
    ),
    (
        # "Watch: <video title>" or a bare "Watch:"; not "Watch: (Updated 2:25 p.m.) <sentence>."
        "watch-plug",
        re.compile(
            r"^(?:[-*•>]\s*)?(?:watch|listen|video|audio)\s*[:|»›>–—-][*_]*"
            r"(?:\s{1,3}[^.!?()\[\]\n]{0,80}[^.!?()\[\]\s\"”:;,])?\s*$",
            _FLAGS,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^(?:[-*•>]\s*)?(?:sign up\b|subscribe\b(?!rs)|enter your email|"
            r"(?:get|join|try) (?:our|the)\b.*\b(?:newsletters?|inbox)\b)|"
            r"\b(?:our|your)\b.*\bnewsletters?\b.*\b(?:sign up|subscribe)|"
            r"\b(?:sign up|subscribe)\b.*\b(?:our|free)\b.*\bnewsletters?\b|"
            r"\b(?:delivered|straight|direct(?:ly)?|sent) to your inbox\b",
            _FLAGS,
        ),
    ),
    (
        "cookies",
        re.compile(
            r"^(?:this (?:site|website) uses cookies|we use cookies|by (?:continuing|using) "
            r"(?:to (?:use|browse) )?(?:this|our) (?:site|website)|accept (?:all )?cookies|"
            r"cookie (?:policy|settings|preferences))",
            _FLAGS,
        ),
    ),
    (
        "comments",
        re.compile(
            r"^(?:comments? (?:are|is) (?:closed|moderated|disabled)|comment policy|"
            r"(?:read our )?community (?:guidelines|standards)|"
            r"join the (?:conversation|discussion)|"
            r"leave a (?:comment|reply)|(?:show|view|load|see) (?:all )?\d*\s*comments|"
            r"\d+\s+comments?$|comments?$|we welcome (?:your )?comments|"
            r"you must be logged in to (?:post a )?comment)",
            _FLAGS,
        ),
    ),
    (
        "photo-credit",
        re.compile(
            r"^(?:photos?|images?|pictures?|photograph|file photo|video|illustration|graphic)"
            r"(?:\s+(?:credit|courtesy))?\s*:|"
            r"^(?:photos?|images?|pictures?|photograph|file photo)(?:\s+credit)?\s+"
            r"(?:by|courtesy of)\b[^.!?]{1,80}$|"
            r"^\((?:photos?|images?|pictures?|video|file photo)\b[^()]{0,120}\)$|"
            r"^(?:photo |image )?credits?\s*:",
            _FLAGS,
        ),
    ),
    (
        "disclaimer",
        re.compile(
            r"^(?:disclaimer|disclosure)\s*:|^the (?:views|opinions) expressed (?:in this "
            r"(?:article|piece|column) )?are (?:those of|the author)|^this (?:article|story|piece) "
            r"(?:was )?(?:originally|first) (?:published|appeared)\b|^all rights reserved\.?$|"
            r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}\b|"
            r"^this material may not be (?:published|broadcast|rewritten|redistributed)",
            _FLAGS,
        ),
    ),
    (
        "share",
        re.compile(
            r"^(?:share (?:this|the) (?:article|story|post|page)\b.*|share on \w+.*|"
            r"(?:share|tweet|email|print|copy link|save|pin|whatsapp|facebook|twitter|linkedin|"
            r"reddit|x)(?:\s*[|/•·,]\s*(?:share|tweet|email|print|copy link|save|pin|whatsapp|"
            r"facebook|twitter|linkedin|reddit|x))*)$",
            _FLAGS,
        ),
    ),
    (
        "affiliate",
        re.compile(
            r"\b(?:we|i|the site) (?:may|might|could) (?:earn|receive|get) (?:a )?(?:small )?"
            r"(?:commission|share of (?:sales|revenue)|compensation)\b|"
            r"^this (?:article|post|page|story) (?:contains|includes|may contain) affiliate links",
            _FLAGS,
        ),
    ),
    (
        "orphan-label",
        re.compile(r"^[\W_]*(?:updated|published|posted|by)[\W_]*$", _FLAGS),
    ),
    (
        "advertisement",
        re.compile(
            r"^(?:advertisement|advertising|sponsored(?: content)?|ad|"
            r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|"
            r"continue reading (?:the main story|below)|"
            r"scroll (?:down )?to continue(?: with content)?)"
            r"\s*[.:]?$",
            _FLAGS,
        ),
    ),
)

# Rules with unanchored parts only run on lines holding one of these words (speed, not meaning).
_NEEDS: dict[str, tuple[str, ...]] = {
    "newsletter": ("sign up", "subscribe", "enter your email", "newsletter", "inbox"),
    "affiliate": ("commission", "affiliate", "compensation", "share of"),
}

_INLINE_PHOTO = re.compile(
    r"\s*\((?:photos?|images?|pictures?|video|file photo)\s+(?:by|credit|courtesy(?: of)?)\b"
    r"[^()\n]{0,120}\)",
    _FLAGS,
)

_NAV_WORDS = re.compile(
    r"^(?:menu|home|homepage|search|skip to (?:main )?content|skip navigation|log ?in|sign ?in|"
    r"log ?out|sign ?out|register|my account|account|subscribe|breaking news|breaking|live|"
    r"latest news|latest|top stories|edition|navigation|close|open menu|toggle navigation|"
    r"back to top|next article|previous article|next|previous|more|sections|e-paper|epaper)"
    r"\s*[:.]?$",
    _FLAGS,
)
_NAV_SEPARATORS = re.compile(r"\s*(?:\||•|·|›|»|/|>)\s*")
_TRAILER = re.compile(
    r"^(?:tags?|topics?|filed under|categories|category|related topics|posted in|keywords)\s*:|"
    r"^follow (?:us|@|\w+(?: \w+)? on (?:twitter|x|facebook|instagram|bluesky|threads|mastodon|"
    r"linkedin|tiktok|youtube))|"
    r"^(?:about|contact|privacy(?: policy)?|terms(?: of (?:use|service))?|"
    r"careers|advertise(?: with us)?|help|faq|sitemap)(?:\s*[|•·]\s*\w[\w ]{0,30})+$",
    _FLAGS,
)
_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")


def strip_boilerplate(text: str, *, keep_if_all: bool = True) -> str:
    """Return ``text`` without plugs, notices, credits, banners and trailers (see module doc).

    When every line is boilerplate the text comes back unchanged, or empty with
    ``keep_if_all=False`` (for extracted web pages, where that means "no article here").
    Comment threads, page chrome, wire headers and stamps go first (:mod:`core.ingest.debris`);
    a text that is nothing but a comment thread comes back empty either way.
    """
    text = strip_comments(text)
    after_thread = text
    text = strip_chrome(text)
    blocks = _blocks(text)
    cleaned: list[list[str]] = []
    for block in blocks:
        lines = [
            _INLINE_PHOTO.sub("", line) if "(" in line else line
            for line in block
            if not is_boilerplate_line(line)
        ]
        lines = [line for line in lines if line.strip()]
        if lines:
            cleaned.append(lines)
    cleaned = _trim_start(cleaned)
    cleaned = _trim_end(cleaned)
    if not cleaned:
        return after_thread.strip() if keep_if_all else ""
    return "\n\n".join("\n".join(lines) for lines in cleaned)


def is_boilerplate_line(line: str) -> bool:
    """True when ``line`` on its own is a plug, notice, credit or button (any line rule)."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return False
    return _first_rule(stripped.strip("*_#> ").strip()) is not None


def matching_rule(line: str) -> str | None:
    """The name of the first line rule that removes ``line`` (for tests and debugging)."""
    stripped = line.strip().strip("*_#> ").strip()
    if not stripped or len(line.strip()) > MAX_BOILERPLATE_LINE:
        return None
    return _first_rule(stripped)


def _first_rule(stripped: str) -> str | None:
    lowered = stripped.lower()
    for name, rule in LINE_RULES:
        needs = _NEEDS.get(name)
        if needs is not None and not any(word in lowered for word in needs):
            continue
        if rule.search(stripped):
            return name
    return None


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_nav_line(line: str) -> bool:
    stripped = line.strip().strip("*_#> ").strip()
    if len(stripped) > MAX_NAV_LINE:
        return False
    if _NAV_WORDS.match(stripped):
        return True
    parts = [part for part in _NAV_SEPARATORS.split(stripped) if part]
    return len(parts) >= 3 and all(len(part.split()) <= 3 for part in parts)


def _is_banner(block: Iterable[str]) -> bool:
    return all(_is_nav_line(line) for line in block)


def _is_trailer(block: Iterable[str]) -> bool:
    return all(
        _is_nav_line(line) or _TRAILER.search(line.strip().strip("*_#> ").strip()) for line in block
    )


def _trim_start(blocks: list[list[str]]) -> list[list[str]]:
    start = 0
    while start < min(len(blocks), _EDGE_SCAN) and _is_banner(blocks[start]):
        start += 1
    return blocks[start:]


def _trim_end(blocks: list[list[str]]) -> list[list[str]]:
    end = len(blocks)
    while end > max(0, len(blocks) - _EDGE_SCAN) and _is_trailer(blocks[end - 1]):
        end -= 1
    return blocks[:end]
