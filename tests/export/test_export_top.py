"""``dateline export --top N``: the key-events timeline, in every format; the Markdown reads
as a newsroom's "Timeline of …" box (compared with a reviewed golden file)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_golden import check_golden
from export_store import STORY_IMPORTANCE, StoreBuilder, build_story, rank_story

from core.export import export_timeline
from core.export.markdown_db import within_year
from core.filters import TimelineFilter
from core.store import open_db
from tui.cli import main


@pytest.fixture
def ranked_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.db"
    rank_story(build_story(StoreBuilder(open_db(path)))).close()
    return path


def _export(path: Path, fmt: str, f: TimelineFilter) -> str:
    db = open_db(path)
    out = io.StringIO(newline="")
    export_timeline(db, f, fmt, out)
    db.close()
    return out.getvalue()


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_the_top_markdown_is_a_timeline_box(ranked_file: Path) -> None:
    result = invoke("export", "--db", str(ranked_file), "--top", "6")
    assert result.exit_code == 0, result.output
    check_golden("story-top.md", result.stdout)
    lines = result.stdout.splitlines()
    # year headings only, each event one line led by its bold date
    assert not [line for line in lines if line.startswith("### ")]
    events = [line for line in lines if line.startswith("- ")]
    assert len(events) == 6 and all(line.startswith("- **") for line in events)
    assert "Only the 6 most important events." in result.stdout
    assert "hidden duplicate" not in result.stdout  # ranked high, but hidden


def test_the_top_events_are_the_most_important_in_date_order(ranked_file: Path) -> None:
    result = invoke("export", "--db", str(ranked_file), "--top", "5", "-f", "json")
    events = json.loads(result.stdout)["events"]
    ranked = sorted((v, k) for k, v in STORY_IMPORTANCE.items() if k != "A hidden duplicate")
    expected = {k for _, k in ranked[-5:]}
    assert {next(k for k in expected if e["title"].startswith(k)) for e in events} == expected
    starts = [e["date"]["start"] for e in events]
    assert starts == sorted(starts)
    assert [e["importance"] for e in events] != sorted(e["importance"] for e in events)


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "timelinejs"])
def test_the_cli_writes_what_the_view_shows(ranked_file: Path, fmt: str) -> None:
    result = invoke("export", "--db", str(ranked_file), "--top", "4", "--person", "Elena Ruiz",
                    "-f", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout == _export(ranked_file, fmt, TimelineFilter(people=("Elena Ruiz",),
                                                                     top=4))


def test_events_takes_top_too_and_zero_is_refused(ranked_file: Path) -> None:
    listed = invoke("events", "--db", str(ranked_file), "--top", "3")
    assert listed.exit_code == 0
    assert len(listed.stdout.splitlines()) == 3
    refused = invoke("export", "--db", str(ranked_file), "--top", "0")
    assert refused.exit_code == 2 and "--top" in refused.stderr


@pytest.mark.parametrize(("display", "year", "shown"), [
    ("15 May 2024 – 7 Jun 2024", "2024", "15 May – 7 Jun"),
    ("7 Mar 2024, evening", "2024", "7 Mar, evening"),
    ("Nov 2023", "2023", "November"),
    ("Nov 2023 – 18 May 2024", "2023", "Nov 2023 – 18 May 2024"),  # a year apart: whole
    ("Q2 2024", "2024", "Q2 2024"),
    ("early 2024", "2024", "early 2024"),
    ("2024", "2024", "2024"),
    ("week of 13 May 2024", "2024", "week of 13 May"),
])
def test_a_date_under_its_year_drops_the_year(display: str, year: str, shown: str) -> None:
    assert within_year(display, year) == shown
