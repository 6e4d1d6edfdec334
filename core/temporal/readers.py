"""Reading pieces of a matched phrase: years ("'98", "nineteen ninety"), day numbers
("3rd", "twenty-first") and TIMEX3 mods ("early" -> START, "the end of" -> END).
"""

from __future__ import annotations

import re

from core.temporal import patterns as p
from core.temporal.lexicon import ORDINALS, parse_number

WD_PREFIX = r"(?:(?P<wd>" + p.WEEKDAY + "|" + p.WEEKDAY_ABBR + r"),?\s+)?"
MOD_PREFIX = (r"(?:(?P<mod>early|late|mid|the\s+(?:beginning|start|end|middle|close|rest)"
              r"\s+of|the\s+(?:first|second|last)\s+half\s+of)[\s-]+(?:the\s+)?)?")
YEAR_G = r"(?P<year>" + p.YEAR + "|" + p.SHORT_YEAR + ")"


def mod_of(word: str | None) -> str | None:
    """TIMEX3 mod for "early", "the end of" ...; None for none."""
    if not word:
        return None
    w = " ".join(word.lower().split())
    if w.startswith("early") or "beginning" in w or "start" in w or "first half" in w:
        return "START"
    if w.startswith("mid") or "middle" in w:
        return "MID"
    if w.startswith("late") or "end" in w or "close" in w or "last half" in w:
        return "END"
    if "second half" in w:
        return "END"
    return None


def year_of(text: str) -> int:
    """Year number of "1998", "'98" (20th century when 50 or later), "nineteen ninety"."""
    t = text.strip().lower()
    if len(t) == 2 and t.isdigit():
        t = "'" + t
    if t.startswith("'"):
        n = int(t[1:])
        return 1900 + n if n >= 50 else 2000 + n
    if t.isdigit():
        return int(t)
    t = t.replace("the year ", "")
    if t.startswith("two thousand"):
        rest = t.removeprefix("two thousand").replace(" and ", " ").strip()
        return 2000 + int(parse_number(rest) or 0) if rest else 2000
    rest = t.removeprefix("nineteen").strip(" -")
    if rest == "hundred":
        return 1900
    return 1900 + int(parse_number(rest) or 0)


def day_of(text: str) -> int | None:
    """Day number of "3", "3rd", "third", "twenty-first"."""
    t = text.lower().strip()
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group(0))
    if t in ORDINALS and t not in ("final", "last"):
        return ORDINALS[t]
    if "-" in t:
        tens, _, unit = t.partition("-")
        return {"twenty": 20, "thirty": 30}.get(tens, 0) + ORDINALS.get(unit, 0)
    return None
