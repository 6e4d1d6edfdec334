"""Which reader a file needs: by its extension, else by sniffing its first characters."""

from __future__ import annotations

from pathlib import Path

MARKDOWN = "markdown"
TEXT = "text"
HTML = "html"
JSON = "json"
JSONL = "jsonl"
FEED = "feed"

EXTENSIONS: dict[str, str] = {
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".mdown": MARKDOWN,
    ".mkd": MARKDOWN,
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".shtml": HTML,
    ".json": JSON,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".jsonlines": JSONL,
    ".xml": FEED,
    ".rss": FEED,
    ".atom": FEED,
    ".rdf": FEED,
}


def is_supported(path: Path) -> bool:
    """True when a folder walk should pick this file up."""
    return path.suffix.lower() in EXTENSIONS


def format_of(path: Path | None, text: str) -> str:
    """The reader for ``path`` (None for stdin) holding ``text``.

    The extension decides, except that a ``.txt`` file or an unknown extension holding markup
    or JSON is read as what it holds.
    """
    by_extension = EXTENSIONS.get(path.suffix.lower()) if path is not None else None
    if by_extension is not None and by_extension != TEXT:
        return by_extension
    return sniff(text)


def sniff(text: str) -> str:
    """Guess the format from the start of ``text``."""
    head = text.lstrip("\ufeff \t\n")[:4000]
    lower = head.lower()
    if lower.startswith(("{", "[")) and text.rstrip().endswith(("}", "]")):
        first_line = lower.split("\n", 1)[0].rstrip()
        if lower.startswith("{") and first_line.endswith("}") and "\n{" in lower:
            return JSONL
        return JSON
    if lower.startswith("<"):
        if "<rss" in lower or "<feed" in lower or "<rdf:rdf" in lower:
            return FEED
        if "<html" in lower or "<body" in lower or "<!doctype html" in lower or "<p" in lower:
            return HTML
    if lower.startswith(("---\n", "+++\n", "# ")):
        return MARKDOWN
    return TEXT
