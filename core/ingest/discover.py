"""``discover``: expand the paths a user typed into the files to read.

* a file is taken as given, whatever its extension (the reader sniffs it);
* a folder is walked recursively in name order, following symbolic links but never entering a
  folder twice (so link loops end), skipping hidden entries (names starting with ``.``) and
  files whose extension no reader handles; both are counted;
* a pattern with ``*``, ``?`` or ``[`` that names no existing file is expanded as a glob
  (``**`` included);
* ``-`` means standard input.

The same file reached twice (two arguments, or a link) is listed once. Missing paths, empty
globs, broken links, unreadable folders and paths that cannot be reached (inside a folder the
user may not search) become problems, one each, not exceptions.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.ingest.base import STDIN, IngestProblem
from core.ingest.formats import is_supported
from core.sanitize import strip_controls

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class DiscoveredFiles:
    """Files to read, what was skipped, and paths that could not be used."""

    files: list[Path] = field(default_factory=list)
    skipped_hidden: int = 0
    skipped_unsupported: int = 0
    problems: list[IngestProblem] = field(default_factory=list)


class _Collector:
    def __init__(self) -> None:
        self.files: list[Path] = []
        self.seen: set[str] = set()
        self.hidden = 0
        self.unsupported = 0
        self.problems: list[IngestProblem] = []

    def add_file(self, path: Path) -> None:
        key = STDIN.as_posix() if path == STDIN else os.path.realpath(path)
        if key not in self.seen:
            self.seen.add(key)
            self.files.append(path)

    def problem(self, path: str, problem: str, advice: str) -> None:
        self.problems.append(IngestProblem(strip_controls(path), problem, advice))

    def unreachable(self, path: str, error: OSError) -> None:
        """``path`` could not even be looked at (``stat`` failed: no search permission on a
        folder above it, or an I/O error)."""
        denied = isinstance(error, PermissionError)
        self.problem(path, "permission denied" if denied else
                     f"could not be read ({error.strerror or error})",
                     "make it and the folders above it readable (chmod u+rx on folders, u+r"
                     " on the file) and add it again" if denied else "check the file and retry")

    def walk(self, root: Path) -> None:
        visited: set[tuple[int, int]] = set()
        try:
            stat = root.stat()
            visited.add((stat.st_dev, stat.st_ino))
        except OSError:
            pass

        def on_error(error: OSError) -> None:
            self.problem(
                str(error.filename or root),
                f"folder could not be read ({error.strerror or error})",
                "check its permissions",
            )

        for current, dirs, names in os.walk(root, followlinks=True, onerror=on_error):
            keep: list[str] = []
            for name in sorted(dirs):
                if name.startswith("."):
                    self.hidden += 1
                    continue
                try:
                    stat = os.stat(os.path.join(current, name))
                except OSError as error:
                    self.unreachable(os.path.join(current, name), error)
                    continue
                identity = (stat.st_dev, stat.st_ino)
                if identity in visited:  # a link back into a folder already walked
                    continue
                visited.add(identity)
                keep.append(name)
            dirs[:] = keep
            for name in sorted(names):
                self.consider(Path(current) / name)

    def consider(self, path: Path) -> None:
        """A file met while walking a folder or expanding a glob."""
        if path.name.startswith("."):
            self.hidden += 1
            return
        try:
            exists, is_file = path.exists(), path.is_file()
        except OSError as error:
            self.unreachable(str(path), error)
            return
        if not exists:
            self.problem(str(path), "broken link", "fix or delete the link")
        elif not is_file or not is_supported(path):
            self.unsupported += 1
        else:
            self.add_file(path)


def discover(paths: Sequence[str]) -> DiscoveredFiles:
    """Expand files, folders, globs and ``-`` into the list of inputs (see module doc)."""
    found = _Collector()
    for raw in paths:
        if raw == "-":
            found.add_file(STDIN)
            continue
        path = Path(raw).expanduser()
        if path == STDIN:
            path = path.absolute()  # "./-" is a file really named "-", not stdin
        try:
            _discover_one(found, raw, path)
        except OSError as error:
            found.unreachable(raw, error)
    return DiscoveredFiles(found.files, found.hidden, found.unsupported, found.problems)


def _discover_one(found: _Collector, raw: str, path: Path) -> None:
    if path.is_dir():
        found.walk(path)
    elif path.exists():
        found.add_file(path)
    elif path.is_symlink():
        found.problem(raw, "broken link", "fix or delete the link")
    elif _GLOB_CHARS & set(raw):
        _expand_glob(found, raw)
    else:
        found.problem(raw, "no such file or folder", "check the path")


def _expand_glob(found: _Collector, pattern: str) -> None:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        found.problem(pattern, "no files match this pattern", "check the pattern and the folder")
        return
    for match in matches:
        path = Path(match)
        if path.is_dir():
            found.walk(path)
        else:
            found.consider(path)
