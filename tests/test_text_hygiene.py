"""Invisible characters (issue 10): bidi controls and zero-width characters are removed with
the other controls, from article text, names and URLs, before the screen or an export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.sanitize import strip_controls
from tui.cli import main

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b", "\u202c",
             "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_invisible_characters_are_removed(char: str) -> None:
    assert strip_controls(f"Jo{char}hn Doe") == "John Doe"


def test_visible_text_is_kept() -> None:
    text = "Zoë Ruiz — 17 May 2024, «café» 東京\tend\n"
    assert strip_controls(text) == text


@pytest.mark.slow
def test_a_zero_width_space_does_not_split_a_name_or_spoof_a_url(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "---\ntitle: Talks\npublished: 2024-05-17T09:00:00+00:00\n"
        "url: https://harbor.test/\u202egpj.exe\n---\n"
        "Jo\u200bhn Doe, the union's president, said on Monday that talks had failed.\n",
        encoding="utf-8")
    db = tmp_path / "t.db"
    assert CliRunner().invoke(main, ["ingest", str(story), "--db", str(db)]).exit_code == 0
    people = CliRunner().invoke(main, ["people", "list", "--db", str(db)])
    assert "John Doe" in people.output
    out = CliRunner().invoke(main, ["export", "--format", "json", "--db", str(db)])
    doc = json.loads(out.stdout)
    assert doc["events"], out.output
    dumped = json.dumps(doc, ensure_ascii=False)
    assert not any(c in dumped for c in INVISIBLE)
    assert doc["events"][0]["sources"][0]["url"] == "https://harbor.test/gpj.exe"
