"""Helpers for the ingest tests: read files the way the pipeline does, split results by kind."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from pathlib import Path

from core.ingest import IngestProblem, ReadOptions, discover, read_file
from core.models import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CDT = timezone(timedelta(hours=-5))
OPTIONS = ReadOptions(default_tz=CDT)


@dataclass
class Results:
    """Articles, errors and warnings from one or more reads."""

    articles: list[Article] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)
    warnings: list[IngestProblem] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """Every problem's one-line message."""
        return [problem.line() for problem in self.problems]

    def titled(self, title: str) -> Article:
        """The one article with this title."""
        (match,) = [article for article in self.articles if article.title == title]
        return match


def collect(items: Iterable[Article | IngestProblem]) -> Results:
    """Sort a stream from ``read_file`` into articles, problems and warnings."""
    results = Results()
    for item in items:
        if isinstance(item, Article):
            results.articles.append(item)
        elif item.is_warning:
            results.warnings.append(item)
        else:
            results.problems.append(item)
    return results


def read(path: Path | str, options: ReadOptions = OPTIONS) -> Results:
    """Read one file."""
    return collect(read_file(Path(path), options))


def read_all(paths: Iterable[Path | str], options: ReadOptions = OPTIONS) -> Results:
    """Discover and read like the pipeline does, problems from discovery included."""
    found = discover([str(path) for path in paths])
    results = Results(problems=list(found.problems))
    for path in found.files:
        one = collect(read_file(path, options))
        results.articles += one.articles
        results.problems += one.problems
        results.warnings += one.warnings
    return results


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a test file (text as UTF-8) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


GOOD_MD = """---
title: A good article
published: 2024-05-17
source: Test Wire
---

The council met on Friday and approved the budget.
"""
