"""The ingest pipeline: files -> articles -> spaCy (once per article, batched) -> store.

Each article is analysed once with ``nlp.pipe`` and saved in its own transaction, so an
interrupted ingest leaves every finished article in place and no half-written one. Articles
already stored under the same content are not analysed again. Inputs that fail are reported
in one line each, stored for ``dateline status``, and never stop the rest.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
from spacy.tokens import Doc

from core.events.extract import extract_reports
from core.ingest import STDIN, IngestProblem, ReadOptions, discover, read_file
from core.models import AnalysedArticle, Article
from core.nlp import load_nlp
from core.people.extract import person_mentions
from core.rebuild import rebuild
from core.store import (
    STDIN_HOLDER,
    NotAnalysedError,
    article_stored,
    clear_problems,
    drop_unheld,
    record_problem,
    save_article,
)
from core.temporal import resolve_times

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32
CHUNK_CHARS = 50_000  # longer texts are parsed in pieces (spaCy's limit is 1M characters)
Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did, for the CLI's closing line."""

    files: int = 0
    articles: int = 0
    added: int = 0
    unchanged: int = 0
    skipped_hidden: int = 0
    skipped_unsupported: int = 0
    problems: list[IngestProblem] = field(default_factory=list)
    warnings: list[IngestProblem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """True when any input could not be read or stored."""
        return bool(self.problems)


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about ``limit`` characters, cut after paragraph breaks when possible.

    Joined back together the pieces are exactly ``text``, so offsets stay valid.
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n\n", start, start + limit)
        if cut <= start:
            cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        end = cut + 1 if cut > start else start + limit
        while end < len(text) and text[end] in "\n ":
            end += 1
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _docs(nlp: Language, articles: Iterable[Article]) -> Iterator[tuple[Doc, Article]]:
    """One Doc per article; long articles are parsed in pieces and joined back into one Doc."""
    pending: dict[int, list[Doc]] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int, int, Article]]]:
        for number, article in enumerate(articles):
            parts = split_long_text(article.text, CHUNK_CHARS)
            for index, part in enumerate(parts):
                yield part, (number, index, len(parts), article)

    for doc, (number, index, total, article) in nlp.pipe(
            pieces(), as_tuples=True, batch_size=BATCH_SIZE):
        if total == 1:
            yield doc, article
            continue
        pending.setdefault(number, []).append(doc)
        if index == total - 1:
            yield Doc.from_docs(pending.pop(number), ensure_whitespace=False), article


def analyse(nlp: Language, articles: Iterable[Article]) -> Iterator[AnalysedArticle]:
    """Run spaCy once per article (batched) and extract times, people and reports."""
    for doc, article in _docs(nlp, articles):
        times = resolve_times(doc, article.published)
        mentions = person_mentions(doc)
        reports = extract_reports(doc, article.key, times, mentions)
        yield AnalysedArticle(article, tuple(times), tuple(mentions), tuple(reports))


_worker_nlp: Language | None = None


def _init_worker(model_name: str | None) -> None:
    global _worker_nlp
    _worker_nlp = load_nlp(model_name)


def _analyse_chunk(chunk: list[Article]) -> list[AnalysedArticle]:
    assert _worker_nlp is not None
    return list(analyse(_worker_nlp, chunk))


def analyse_parallel(
    articles: Sequence[Article], workers: int, model_name: str | None = None
) -> Iterator[AnalysedArticle]:
    """Analyse in ``workers`` processes, each with its own model; results in any order."""
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else "spawn")
    chunks = [list(articles[i:i + BATCH_SIZE]) for i in range(0, len(articles), BATCH_SIZE)]
    with context.Pool(workers, initializer=_init_worker, initargs=(model_name,)) as pool:
        for result in pool.imap_unordered(_analyse_chunk, chunks):
            yield from result


def holder_of(path: Path) -> str:
    """How the store names an input: its resolved absolute path, or ``<stdin>``."""
    return STDIN_HOLDER if path == STDIN else os.path.realpath(path)


def read_inputs(
    paths: Sequence[str], options: ReadOptions, summary: IngestSummary
) -> list[tuple[str, Article]]:
    """Every article the inputs hold, with the file that holds it (see :func:`holder_of`);
    problems and warnings go into ``summary``."""
    found = discover(paths)
    summary.files = len(found.files)
    summary.skipped_hidden = found.skipped_hidden
    summary.skipped_unsupported = found.skipped_unsupported
    summary.problems.extend(found.problems)
    articles = []
    for path in found.files:
        holder = holder_of(path)
        for item in read_file(path, options):
            if isinstance(item, Article):
                articles.append((holder, item))
            elif item.is_warning:
                summary.warnings.append(item)
            else:
                summary.problems.append(item)
    return articles


def ingest(
    db: sqlite_utils.Database,
    paths: Sequence[str],
    options: ReadOptions | None = None,
    *,
    nlp: Language | None = None,
    progress: Progress | None = None,
    workers: int = 1,
) -> IngestSummary:
    """Read, analyse and store everything under ``paths``; then rebuild the derived tables.

    An article's identity is its own (feed guid, JSON id, url), else its file's resolved path
    (a whole-file article), else its content; never its position in a file or the name typed.
    New content is analysed and stored with its analysis in one transaction; known content is
    only linked to its file. Nothing is removed before what replaces it is stored, and an
    article a file still holds is never removed (see :func:`core.store.save_article`).

    ``workers`` > 1 analyses in that many processes (each loads its own model); the store is
    written from this process only.
    """
    summary = IngestSummary()
    items = read_inputs(paths, options or ReadOptions(), summary)
    summary.articles = len(items)
    drop_unheld(db)  # what an earlier, interrupted ingest unlinked but could not drop
    wanted = {article.key for _, article in items}
    to_analyse: dict[str, tuple[str, Article]] = {}
    to_link: list[tuple[str, Article]] = []
    for holder, article in items:
        if article_stored(db, article.key) or article.key in to_analyse:
            summary.unchanged += 1
            to_link.append((holder, article))  # known content: link it to its file, no NLP
        else:
            to_analyse[article.key] = (holder, article)
    done = 0
    stored_ok = []
    if to_analyse:
        new = [article for _, article in to_analyse.values()]
        results = (analyse_parallel(new, workers) if workers > 1
                   else analyse(nlp or load_nlp(), new))
        for analysed in results:
            holder, _ = to_analyse[analysed.article.key]
            origin = analysed.article.origin
            try:
                if save_article(db, analysed, holder, keep=wanted):
                    summary.added += 1
                stored_ok.append(origin)
            except Exception as exc:  # one article never spoils the rest
                summary.problems.append(IngestProblem(
                    origin, f"could not be stored ({type(exc).__name__}: {exc})",
                    "report this as a bug with the file attached"))
            done += 1
            if progress:
                progress(done, len(to_analyse), origin)
    for holder, article in to_link:
        try:
            save_article(db, article, holder, keep=wanted)
        except NotAnalysedError:
            continue  # its analysis failed above, and that is reported already
    drop_unheld(db)
    for problem in summary.problems:
        record_problem(db, problem.origin, problem.problem, problem.advice)
    clear_problems(db, stored_ok)
    rebuild(db)
    return summary
