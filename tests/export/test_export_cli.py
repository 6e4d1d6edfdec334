"""``dateline export`` and ``dateline events`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_store import StoreBuilder, build_story
from icalendar import Calendar

from core.store import open_db
from tui.cli import main


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
    bad = invoke("events", "--db", str(db_file), "--from", "yesterday")
    assert bad.exit_code == 2 and "cannot read 'yesterday' as a date" in bad.stderr


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
