"""Bytes to text: BOMs, UTF-8, UTF-16, legacy Western encodings, and refusing binary files.

Order of decisions:

1. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
2. Well-known binary formats (PDF, ZIP/DOCX, images, ...) and files with NUL bytes that are not
   BOM-less UTF-16 are refused as "binary file, not text".
3. Strict UTF-8.
4. UTF-8 with a few stray bad bytes among many good multi-byte characters is decoded with
   replacement characters, and a warning says how many bytes were replaced.
5. Otherwise charset-normalizer guesses. When its guess is another single-byte Latin code page
   and Windows-1252 also decodes the bytes, Windows-1252 wins unless it puts symbols inside words
   (``¿`` and ``³`` in what was Polish, say): Windows-1252 is what legacy Western text usually is.
6. No guess, or a "text" that is mostly control characters, is binary.

Decoded text has CRLF and lone CR turned into LF and is normalised to NFC. Curly quotes and other
typography are kept.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

BINARY_PROBLEM = "binary file, not text"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document"),
)

_LATIN_FAMILY = re.compile(r"^(cp125[0-8]|windows-125[0-8]|latin_?\d*|iso8859_\d+|mac_\w+|cp850)$")
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[\u0080-\u00bf](?=[^\W\d_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a file, with the encoding used and an optional warning."""

    text: str
    encoding: str
    warning: str | None = None


@dataclass(frozen=True)
class Undecodable:
    """Why bytes could not be read as text."""

    problem: str
    advice: str


def decode_bytes(data: bytes) -> Decoded | Undecodable:
    """Decode a whole file; never raises."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError:
                return _binary("it starts like " + encoding.upper() + " but does not decode")

    head = data[:4096]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return _binary(f"it is a {kind}")

    if b"\x00" in head:
        utf16 = _bomless_utf16(data)
        return utf16 if utf16 is not None else _binary("it contains NUL bytes")

    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass

    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _guess(data)


def normalise_text(text: str) -> str:
    """LF line endings and NFC, as every reader's text should be."""
    return unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))


def _finish(text: str, encoding: str, warning: str | None = None) -> Decoded | Undecodable:
    if text and len(_CONTROL.findall(text[:20000])) > 0.3 * min(len(text), 20000):
        return _binary("it is mostly control characters")
    return Decoded(normalise_text(text), encoding, warning)


def _binary(reason: str) -> Undecodable:
    return Undecodable(
        BINARY_PROBLEM,
        f"{reason}; save the article as .txt, .md, .html or .json and add that",
    )


def _bomless_utf16(data: bytes) -> Decoded | Undecodable | None:
    """UTF-16 without a BOM shows up as NULs in every other byte of ASCII-heavy text."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.4 * len(zeros):
            try:
                return _finish(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def _mostly_utf8(data: bytes) -> Decoded | Undecodable | None:
    """UTF-8 with a few stray bytes (pasted from elsewhere) is still UTF-8."""
    text = data.decode("utf-8", errors="replace")
    already = data.count("\ufffd".encode())
    replaced = text.count("\ufffd") - already
    good_multibyte = len(_NON_ASCII.findall(text)) - replaced - already
    if good_multibyte <= replaced:
        return None
    return _finish(
        text,
        "utf-8",
        f"{replaced} byte(s) were not valid UTF-8 and were replaced by \ufffd",
    )


def _guess(data: bytes) -> Decoded | Undecodable:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return _binary("no text encoding fits its bytes")
    encoding = best.encoding
    text = str(best)
    if encoding != "cp1252" and _LATIN_FAMILY.match(encoding):
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and len(_SYMBOL_IN_WORD.findall(western)) <= len(
            _SYMBOL_IN_WORD.findall(text)
        ):
            encoding, text = "cp1252", western
    return _finish(text, encoding)
