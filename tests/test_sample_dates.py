"""Every dated phrase in the sample articles resolves as a careful reader would.

The answers in ``sample_truth.DATES`` were worked out by hand; this runs the real pipeline
(spaCy, the resolver, the store) over ``sample_data/`` and compares value, modifier and range.
"""

from __future__ import annotations

from typing import Any

import pytest
from sample_truth import BOILERPLATE, DATES, NOT_DATES


def _article(db: Any, file: str) -> tuple[str, str]:
    row = db.execute("SELECT a.key, a.text FROM articles a JOIN files f ON f.article_key = a.key"
                     " WHERE f.path LIKE ?", [f"%/{file}"]).fetchone()
    assert row, f"{file} was not ingested"
    return row[0], row[1]


def _nth(text: str, phrase: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.index(phrase, at + 1)
    return at


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['file'].split('.')[0]}:{case['phrase']}#{case.get('occurrence', 1)}"


@pytest.mark.parametrize("case", DATES, ids=_case_id)
def test_phrase_resolves_to_the_hand_worked_answer(sample_db: Any, case: dict[str, Any]) -> None:
    key, text = _article(sample_db, case["file"])
    start = _nth(text, case["phrase"], case.get("occurrence", 1))
    end = start + len(case["phrase"])
    found = sample_db.execute(
        'SELECT text, type, value, mod, range_start, range_end, rule FROM times'
        ' WHERE article_key = ? AND start < ? AND "end" > ?', [key, end, start]).fetchall()
    assert found, f"no time expression found at {case['phrase']!r}"
    phrase, kind, value, mod, range_start, range_end, rule = found[0]
    assert value == case["value"], f"{phrase!r} -> {value} by {rule}"
    if "mod" in case:
        assert mod == case["mod"]
    if "type" in case:
        assert kind == case["type"]
    assert (range_start, range_end) == (case["start"], case["end"])


@pytest.mark.parametrize("case", NOT_DATES,
                         ids=lambda c: f"{c['file'].split('.')[0]}:{c['phrase']}")
def test_names_and_ordinary_words_are_not_dates(sample_db: Any, case: dict[str, Any]) -> None:
    key, text = _article(sample_db, case["file"])
    if case["phrase"] not in text:
        return  # stripped as boilerplate: it cannot become a date
    start = text.index(case["phrase"])
    end = start + len(case["phrase"])
    found = sample_db.execute(
        'SELECT text, value FROM times WHERE article_key = ? AND start < ? AND "end" > ?'
        " AND type IN ('DATE', 'TIME')", [key, end, start]).fetchall()
    assert found == []


@pytest.mark.parametrize("case", BOILERPLATE,
                         ids=lambda c: f"{c['file'].split('.')[0]}:{c['line_starts_with'][:20]}")
def test_page_boilerplate_never_becomes_an_event(sample_db: Any, case: dict[str, Any]) -> None:
    key, _text = _article(sample_db, case["file"])
    sentences = [r[0] for r in sample_db.execute(
        "SELECT sentence FROM reports WHERE article_key = ?", [key])]
    assert not [s for s in sentences if case["line_starts_with"] in s]
