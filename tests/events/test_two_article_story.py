"""A story told by two articles (issue 13): the same happening, in other words and dated by
different relative phrases against different publish dates, ends as one event with both
sources; the statements only one article makes stay their own (reported) events."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tui.cli import main


def _article(title: str, published: str, source: str, url: str, body: str) -> str:
    return (f'---\ntitle: "{title}"\npublished: {published}\nsource: "{source}"\n'
            f'url: "{url}"\n---\n{body}\n')


FIRST = _article(
    "Ferry operator fined", "2024-05-15T08:00:00+01:00", "Harbour Courier",
    "https://courier.test/ferry-fine",
    "The harbour authority fined Coastline Ferries on Tuesday for sailing an unsafe vessel.\n"
    "Marta Quill, the authority's chair, said the penalty was the largest in its history.")

SECOND = _article(
    "Ferries appeal", "2024-05-17T18:30:00+01:00", "Island Post",
    "https://islandpost.test/appeal",
    "Coastline Ferries said it would appeal.\n"
    "The firm was fined by the harbour authority three days ago for an unsafe vessel, "
    "Quill said.")

def _timeline(tmp_path: Path) -> list[dict]:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "fine.md").write_text(FIRST, encoding="utf-8")
    (folder / "appeal.md").write_text(SECOND, encoding="utf-8")
    db = tmp_path / "story.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(folder), "--db", str(db)]).exit_code == 0
    out = runner.invoke(main, ["export", "--db", str(db), "--format", "json", "-o", "-"])
    assert out.exit_code == 0, out.output
    events: list[dict] = json.loads(out.output)["events"]
    return events


def test_one_happening_told_twice_is_one_event_with_both_sources(tmp_path: Path) -> None:
    events = _timeline(tmp_path)
    fined = [e for e in events if "fined" in e["title"]]
    assert len(fined) == 1
    event = fined[0]
    # 'on Tuesday' in a Wednesday article and 'three days ago' in a Friday one: 14 May
    assert event["date"]["value"] == "2024-05-14"
    assert event["date"]["granularity"] == "day"
    assert sorted(s["source"] for s in event["sources"]) == ["Harbour Courier", "Island Post"]
    assert {s["phrase"] for s in event["sources"]} == {"Tuesday", "three days ago"}
    assert event["conflict"] is None


def test_what_only_one_article_says_stays_apart(tmp_path: Path) -> None:
    events = _timeline(tmp_path)
    reported = [e for e in events if e["date"]["granularity"] == "reported"]
    assert {(e["title"], e["sources"][0]["source"]) for e in reported} == {
        ("Marta Quill said the penalty was the largest in its history", "Harbour Courier"),
        ("Coastline Ferries said it would appeal", "Island Post"),
    }
