"""Turn what a reader found into a checked, sanitised Article (or a problem saying what is missing).

Every reader hands a :class:`Draft` to :func:`finish`, which is the one place that

* strips terminal controls from every text field (``core.sanitize.strip_controls``) and
  normalises to NFC with LF line endings;
* fills the fallbacks: the title from the first line of text, the source from the URL's host
  (without ``www.``) or ``"unknown"``, the publish date from ``ReadOptions.published``;
* reports a missing text or publish date as an :class:`IngestProblem`;
* yields a warning after the Article when its publish date looks wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

from core.ingest.base import IngestProblem, ReadOptions
from core.ingest.dates import date_warnings
from core.ingest.decode import normalise_text
from core.models import Article
from core.sanitize import strip_controls

MAX_TITLE = 200
_BLANK_LINES = re.compile(r"\n{3,}")
UNKNOWN_SOURCE = "unknown"


@dataclass
class Draft:
    """Fields a reader found, before fallbacks and checks."""

    title: str | None
    text: str
    published: datetime | None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    updated: datetime | None = None


def finish(
    draft: Draft,
    options: ReadOptions,
    *,
    origin: str,
    label: str | None = None,
    date_advice: str = "add a 'published' date, or pass --published YYYY-MM-DD",
    item: bool = False,
    own_id: str | None = None,
) -> Iterator[Article | IngestProblem]:
    """Yield the Article for ``draft`` (and any warnings), or the problem that stops it.

    ``origin`` goes into ``Article.origin`` (``path`` or ``path#3``); ``label`` names the input
    in problems (``path line 3``) and defaults to ``origin``.

    ``item`` marks one article of a file holding many (a feed entry, a JSON list item or line):
    it then gets ``Article.ident`` from its own identifier ``own_id`` (``"guid:..."``,
    ``"id:..."``), else its URL, else a hash of its content, never from its position in the
    file. A whole-file article keeps ``ident`` None: the file is its identity.
    """
    label = label or origin
    text = clean_text(draft.text).strip("\n")
    if not text.strip():
        yield IngestProblem(label, "no article text", "check the file holds the article's text")
        return
    published = draft.published or options.published
    if published is None:
        yield IngestProblem(label, "no publish date", date_advice)
        return
    url = _line(draft.url)
    title = _shorten(_line(draft.title))
    if title:
        text = _without_title(text, title)
    else:
        title = _first_line(text)
    article = Article(
        origin=strip_controls(origin),
        title=title,
        text=text,
        published=published,
        source=_line(draft.source) or host_of(url) or UNKNOWN_SOURCE,
        url=url,
        author=_line(draft.author),
        updated=draft.updated,
    )
    if item:
        ident = _line(own_id) or (f"url:{url}" if url else None)
        article = replace(article, ident=ident or f"sha:{article.key}")
    yield article
    yield from date_warnings(label, published)


def clean_text(text: str) -> str:
    """NFC, LF line endings, no terminal controls, no trailing spaces, at most one blank line."""
    text = strip_controls(normalise_text(text))
    if " \n" in text or "\t\n" in text:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text)


def host_of(url: str | None) -> str | None:
    """``example.org`` for ``https://www.example.org/x``; None when there is no host."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def _line(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = " ".join(strip_controls(normalise_text(value)).split())
    return cleaned or None


def _without_title(text: str, title: str) -> str:
    """Drop a first paragraph that only repeats the title (pages and Markdown often do)."""
    first, sep, rest = text.partition("\n\n")
    if sep and rest.strip() and " ".join(first.lstrip("# ").split()) == title:
        return rest.lstrip("\n")
    return text


def _first_line(text: str) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return _shorten(first.lstrip("#").strip()) or ""


def _shorten(title: str | None, limit: int = MAX_TITLE) -> str | None:
    """Titles longer than ``limit`` are cut at a word boundary and end with "…"."""
    if title is None or len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0] or title[:limit]
    return cut + "…"
