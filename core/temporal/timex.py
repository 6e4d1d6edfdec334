"""TempEval-style TIMEX3 tagging of JSON Lines documents (the logic behind ``dateline timex``).

Each input line is a ``{"id", "text", "dct", "dct_value"}`` object; each good one gives a
``{"id", "timexes": [{"start", "end", "type", "value"}]}`` record. The anchor is the DCT at
12:00 UTC, or the DCT value's own time when it carries one. A bad line (not JSON, wrong types,
no or unreadable DCT, too long, a document whose tagging fails) is one error line with its line
number and id, and never stops the others.

Nothing here imports spaCy unless NER or tags are asked for, so tagging dates alone starts
fast.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from core import textpieces
from core.ingest.reader import MAX_ARTICLE_CHARS
from core.models import TimeExpression
from core.sanitize import strip_controls
from core.temporal.resolver import resolve_doc, resolve_text

Record = dict[str, Any]
LineError = tuple[int, str]  # (line number, the one line that says what is wrong)

_DCT_TIME = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})?(?::?(\d{2}))?)?")


class WorkerStoppedError(RuntimeError):
    """A worker process died (out of memory, killed) while tagging."""


def anchor_of(dct: str, dct_value: str | None = None) -> datetime:
    """The anchor datetime for a document: DCT at noon UTC unless dct_value has a time.

    ValueError (a one-line message) when neither gives a date.
    """
    timed = _DCT_TIME.match((dct_value or "").strip())
    try:
        if timed and timed[4] is not None:
            return datetime(int(timed[1]), int(timed[2]), int(timed[3]), int(timed[4]),
                            int(timed[5] or 0), int(timed[6] or 0), tzinfo=UTC)
        day = _DCT_TIME.match(dct.strip()) or timed
        if day is None:
            raise ValueError(f"unreadable dct {dct!r} (expected YYYY-MM-DD)")
        return datetime(int(day[1]), int(day[2]), int(day[3]), 12, tzinfo=UTC)
    except ValueError as exc:
        if str(exc).startswith("unreadable dct"):
            raise
        shown = f"dct_value {dct_value!r}" if timed else f"dct {dct!r}"
        raise ValueError(f"unreadable {shown} ({exc})") from None


def resolve_long(text: str, anchor: datetime, doc_of: Any = None) -> list[TimeExpression]:
    """Time expressions of ``text``, a piece at a time when it is long (linear cost); offsets
    are into the whole text. ``doc_of(piece)`` parses a piece when NER or tags are wanted."""
    found: list[TimeExpression] = []
    offset = 0
    for piece in textpieces.split_long_text(text, textpieces.CHUNK_CHARS):
        if doc_of is not None:
            times = resolve_doc(doc_of(piece), anchor, intervals=False)
        else:
            times = resolve_text(piece, anchor, intervals=False)
        found.extend(replace(t, start=t.start + offset, end=t.end + offset) if offset else t
                     for t in times)
        offset += len(piece)
    return found


def tag_document(record: Record, *, ner: Any = None) -> Record:
    """TIMEX3 annotations for one input record (``ner`` parses a text, or is a parsed Doc,
    or None)."""
    text = record.get("text") or ""
    anchor = anchor_of(record.get("dct") or "", record.get("dct_value"))
    if ner is not None and not callable(ner):
        found = resolve_doc(ner, anchor, intervals=False)
    else:
        found = resolve_long(text, anchor, ner)
    return {"id": record.get("id"),
            "timexes": [{"start": t.start, "end": t.end, "type": t.type.value,
                         "value": t.value} for t in found]}


def _problem(obj: Any) -> str | None:
    """What is wrong with one decoded input line (None when it can be tagged)."""
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    doc_id = obj.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, str | int)):
        return f"id is {type(doc_id).__name__}, expected text or a number"
    text = obj.get("text")
    if not isinstance(text, str):
        return "no text" if text is None else f"text is {type(text).__name__}, expected text"
    if len(text) > MAX_ARTICLE_CHARS:
        return (f"text too long ({len(text) / 1_000_000:.1f} million characters; the limit is "
                f"{MAX_ARTICLE_CHARS // 1_000_000} million)")
    dct, value = obj.get("dct"), obj.get("dct_value")
    if dct is None and not value:
        return "no dct"
    if dct is not None and not isinstance(dct, str):
        return f"dct is {type(dct).__name__}, expected text (YYYY-MM-DD)"
    if value is not None and not isinstance(value, str):
        return f"dct_value is {type(value).__name__}, expected text"
    try:
        anchor_of(dct or "", value)
    except ValueError as exc:
        return str(exc)
    return None


def _line_error(number: int, obj: Any, problem: str) -> LineError:
    doc_id = obj.get("id") if isinstance(obj, dict) else None
    label = f"line {number}" + (f" (id {' '.join(str(doc_id).split())[:60]!r})"
                                if doc_id is not None else "")
    return number, strip_controls(" ".join(f"{label}: {problem}".split()))


def read_records(lines: Iterable[str]) -> tuple[list[tuple[int, Record]], list[LineError]]:
    """The good input lines (line number, record) and one error per bad line; blank lines are
    skipped."""
    out: list[tuple[int, Record]] = []
    errors: list[LineError] = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            errors.append(_line_error(number, None, f"not JSON ({reason})"))
            continue
        problem = _problem(obj)
        if problem:
            errors.append(_line_error(number, obj, problem))
        else:
            out.append((number, obj))
    return out, errors


def spacy_pipes(*, ner: bool, tagger: bool) -> list[str]:
    """The spaCy components to run: none for dates alone."""
    wanted = {"ner"} if ner else set()
    if tagger:
        wanted |= {"tok2vec", "tagger"}
    return sorted(wanted)


_Tagged = tuple[int, Record | str]  # (line number, output or error line)


def _tag_one(number: int, record: Record, parse: Any) -> _Tagged:
    try:
        return number, tag_document(record, ner=parse)
    except Exception as exc:  # one document never stops the others
        reason = f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}"
        return number, _line_error(number, record, f"could not be tagged ({reason})")[1]


def _tag_batch(batch: list[tuple[int, Record]], pipes: list[str]) -> list[_Tagged]:
    if not pipes:
        return [_tag_one(n, r, None) for n, r in batch]
    from core.nlp import load_nlp

    nlp = load_nlp()
    keep = [p for p in nlp.pipe_names if p in pipes]
    limit = textpieces.CHUNK_CHARS
    with nlp.select_pipes(enable=keep):
        short = [r["text"] for _, r in batch if len(r["text"]) <= limit]
        docs: Iterator[Any] = iter(nlp.pipe(short, batch_size=16))
        # a short text is parsed with the others; a long one a piece at a time
        return [_tag_one(n, r, next(docs) if len(r["text"]) <= limit else nlp)
                for n, r in batch]


def _chunks(items: list[Any], n: int) -> Iterator[list[Any]]:
    size = max(1, -(-len(items) // n))
    for i in range(0, len(items), size):
        yield items[i:i + size]


def tag_records(records: list[tuple[int, Record]], pipes: list[str], *, workers: int = 1
                ) -> tuple[list[Record], list[LineError]]:
    """Tag every record (in input order), over ``workers`` processes when more than one.

    A document whose tagging fails is one error; WorkerStoppedError when a worker dies.
    """
    if workers > 1 and len(records) > 1:
        try:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                parts = list(pool.map(_tag_batch, _chunks(records, workers * 4),
                                      [pipes] * (workers * 4)))
        except BrokenProcessPool as exc:
            raise WorkerStoppedError(
                "a worker process stopped unexpectedly (out of memory, or killed?)") from exc
        results = [r for part in parts for r in part]
    else:
        results = _tag_batch(records, pipes)
    outputs: list[Record] = []
    errors: list[LineError] = []
    for number, result in results:
        if isinstance(result, str):
            errors.append((number, result))
        else:
            outputs.append(result)
    return outputs, errors
