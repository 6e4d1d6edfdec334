"""Making untrusted article text safe for each export format.

Everything that came from an article has had its terminal control sequences removed
(:func:`core.queries.clean`, applied by the read model and again here); each format then
escapes what is special to it: Markdown metacharacters, spreadsheet formulas, HTML for
TimelineJS, Mermaid's separators.
"""

from __future__ import annotations

import html
import re

from core.queries import clean

_MD_NEEDS = re.compile(r"[\\`*_\[\]<>#|~$&]")
_MD_TABLE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~$"})
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LEADING_NUMBER = re.compile(r"^(\d+)(?=[.)])")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def one_line(text: str | None) -> str:
    """Cleaned text with every run of whitespace (newlines included) collapsed to one space."""
    return " ".join(clean(text).split())


def md_escape(text: str | None) -> str:
    """Text as literal inline Markdown: no emphasis, links, HTML, code, headings or tables.

    Newlines are collapsed, so the text stays on its line; a leading list or heading marker is
    escaped too, so the text can start a line safely.
    """
    if text and text.isprintable() and "  " not in text and text[0] != " " != text[-1]:
        escaped = text  # already one clean line (printable text has no other whitespace)
    else:
        escaped = one_line(text)
    if _MD_NEEDS.search(escaped):
        escaped = escaped.translate(_MD_TABLE)
        if "&" in escaped:
            escaped = _MD_ENTITY.sub(r"\\&", escaped)
    first = escaped[:1]
    if first in ("-", "+", "="):
        return "\\" + escaped
    if first.isdigit() and _MD_LEADING_NUMBER.match(escaped):
        return _MD_LEADING_NUMBER.sub(r"\1\\", escaped, count=1)
    return escaped


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) address that can be linked safely, else None."""
    cleaned = one_line(url)
    return cleaned if _SAFE_URL.match(cleaned) else None


def csv_cell(text: str | None) -> str:
    """Cleaned text that a spreadsheet will not run as a formula (``'`` before = + - @)."""
    value = clean(text)
    return "'" + value if value.startswith(_FORMULA_START) else value


def html_text(text: str | None) -> str:
    """Cleaned one-line text escaped for HTML (TimelineJS renders its text fields as HTML)."""
    return html.escape(one_line(text), quote=True)


def mermaid_text(text: str | None, limit: int = 80) -> str:
    """One-line text that cannot break a Mermaid ``timeline`` line (no ``:``, ``#``, ``<>``)."""
    flat = one_line(text)
    for bad, good in ((":", "∶"), ("#", "＃"), ("<", "‹"), (">", "›"), (";", ",")):
        flat = flat.replace(bad, good)
    return shorten(flat, limit)


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis.

    Not ``textwrap.shorten``: it collapses the text's whitespace, and a first word longer than
    ``limit`` leaves only the placeholder, where a title should keep its first letters.
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
