"""Untrusted article text made safe for terminals and exports.

Removes terminal control sequences (CSI, OSC, DCS and other escape sequences) and every C0/C1
control character except newline and tab, so text from articles can never move the cursor,
retitle a window, write to the clipboard or hide itself on screen.
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
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Return ``text`` without terminal control sequences or control characters.

    Newlines and tabs are kept; a carriage return in a CRLF pair becomes part of the newline.
    A string sequence (OSC, DCS...) that is never terminated ends at the line break, so one
    stray byte cannot swallow the rest of an article.
    """
    text = text.replace("\r\n", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)
