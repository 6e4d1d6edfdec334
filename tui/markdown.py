"""One event as Markdown, for the clipboard: date, title, people and every source."""

from __future__ import annotations

from core.queries import EventDetail
from core.sanitize import strip_controls


def _md(text: str) -> str:
    return strip_controls(text).replace("\n", " ").strip()


def event_markdown(detail: EventDetail) -> str:
    """A short Markdown block describing ``detail``."""
    row = detail.row
    lines = [f"**{row.display}** — {_md(row.title)}", "", f"> {_md(detail.sentence)}", ""]
    if detail.people:
        names = ", ".join(_md(n) + (" (implied)" if implied else "")
                          for n, implied in detail.people)
        lines.append(f"People: {names}")
    if row.conflict:
        lines.append(f"Conflict: {_md(row.conflict)}")
    lines.append("Sources:")
    for s in detail.sources:
        where = f"[{_md(s.article_title)}]({_md(s.url)})" if s.url else _md(s.article_title)
        lines.append(f"- {_md(s.outlet)}, {s.published[:10]}: {where}")
    return "\n".join(lines) + "\n"
