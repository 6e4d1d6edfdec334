"""Read the articles users really have, and survive what they really feed Dateline.

API (for the pipeline and the CLI)::

    found = discover(["notes/", "*.html", "-"])          # files, folders, globs, stdin
    for path in found.files:
        for item in read_file(path, ReadOptions()):      # never raises for bad input
            if isinstance(item, IngestProblem):
                print(item.line())                       # "<file>: <what> — <what to do>"
            else:
                store(item)                              # an Article

``discover`` returns :class:`DiscoveredFiles` (``files``, ``skipped_hidden``,
``skipped_unsupported``, ``problems``). ``read_file`` yields Articles and IngestProblems in
one stream: a file may hold many articles (JSON lists, JSON Lines, feeds), and one bad line or
entry never stops the rest. **Warnings** are IngestProblems too: their ``problem`` starts with
``"warning: "`` and ``is_warning`` is true; they follow an Article that *was* read (a publish
date in the future or before 1900, a few bytes of bad UTF-8, text an API cut short).

Formats (by extension; ``.txt``, unknown extensions and stdin are sniffed):

* ``.md .markdown .txt`` — text, optionally with YAML front matter between ``---`` lines
  (fields: title, published, updated, source, url, author). Without a title: the first
  heading, else a short first line. Without a publish date: a ``Published: ...`` line, a
  dateline (``WASHINGTON, May 17, 2024 — ...``) or an ``Updated: ...`` line at the top.
* ``.html .htm`` — a saved page: trafilatura finds the article, title, author, canonical URL
  and site; htmldate the original publish date (an "updated" date is kept apart).
* ``.json`` — one article object, a list, or a news-API response with an ``articles``/
  ``items``/``results``... list. ``.jsonl .ndjson`` — one object per line.
* ``.xml .rss .atom`` — RSS or Atom feeds; each entry is an article.

JSON fields are matched by name (case-insensitively, first present wins; override with
``--map FIELD=KEY``, where KEY may be dotted, e.g. ``--map source=meta.site``); the names each
field is looked for under are listed in ``core.ingest.json_reader``.

Publish dates: ISO 8601 date or date-time (with or without offset), RFC 822, epoch seconds or
milliseconds, and other absolute formats through dateparser ("May 17, 2024 3:05 p.m. ET").
Relative ones ("yesterday") are refused. Naive dates take ``ReadOptions.default_tz`` (the local
zone unless set); date-only ones are midnight. ``ReadOptions.published`` (``--published``) fills
in for any article whose file gives no date; a date in the file always wins.

Text: decoded from UTF-8 (with or without BOM), UTF-16/32 with BOM, or a legacy encoding found
by charset-normalizer (Windows-1252 preferred among Western code pages); CRLF becomes LF; NFC;
curly quotes kept; terminal controls stripped from every field (``core.sanitize``);
boilerplate (newsletter plugs, "Read more:" lines, credits, banners...) removed from text,
Markdown and feed text by :mod:`core.ingest.boilerplate`, after reader-comment threads, page
chrome, wire headers, bylines and stamps (:mod:`core.ingest.debris`, :mod:`core.ingest.comments`).
Without a publish date, a wire header or "Last updated" stamp gives it
(:func:`core.ingest.stamps.page_date`).
"""

from __future__ import annotations

from core.ingest.base import (
    ARTICLE_FIELDS,
    STDIN,
    IngestProblem,
    ReadOptions,
    local_timezone,
    parse_field_map,
)
from core.ingest.discover import DiscoveredFiles, discover
from core.ingest.reader import MAX_BYTES, read_file

__all__ = [
    "ARTICLE_FIELDS",
    "MAX_BYTES",
    "STDIN",
    "DiscoveredFiles",
    "IngestProblem",
    "ReadOptions",
    "discover",
    "local_timezone",
    "parse_field_map",
    "read_file",
]
