"""``read_file``: bytes from disk or stdin, decoded, handed to the right reader; never raises.

Problems are yielded in the stream next to the Articles, so one bad file, line or entry never
stops the others. Files larger than ``MAX_BYTES`` are refused rather than read into memory, and
a text or Markdown file (one article) longer than ``MAX_ARTICLE_CHARS`` before it is parsed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from core.ingest.base import STDIN, IngestProblem, ReadOptions, warning
from core.ingest.decode import Decoded, decode_bytes
from core.ingest.feed_reader import read_feed
from core.ingest.formats import FEED, HTML, JSON, JSONL, MARKDOWN, format_of
from core.ingest.html_reader import read_html
from core.ingest.json_reader import read_json, read_jsonl
from core.ingest.text_reader import read_text
from core.models import Article
from core.sanitize import strip_controls

MAX_BYTES = 200 * 1024 * 1024  # a file (a feed or JSON Lines file may hold many articles)
MAX_ARTICLE_CHARS = 10_000_000  # one article's text (about 10 MB; see the README)
STDIN_NAME = "<stdin>"


def too_long(name: str, chars: int) -> IngestProblem:
    """The problem for an article longer than ``MAX_ARTICLE_CHARS``."""
    return IngestProblem(
        name,
        f"article too long ({chars / 1_000_000:.1f} million characters; the limit is "
        f"{MAX_ARTICLE_CHARS // 1_000_000} million)",
        "split it into smaller articles",
    )


def display_name(path: Path) -> str:
    """How problems and Article origins name ``path`` (controls stripped: names are untrusted)."""
    return STDIN_NAME if path == STDIN else " ".join(strip_controls(str(path)).split("\n"))


def read_file(path: Path | str, options: ReadOptions) -> Iterator[Article | IngestProblem]:
    """Yield every Article in ``path`` (``"-"`` for stdin) and a problem for anything wrong."""
    path = Path(path)
    name = display_name(path)
    data = _read_bytes(path, name)
    if isinstance(data, IngestProblem):
        yield data
        return
    try:
        yield from _read_data(data, path, name, options)
    except Exception as error:  # the promise is "never raises"; a bug shows as a problem
        yield IngestProblem(
            name,
            f"could not be read ({type(error).__name__}: {' '.join(str(error).split())[:120]})",
            "this is a bug in Dateline; please report it with the file if you can",
        )


def _read_data(
    data: bytes, path: Path, name: str, options: ReadOptions
) -> Iterator[Article | IngestProblem]:
    if not data.strip():
        yield IngestProblem(name, "empty file", "nothing to read; save the article's text in it")
        return
    decoded = decode_bytes(data)
    if not isinstance(decoded, Decoded):
        yield IngestProblem(name, decoded.problem, decoded.advice)
        return
    if not decoded.text.strip():
        yield IngestProblem(name, "empty file", "nothing to read; save the article's text in it")
        return
    if decoded.warning:
        yield warning(name, decoded.warning, "check the file's encoding; save it as UTF-8")
    text = decoded.text
    kind = format_of(None if path == STDIN else path, text)
    if kind == FEED:
        yield from read_feed(data, name, options)
    elif kind == HTML:
        yield from read_html(text, name, options)
    elif kind == JSON:
        yield from read_json(text, name, options)
    elif kind == JSONL:
        yield from read_jsonl(text, name, options)
    elif len(text) > MAX_ARTICLE_CHARS:  # one article: refused before any work on it
        yield too_long(name, len(text))
    else:
        yield from read_text(text, name, options, markdown=kind == MARKDOWN)


def _read_bytes(path: Path, name: str) -> bytes | IngestProblem:
    if path == STDIN:
        try:
            return sys.stdin.buffer.read(MAX_BYTES + 1)
        except (OSError, AttributeError, ValueError) as error:
            return IngestProblem(name, f"could not read standard input ({error})", "")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return IngestProblem(
                name,
                f"file too large ({size // (1024 * 1024)} MB; the limit is "
                f"{MAX_BYTES // (1024 * 1024)} MB)",
                "split it into smaller files",
            )
        return path.read_bytes()
    except FileNotFoundError:
        return IngestProblem(
            name, "file not found (moved or deleted?)", "check the path and add it again"
        )
    except IsADirectoryError:
        return IngestProblem(name, "is a folder, not a file", "pass the folder to 'add' instead")
    except PermissionError:
        return IngestProblem(
            name, "permission denied", "make the file readable (chmod u+r) and add it again"
        )
    except OSError as error:
        return IngestProblem(
            name, f"could not be read ({error.strerror or error})", "check the file and retry"
        )
