"""Markdown pieces: one event as a snippet ("copy as Markdown"), and the citations shared with
the page writer (:mod:`core.export.markdown_db`).

Every piece of article text is escaped (:func:`core.export.text.md_escape`), so it renders the
same on GitHub and in Textual's Markdown widget whatever the articles contain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache

from core.export.text import md_escape, safe_url
from core.granular import parse_value
from core.queries import Citation, EventCitations, EventDetail, SourceReport, TimelineRow


@lru_cache(maxsize=8192)
def published_display(published: str) -> str:
    """An article's publish date as "17 May 2024" (its own local date)."""
    try:
        day = datetime.fromisoformat(published).date()
    except ValueError:
        return md_escape(published)
    parsed = parse_value(day.isoformat())
    return parsed.display if parsed else day.isoformat()

@lru_cache(maxsize=16384)
def _person(name: str, implied: bool) -> str:
    return f"**{md_escape(name)}**" + (" (implied)" if implied else "")


@lru_cache(maxsize=16384)
def _dated(phrase: str, display: str) -> str:
    """How a phrase was dated (“last May” → May 2024), escaped; phrases and dates repeat."""
    return f"(“{md_escape(phrase)}” → {md_escape(display)})"


def people_text(people: Sequence[tuple[str, bool]]) -> str:
    """People in bold, those only implied by a pronoun marked as such."""
    return ", ".join([_person(name, implied) for name, implied in people])


def marks(row: TimelineRow | EventCitations, sources: Sequence[SourceReport | Citation]
          ) -> str:
    """Italic notes for a corrected date and for sources that disagree ("" when neither)."""
    notes = []
    if row.edited:
        said = sorted({s.date_display for s in sources} - {row.display})
        was = f"; sources said {md_escape(' / '.join(said))}" if said else ""
        notes.append(f"*(date corrected by hand{was})*")
    if row.conflict:
        notes.append(f"*({md_escape(row.conflict)})*")
    return " ".join(notes)


@lru_cache(maxsize=16384)
def article_reference(outlet: str, title: str, url: str | None, published: str) -> str:
    quoted = f"“{md_escape(title)}”"
    safe = safe_url(url)
    linked = f"[{quoted}](<{safe}>)" if safe else quoted
    return f"*{md_escape(outlet)}*, {linked}, {published_display(published)}"


def source_citation(source: SourceReport | Citation) -> str:
    """Outlet, linked article title, publish date, quoted sentence and how it was dated."""
    return citations((source,))[0]


def citations(sources: Sequence[SourceReport | Citation],
              escape: Callable[[str], str] = md_escape) -> tuple[str, ...]:
    """:func:`source_citation` of each source, in one call (the page makes one per event);
    ``escape`` is ``md_escape`` or a cache of it, for the sentences."""
    return tuple([f"{article_reference(s.outlet, s.article_title, s.url, s.published)}:"
                  f" “{escape(s.sentence)}” {_dated(s.phrase, s.date_display)}"
                  for s in sources])


def event_markdown(detail: EventDetail) -> str:
    """One event as a self-contained Markdown snippet ("copy event as Markdown")."""
    row = detail.row
    lines = [f"**{md_escape(row.display)}** — {md_escape(row.title)}", ""]
    if detail.people:
        lines += [f"People: {people_text(detail.people)}", ""]
    note = marks(row, detail.sources)
    if note:
        lines += [note, ""]
    if detail.sentence:
        lines += [f"> {md_escape(detail.sentence)}", ""]
    if detail.sources:
        lines += ["Sources:", ""]
        lines += [f"{n}. {source_citation(s)}" for n, s in enumerate(detail.sources, start=1)]
    return "\n".join(lines).rstrip("\n") + "\n"
