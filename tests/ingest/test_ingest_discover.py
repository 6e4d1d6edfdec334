"""discover(): files, folders, globs and stdin; hidden and unsupported files counted; loops end."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from ingest_helpers import GOOD_MD, OPTIONS, collect, write

from core.ingest import STDIN, discover, read_file


def _tree(root: Path) -> None:
    write(root, "a.md", GOOD_MD)
    write(root, "sub/b.txt", "Published: 2024-05-17\n\nText.")
    write(root, "sub/deeper/c.json", '{"text": "x", "date": "2024-05-17"}')
    write(root, "sub/picture.png", b"\x89PNG....")
    write(root, "notes.docx", b"PK\x03\x04")
    write(root, ".hidden.md", GOOD_MD)
    write(root, ".git/config.md", GOOD_MD)
    write(root, "sub/.DS_Store", b"\x00")


def test_folder_is_walked_recursively_in_name_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = discover([str(tmp_path)])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "a.md", "sub/b.txt", "sub/deeper/c.json"
    ]
    assert found.skipped_hidden == 3  # .hidden.md, .git/, sub/.DS_Store
    assert found.skipped_unsupported == 2  # picture.png, notes.docx
    assert found.problems == []


def test_explicit_files_are_taken_whatever_their_extension(tmp_path: Path) -> None:
    odd = write(tmp_path, ".article.log", "Published: 2024-05-17\n\nThe vote passed.")
    found = discover([str(odd)])
    assert found.files == [odd]
    (article,) = collect(read_file(odd, OPTIONS)).articles
    assert article.text == "The vote passed."


def test_globs_expand_and_an_empty_glob_is_a_problem(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = discover([str(tmp_path / "**" / "*.t*"), str(tmp_path / "*.nothing")])
    assert found.files == [tmp_path / "sub" / "b.txt"]
    assert [p.line() for p in found.problems] == [
        f"{tmp_path / '*.nothing'}: no files match this pattern — check the pattern and the folder"
    ]


def test_missing_path_is_a_problem(tmp_path: Path) -> None:
    found = discover([str(tmp_path / "nope.md")])
    assert found.files == []
    assert [p.line() for p in found.problems] == [
        f"{tmp_path / 'nope.md'}: no such file or folder — check the path"
    ]


def test_same_file_twice_is_listed_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", GOOD_MD)
    (tmp_path / "link.md").symlink_to(path)
    found = discover([str(path), str(tmp_path)])
    assert found.files == [path]


def test_symlink_loops_end(tmp_path: Path) -> None:
    write(tmp_path, "a/one.md", GOOD_MD)
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "a" / "self").symlink_to(tmp_path / "a", target_is_directory=True)
    found = discover([str(tmp_path)])
    assert found.files == [tmp_path / "a" / "one.md"]
    assert found.problems == []


def test_broken_links_are_problems(tmp_path: Path) -> None:
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing.md")
    found = discover([str(tmp_path)])
    assert [p.line() for p in found.problems] == [
        f"{tmp_path / 'gone.md'}: broken link — fix or delete the link"
    ]


def test_dash_is_stdin_and_read_file_sniffs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    found = discover(["-", "-"])
    assert found.files == [STDIN]
    data = b'{"title": "From a pipe", "text": "Piped text.", "published": "2024-05-17"}'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = collect(read_file(STDIN, OPTIONS)).articles
    assert article.origin == "<stdin>" and article.title == "From a pipe"


def test_a_file_really_named_dash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "-", GOOD_MD)
    monkeypatch.chdir(tmp_path)
    found = discover(["./-"])
    assert found.files == [tmp_path / "-"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_a_problem(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    write(locked, "a.md", GOOD_MD)
    locked.chmod(0)
    try:
        found = discover([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert len(found.problems) == 1 and "folder could not be read" in found.problems[0].line()
