"""JSON and JSON Lines: one article object, a list of them, a news-API response, or one per line.

Field mapping (keys matched case-insensitively; the first present wins)::

    title      title, headline
    text       text, content, body, articleBody, full_text
               (else description, summary, abstract, as a last resort)
    published  published, date, published_at, pubDate, publishedAt, datePublished,
               publish_date, pub_date
    updated    updated, updated_at, updatedAt, modified, dateModified
    source     source, publisher, site, outlet   (text, or an object with "name")
    url        url, link, canonical_url
    author     author, authors, byline, creator  (text, list of names, or objects with "name")

Without a publish date field, a wire header or "Last updated" stamp at the top of the text
gives it (:func:`core.ingest.stamps.page_date`).

``ReadOptions.field_map`` replaces the keys for a field: ``{"title": "headline_text"}``; a
dotted key such as ``"meta.published"`` reaches into nested objects.

Where the articles are: a list at the top, or a single object with article fields, or the
first list of objects under ``articles``, ``items``, ``results``, ``data``, ``entries``,
``posts``, ``stories``, ``docs``, ``hits``, ``news``, ``value`` or ``response`` (two levels
deep at most). Elasticsearch-style ``{"_source": {...}}`` wrappers are unwrapped.

A ``.json`` file that turns out to hold one object per line is read as JSON Lines. In JSON
Lines, blank lines are skipped and a broken line is one problem (``file.jsonl line 3``) while
the other lines are still read. Articles from JSON lists and JSON Lines are ``file#3``; their
identity is their own ``id``/``_id``/``guid``/``uuid`` field, else their URL, else their content
(never their position, so a file that gains a line keeps its stored articles).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from core.ingest.article import Draft, finish
from core.ingest.base import IngestProblem, ReadOptions, warning
from core.ingest.boilerplate import strip_boilerplate
from core.ingest.fields import (
    FieldError,
    author_value,
    body_value,
    date_value,
    kind,
    source_value,
    text_value,
)
from core.ingest.htmltext import html_to_text, looks_like_html
from core.ingest.stamps import page_date
from core.models import Article

DEFAULT_KEYS: Mapping[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "articlebody", "full_text"),
    "published": (
        "published",
        "date",
        "published_at",
        "pubdate",
        "publishedat",
        "datepublished",
        "publish_date",
        "pub_date",
    ),
    "updated": ("updated", "updated_at", "updatedat", "modified", "datemodified"),
    "source": ("source", "publisher", "site", "outlet"),
    "url": ("url", "link", "canonical_url"),
    "author": ("author", "authors", "byline", "creator"),
}
ID_KEYS = ("id", "_id", "guid", "uuid", "article_id")
FALLBACK_TEXT_KEYS = ("description", "summary", "abstract")
CONTAINER_KEYS = (
    "articles",
    "items",
    "results",
    "data",
    "entries",
    "posts",
    "stories",
    "docs",
    "hits",
    "news",
    "value",
    "response",
)
_TRUNCATED = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
_DATE_ADVICE = "add a 'published' field (see the field mapping), use --map, or pass --published"
_MAP_ADVICE = "fix that field, or point --map at the right key"


def read_json(text: str, origin: str, options: ReadOptions) -> Iterator[Article | IngestProblem]:
    """Read a ``.json`` document (falling back to JSON Lines when it is one)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and _first_line_is_object(text):
            yield from read_jsonl(text, origin, options)
            return
        yield IngestProblem(
            origin,
            f"not valid JSON (line {error.lineno} column {error.colno}: {error.msg})",
            "fix the JSON, or save one article object per line as .jsonl",
        )
        return
    except RecursionError:
        yield IngestProblem(origin, "JSON nested too deeply", "flatten the document")
        return
    mapped = {key.split(".")[0].lower() for key in options.field_map.values()}
    records = _records(document, 0, mapped)
    if records is None:
        yield IngestProblem(
            origin,
            "no articles found in the JSON",
            "expected an article object, a list of them, or an 'articles'/'items' list; "
            "use --map FIELD=KEY if the fields have other names",
        )
        return
    if isinstance(document, dict) and records == [document]:
        yield from _record(document, options, origin=origin, label=origin)
        return
    for number, record in enumerate(records, start=1):
        yield from _record(
            record, options, origin=f"{origin}#{number}", label=f"{origin} item {number}",
            item=True,
        )


def read_jsonl(text: str, origin: str, options: ReadOptions) -> Iterator[Article | IngestProblem]:
    """Read JSON Lines: one article object per line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        label = f"{origin} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestProblem(
                label,
                f"not valid JSON (column {error.colno}: {error.msg})",
                "fix or delete that line; the other lines were read",
            )
            continue
        except RecursionError:
            yield IngestProblem(label, "JSON nested too deeply", "fix or delete that line")
            continue
        yield from _record(record, options, origin=f"{origin}#{number}", label=label, item=True)


def _record(
    record: object, options: ReadOptions, *, origin: str, label: str, item: bool = False
) -> Iterator[Article | IngestProblem]:
    own_id = _own_id(record)
    if isinstance(record, dict) and isinstance(record.get("_source"), dict):
        record = record["_source"]
    if not isinstance(record, dict):
        yield IngestProblem(label, f"is {kind(record)}, expected an article object", "")
        return
    try:
        draft, truncated = _draft(record, options)
    except FieldError as error:
        yield IngestProblem(label, str(error), _MAP_ADVICE)
        return
    yield from finish(draft, options, origin=origin, label=label, date_advice=_DATE_ADVICE,
                      item=item, own_id=own_id)
    if truncated and draft.text.strip():
        yield warning(
            label,
            "text is cut short (it ends with '[+N chars]')",
            "news APIs often send only the start; save the full article instead",
        )


def _own_id(record: object) -> str | None:
    """The record's own identifier (``id``, ``_id``, ``guid``, ``uuid``), as ``id:...``."""
    if not isinstance(record, dict):
        return None
    lowered = {str(key).lower(): value for key, value in record.items()}
    for key in ID_KEYS:
        value = lowered.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int):
            continue
        if str(value).strip():
            return f"id:{str(value).strip()}"
    source = lowered.get("_source")
    return _own_id(source) if isinstance(source, dict) else None


def _draft(record: dict[str, Any], options: ReadOptions) -> tuple[Draft, bool]:
    lowered = {str(key).lower(): value for key, value in record.items()}

    def pick(name: str) -> object:
        mapped = options.field_map.get(name)
        if mapped is not None:
            return _dotted(record, mapped)
        return next((lowered[key] for key in DEFAULT_KEYS[name] if key in lowered), None)

    tz = options.default_tz
    body = body_value(pick("text"))
    if not (body or "").strip() and "text" not in options.field_map:
        fallback = next((lowered[key] for key in FALLBACK_TEXT_KEYS if key in lowered), None)
        body = body_value(fallback, "description")
    body = body or ""
    truncated = bool(_TRUNCATED.search(body))
    if truncated:
        body = _TRUNCATED.sub("", body)
    if looks_like_html(body):
        body = html_to_text(body)
    draft = Draft(
        title=text_value(pick("title"), "title"),
        text=strip_boilerplate(body) if body.strip() else body,
        published=date_value(pick("published"), "published", tz) or page_date(body, tz),
        source=source_value(pick("source")),
        url=text_value(pick("url"), "url"),
        author=author_value(pick("author")),
        updated=date_value(pick("updated"), "updated", tz),
    )
    return draft, truncated


def _dotted(record: Mapping[str, Any], path: str) -> object:
    if path in record:
        return record[path]
    value: object = record
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _records(document: object, depth: int, mapped: set[str]) -> list[object] | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict) or depth > 2:
        return None
    lowered = {str(key).lower(): value for key, value in document.items()}
    article_keys = (*DEFAULT_KEYS["text"], *FALLBACK_TEXT_KEYS, "_source", *mapped)
    if any(key in lowered for key in article_keys):
        return [document]
    for key in CONTAINER_KEYS:
        if key in lowered:
            found = _records(lowered[key], depth + 1, mapped)
            if found is not None:
                return found
    for value in document.values():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return value
    return None


def _first_line_is_object(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        return isinstance(json.loads(first), dict)
    except (json.JSONDecodeError, RecursionError):
        return False
