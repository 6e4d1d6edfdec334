"""Finding candidate spans: run every rule, drop names and common words, keep the longest.

A month or weekday word only counts when capitalised and not part of a name: "may" and
"march" as words, "Theresa May", "April Moreno", "Jan Leike" and "March of Dimes" are not
dates. Overlapping matches are settled longest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from core.temporal import (
    rules_absolute,
    rules_clock,
    rules_duration,
    rules_hhmm,
    rules_offset,
    rules_periods,
    rules_relative,
)
from core.temporal.lexicon import MONTHS, WEEKDAYS
from core.temporal.patterns import MONTH
from core.temporal.prefilter import Prefilter, fold, prefilter
from core.temporal.rule import Rule

ALL_RULES: tuple[Rule, ...] = (*rules_absolute.RULES, *rules_periods.RULES,
                               *rules_clock.RULES, *rules_relative.RULES, *rules_offset.RULES,
                               *rules_duration.RULES, *rules_hhmm.RULES)

_WORD = re.compile(r"[A-Za-z]+")
_CALENDAR_WORDS = {w for w in (*MONTHS, *WEEKDAYS) if len(w) >= 3}
_NAME_MONTHS = {"may", "march", "april", "june", "august", "jan", "january"}
_TEMPORAL_LEFT = {
    "in", "on", "since", "until", "till", "by", "from", "through", "to", "of", "early", "late",
    "mid", "last", "next", "this", "that", "each", "every", "during", "before", "after",
    "between", "and", "or", "throughout", "as", "past", "coming", "end",
    "beginning", "start", "middle", "around", "about", "for", "following", "previous", "nor",
}
_ALLOWED_CAPS = {w.title() for w in _TEMPORAL_LEFT} | {"The", "A", "Last", "Next", "This",
                                                       "Early", "Late", "Mid", "Since"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule match that may become a time expression."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]

    @property
    def length(self) -> int:
        return self.end - self.start


def _calendar_tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return [w for w in _WORD.finditer(text, start, end) if w.group(0).lower() in _CALENDAR_WORDS]


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z'.]+)[\s\"]*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _next_words(text: str, pos: int) -> list[str]:
    return re.findall(r"[A-Za-z0-9']+|[^\sA-Za-z0-9']", text[pos:pos + 40])[:3]


def _looks_like_name(text: str, cand: Candidate) -> bool:
    """A lone month/weekday word that is really part of a name or a common word."""
    tokens = _calendar_tokens(text, cand.start, cand.end)
    if not tokens:
        return False
    for tok in tokens:
        word = tok.group(0)
        if not word[0].isupper():
            return True
        if word.isupper() and len(word) > 3 and not text[cand.start:cand.end].isupper():
            return True
    if not cand.rule.id.startswith(("tense.month-name", "relative.month-name")):
        return False
    word = tokens[0].group(0)
    prev = _prev_word(text, tokens[0].start())
    nxt = _next_words(text, tokens[-1].end())
    at_sentence_start = prev == "" or (prev.endswith((".", "!", "?")) and prev.lower() not in (
        "mr.", "mrs.", "dr.", "ms.", "st."))
    if prev and prev[0].isupper() and not at_sentence_start and prev not in _ALLOWED_CAPS \
            and prev.lower() not in _CALENDAR_WORDS:
        return True
    if nxt:
        first = nxt[0]
        if first[0].isupper() and first.isalpha() and first.lower() not in _CALENDAR_WORDS:
            return True
        if first == "of" and len(nxt) > 1 and nxt[1][:1].isupper() and not nxt[1].isdigit():
            return True
    if word.lower() in _NAME_MONTHS and cand.rule.id == "tense.month-name":
        edge = text[cand.start:tokens[0].start()].strip()
        determiner_before_noun = (prev.lower() in ("a", "the", "its", "their")
                                  and bool(nxt) and nxt[0].isalpha() and nxt[0].islower())
        if not edge and prev.lower().rstrip(".,") not in _TEMPORAL_LEFT \
                and not determiner_before_noun:  # "a June agreement" is dated
            return True
    return False


# A date that names a group: "the 6 April youth movement", "the March 14 alliance".
_GROUP_NAME = re.compile(
    r"(?<![\w-])(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+" + MONTH + r"|" + MONTH
    + r"\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?:\s+[A-Za-z]+)?\s+(?:movement|alliance"
    r"|coalition|bloc|camp|front|brigades?|party|martyrs|youth|group|forces|generation"
    r")\b", re.IGNORECASE)


def _group_names(text: str, folded: str) -> list[tuple[int, int]]:
    scan = prefilter(_GROUP_NAME)
    if not scan.may_match(folded):
        return []
    return [(m.start(), m.end()) for m in scan.scan.finditer(text)]


_TITLE_OPEN = re.compile(r"(?:``|[\"“'‘])$")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _in_title(text: str, start: int, end: int) -> bool:
    """A quoted title ("This Week With David Brinkley", "High Noon"), not a time."""
    phrase = text[start:end]
    if re.search(r"(?i)\bhigh\s+noon$", text[max(0, start - 5):end]):
        return True
    words = phrase.split()
    if len(words) < 2 or not all(_TITLE_WORD.fullmatch(w) for w in words):
        return False
    return bool(_TITLE_OPEN.search(text[max(0, start - 2):start]))


# "USA Today", "VOA Today", the BBC's "Today programme": a capitalised "Today" inside a name.
_TODAY_WORD = re.compile(r"(?:Today|Tonight)\b")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z&.]*|\b[A-Z]{2,}'s)\s+$")
_SHOW_AFTER = re.compile(r"\s+(?:programme|program|show|newspaper|presenter|host)\b")


def _today_in_name(text: str, start: int, end: int) -> bool:
    m = _TODAY_WORD.match(text, start)
    if m is None or m.end() > end:
        return False
    if _SHOW_AFTER.match(text, m.end()):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(0).strip()
    return word not in _ALLOWED_CAPS and not word.endswith(".") and len(word) > 1 \
        and word.lower() not in _CALENDAR_WORDS


@lru_cache(maxsize=8)
def _scans(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, Prefilter], ...]:
    """Each rule with its prefilter, looked up once per set of rules rather than once per
    rule and text."""
    return tuple((rule, prefilter(rule.pattern)) for rule in rules)


def find_candidates(text: str, is_entity: Callable[[int, int], bool] | None = None,
                    rules: Sequence[Rule] = ALL_RULES) -> list[Candidate]:
    """Every plausible rule match in ``text``, names and common words removed.

    A rule runs only when the text holds a string each of its matches needs, and through its
    prefiltered pattern (``core.temporal.prefilter``): the same matches, found faster.
    """
    found: list[Candidate] = []
    folded = fold(text)
    groups = _group_names(text, folded)
    for rule, scan in _scans(tuple(rules)):
        if not scan.may_match(folded):
            continue
        for m in scan.scan.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " \t\n,":
                end -= 1
            if end <= start:
                continue
            cand = Candidate(start, end, rule, m)
            if _looks_like_name(text, cand) or _in_title(text, start, end) \
                    or _today_in_name(text, start, end):
                continue
            if groups and any(g0 < end and start < g1 for g0, g1 in groups):
                continue
            if is_entity is not None and any(
                is_entity(t.start(), t.end()) for t in _calendar_tokens(text, start, end)
            ):
                continue
            found.append(cand)
    return found


def select(cands: list[Candidate]) -> list[tuple[Candidate, list[Candidate]]]:
    """Non-overlapping winners, longest first, each with the shorter matches it covers."""
    ordered = sorted(cands, key=lambda c: (-c.length, -c.rule.priority, c.start))
    taken: list[Candidate] = []
    for cand in ordered:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    result = []
    for win in taken:
        inner = [c for c in ordered if c is not win and c.start >= win.start
                 and c.end <= win.end]
        result.append((win, inner))
    return result
