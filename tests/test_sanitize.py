"""Terminal control sequences never survive into what Dateline shows or writes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.sanitize import strip_controls


def test_removes_csi_osc_and_other_escapes_but_keeps_text() -> None:
    hostile = ("Mayor\x1b[2J\x1b[31m said\x1b[0m \x1b]0;owned\x07on Friday"
               "\x1b]52;c;ZWNobyBoaQ==\x1b\\ \x1bPq#0;2;0;0;0\x1b\\that\x9b1;1H it\x07 passed.")
    assert strip_controls(hostile) == "Mayor said on Friday that it passed."


def test_keeps_newlines_tabs_and_unicode() -> None:
    text = "Ventura’s plan —\n\tapproved “unanimously”\r\nnext"
    assert strip_controls(text) == "Ventura’s plan —\n\tapproved “unanimously”\nnext"


@given(st.text())
def test_output_has_no_control_characters(text: str) -> None:
    cleaned = strip_controls(text)
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) for ch in cleaned)


def test_an_unterminated_sequence_stops_at_the_line_break() -> None:
    text = "First line \x1b]0;never closed\nSecond line survives.\n\x1bPq broken"
    assert strip_controls(text) == "First line \nSecond line survives.\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
     "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),
    ("\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F468\u200d\U0001F469\u200d\U0001F467"),
    ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"),
    ("Jo\u200dhn Do\u200ce", "John Doe"),
    ("\u0391\u200d\u0392", "\u0391\u0392"),
    ("\u200c\u0645\u06cc", "\u0645\u06cc"),
    ("a \u200d\U0001F468", "a \U0001F468"),
])
def test_joiners_stay_inside_words_and_emoji_that_need_them(text: str, expected: str) -> None:
    """ZWNJ/ZWJ spell Persian, Indic and emoji sequences; elsewhere they only hide a spoof."""
    assert strip_controls(text) == expected
