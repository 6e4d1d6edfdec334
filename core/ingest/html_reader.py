"""Saved web pages: trafilatura finds the article; htmldate finds when it was first published.

trafilatura gives the main text (navigation, footers and comments left out), the title, the
author, the canonical URL and the site name. htmldate is asked twice, once for the original
publish date and once for the latest date, so an "updated" time stays apart from the publish
date (see :mod:`core.ingest.html_dates`). The generic boilerplate rules then run on the text.
Nothing is fetched: both work on the HTML already in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from core.ingest.article import Draft, finish
from core.ingest.base import IngestProblem, ReadOptions
from core.ingest.boilerplate import strip_boilerplate
from core.ingest.html_dates import page_dates
from core.ingest.stamps import page_date
from core.models import Article

_DATE_ADVICE = "pass --published YYYY-MM-DD (the page has no date htmldate could find)"

for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def read_html(text: str, origin: str, options: ReadOptions) -> Iterator[Article | IngestProblem]:
    """Read one article from a saved HTML page."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        yield IngestProblem(
            origin,
            f"could not read the HTML ({type(error).__name__})",
            "save the page again, or copy its text into a .txt file",
        )
        return
    body = getattr(document, "text", None) if document is not None else None
    title = getattr(document, "title", None)
    extracted = _paragraphs(body or "", title)
    body = strip_boilerplate(extracted, keep_if_all=False)
    if not body.strip():
        yield IngestProblem(
            origin,
            "no article text found in the HTML",
            "save the complete page (not just its frame), or copy the text into a .txt file",
        )
        return
    published, updated = page_dates(text, options.default_tz)
    published = published or page_date(extracted, options.default_tz)
    draft = Draft(
        title=title,
        text=body,
        published=published,
        source=getattr(document, "sitename", None) or getattr(document, "hostname", None),
        url=getattr(document, "url", None),
        author=getattr(document, "author", None),
        updated=updated,
    )
    yield from finish(draft, options, origin=origin, date_advice=_DATE_ADVICE)


def _paragraphs(body: str, title: str | None) -> str:
    """trafilatura puts one block per line; blank lines make them paragraphs again."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)
