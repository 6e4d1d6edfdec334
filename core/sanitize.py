"""Untrusted article text made safe for terminals and exports.

Removes terminal control sequences (CSI, OSC, DCS and other escape sequences), every C0/C1
control character except newline and tab, bidi controls and zero-width characters, so text
from articles can never move the cursor, retitle a window, write to the clipboard, hide itself
on screen, or look like other text ("Jo\u200bhn" is "John"; a reversed URL stays readable).

The two joiners (ZWNJ U+200C, ZWJ U+200D) are part of the spelling of Persian, Arabic and
Indic words and of emoji sequences: between two letters of such a script, or two emoji, they
stay; anywhere else (inside Latin, Greek or Cyrillic words, where they only hide a spoof) they
go. Python's ``unicodedata`` has no script property and the ``regex`` module is not a direct
dependency, so the script test reads the character's Unicode name.
"""

from __future__ import annotations

import re
import unicodedata

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
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_JOINER = re.compile("[\u200c\u200d]")
_SPOOFABLE = ("LATIN", "GREEK", "CYRILLIC")


def _joins(ch: str) -> bool:
    """Whether a joiner next to ``ch`` can be part of a spelling (see module doc)."""
    category = unicodedata.category(ch)
    if category in ("So", "Sk") or ch == "\ufe0f":  # emoji, skin tones, emoji presentation
        return True
    if not (ch.isalpha() or category == "Mn"):  # letters, and marks such as a virama
        return False
    return not unicodedata.name(ch, "").startswith(_SPOOFABLE)


def _joiner(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    keep = bool(before and after) and _joins(before) and _joins(after)
    return match.group() if keep else ""


def strip_controls(text: str) -> str:
    """Return ``text`` without terminal control sequences or control characters.

    Newlines and tabs are kept; a carriage return in a CRLF pair becomes part of the newline.
    A string sequence (OSC, DCS...) that is never terminated ends at the line break, so one
    stray byte cannot swallow the rest of an article.
    """
    text = text.replace("\r\n", "\n")
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    return _JOINER.sub(_joiner, text) if "\u200c" in text or "\u200d" in text else text
