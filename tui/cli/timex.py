"""`dateline timex`: TempEval-style TIMEX3 tagging of JSON Lines documents.

Reads ``{"id", "text", "dct", "dct_value"}`` objects on stdin and writes one
``{"id", "timexes": [{"start", "end", "type", "value"}]}`` line per document on stdout; the
tagging itself is ``core.temporal.timex``. Each bad line is one stderr line, then exit code 1.
A ``TE3_TIMING`` line on stderr gives the seconds spent reading (and loading the model) and
tagging.
"""

from __future__ import annotations

import json
import sys
import time

import click

from core.temporal.timex import WorkerStoppedError, read_records, spacy_pipes, tag_records


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
    pipes = spacy_pipes(ner=ner, tagger=tagger)
    if pipes:  # in this process first: a model that cannot load is one line, once
        from core.nlp import ModelNotFoundError, load_nlp

        try:
            load_nlp()
        except ModelNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
    records, errors = read_records(sys.stdin)
    t1 = time.perf_counter()
    try:
        outputs, failed = tag_records(records, pipes, workers=workers)
    except WorkerStoppedError as exc:
        raise click.ClickException(str(exc)) from exc
    for output in outputs:
        sys.stdout.write(json.dumps(output) + "\n")
    sys.stdout.flush()
    t2 = time.perf_counter()
    errors += failed
    for _, error in sorted(errors):
        click.echo(error, err=True)
    click.echo("TE3_TIMING " + json.dumps({"init_s": round(t1 - t0, 3),
                                           "proc_s": round(t2 - t1, 3)}), err=True)
    if errors:
        click.echo(f"{len(errors)} input line(s) failed", err=True)
        sys.exit(1)


if __name__ == "__main__":
    timex()
