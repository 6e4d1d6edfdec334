"""The resolver's prefilter (``core.temporal.prefilter``) finds exactly the rules' own matches.

Every sentence of the resolver's test tables, plus a few written here for the odd corners, is
scanned by each rule both ways: the rule's pattern as written, and the prefilter (skip when no
needed string is in the text, else the pattern with its first-character look-ahead). The
matches must be the same, span for span and group for group.
"""

from __future__ import annotations

import re
import sys
from types import ModuleType

import pytest

from core.temporal.candidates import ALL_RULES
from core.temporal.patterns import rx
from core.temporal.prefilter import fold, prefilter
from temporal import test_cases, test_real_news_numbers, test_real_news_tense

EXTRA = [
    "",
    "FRIDAY, MAY 17, 2024 - The BOARD met at 9:30 A.M. and again three WEEKS later.",
    "Talks resumed on Frıday (a dotless i), İn May, and ſix days later (a long s).",
    "It ran from 1415 to 1430 GMT; the 6 April movement marched in Q3 and H1 2011.",
    "Sales rose 4% in fiscal 2023-24, the FY2024 half-year, the mid-1990s and the '80s.",
    "a\n\nMay\n2024\n\nthe past  few\tdays, 24-hour strike, twice a week, every Monday",
    "Überraschung am Montag: März 2024, naïve café, 3–5 June, 10 a.m.–noon",
    "Output fell in the 2009 period, at 7 in the evening, and early morning yesterday.",
    "Around the year-end, late Friday afternoon and later that evening, prices slid.",
    "In recent weeks the full year ended; over the year, during the year, in the year.",
]


def _sentences(*modules: ModuleType) -> list[str]:
    found: set[str] = set()
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, list):
                for row in value:
                    items = row if isinstance(row, tuple) else (row,)
                    found.update(s for s in items if isinstance(s, str) and len(s) > 12)
    return sorted(found)


TEXTS = _sentences(test_cases, test_real_news_numbers, test_real_news_tense) + EXTRA


def _matches(pattern: re.Pattern[str], text: str
             ) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_corpus_reaches_every_rule() -> None:
    assert len(TEXTS) > 300
    silent = [r.id for r in ALL_RULES if not any(r.pattern.search(t) for t in TEXTS)]
    assert not silent


@pytest.mark.parametrize("index", range(len(ALL_RULES)),
                         ids=[f"{i}-{r.id}" for i, r in enumerate(ALL_RULES)])
def test_prefiltered_scan_finds_the_same_matches(index: int) -> None:
    rule = ALL_RULES[index]
    scan = prefilter(rule.pattern)
    for text in TEXTS:
        expected = _matches(rule.pattern, text)
        got = _matches(scan.scan, text) if scan.may_match(fold(text)) else []
        assert got == expected, (rule.id, text)


def test_almost_every_rule_is_prefiltered() -> None:
    """A change in the parser the analysis reads would quietly turn the filters off."""
    filters = [prefilter(r.pattern) for r in ALL_RULES]
    with_needs = sum(f.needs is not None for f in filters)
    with_lookahead = sum(f.scan is not r.pattern for f, r in zip(filters, ALL_RULES,
                                                                   strict=True))
    assert with_needs >= 0.9 * len(ALL_RULES)
    assert with_lookahead >= 0.9 * len(ALL_RULES)


def test_a_text_without_any_needed_string_skips_the_rule() -> None:
    scan = prefilter(rx(r"(?:three|four)\s+(?:days|weeks)"))
    assert scan.needs in (("four", "three"), ("days", "weeks"))
    assert not scan.may_match(fold("Five days of talks, six weeks of strikes."))
    assert scan.may_match(fold("THREE DAYS"))
    assert [m.group(0) for m in scan.scan.finditer("in THREE  DAYS")] == ["THREE  DAYS"]


def test_unknown_constructs_run_the_pattern_as_written() -> None:
    anything = re.compile(r".+?\b")
    assert prefilter(anything) == prefilter(anything)  # cached, and harmless
    assert prefilter(anything).needs is None
    assert prefilter(anything).scan is anything
    repeated = re.compile(r"(?P<w>.)(?P=w)")  # any character, then a back-reference to it
    assert prefilter(repeated).needs is None
    assert prefilter(repeated).scan is repeated
    backref = re.compile(r"(?P<w>\w+) (?P=w)")
    assert prefilter(backref).needs == (" ",)  # what is known still counts
    assert _matches(prefilter(backref).scan, "the the cat") == _matches(backref, "the the cat")


def test_case_folding_never_hides_a_case_insensitive_match() -> None:
    """``fold`` must map every character that ``re.IGNORECASE`` matches to a needed character
    onto that character's folding, over all of Unicode."""
    needed = {ch for r in ALL_RULES for s in (prefilter(r.pattern).needs or ()) for ch in s}
    universe = "".join(map(chr, range(sys.maxunicode + 1)))
    for ch in sorted(needed):
        for other in re.findall(re.escape(ch), universe, re.IGNORECASE):
            assert fold(other) == fold(ch), (ch, other)
