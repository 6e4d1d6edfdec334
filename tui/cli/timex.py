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
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from typing import Any, TextIO

import click

_DCT_TIME = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})?(?::?(\d{2}))?)?")


def anchor_of(dct: str, dct_value: str | None = None) -> datetime:
    """The anchor datetime for a document: DCT at noon UTC unless dct_value has a time."""
    timed = _DCT_TIME.match((dct_value or "").strip())
    if timed and timed[4] is not None:
        return datetime(int(timed[1]), int(timed[2]), int(timed[3]), int(timed[4]),
                        int(timed[5] or 0), int(timed[6] or 0), tzinfo=UTC)
    day = _DCT_TIME.match(dct.strip()) or timed
    if day is None:
        raise click.ClickException(f"unreadable DCT {dct!r}")
    return datetime(int(day[1]), int(day[2]), int(day[3]), 12, tzinfo=UTC)


def tag_document(record: dict[str, Any], *, ner: Any = None) -> dict[str, Any]:
    """TIMEX3 annotations for one input record (``ner`` is a parsed Doc or None)."""
    from core.temporal import resolve_doc, resolve_text

    text = record.get("text") or ""
    anchor = anchor_of(record.get("dct") or "", record.get("dct_value"))
    if ner is not None:
        found = resolve_doc(ner, anchor, intervals=False)
    else:
        found = resolve_text(text, anchor, intervals=False)
    return {"id": record.get("id"),
            "timexes": [{"start": t.start, "end": t.end, "type": t.type.value,
                         "value": t.value} for t in found]}


def _records(stream: TextIO) -> list[dict[str, Any]]:
    out = []
    for line in stream:
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict):
            out.append(obj)
    return out


def _pipes(ner: bool, tagger: bool) -> list[str]:
    wanted = {"ner"} if ner else set()
    if tagger:
        wanted |= {"tok2vec", "tagger"}
    return sorted(wanted)


def _tag_batch(batch: list[dict[str, Any]], pipes: list[str]) -> list[dict[str, Any]]:
    if not pipes:
        return [tag_document(r) for r in batch]
    from core.nlp import load_nlp

    nlp = load_nlp()
    keep = [p for p in nlp.pipe_names if p in pipes]
    with nlp.select_pipes(enable=keep):
        docs: Iterable[Any] = nlp.pipe((r.get("text") or "" for r in batch), batch_size=16)
        return [tag_document(r, ner=d) for r, d in zip(batch, docs, strict=True)]


def _chunks(items: list[dict[str, Any]], n: int) -> Iterator[list[dict[str, Any]]]:
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
    if pipes and workers <= 1:
        from core.nlp import load_nlp

        load_nlp()
    from core.temporal import resolve_text  # noqa: F401  (import cost belongs to init)

    records = _records(sys.stdin)
    t1 = time.perf_counter()
    if workers > 1 and len(records) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(_tag_batch, _chunks(records, workers * 4),
                                  [pipes] * (workers * 4)))
        results = [r for part in parts for r in part]
    else:
        results = _tag_batch(records, pipes)
    for result in results:
        sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    t2 = time.perf_counter()
    timing = {"init_s": round(t1 - t0, 3), "proc_s": round(t2 - t1, 3)}
    click.echo("TE3_TIMING " + json.dumps(timing), err=True)


if __name__ == "__main__":
    timex()
