"""Untrusted article text made safe for terminals and exports.

Removes terminal control sequences (CSI, OSC, DCS and other escape sequences), every C0/C1
control character except newline and tab, bidi controls and zero-width characters, so text
from articles can never move the cursor, retitle a window, write to the clipboard, hide itself
on screen, or look like other text ("Jo\u200bhn" is "John"; a reversed URL stays readable).
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]             # CSI ... final byte
    | (?:\x1b[\]PX^_]|[\x90\x9d\x98\x9e\x9f])    # OSC, DCS, SOS, PM, APC ...
      [^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|$)       # ... up to BEL or ST (else the line's end)
    | \x1b[ -/]*[0-~]                            # other two- or three-byte escapes
    """,
    re.VERBOSE,
)
# C0/C1 controls, plus the invisible characters that reorder or hide text: bidi embeddings,
# overrides and isolates (U+202A-202E, U+2066-2069) and zero-width characters (U+200B-200D,
# U+2060 word joiner, U+FEFF).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def strip_controls(text: str) -> str:
    """Return ``text`` without terminal control sequences or control characters.

    Newlines and tabs are kept; a carriage return in a CRLF pair becomes part of the newline.
    A string sequence (OSC, DCS...) that is never terminated ends at the line break, so one
    stray byte cannot swallow the rest of an article.
    """
    text = text.replace("\r\n", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)
