"""Markdown and plain-text articles, with or without YAML front matter.

Front matter fields (case-insensitive): ``title``, ``published`` (or ``date``, ``published_at``,
``pubDate``), ``updated`` (or ``modified``, ``updated_at``), ``source``, ``url`` (or ``link``),
``author`` (or ``authors``, ``byline``). Without a title the first heading or first line is used.
Without a publish date in the front matter, the top of the text is searched (see
:mod:`core.ingest.textmeta`), then a wire header or "Last updated" stamp
(:func:`core.ingest.stamps.page_date`), then ``ReadOptions.published`` fills in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from core.ingest.article import Draft, finish
from core.ingest.base import IngestProblem, ReadOptions
from core.ingest.boilerplate import strip_boilerplate
from core.ingest.fields import FieldError, author_value, date_value, source_value, text_value
from core.ingest.markdown import split_title, to_plain
from core.ingest.stamps import page_date
from core.ingest.textmeta import read_text_meta
from core.models import Article
from core.sanitize import strip_controls

FRONT_MATTER_KEYS: Mapping[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "pubdate", "publish_date", "datepublished"),
    "updated": ("updated", "modified", "updated_at", "last_modified", "datemodified"),
    "source": ("source", "publisher", "site", "outlet"),
    "url": ("url", "link", "canonical_url", "canonical"),
    "author": ("author", "authors", "byline"),
}
_DATE_ADVICE = (
    "add 'published: YYYY-MM-DD' front matter, a 'Published: ...' line or a dateline, "
    "or pass --published YYYY-MM-DD"
)


def read_text(
    text: str, origin: str, options: ReadOptions, *, markdown: bool
) -> Iterator[Article | IngestProblem]:
    """Read one article from ``text`` (already decoded and normalised)."""
    metadata: dict[str, Any] = {}
    body = text
    stripped = text.lstrip("\ufeff \n")
    if stripped.startswith(("---\n", "+++\n")):
        parsed = _front_matter(stripped, origin)
        if isinstance(parsed, IngestProblem):
            yield parsed
            return
        metadata, body = parsed
        markdown = True
    try:
        draft = _draft(metadata, body, options, markdown=markdown)
    except FieldError as error:
        yield IngestProblem(origin, f"front matter: {error}", "fix that field in the front matter")
        return
    yield from finish(draft, options, origin=origin, date_advice=_DATE_ADVICE)


def _front_matter(text: str, origin: str) -> tuple[dict[str, Any], str] | IngestProblem:
    import frontmatter

    handler = frontmatter.detect_format(text, frontmatter.handlers)
    fence = text[:3]
    if handler is None or not re.search(rf"^{re.escape(fence)}[ \t]*$", text[4:], re.MULTILINE):
        return IngestProblem(
            origin,
            f"front matter opened with {fence} is never closed",
            f"end the front matter with a {fence} line",
        )
    try:
        raw, content = handler.split(text)
        metadata = handler.load(strip_controls(raw))  # YAML refuses them; they are never kept
    except Exception as error:  # yaml/toml errors of many types
        first = " ".join(str(error).split("\n")[0].split())[:120]
        return IngestProblem(
            origin,
            f"malformed front matter ({first})" if first else "malformed front matter",
            "fix the YAML between the --- lines; quote values that contain ': '",
        )
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        return IngestProblem(
            origin,
            "front matter is not a list of 'key: value' fields",
            "write it as lines such as 'title: ...' and 'published: 2024-05-17'",
        )
    return {str(key).lower(): value for key, value in metadata.items()}, content


def _draft(metadata: dict[str, Any], body: str, options: ReadOptions, *, markdown: bool) -> Draft:
    def pick(name: str) -> object:
        return next(
            (metadata[key] for key in FRONT_MATTER_KEYS[name] if metadata.get(key) is not None),
            None,
        )

    tz = options.default_tz
    title = text_value(pick("title"), "title", numbers_ok=True)
    published = date_value(pick("published"), "published", tz)
    updated = date_value(pick("updated"), "updated", tz)
    source = source_value(pick("source"))
    url = text_value(pick("url"), "url")
    author = author_value(pick("author"))

    heading: str | None = None
    meta = read_text_meta(body, tz)
    body = strip_boilerplate(meta.text)
    if markdown:
        heading, body = split_title(body)
        body = to_plain(body)
    elif title is None:
        title, body = _title_line(body)
    return Draft(
        title=title or heading,
        text=body,
        published=published
        or meta.published
        or meta.dateline
        or meta.updated
        or page_date(meta.text, tz),
        source=source,
        url=url,
        author=author or meta.author,
        updated=updated or meta.updated,
    )


def _title_line(body: str) -> tuple[str | None, str]:
    """A short first line without a full stop is a plain-text file's title."""
    first, _, rest = body.lstrip("\n").partition("\n")
    first = first.strip()
    if first and len(first) <= 150 and not first.endswith((".", "?", "!", ":", ",")) and rest:
        return first, rest.lstrip("\n")
    return None, body
