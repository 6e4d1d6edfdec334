"""A path that cannot be reached (issue 10): a file inside a folder the user may not search is
one problem line, and every other input is still read.

Tests run as root here, and root ignores permissions, so the folder is simulated by making
``os.stat``/``os.lstat``/``os.scandir`` fail with ``EACCES`` there (``tests/denied.py``); the
same case with a real ``chmod 000`` runs when the tests are not run as root.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from denied import LOCKED, patches

from core.ingest import ReadOptions, discover
from core.pipeline import IngestSummary, read_inputs

GOOD = ("---\ntitle: Talks\npublished: 2024-05-17T09:30:00-04:00\n---\n"
        "Talks ended on Wednesday.\n")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / LOCKED
    locked.mkdir()
    (locked / "secret.md").write_text(GOOD.replace("Talks", "Secret"), encoding="utf-8")
    return tmp_path


def _deny(monkeypatch: pytest.MonkeyPatch) -> None:
    for target, name, value in patches():
        monkeypatch.setattr(target, name, value)


def test_a_file_given_inside_a_folder_without_search_permission_is_one_problem(
        inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch)
    secret = str(inputs / LOCKED / "secret.md")
    found = discover([str(inputs / "good.md"), secret])
    assert found.files == [inputs / "good.md"]
    assert [(p.origin, p.problem) for p in found.problems] == [(secret, "permission denied")]
    assert "chmod" in found.problems[0].advice


def test_a_folder_holding_a_folder_without_search_permission_reads_the_rest(
        inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch)
    found = discover([str(inputs)])
    assert found.files == [inputs / "good.md"]
    assert [(p.origin, p.problem) for p in found.problems] == [
        (str(inputs / LOCKED), "folder could not be read (Permission denied)")]


def test_a_glob_reaching_into_the_folder_is_one_problem_per_file(
        inputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_listing = [str(inputs / LOCKED / "secret.md"), str(inputs / "good.md")]
    _deny(monkeypatch)
    monkeypatch.setattr("glob.glob", lambda pattern, recursive=False: list(real_listing))
    found = discover([str(inputs / "**" / "*.md")])
    assert found.files == [inputs / "good.md"]
    assert [p.problem for p in found.problems] == ["permission denied"]


def test_the_pipeline_reads_the_other_files(inputs: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _deny(monkeypatch)
    summary = IngestSummary()
    articles = read_inputs([str(inputs / LOCKED / "secret.md"), str(inputs / "good.md")],
                           ReadOptions(), summary)
    assert [a.title for _, a in articles] == ["Talks"]
    assert [p.line().count("\n") for p in summary.problems] == [0]
    assert len(summary.problems) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions; simulated above")
def test_a_real_folder_without_permissions(inputs: Path) -> None:
    locked = inputs / LOCKED
    locked.chmod(0)
    try:
        found = discover([str(inputs / "good.md"), str(locked / "secret.md"), str(locked)])
    finally:
        locked.chmod(0o755)
    assert found.files == [inputs / "good.md"]
    assert len(found.problems) == 2
