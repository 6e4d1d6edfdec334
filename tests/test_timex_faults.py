"""``dateline timex`` on bad input (issue 10): every bad line gets one stderr line with its line
number and id, every good line still gets its output, and the exit code is 1."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import core.temporal.timex as timex_module
import core.textpieces
from tui.cli import main

GOOD = {"id": "good", "text": "Officials said Friday that sales fell last year.",
        "dct": "1998-08-08"}
BAD = [
    ("not json at all", "not JSON (Expecting value)"),
    ('{"id": "x", "text": "unterminated', "not JSON (Unterminated string starting at)"),
    ("[1, 2, 3]", "expected a JSON object, got list"),
    ('"just a string"', "expected a JSON object, got str"),
    (json.dumps({"id": "nodct", "text": "Next week."}), "no dct"),
    (json.dumps({"id": "nulldct", "text": "Next week.", "dct": None}), "no dct"),
    (json.dumps({"id": "baddct", "text": "Next week.", "dct": "yesterday"}),
     "unreadable dct 'yesterday' (expected YYYY-MM-DD)"),
    (json.dumps({"id": "month13", "text": "Next week.", "dct": "2024-13-01"}),
     "unreadable dct '2024-13-01' (month must be in 1..12)"),
    (json.dumps({"id": "numdct", "text": "Next week.", "dct": 20240501}),
     "dct is int, expected text (YYYY-MM-DD)"),
    (json.dumps({"id": "listdct", "text": "Next week.", "dct": ["2024-05-01"]}),
     "dct is list, expected text (YYYY-MM-DD)"),
    (json.dumps({"id": "badvalue", "text": "Next week.", "dct": "2024-05-01", "dct_value": 5}),
     "dct_value is int, expected text"),
    (json.dumps({"id": "notext", "dct": "2024-05-01"}), "no text"),
    (json.dumps({"id": "numtext", "text": 12, "dct": "2024-05-01"}),
     "text is int, expected text"),
    (json.dumps({"id": ["a"], "text": "x", "dct": "2024-05-01"}),
     "id is list, expected text or a number"),
]


def _invoke(lines: list[str]) -> tuple[int, list[dict[str, object]], list[str]]:
    result = CliRunner().invoke(main, ["timex"], input="\n".join(lines) + "\n")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    err = [line for line in result.stderr.splitlines() if not line.startswith("TE3_TIMING")]
    return result.exit_code, out, err


@pytest.mark.parametrize(("line", "problem"), BAD, ids=[b[1][:30] for b in BAD])
def test_a_bad_line_is_one_stderr_line_and_the_good_lines_still_come_out(
    line: str, problem: str
) -> None:
    code, out, err = _invoke([json.dumps(GOOD), line, json.dumps({**GOOD, "id": "after"})])
    assert code == 1
    assert [o["id"] for o in out] == ["good", "after"]
    assert len(out[0]["timexes"]) == 2  # type: ignore[arg-type]
    try:
        doc_id = json.loads(line).get("id")
    except (ValueError, AttributeError):
        doc_id = None
    label = "line 2" + (f" ({str(doc_id)!r})".replace("(", "(id ", 1) if doc_id is not None
                        else "")
    assert err[0].startswith(f"{label}: {problem}"), err
    assert err[1:] == ["1 input line(s) failed"]


def test_every_bad_line_is_reported_in_order_with_its_number() -> None:
    lines = [json.dumps(GOOD)] + [b[0] for b in BAD] + [json.dumps({**GOOD, "id": "last"})]
    code, out, err = _invoke(lines)
    assert code == 1
    assert [o["id"] for o in out] == ["good", "last"]
    numbers = [int(e.split()[1].rstrip(":")) for e in err[:-1]]
    assert numbers == list(range(2, 2 + len(BAD)))
    assert err[-1] == f"{len(BAD)} input line(s) failed"


def test_a_document_whose_tagging_fails_is_reported_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    real = timex_module.tag_document

    def picky(record: dict[str, object], *, ner: object = None) -> dict[str, object]:
        if record["id"] == "boom":
            raise OverflowError("date value out of range")
        return real(record, ner=ner)

    monkeypatch.setattr(timex_module, "tag_document", picky)
    code, out, err = _invoke([json.dumps({**GOOD, "id": "boom"}), json.dumps(GOOD)])
    assert code == 1
    assert [o["id"] for o in out] == ["good"]
    assert err[0] == ("line 1 (id 'boom'): could not be tagged (OverflowError: date value out "
                      "of range)")


def test_the_last_days_of_the_calendar_as_dct_never_crash() -> None:
    lines = [json.dumps({"id": f"d{i}", "text": "Next week, tomorrow and next year.",
                         "dct": dct, "dct_value": value})
             for i, (dct, value) in enumerate([("9999-12-31", ""), ("9999-12-31",
                                               "9999-12-31T23:59"), ("0001-01-01", "")])]
    code, out, err = _invoke(lines)
    assert len(out) + len(err) - (1 if err else 0) == 3
    assert code == (1 if err else 0)


def test_a_long_document_is_tagged_a_piece_at_a_time_with_exact_offsets(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core.textpieces, "CHUNK_CHARS", 300)
    paragraph = "The cranes stood still over the water while the talks went on. " * 3
    text = "\n\n".join(f"{paragraph}Round {i} ended on Friday." for i in range(20))
    code, out, err = _invoke([json.dumps({"id": "long", "text": text, "dct": "2024-05-17"})])
    assert code == 0, err
    timexes = out[0]["timexes"]
    assert len(timexes) == 20  # type: ignore[arg-type]
    for t in timexes:  # type: ignore[attr-defined]
        assert text[t["start"]:t["end"]] == "Friday" and t["value"] == "2024-05-17"


def test_a_document_over_the_size_limit_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timex_module, "MAX_ARTICLE_CHARS", 1_000)
    code, out, err = _invoke([json.dumps({"id": "big", "text": "x " * 1000, "dct": "2024-05-17"}),
                              json.dumps(GOOD)])
    assert code == 1 and [o["id"] for o in out] == ["good"]
    assert err[0] == ("line 1 (id 'big'): text too long (0.0 million characters; the limit is "
                      "0 million)")
