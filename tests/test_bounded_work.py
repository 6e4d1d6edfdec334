"""Bounded work (issue 10): a long article is analysed a piece at a time (linear cost), shows
progress inside itself, and an article over the size limit is refused with one line; a worker
that fails ends the ingest with one line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import core.ingest.reader
import core.pipeline
from core.ingest import ReadOptions, read_file
from core.pipeline import WorkerError, ingest
from core.store import open_db
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = """---
title: "{title}"
published: 2024-05-17T09:30:00-04:00
source: "Harbor Wire"
---
{body}
"""
FILLER = "The harbour was quiet and the cranes stood still over the water. " * 3
DATED = ["Dock workers at berth {n} walked off the job on Wednesday.",
         "Marisol Ventura said members at berth {n} will vote on Tuesday.",
         "Mayor Dana Whitcombe met the union of berth {n} on Friday morning."]


def long_body(repeat: int = 4) -> str:
    paragraphs = []
    for n in range(repeat):
        for sentence in DATED:
            paragraphs.extend([FILLER, sentence.format(n=n + 1)])
    return "\n\n".join(paragraphs)


def write(folder: Path, name: str, body: str, title: str = "Long") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(ARTICLE.format(title=title, body=body), encoding="utf-8")
    return path


def test_a_long_article_is_resolved_and_analysed_a_piece_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.pipeline, "CHUNK_CHARS", 400)
    seen: list[int] = []
    real = core.pipeline.resolve_times

    def spy(doc: object, anchor: object) -> object:
        seen.append(len(doc.text))  # type: ignore[attr-defined]
        return real(doc, anchor)  # type: ignore[arg-type]

    monkeypatch.setattr(core.pipeline, "resolve_times", spy)
    path = write(tmp_path / "news", "long.md", long_body())
    db = open_db(None)
    summary = ingest(db, [str(path)])
    assert summary.added == 1
    text = db.execute("SELECT text FROM articles").fetchone()[0]
    assert len(seen) > 5 and max(seen) <= 500 and sum(seen) == len(text)


def test_offsets_of_times_mentions_and_reports_in_a_long_article_are_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.pipeline, "CHUNK_CHARS", 400)
    path = write(tmp_path / "news", "long.md", long_body())
    db = open_db(None)
    ingest(db, [str(path)])
    text = db.execute("SELECT text FROM articles").fetchone()[0]
    for phrase, start, end in db.execute('SELECT text, start, "end" FROM times'):
        assert text[start:end] == phrase
    mentions = db.execute('SELECT text, start, "end" FROM mentions').fetchall()
    assert {m[0] for m in mentions} >= {"Marisol Ventura", "Dana Whitcombe"}
    for phrase, start, end in mentions:
        assert text[start:end] == phrase
    reports = db.execute(
        "SELECT r.sentence, r.sentence_start, r.clause_start, r.clause_end, t.start, t.\"end\""
        " FROM reports r JOIN times t ON t.id = r.time_id"
        " WHERE t.granularity != 'reported'").fetchall()  # those have no phrase
    assert len(reports) >= 3 * 4
    for sentence, s_start, c_start, c_end, t_start, t_end in reports:
        assert text[s_start:s_start + len(sentence)] == sentence
        assert s_start <= c_start < c_end <= s_start + len(sentence) + 1
        assert s_start <= t_start < t_end <= s_start + len(sentence)
    values = sorted({r[0] for r in db.execute(
        "SELECT value FROM times WHERE granularity != 'reported'")})
    assert values == ["2024-05-15", "2024-05-17TMO", "2024-05-21"]


def test_progress_moves_within_one_long_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.pipeline, "CHUNK_CHARS", 400)
    path = write(tmp_path / "news", "long.md", long_body())
    calls: list[tuple[int, int]] = []
    ingest(open_db(None), [str(path)], progress=lambda d, t, o: calls.append((d, t)))
    done = [d for d, _ in calls]
    total = calls[-1][1]
    assert len(calls) > 5
    assert done == sorted(done) and done[-1] == total and 0 < done[0] < total


def test_the_cli_shows_its_progress_bar_on_stderr_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.pipeline, "CHUNK_CHARS", 400)
    write(tmp_path / "news", "long.md", long_body())
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "news"),
                                       "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == ["Analysing"]  # no terminal: the label only
    assert result.stdout.strip().endswith("1 added, 0 unchanged, 0 failed")


def test_an_article_over_the_size_limit_is_refused_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.ingest.reader, "MAX_ARTICLE_CHARS", 2_000)
    monkeypatch.setattr(core.pipeline, "MAX_ARTICLE_CHARS", 2_000)
    news = tmp_path / "news"
    big = write(news, "big.md", "Talks resumed on Monday. " * 100, title="Big")
    write(news, "small.md", "Talks resumed on Monday.", title="Small")
    record = '{"title": "Wire", "published": "2024-05-17", "text": "%s"}' % (
        "Talks resumed on Monday. " * 100)
    (news / "wire.jsonl").write_text(record + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(news), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert f"{big}: article too long (0.0 million characters; the limit is 0 million) — " \
        "split it into smaller articles" in lines
    assert any(line.startswith(f"{news / 'wire.jsonl'}#1: article too long") for line in lines)
    assert result.stdout.strip() == ("3 file(s), 1 article(s): 1 added, 0 unchanged, "
                                     "2 failed")


def test_the_documented_limit_is_ten_million_characters_and_in_the_readme() -> None:
    assert core.ingest.reader.MAX_ARTICLE_CHARS == 10_000_000
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "10 million characters" in readme


def test_a_text_file_over_the_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    paragraph = "The council met on Friday and voted to approve the budget. " * 20
    body = "\n\n".join([paragraph] * (10_500_000 // len(paragraph)))
    path = tmp_path / "huge.md"
    path.write_text(f"---\ntitle: Huge\npublished: 2024-05-17\n---\n\n{body}\n", "utf-8")
    start = time.perf_counter()
    (problem,) = list(read_file(path, ReadOptions()))
    assert time.perf_counter() - start < 5
    assert problem.line() == (f"{path}: article too long (10.5 million characters; the limit "
                              "is 10 million) — split it into smaller articles")


def _subprocess_ingest(args: list[str], env: dict[str, str] | None = None,
                       prelude: str = "") -> subprocess.CompletedProcess[str]:
    code = f"{prelude}\nfrom tui.cli import main\nmain()"
    return subprocess.run([sys.executable, "-c", code, "ingest", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_workers_with_a_model_that_cannot_load_end_at_once_with_one_line(
    tmp_path: Path
) -> None:
    proc = _subprocess_ingest([str(ROOT / "sample_data"), "--db", str(tmp_path / "t.db"),
                               "--workers", "2"],
                              env={"DATELINE_SPACY_MODEL": "no_such_model_xyz"})
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, proc.stderr
    assert errors[0].startswith("Error: no spaCy model could be loaded (no_such_model_xyz")


def test_a_worker_that_cannot_load_its_model_fails_the_task_not_the_pool(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot(name: str | None = None) -> None:
        raise OSError("model files missing")

    monkeypatch.setattr(core.pipeline, "load_nlp", cannot)
    monkeypatch.setattr(core.pipeline, "_worker_nlp", None)
    core.pipeline._init_worker(None)  # must not raise: a raising initializer loops forever
    with pytest.raises(WorkerError, match=r"could not load the spaCy model \(OSError: model"):
        core.pipeline._analyse_chunk([])


def test_a_worker_failure_ends_the_ingest_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("analysis exploded")

    monkeypatch.setattr(core.pipeline, "analyse", broken)
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "sample_data"), "--db",
                                       str(tmp_path / "t.db"), "--workers", "2"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "a worker failed while analysing" in errors[0]
    assert "RuntimeError: analysis exploded" in errors[0]


def test_a_worker_that_dies_ends_the_ingest_with_one_line(tmp_path: Path) -> None:
    proc = _subprocess_ingest(
        [str(ROOT / "sample_data"), "--db", str(tmp_path / "t.db"), "--workers", "2"],
        prelude="import os, core.pipeline\n"
                "core.pipeline.analyse = lambda *a, **k: os._exit(3)")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error")]
    assert errors == ["Error: a worker process stopped unexpectedly (out of memory, or "
                      "killed?)"]


def test_an_article_whose_analysis_fails_is_one_problem_and_the_rest_are_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = core.pipeline.extract_reports

    def picky(doc, key, times, mentions, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Poison" in doc.text:
            raise OverflowError("date value out of range")
        return real(doc, key, times, mentions, *args, **kwargs)

    monkeypatch.setattr(core.pipeline, "extract_reports", picky)
    news = tmp_path / "news"
    bad = write(news, "bad.md", "Poison pill arrived on Monday.", title="Bad")
    write(news, "good.md", "Talks resumed on Monday.", title="Good")
    result = CliRunner().invoke(main, ["ingest", str(news), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"{bad}: could not be analysed (OverflowError: date value out of range) — report this "
        "as a bug with the file attached")
    assert result.stdout.strip() == "2 file(s), 2 article(s): 1 added, 0 unchanged, 1 failed"
