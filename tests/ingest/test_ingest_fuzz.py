"""Property tests: whatever a reader is given, it yields Articles or problems and never raises."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import OPTIONS

from core.ingest import IngestProblem, read_file
from core.ingest.boilerplate import strip_boilerplate
from core.ingest.decode import decode_bytes
from core.ingest.feed_reader import read_feed
from core.ingest.html_reader import read_html
from core.ingest.json_reader import read_json, read_jsonl
from core.ingest.text_reader import read_text
from core.models import Article

# INGEST_FUZZ_EXAMPLES=2000 for a longer hunt.
SETTINGS = settings(
    max_examples=int(os.environ.get("INGEST_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
EXTENSIONS = [".txt", ".md", ".html", ".json", ".jsonl", ".xml", ".bin", ""]


def _check(items: Iterable[Article | IngestProblem]) -> None:
    for item in items:
        assert isinstance(item, Article | IngestProblem)
        if isinstance(item, IngestProblem):
            assert "\n" not in item.line()
            continue
        assert item.published.tzinfo is not None and item.text.strip()
        for value in (item.title, item.text, item.source, item.url or "", item.author or ""):
            assert not any(ord(c) < 32 and c not in "\n\t" for c in value)
            assert not any(0x7F <= ord(c) <= 0x9F for c in value)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["title", "text", "content", "body", "published", "date", "pubDate",
                         "source", "url", "author", "articles", "items", "_source", "x"]),
        inner, max_size=6),
    max_leaves=12,
)
_PIECES = [*"abc XYZ.,:;—–-|#*_[]()<>/\n\r\t\x1b\x9b\x07\u00e9“”0123456789",
           "Published: ", "May 17, 2024", "---\n", "Read more: ", "By Ann Lee", "WASHINGTON, ",
           "<p>", "</p>", "title: ", "\ufeff", "\x00", "2024-05-17", "Sign up for our newsletter"]
_TEXTY = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@SETTINGS
@given(data=st.binary(max_size=2000), extension=st.sampled_from(EXTENSIONS))
def test_read_file_on_arbitrary_bytes(data: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{extension}"
        path.write_bytes(data)
        _check(read_file(path, OPTIONS))


@SETTINGS
@given(text=_TEXTY, extension=st.sampled_from(EXTENSIONS))
def test_read_file_on_texty_input(text: str, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{extension}"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        _check(read_file(path, OPTIONS))


@SETTINGS
@given(text=_TEXTY, markdown=st.booleans())
def test_text_reader(text: str, markdown: bool) -> None:
    _check(read_text(text, "t", OPTIONS, markdown=markdown))


@SETTINGS
@given(document=_JSON)
def test_json_readers_on_arbitrary_json(document: object) -> None:
    encoded = json.dumps(document)
    _check(read_json(encoded, "j", OPTIONS))
    _check(read_jsonl(encoded + "\n" + encoded, "j", OPTIONS))


@SETTINGS
@given(text=st.text(max_size=300))
def test_json_readers_on_arbitrary_text(text: str) -> None:
    _check(read_json(text, "j", OPTIONS))
    _check(read_jsonl(text, "j", OPTIONS))


@SETTINGS
@given(body=_TEXTY)
def test_html_reader(body: str) -> None:
    _check(read_html(f"<html><body><article><p>{body}</p></article></body></html>", "h", OPTIONS))
    _check(read_html(body, "h", OPTIONS))


@SETTINGS
@given(title=_TEXTY, body=_TEXTY, date=st.text(max_size=40))
def test_feed_reader(title: str, body: str, date: str) -> None:
    from xml.sax.saxutils import escape

    rss = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>{escape(title)}</title>"
           f"<item><title>{escape(title)}</title><description>{escape(body)}</description>"
           f"<pubDate>{escape(date)}</pubDate></item></channel></rss>")
    _check(read_feed(rss.encode("utf-8", "surrogatepass"), "f", OPTIONS))
    _check(read_feed(body.encode("utf-8", "surrogatepass"), "f", OPTIONS))


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_decode_never_raises(data: bytes) -> None:
    decode_bytes(data)


@SETTINGS
@given(text=_TEXTY)
def test_boilerplate_only_cuts_never_writes(text: str) -> None:
    """Whole lines go, and headers or stamps are cut out of lines; no text is ever made up."""
    kept = strip_boilerplate(text)
    original_lines = [line.strip() for line in text.split("\n")]
    for line in kept.split("\n"):
        piece = line.strip()
        if piece and "(" not in line:  # inline credits are the one in-line rewrite
            assert any(piece in original for original in original_lines), piece
