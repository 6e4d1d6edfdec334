"""HTML fragments (feed entries, JSON ``content`` fields) to plain text with paragraph breaks.

A small ``html.parser`` walk: block elements end paragraphs, ``<br>`` ends a line, script and
style contents are dropped, entities are decoded. It is for fragments; whole pages go through
trafilatura in :mod:`core.ingest.html_reader`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "blockquote",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "pre",
        "figure",
        "figcaption",
        "hr",
        "address",
        "main",
        "nav",
    ]
)
_SKIP = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "head"))
_LOOKS_LIKE_HTML = re.compile(
    r"<(?:p|div|br|a|span|em|strong|b|i|ul|ol|li|h[1-6]|img|figure|blockquote)\b[^>]*>", re.I
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds common HTML tags."""
    return bool(_LOOKS_LIKE_HTML.search(text))


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, paragraphs separated by blank lines."""
    parser = _TextParser()
    try:
        parser.feed(fragment)
        parser.close()
    except Exception:  # html.parser is lenient, but be sure a bad fragment cannot crash a read
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))
