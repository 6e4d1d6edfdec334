"""The Markdown page beyond the golden files: title option, hostile text, ties, emptiness."""

from __future__ import annotations

import io

import sqlite_utils
from export_store import R

from core.export import export_timeline
from core.filters import TimelineFilter


def page(db: sqlite_utils.Database, f: TimelineFilter | None = None, **options: object) -> str:
    out = io.StringIO(newline="")
    export_timeline(db, f or TimelineFilter(), "md", out, **options)
    return out.getvalue()


def test_title_option_is_escaped(story_db) -> None:
    assert page(story_db, title="My *own* title", mermaid=True).startswith(
        "# My \\*own\\* title\n")


def test_hostile_text_cannot_break_the_page_and_ties_keep_report_order(store_builder) -> None:
    b = store_builder()
    b.article("a", title="Same *outlet*\x1b[2J", source="Herald",
              published="2024-05-17T09:00:00+00:00", url="https://a.test/x")
    b.article("b", title="Same outlet, same hour", source="Herald",
              published="2024-05-17T09:00:00+00:00", url=None)
    ana = b.person("Ana *Star* Ruiz\x1b[5m", "Ana")
    b.event("2024-05-13", "  # Two  spaces\nand a newline.", [
        R("b", "Second sentence, 13 May.", "13 May"),
        R("a", "First sentence |x| on 13 May.", "13 May")],
        people=[(ana, True)], conflict="\x1b[1msources\x1b[0m disagree")
    b.event("2024-05", "-1 vote", [R("a", "In May, =SUM(A1).", "May")])
    text = page(b.finish(), mermaid=True)
    assert "\x1b" not in text
    items = [ln for ln in text.splitlines() if ln.startswith("- ")]
    assert len(items) == 2
    assert all("\n" not in item for item in items)
    assert "\\# Two spaces and a newline" in text
    assert "\\*Star\\*" in text
    notes = [ln for ln in text.splitlines() if ln.startswith("[^")]
    assert "Second sentence" in notes[1] and "First sentence" in notes[2]


def test_empty_view_says_so(store_builder) -> None:
    text = page(store_builder().finish(), mermaid=True)
    assert text.startswith("# ")
    assert "```mermaid" not in text
    assert text.endswith(".*\n")
