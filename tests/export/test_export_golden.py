"""Every export format of the bridge-closure story, compared with reviewed golden files."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from export_golden import check_golden

from core.export import FORMATS, export_timeline
from core.filters import TimelineFilter

STAMP = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
GOLDEN_NAMES = {"md": "story.md", "json": "story.json", "csv": "story.csv",
                "timelinejs": "story.timelinejs.json", "ics": "story.ics"}


def export(db, fmt: str, f: TimelineFilter | None = None, **options) -> tuple[int, str]:
    out = io.StringIO(newline="")
    written = export_timeline(db, f or TimelineFilter(), fmt, out, stamp=STAMP, **options)
    return written, out.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_each_format_matches_its_golden_file(story_db, fmt: str) -> None:
    written, text = export(story_db, fmt)
    assert written == 14  # one of the 15 events is hidden
    check_golden(GOLDEN_NAMES[fmt], text)


def test_markdown_with_mermaid_matches_golden(story_db) -> None:
    _, text = export(story_db, "md", mermaid=True, title="The Old Mill Bridge closure")
    check_golden("story-mermaid.md", text)


def test_filtered_markdown_is_exactly_the_view(story_db) -> None:
    f = TimelineFilter(people=("Elena Ruiz",), date_from=datetime(2024, 1, 1).date())
    written, text = export(story_db, "md", f)
    assert written == 3
    check_golden("story-ruiz-2024.md", text)
