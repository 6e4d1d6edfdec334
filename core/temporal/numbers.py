"""Whether a bare four-digit number is a year, a 24-hour clock time or a label.

News prints many four-digit numbers that are not years: clock times ("shortly after 1415",
"at 2300 GMT"), live-blog time stamps opening a line ("2034 The minister says ..."),
resolution, bill and flight numbers ("Resolution 1441", "bill 2207") and counts ("1 in
1000"). A bare number is read as a year when it is plausible against the publish year, or
when a word such as "in", "since" or "by" makes it one; clock and label evidence overrule
both. Document-wide facts (which numbers are labels, whether line-opening numbers are time
stamps) are computed once per text in one linear pass.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

PAST_YEARS = 150  # a bare number this many years before the publish year is still a year
FUTURE_YEARS = 5  # ... and this many after
FAR_FUTURE_YEARS = 50  # a number this far ahead is no year unless a word makes it one

# Words that make the number right after them an explicit year ("in 1415", "since 1789").
_STRONG_LEFT = re.compile(
    r"(?:\b(?:in|since|of|by|from|until|till|before|after|during|through|circa|c\.|year|years"
    r"|fiscal|early|late|mid|spring|summer|autumn|fall|winter|around|about)|[(\[]c\.)\s+$",
    re.IGNORECASE)
# Words that allow a year but do not make one ("the 2015 debut", "between 2012 and 2015").
_WEAK_LEFT = re.compile(r"\b(?:the|a|an|and|or|between|to|for|its|their|his|her)\s+$",
                        re.IGNORECASE)
_ERA_AFTER = re.compile(r"\s*(?:AD|A\.D\.|CE|C\.E\.)(?![\w.])")
_BC_AFTER = re.compile(r"(?:\s*(?:to|-|–)\s*\d{2,4})?\s*(?:BC|B\.C\.|BCE|B\.C\.E\.)(?![\w])")
_ZONE = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|IST|[ECMP][SD]T|ET|PT|Zulu|hrs|hours|h"
         r"|local(?:\s+time)?|[A-Z][a-z]+\s+time)")
_ZONE_AFTER = re.compile(r"\s*(?:\(\s*\d{4}\s*)?\(?\s*" + _ZONE + r"(?![\w])")
# A number in brackets right after a clock time converts it: "1:39 p.m. (2039 in Egypt)".
_CLOCK_THEN_BRACKET = re.compile(
    r"(?:\d:\d\d|[ap]\.?m\.?|GMT|UTC|time|\b\d{4})\s*\(\s*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:to|and|until|till|-|–)\s*(\d{4})(?!\d|,\d)", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?<![\d,.])(\d{4})\s*(?:to|and|until|till|-|–)\s*$",
                           re.IGNORECASE)
_DAY_AFTER = re.compile(r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                        r"|Saturday|Sunday)|yesterday|today|tonight|tomorrow)\b")
_CLOCK_PREP = re.compile(r"\b(?:at|shortly\s+(?:after|before)|just\s+(?:after|before))\s+$",
                         re.IGNORECASE)
_RATIO = re.compile(r"(?<![\d,.])(?:\b1|\bone)\s+in\s+$", re.IGNORECASE)  # "1 in 1000"
_COUNT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|-to-1\b|to\s+1\b)", re.IGNORECASE)
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Ave|Street|St|Road|Rd"
                            r"|Boulevard|Blvd|Lane|Drive|Place|Square|Way)\b")
# Nouns that number things: "Resolution 1441", "bill 2207", "flight 1549", "No. 10".
_LABEL = re.compile(
    r"\b(?:resolutions?|bills?|flights?|routes?|highways?|interstates?|no\.|nos\.|numbers?"
    r"|rooms?|gates?|platforms?|articles?|sections?|chapters?|pages?|items?|rules?"
    r"|paragraphs?|codes?|models?|versions?|buses|bus|trains?|cases?|dockets?|motions?"
    r"|amendments?|forms?|exits?|piers?|units?|wards?|blocks?|lots?|apartments?|suites?"
    r"|boxes|box|tracks?|locals?|channels?|lines?|nights?|bulletins?|reports?|calls?)"
    r"\s+(?:No\.\s*)?(\d{1,4})(?![\d,.]\d)", re.IGNORECASE)
# A four-digit number opening a line or a sentence before a capital ("2034 The minister
# says", "1918: The Spanish flu"), or a glued factbox entry ("... affected 1957: Asian flu").
_STAMP = re.compile(r"(?m)(?:(?:^[ \t]*|(?<=[.!?]\s))(?P<a>\d{4})(?=:?\s+[A-Z\"'])"
                    r"|(?<=[a-z,;)]\s)(?P<b>\d{4})(?=:\s+[A-Z\"']))")
_STAMP_DETERMINER = re.compile(r"\s+(?:The|A|An)\s")


def valid_hhmm(digits: str) -> bool:
    """Whether four digits read as a 24-hour clock time ("0930", "2313"; not "1968")."""
    return len(digits) == 4 and digits.isdigit() and int(digits[:2]) <= 23 \
        and int(digits[2:]) <= 59


def plausible_year(year: int, pub_year: int) -> bool:
    """Whether a bare number can be a year of a text published in ``pub_year``."""
    return pub_year - PAST_YEARS <= year <= pub_year + FUTURE_YEARS


def _far_from(year: int, pub_year: int) -> bool:
    return year < pub_year - PAST_YEARS or year > pub_year + FAR_FUTURE_YEARS


@dataclass(frozen=True, slots=True)
class _Stamps:
    """Where line-opening numbers sit, and which of them settle the reading of the rest."""

    positions: list[int]
    certain: list[tuple[int, str]]  # (position, "clock" | "year"), in text order


@lru_cache(maxsize=8)
def _labels(text: str) -> frozenset[str]:
    """Numbers the text uses as labels anywhere ("Resolution 1441" ... "breach of 1441")."""
    return frozenset(m.group(1) for m in _LABEL.finditer(text))


@lru_cache(maxsize=8)
def _stamps(text: str, pub_year: int) -> _Stamps:
    positions, certain = [], []
    for m in _STAMP.finditer(text):
        group = "a" if m["a"] else "b"
        digits, pos = m[group], m.start(group)
        if _STRONG_LEFT.search(text, max(0, pos - 12), pos):
            continue
        positions.append(pos)
        year = int(digits)
        if valid_hhmm(digits) and not plausible_year(year, pub_year):
            certain.append((pos, "clock"))
        elif not valid_hhmm(digits) and plausible_year(year, pub_year):
            certain.append((pos, "year"))
    return _Stamps(positions, certain)


def stamp_reading(text: str, start: int, pub_year: int) -> str | None:
    """"clock", "year" or "unsure" for a line-opening number; None when it is no stamp."""
    stamps = _stamps(text, pub_year)
    i = bisect.bisect_left(stamps.positions, start)
    if i >= len(stamps.positions) or stamps.positions[i] != start:
        return None
    if not stamps.certain:
        return "unsure"
    keys = [pos for pos, _ in stamps.certain]
    j = bisect.bisect_left(keys, start)
    near = [k for k in (j - 1, j) if 0 <= k < len(keys)]
    best = min(near, key=lambda k: abs(keys[k] - start))
    return stamps.certain[best][1]


def is_clock(text: str, start: int, end: int, pub_year: int) -> bool:
    """Whether the four digits at ``text[start:end]`` are a 24-hour clock time.

    A time zone or "hrs" after it, a bracket right after another clock time, "at" before
    it, a day word after it ("1800 yesterday"), or a range whose other end is certainly a
    clock ("between 1415 and 1430").
    """
    digits = text[start:end]
    if not valid_hhmm(digits):
        return False
    if _ZONE_AFTER.match(text, end) or _CLOCK_THEN_BRACKET.search(text, max(0, start - 12),
                                                                  start):
        return True
    if _CLOCK_PREP.search(text, max(0, start - 20), start) or _DAY_AFTER.match(text, end):
        return True  # "at 1942", "around 1800 yesterday"
    if digits[0] == "0":
        return True
    after = _RANGE_AFTER.match(text, end)
    if after and valid_hhmm(after.group(1)) and (
            _far_from(int(after.group(1)), pub_year) or _ZONE_AFTER.match(text, after.end())):
        return True
    before = _RANGE_BEFORE.search(text, max(0, start - 12), start)
    return bool(before and valid_hhmm(before.group(1))
                and _far_from(int(before.group(1)), pub_year))


def label_or_count(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` labels or counts something ("flight 1549",
    "1 in 1000", "1000 percent", "1600 Pennsylvania Avenue", a year BC)."""
    before = text[max(0, start - 14):start]
    if _RATIO.search(before) or _COUNT_AFTER.match(text, end) or _ADDRESS_AFTER.match(text, end):
        return True
    if _BC_AFTER.match(text, end):
        return True  # "1750 BC": a year, but not one the calendar here can write
    return text[start:end] in _labels(text)


def bare_year_ok(text: str, start: int, end: int, pub_year: int) -> bool:
    """Whether the bare number at ``text[start:end]`` is a year (see the module notes)."""
    if label_or_count(text, start, end) or is_clock(text, start, end, pub_year):
        return False
    year = int(text[start:end])
    before = text[max(0, start - 30):start]
    if _STRONG_LEFT.search(before) or _ERA_AFTER.match(text, end):
        return True
    stamp = stamp_reading(text, start, pub_year)
    if stamp == "clock" or (stamp == "unsure" and valid_hhmm(text[start:end]) and (
            text.startswith(":", end) or _STAMP_DETERMINER.match(text, end))):
        return False
    if _WEAK_LEFT.search(before):
        return pub_year - PAST_YEARS <= year <= pub_year + FAR_FUTURE_YEARS
    return plausible_year(year, pub_year)
