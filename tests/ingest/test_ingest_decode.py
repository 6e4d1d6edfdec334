"""Bytes to text: BOMs, legacy code pages, CRLF, NFC, and refusing binary files."""

from __future__ import annotations

import codecs

import pytest

from core.ingest.decode import BINARY_PROBLEM, Decoded, Undecodable, decode_bytes

TEXT = "“Café” — naïve résumé, 5 €.\nSecond line."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert isinstance(decoded, Decoded)
    assert decoded.text == TEXT and decoded.encoding == encoding


def test_latin1_text_decodes() -> None:
    text = "Le conseil a voté vendredi à l'unanimité; l'élu était ému."
    decoded = decode_bytes(text.encode("latin-1"))
    assert isinstance(decoded, Decoded) and decoded.text == text


def test_crlf_and_lone_cr_become_lf_and_text_is_nfc() -> None:
    decoded = decode_bytes("Cafe\u0301\r\nline\rend".encode())
    assert isinstance(decoded, Decoded) and decoded.text == "Café\nline\nend"


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02\x03" * 100, b"%PDF-1.4 ...", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04rest",
     bytes(range(1, 32)) * 40],
)
def test_binary_is_refused(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert isinstance(decoded, Undecodable) and decoded.problem == BINARY_PROBLEM
