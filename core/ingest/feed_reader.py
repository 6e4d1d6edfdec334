"""RSS and Atom feeds, parsed by feedparser: each entry becomes an article.

Per entry: ``title``; the longest of ``content`` and ``summary``/``description`` as the text
(HTML stripped, boilerplate removed); ``published``/``pubDate`` (else ``updated``/``dc:date``)
as the publish date, read from the raw string so its offset is kept (else a wire header or
"Last updated" stamp in the text); ``updated`` apart;
``link``; ``author``; the entry's own ``source`` title or else the feed's title as the source.
Articles are ``feed.xml#3`` (third entry), identified by their guid/id, else their link, else
their content; problems name ``feed.xml entry 3``.

The bytes go to feedparser as a stream, never as a string, because feedparser fetches strings
that look like URLs and opens strings that look like file names.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from typing import Any

from core.ingest.article import Draft, finish
from core.ingest.base import IngestProblem, ReadOptions
from core.ingest.boilerplate import strip_boilerplate
from core.ingest.fields import FieldError, date_value
from core.ingest.htmltext import html_to_text, looks_like_html
from core.ingest.stamps import page_date
from core.models import Article

_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")
_DATE_ADVICE = "the entry has no pubDate/published date; pass --published YYYY-MM-DD"


def read_feed(data: bytes, origin: str, options: ReadOptions) -> Iterator[Article | IngestProblem]:
    """Read every entry of an RSS or Atom feed given as raw bytes."""
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as error:  # feedparser is defensive, but be sure
        yield IngestProblem(origin, f"could not parse the feed ({type(error).__name__})", "")
        return
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())[:100]})" if reason else ""
        yield IngestProblem(
            origin,
            f"not an RSS or Atom feed with entries{detail}",
            "check the file is the feed's XML, saved whole",
        )
        return
    feed_title = _string(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        label = f"{origin} entry {number}"
        try:
            draft = _draft(entry, feed_title, options)
        except FieldError as error:
            yield IngestProblem(label, str(error), "fix that field in the feed entry")
            continue
        guid = _string(entry.get("id"))
        yield from finish(
            draft, options, origin=f"{origin}#{number}", label=label, date_advice=_DATE_ADVICE,
            item=True, own_id=f"guid:{guid.strip()}" if guid else None,
        )


def _draft(entry: Mapping[str, Any], feed_title: str | None, options: ReadOptions) -> Draft:
    tz = options.default_tz
    published = date_value(_raw(entry, "published"), "published", tz)
    updated = date_value(_raw(entry, "updated"), "updated", tz)
    created = date_value(_raw(entry, "created"), "created", tz)
    source = entry.get("source")
    source_title = _string(source.get("title")) if isinstance(source, Mapping) else None
    body = _body(entry)
    return Draft(
        title=_plain(_string(entry.get("title")) or ""),
        text=strip_boilerplate(body),
        published=published or created or updated or page_date(body, tz),
        source=source_title or feed_title,
        url=_string(entry.get("link")),
        author=_author(entry),
        updated=updated if published is not None and updated != published else None,
    )


def _body(entry: Mapping[str, Any]) -> str:
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        if isinstance(content, Mapping) and isinstance(content.get("value"), str):
            candidates.append((content["value"], str(content.get("type", "text/html"))))
    summary = entry.get("summary_detail")
    if isinstance(summary, Mapping) and isinstance(summary.get("value"), str):
        candidates.append((summary["value"], str(summary.get("type", "text/html"))))
    elif isinstance(entry.get("summary"), str):
        candidates.append((entry["summary"], "text/html"))
    texts = [
        html_to_text(value) if "html" in kind or looks_like_html(value) else value.strip()
        for value, kind in candidates
    ]
    return max(texts, key=len, default="")


def _author(entry: Mapping[str, Any]) -> str | None:
    """RSS writes ``email (Name)``: keep the name."""
    raw = _string(entry.get("author"))
    match = _EMAIL_NAME.match(raw or "")
    if match:
        return match.group(1).strip()
    detail = entry.get("author_detail")
    if isinstance(detail, Mapping) and _string(detail.get("name")):
        return _string(detail.get("name"))
    return _string(entry.get("author"))


def _plain(value: str) -> str:
    return html_to_text(value) if looks_like_html(value) else value


def _raw(entry: Mapping[str, Any], key: str) -> str | None:
    """The entry's own value: feedparser's ``get`` would map "updated" to "published"."""
    return _string(dict.get(entry, key) if isinstance(entry, dict) else entry.get(key))


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
