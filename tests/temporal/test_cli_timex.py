"""The `timex` command: JSON Lines in, TempEval-style TIMEX3 annotations out."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from click.testing import CliRunner

from core.temporal.timex import anchor_of


def _load() -> ModuleType:
    """Import tui/cli/timex.py by path, so a half-built tui.cli package cannot break it."""
    path = Path(__file__).resolve().parents[2] / "tui" / "cli" / "timex.py"
    spec = importlib.util.spec_from_file_location("dateline_timex_cli", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cli = _load()

DOCS = [
    {"id": "a", "text": "Officials said Friday that sales fell last year.", "dct": "1998-08-08",
     "dct_value": "1998-08-08"},
    {"id": "b", "text": "The vote will be held next week, the mayor said today.",
     "dct": "2024-05-17", "dct_value": "2024-05-17T09:30"},
    {"id": "c", "text": "Nothing dated here.", "dct": "2024-05-17", "dct_value": ""},
]


def _run(args: list[str], docs: list[dict[str, str]]) -> tuple[dict[str, dict], str]:
    runner = CliRunner()
    stdin = "".join(json.dumps(d) + "\n" for d in docs)
    result = runner.invoke(cli.timex, args, input=stdin)
    assert result.exit_code == 0, result.output
    out = {}
    for line in result.stdout.splitlines():
        obj = json.loads(line)
        out[obj["id"]] = obj
    return out, result.stderr


def test_one_line_per_document_with_offsets_and_values() -> None:
    out, err = _run([], DOCS)
    assert set(out) == {"a", "b", "c"}
    a = out["a"]["timexes"]
    text = DOCS[0]["text"]
    assert [(text[t["start"]:t["end"]], t["type"], t["value"]) for t in a] == [
        ("Friday", "DATE", "1998-08-07"), ("last year", "DATE", "1997")]
    assert out["c"]["timexes"] == []
    assert "TE3_TIMING" in err
    timing = json.loads(err.split("TE3_TIMING", 1)[1].strip().splitlines()[0])
    assert set(timing) == {"init_s", "proc_s"}


def test_dct_value_time_is_the_anchor() -> None:
    assert anchor_of("2024-05-17", "2024-05-17T09:30") == datetime(2024, 5, 17, 9, 30,
                                                                  tzinfo=UTC)
    assert anchor_of("2024-05-17", "") == datetime(2024, 5, 17, 12, tzinfo=UTC)
    assert anchor_of("1998-01-20", "19980120") == datetime(1998, 1, 20, 12, tzinfo=UTC)


def test_no_intervals_in_tempeval_output() -> None:
    out, _ = _run([], [{"id": "x", "text": "Prices rose since November.", "dct": "2024-05-17",
                        "dct_value": "2024-05-17"}])
    assert [t["value"] for t in out["x"]["timexes"]] == ["2023-11"]


def test_workers_give_the_same_answer() -> None:
    single, _ = _run([], DOCS * 3)
    multi, _ = _run(["--workers", "2"], DOCS * 3)
    assert single == multi


def test_blank_lines_are_skipped_and_bad_lines_reported() -> None:
    runner = CliRunner()
    stdin = "\n" + "not json\n" + json.dumps(DOCS[2]) + "\n"
    result = runner.invoke(cli.timex, [], input=stdin)
    assert result.exit_code == 1  # issue 10: a bad line is reported, and fails the run
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["c"]
    assert result.stderr.splitlines()[0] == "line 2: not JSON (Expecting value)"
