"""Cheaper scans for the resolver's rules, with exactly the same matches.

Finding candidates runs every rule's pattern over the whole text, and that scan is most of the
resolver's cost. Two facts about a pattern, read off its parsed form, make it cheaper without
changing a single match:

* **What every match needs.** A set of strings of which every match contains at least one
  (the unit words of a duration, the month names of a date). When none of them is in the text,
  the pattern cannot match and is not run. The test is a substring search in the case-folded
  text, one per string, which costs a small fraction of a pattern scan.
* **What a match can start with.** The characters a match may begin with, checked by a
  look-ahead just after the leading word-edge look-behind, so a word that cannot start a match
  is passed over before the pattern's long alternations are tried.

Both are necessary conditions, derived from the pattern itself, so a rule edited tomorrow
gets its own without anyone declaring trigger words by hand. Where a pattern holds a construct
the analysis does not know, that part is left unfiltered (the rule then simply runs as
written).

Hand-written because no library fits: RE2's ``FilteredRE2`` extracts such required atoms, but
only from RE2 syntax, which has no look-behind (every rule here uses one), and nothing on PyPI
reads them off a Python ``re`` pattern. The analysis walks the tree of the standard library's
own pattern parser (``re._parser``, the module behind ``re.compile``).
"""

from __future__ import annotations

import re
import re._constants as c
import re._parser as parser
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from core.temporal.patterns import WORD_START

_MAX_STRINGS = 64  # bigger sets of alternatives are not spelled out
_MAX_SET = 12  # a character class larger than this is "any character" to the analysis

# Characters that ``re.IGNORECASE`` matches to an ASCII letter although their case folding is
# not that letter (checked over all of Unicode in tests/temporal/test_timex_prefilter.py).
_RE_CASE_EXTRAS = str.maketrans({"\u0130": "i", "\u0131": "i"})

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w",
               c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_SPACE: r"\s",
               c.CATEGORY_NOT_SPACE: r"\S"}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)

Strings = frozenset[str]


def fold(text: str) -> str:
    """``text`` case-folded the way the needed strings are compared with it."""
    return (text if text.isascii() else text.translate(_RE_CASE_EXTRAS)).casefold()


@dataclass(frozen=True, slots=True)
class Prefilter:
    """How to scan for one pattern: ``scan`` finds exactly the pattern's matches, and
    ``needs`` (case-folded; None when nothing is known) holds strings one of which is in every
    match."""

    scan: re.Pattern[str]
    needs: tuple[str, ...] | None

    def may_match(self, folded: str) -> bool:
        """False when the pattern cannot match a text whose ``fold`` is ``folded``."""
        return self.needs is None or any(s in folded for s in self.needs)


@lru_cache(maxsize=512)
def prefilter(pattern: re.Pattern[str]) -> Prefilter:
    """The prefilter of ``pattern`` (computed once per pattern)."""
    try:
        tree = parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return Prefilter(pattern, None)
    _, needed = _sequence(list(tree))
    needs = tuple(sorted({fold(s) for s in needed})) if needed else None
    return Prefilter(_with_first_chars(pattern, tree), needs)


# -- what every match contains ----------------------------------------------------------------
# Each node gives (exact, needed): ``exact`` is every string the node can match when that set
# is small (None otherwise), ``needed`` a set of strings one of which is in each of its matches
# (None when nothing is known). A set holding "" is no requirement at all.


def _score(strings: Strings) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)  # longer strings, then fewer, are rarer


def _better(best: Strings | None, other: Strings | None) -> Strings | None:
    if not other or "" in other:
        return best
    return other if best is None or _score(other) > _score(best) else best


def _concat(left: Strings, right: Strings) -> Strings | None:
    joined = frozenset(a + b for a in left for b in right)
    return joined if len(joined) <= _MAX_STRINGS else None


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Strings | None, Strings | None]:
    parts = [_node(op, av) for op, av in items]
    best: Strings | None = None
    for _, needed in parts:
        best = _better(best, needed)
    for i in range(len(parts)):  # runs of items with known strings: "year" + "s"? + "ago"
        run: Strings | None = frozenset({""})
        for exact, _ in parts[i:]:
            if exact is None or run is None:
                break
            run = _concat(run, exact)
            best = _better(best, run)
    whole: Strings | None = frozenset({""})
    for exact, _ in parts:
        whole = None if exact is None or whole is None else _concat(whole, exact)
    return whole, _better(best, whole)


def _char_set(av: list[tuple[Any, Any]]) -> Strings | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE and arg[1] - arg[0] < _MAX_SET:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return frozenset(chars) if len(chars) <= _MAX_SET else None


def _branch(alternatives: list[list[tuple[Any, Any]]]) -> tuple[Strings | None, Strings | None]:
    parts = [_sequence(alt) for alt in alternatives]
    exact: Strings | None = None
    if all(e is not None for e, _ in parts):
        exact = frozenset().union(*(e for e, _ in parts if e is not None))
        if len(exact) > _MAX_STRINGS:
            exact = None
    needed: set[str] = set()
    for _, alt_needed in parts:
        if alt_needed is None:
            return exact, None
        needed |= alt_needed
    return exact, frozenset(needed)


def _node(op: Any, av: Any) -> tuple[Strings | None, Strings | None]:
    if op is c.LITERAL:
        one = frozenset({chr(av)})
        return one, one
    if op is c.IN:
        chars = _char_set(av)
        return chars, chars
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is c.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        low, high, item = av
        exact, needed = _sequence(list(item))
        if low == 0:
            return (exact | {""} if exact is not None and high == 1 else None), None
        if low == high == 1:
            return exact, needed
        return None, needed
    return None, None  # any character, a back-reference, a negated class ...


# -- what a match starts with -----------------------------------------------------------------


class _Unknown(Exception):
    """A construct whose first characters the analysis does not work out."""


def _class_char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "-]\\^" else re.escape(char)


def _firsts_of(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The class items a match of ``items`` can start with, and whether it can be empty."""
    out: set[str] = set()
    for op, av in items:
        firsts, empty = _firsts(op, av)
        out |= firsts
        if not empty:
            return out, False
    return out, True


def _firsts(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is c.LITERAL:
        return {_class_char(av)}, False
    if op is c.IN:
        out = set()
        for item, arg in av:
            if item is c.LITERAL:
                out.add(_class_char(arg))
            elif item is c.RANGE:
                out.add(_class_char(arg[0]) + "-" + _class_char(arg[1]))
            elif item is c.CATEGORY and arg in _CATEGORIES:
                out.add(_CATEGORIES[arg])
            else:
                raise _Unknown(item)
        return out, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is c.SUBPATTERN:
        return _firsts_of(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _firsts_of(list(av))
    if op is c.BRANCH:
        out, empty = set(), False
        for alt in av[1]:
            firsts, alt_empty = _firsts_of(alt)
            out |= firsts
            empty = empty or alt_empty
        return out, empty
    if op in _REPEATS:
        firsts, empty = _firsts_of(list(av[2]))
        return firsts, empty or av[0] == 0
    raise _Unknown(op)


def _with_first_chars(pattern: re.Pattern[str], tree: Any) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for its possible first characters (case-insensitive, so
    never stricter than the pattern), after its word-edge look-behind when it has one."""
    try:
        firsts, empty = _firsts_of(list(tree))
    except _Unknown:
        return pattern
    if empty or not firsts:
        return pattern
    ahead = "(?=(?i:[" + "".join(sorted(firsts)) + "]))"
    source = pattern.pattern
    lead = WORD_START if source.startswith(WORD_START) else ""
    try:
        return re.compile(lead + ahead + source[len(lead):], pattern.flags)
    except re.error:
        return pattern
