"""Publish and update dates of a saved page: exact metadata first, htmldate's heuristics second.

Article metadata (``article:published_time``, ``itemprop="datePublished"``, JSON-LD
``datePublished``/``dateModified``, ...) keeps the time and offset, so it is read first.
htmldate (asked once for the original date and once for the latest) fills in when a page has
none. htmldate is always given a parsed tree: given a string that looks like a URL, it fetches it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, tzinfo
from typing import Any

from core.ingest.dates import parse_date

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
)
_HTMLDATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def page_dates(html: str, default_tz: tzinfo) -> tuple[datetime | None, datetime | None]:
    """``(published, updated)``; ``updated`` only when later than ``published``."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None, None
    published, updated = _metadata_dates(tree, default_tz)
    if published is None:
        published = _htmldate(html, original=True, default_tz=default_tz)
    if updated is None:
        updated = _htmldate(html, original=False, default_tz=default_tz)
    if published is None:
        return updated, None
    if updated is not None and updated <= published:
        updated = None
    return published, updated


def _metadata_dates(tree: Any, default_tz: tzinfo) -> tuple[datetime | None, datetime | None]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).lower()
        value = element.get("content")
        if key and value and key not in found:
            found[key] = value
    for item in _json_ld(tree):
        for key in ("datePublished", "dateModified", "dateCreated"):
            value = item.get(key)
            if isinstance(value, str) and key.lower() not in found:
                found[key.lower()] = value
    if "datecreated" in found and "datepublished" not in found:
        found["datepublished"] = found["datecreated"]
    return _first(found, _PUBLISHED_META, default_tz), _first(found, _MODIFIED_META, default_tz)


def _first(found: dict[str, str], keys: tuple[str, ...], default_tz: tzinfo) -> datetime | None:
    for key in keys:
        if key in found:
            parsed = parse_date(found[key], default_tz)
            if parsed is not None:
                return parsed
    return None


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        yield from _objects(data, depth=0)


def _objects(data: object, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"), depth + 1)


def _htmldate(html: str, *, original: bool, default_tz: tzinfo) -> datetime | None:
    import htmldate
    from trafilatura.utils import load_html

    tree = load_html(html)  # a fresh tree: htmldate may prune the one it is given
    if tree is None:
        return None
    try:
        value = htmldate.find_date(tree, original_date=original, outputformat=_HTMLDATE_FORMAT)
    except Exception:  # htmldate is heuristic and can trip on odd markup
        return None
    return parse_date(value, default_tz) if value else None
