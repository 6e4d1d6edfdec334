"""``dateline export`` and ``dateline events`` through click's CliRunner."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_store import StoreBuilder, build_story
from icalendar import Calendar

from core.store import open_db
from tui.cli import main
from tui.clock import frozen


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.db"
    build_story(StoreBuilder(open_db(path))).close()
    return path


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "timelinejs", "ics"])
def test_every_format_goes_to_stdout_by_default(db_file: Path, fmt: str) -> None:
    result = invoke("export", "--db", str(db_file), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert len(result.stdout) > 500
    if fmt in ("json", "timelinejs"):
        assert len(json.loads(result.stdout)["events"]) == 14
    if fmt == "ics":
        assert len(Calendar.from_ical(result.stdout).walk("VEVENT")) == 14


def test_dash_means_stdout(db_file: Path) -> None:
    result = invoke("export", "--db", str(db_file), "-f", "md", "-o", "-")
    assert result.stdout.startswith("# Timeline of ")


def test_output_file_is_not_overwritten_without_force(db_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "timeline.md"
    first = invoke("export", "--db", str(db_file), "-o", str(target))
    assert first.exit_code == 0
    assert "14 events written" in first.stderr
    target.write_text("my notes", encoding="utf-8")
    again = invoke("export", "--db", str(db_file), "-o", str(target))
    assert again.exit_code == 1
    assert again.stderr.strip().splitlines() == [
        f"Error: {target} already exists; use --force to overwrite it"]
    assert target.read_text(encoding="utf-8") == "my notes"
    forced = invoke("export", "--db", str(db_file), "-o", str(target), "--force")
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Timeline of ")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_filters_match_aliases_and_sources(db_file: Path) -> None:
    result = invoke("export", "--db", str(db_file), "-f", "json", "--person", "mayor ruiz",
                    "--source", "lakemoor herald", "--from", "2024", "--to", "2024-04")
    doc = json.loads(result.stdout)
    assert [e["date"]["display"] for e in doc["events"]] == ["7 Mar 2024, evening",
                                                              "18 Apr 2024"]
    assert "Only events with Elena Ruiz, reported by Lakemoor Herald" in doc["covers"]


def test_people_mode_all(db_file: Path) -> None:
    result = invoke("events", "--db", str(db_file), "--person", "Ruiz", "--person", "Hale",
                    "--people-mode", "all")
    assert result.stdout.splitlines() == [
        "18 Apr 2024           *  The council voted 7–2 to approve a $14 million replacement."
        "  — Elena Ruiz, Tom Hale"]


def test_unknown_person_is_a_clear_error_with_close_matches(db_file: Path) -> None:
    result = invoke("export", "--db", str(db_file), "--person", "Elena Ruis")
    assert result.exit_code == 2
    assert "unknown person 'Elena Ruis'; did you mean Elena Ruiz?" in result.stderr
    nothing = invoke("events", "--db", str(db_file), "--person", "Zzyzx Qwerty")
    assert "unknown person 'Zzyzx Qwerty'" in nothing.stderr and "did you mean" not in \
        nothing.stderr


def test_unknown_source_and_bad_date(db_file: Path) -> None:
    result = invoke("events", "--db", str(db_file), "--source", "Lakemor Herald")
    assert "unknown source 'Lakemor Herald'; did you mean Lakemoor Herald?" in result.stderr
    for typed in ("whenever", "13/45/2024", "2024-13"):
        bad = invoke("events", "--db", str(db_file), "--from", typed)
        assert bad.exit_code == 2 and f"cannot read {typed!r} as a date" in bad.stderr


# Wednesday 22 May 2024: "last week" is 13-19 May.
FROZEN = frozen(datetime(2024, 5, 22, 10, 0, tzinfo=UTC))


def events_on(db_file: Path, *bounds: str) -> list[str]:
    result = CliRunner().invoke(main, ["events", "--db", str(db_file), *bounds], obj=FROZEN,
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize(("bounds", "shown"), [
    (("--from", "last week", "--to", "last week"), ["13 May 2024", "17 May 2024 08:30"]),
    (("--from", "May 2024", "--to", "May 2024"),
     ["13 May 2024", "17 May 2024 08:30", "20 May 2024 – 24 May 2024"]),
    (("--from", "yesterday"), ["20 May 2024 – 24 May 2024", "H2 2024", "2026"]),
    (("--from", "2019", "--to", "last year"), ["summer 2019", "Q4 2021", "Nov 2023"]),
    (("--from", "next month"), ["H2 2024", "2026"]),
])
def test_from_and_to_read_the_phrases_the_dashboard_reads(
        db_file: Path, bounds: tuple[str, ...], shown: list[str]) -> None:
    lines = events_on(db_file, *bounds)
    assert len(lines) == len(shown)
    assert all(line.startswith(display) for line, display in zip(lines, shown, strict=True))


def test_phrases_count_from_the_real_date_without_a_frozen_clock(db_file: Path) -> None:
    result = invoke("events", "--db", str(db_file), "--from", "tomorrow")
    assert result.exit_code == 0, result.stderr
    past = invoke("events", "--db", str(db_file), "--to", "10 years ago")
    assert past.exit_code == 0 and "1962" in past.stdout and "2026" not in past.stdout


def test_a_reversed_phrase_range_is_refused(db_file: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(db_file), "--from", "next year",
                                       "--to", "last year"], obj=FROZEN)
    assert result.exit_code == 2 and "the date range is reversed" in result.stderr


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = invoke("export", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "no database yet" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_events_prints_the_filtered_timeline(db_file: Path) -> None:
    result = invoke("events", "--db", str(db_file), "--starred")
    assert result.stdout.count("\n") == 1
    everything = invoke("events", "--db", str(db_file), "--include-hidden")
    assert everything.stdout.count("\n") == 15
    lines = invoke("events", "--db", str(db_file), "--search", "ferry").stdout.splitlines()
    assert lines == ["13 May 2024              A temporary pedestrian ferry began running."
                     "  — Tom Hale"]
    none = invoke("events", "--db", str(db_file), "--search", "volcano")
    assert none.stdout == "" and "No events match" in none.stderr


def test_markdown_options_title_and_mermaid(db_file: Path) -> None:
    result = invoke("export", "--db", str(db_file), "--title", "The *Old Mill* Bridge",
                    "--mermaid")
    assert result.stdout.startswith("# The \\*Old Mill\\* Bridge\n")
    assert "```mermaid\ntimeline\n" in result.stdout
