"""`dateline timex`: TempEval-style TIMEX3 tagging of JSON Lines documents.

Reads ``{"id", "text", "dct", "dct_value"}`` objects on stdin and writes one
``{"id", "timexes": [{"start", "end", "type", "value"}]}`` line per document on stdout.
The anchor is the DCT at 12:00 UTC, or the DCT value's own time when it carries one.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TextIO

import click

from core.ingest.reader import MAX_ARTICLE_CHARS
from core.sanitize import strip_controls

_DCT_TIME = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})?(?::?(\d{2}))?)?")


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


def _resolve(text: str, anchor: datetime, doc_of: Any = None) -> list[Any]:
    """Time expressions of ``text``, a piece at a time when it is long (linear cost); offsets
    are into the whole text. ``doc_of(piece)`` parses a piece when NER or tags are wanted."""
    from core.pipeline import CHUNK_CHARS, split_long_text
    from core.temporal import resolve_doc, resolve_text

    found: list[Any] = []
    offset = 0
    for piece in split_long_text(text, CHUNK_CHARS):
        if doc_of is not None:
            times = resolve_doc(doc_of(piece), anchor, intervals=False)
        else:
            times = resolve_text(piece, anchor, intervals=False)
        found.extend(replace(t, start=t.start + offset, end=t.end + offset) if offset else t
                     for t in times)
        offset += len(piece)
    return found


def tag_document(record: dict[str, Any], *, ner: Any = None) -> dict[str, Any]:
    """TIMEX3 annotations for one input record (``ner`` parses a text, or is a parsed Doc,
    or None)."""
    text = record.get("text") or ""
    anchor = anchor_of(record.get("dct") or "", record.get("dct_value"))
    if ner is not None and not callable(ner):
        from core.temporal import resolve_doc

        found = resolve_doc(ner, anchor, intervals=False)
    else:
        found = _resolve(text, anchor, ner)
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


def _line_error(number: int, obj: Any, problem: str) -> str:
    doc_id = obj.get("id") if isinstance(obj, dict) else None
    label = f"line {number}" + (f" (id {' '.join(str(doc_id).split())[:60]!r})"
                                if doc_id is not None else "")
    return strip_controls(" ".join(f"{label}: {problem}".split()))


def _records(stream: TextIO) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """The good input lines (line number, record) and one error line per bad line."""
    out: list[tuple[int, dict[str, Any]]] = []
    errors: list[str] = []
    for number, line in enumerate(stream, 1):
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


def _pipes(ner: bool, tagger: bool) -> list[str]:
    wanted = {"ner"} if ner else set()
    if tagger:
        wanted |= {"tok2vec", "tagger"}
    return sorted(wanted)


Tagged = tuple[int, dict[str, Any] | str]  # (line number, output or error line)


def _tag_one(number: int, record: dict[str, Any], parse: Any) -> Tagged:
    try:
        return number, tag_document(record, ner=parse)
    except Exception as exc:  # one document never stops the others
        reason = f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}"
        return number, _line_error(number, record, f"could not be tagged ({reason})")


def _tag_batch(batch: list[tuple[int, dict[str, Any]]], pipes: list[str]) -> list[Tagged]:
    if not pipes:
        return [_tag_one(n, r, None) for n, r in batch]
    from core.nlp import load_nlp
    from core.pipeline import CHUNK_CHARS

    nlp = load_nlp()
    keep = [p for p in nlp.pipe_names if p in pipes]
    with nlp.select_pipes(enable=keep):
        short = [r["text"] for _, r in batch if len(r["text"]) <= CHUNK_CHARS]
        docs: Iterator[Any] = iter(nlp.pipe(short, batch_size=16))
        # a short text is parsed with the others; a long one a piece at a time
        return [_tag_one(n, r, next(docs) if len(r["text"]) <= CHUNK_CHARS else nlp)
                for n, r in batch]


def _chunks(items: list[Any], n: int) -> Iterator[list[Any]]:
    size = max(1, -(-len(items) // n))
    for i in range(0, len(items), size):
        yield items[i:i + size]


@click.command("timex")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Processes to spread documents over.")
@click.option("--ner/--no-ner", default=False, show_default=True,
              help="Run spaCy NER so names like 'Theresa May' are never dates (slower).")
@click.option("--tagger/--no-tagger", default=False, show_default=True,
              help="Run spaCy's tagger and read tense from part-of-speech tags (slower).")
def timex(workers: int, ner: bool, tagger: bool) -> None:
    """Tag TIMEX3 expressions in JSON Lines documents read from stdin (TempEval-3 style)."""
    t0 = time.perf_counter()
    pipes = _pipes(ner, tagger)
    if pipes:  # in this process first: a model that cannot load is one line, once
        from core.nlp import ModelNotFoundError, load_nlp

        try:
            load_nlp()
        except ModelNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
    from core.temporal import resolve_text  # noqa: F401  (import cost belongs to init)

    records, errors = _records(sys.stdin)
    t1 = time.perf_counter()
    if workers > 1 and len(records) > 1:
        try:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                parts = list(pool.map(_tag_batch, _chunks(records, workers * 4),
                                      [pipes] * (workers * 4)))
        except BrokenProcessPool as exc:
            raise click.ClickException(
                "a worker process stopped unexpectedly (out of memory, or killed?)") from exc
        results = [r for part in parts for r in part]
    else:
        results = _tag_batch(records, pipes)
    for _, result in results:
        if isinstance(result, str):
            errors.append(result)
        else:
            sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    t2 = time.perf_counter()
    timing = {"init_s": round(t1 - t0, 3), "proc_s": round(t2 - t1, 3)}
    for error in sorted(errors, key=_line_number):
        click.echo(error, err=True)
    click.echo("TE3_TIMING " + json.dumps(timing), err=True)
    if errors:
        click.echo(f"{len(errors)} input line(s) failed", err=True)
        sys.exit(1)


def _line_number(error: str) -> int:
    match = re.match(r"line (\d+)", error)
    return int(match[1]) if match else 0


if __name__ == "__main__":
    timex()
