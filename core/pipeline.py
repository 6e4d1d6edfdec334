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
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from core.events.extract import extract_reports
from core.ingest import STDIN, IngestProblem, ReadOptions, discover, read_file
from core.ingest.reader import MAX_ARTICLE_CHARS, too_long
from core.models import (
    AnalysedArticle,
    Article,
    PersonMention,
    Report,
    TimeExpression,
)
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
from core.textpieces import CHUNK_CHARS, split_long_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 32
BATCH_CHARS = 200_000  # about this much text is parsed at once
# (characters analysed so far, characters to analyse, the article being analysed)
Progress = Callable[[int, int, str], None]
PieceDone = Callable[[Article, int], None]
AnalysisFailed = Callable[[Article, Exception], None]
# A parallel engine: the articles to analyse in, their analyses (or problems) out in any order;
# a failure of the engine itself raises WorkerError.
Analyser = Callable[[Sequence[Article]], Iterable[AnalysedArticle | IngestProblem]]


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


@dataclass(frozen=True, slots=True)
class _Piece:
    """A piece of an article's text (the whole text unless it is long) and where it starts."""

    text: str
    offset: int
    article: Article
    last: bool
    key: str  # the article's key (a hash of its whole text, so computed once per article)


def _pieces(articles: Iterable[Article]) -> Iterator[_Piece]:
    for article in articles:
        offset = 0
        key = article.key
        parts = split_long_text(article.text, CHUNK_CHARS)
        for index, part in enumerate(parts):
            yield _Piece(part, offset, article, index == len(parts) - 1, key)
            offset += len(part)


def _batches(pieces: Iterable[_Piece]) -> Iterator[list[_Piece]]:
    """At most ``BATCH_SIZE`` pieces and about ``BATCH_CHARS`` characters at a time, so the
    memory a batch needs does not grow with the length of an article."""
    batch: list[_Piece] = []
    chars = 0
    for piece in pieces:
        batch.append(piece)
        chars += len(piece.text)
        if len(batch) >= BATCH_SIZE or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _shift_time(time: TimeExpression, offset: int) -> TimeExpression:
    return replace(time, start=time.start + offset, end=time.end + offset)


def _analyse_piece(doc: Doc, piece: _Piece) -> tuple[list[TimeExpression],
                                                      list[PersonMention], list[Report]]:
    """Times, people and reports of one piece, with offsets into the whole article."""
    article = piece.article
    times = resolve_times(doc, article.published)
    mentions = person_mentions(doc)
    reports = extract_reports(doc, piece.key, times, mentions, article.published,
                              lead=not piece.offset)
    # Times the event extractor made (a reported statement's publish day, a clause dated
    # "after" another's date) are stored with the resolver's, receipts and all.
    found = {id(t) for t in times}
    times += list({id(r.time): r.time for r in reports if id(r.time) not in found}.values())
    offset = piece.offset
    if not offset:
        return times, mentions, reports
    shifted = {id(t): _shift_time(t, offset) for t in times}
    return (
        list(shifted.values()),
        [replace(m, start=m.start + offset, end=m.end + offset) for m in mentions],
        [replace(r, sentence_start=r.sentence_start + offset,
                 clause_start=r.clause_start + offset, clause_end=r.clause_end + offset,
                 time=shifted.get(id(r.time)) or _shift_time(r.time, offset))
         for r in reports],
    )


def analyse(
    nlp: Language,
    articles: Iterable[Article],
    on_piece: PieceDone | None = None,
    on_error: AnalysisFailed | None = None,
) -> Iterator[AnalysedArticle]:
    """Run spaCy over every article (batched) and extract times, people and reports.

    An article longer than ``CHUNK_CHARS`` is parsed and analysed piece by piece (pieces end
    at paragraph breaks), so its cost and memory grow linearly with its length; offsets are
    into the whole text. ``on_piece(article, characters_done)`` is called after each piece.
    With ``on_error``, an article whose analysis raises is handed to it and skipped (the
    others go on); without, the error propagates.
    """
    times: list[TimeExpression] = []
    mentions: list[PersonMention] = []
    reports: list[Report] = []
    failed: Article | None = None
    for batch in _batches(_pieces(articles)):
        docs = nlp.pipe([piece.text for piece in batch], batch_size=BATCH_SIZE)
        for doc, piece in zip(docs, batch, strict=True):
            if failed is not piece.article:
                try:
                    piece_times, piece_mentions, piece_reports = _analyse_piece(doc, piece)
                except Exception as exc:
                    if on_error is None:
                        raise
                    on_error(piece.article, exc)
                    failed = piece.article
                else:
                    times.extend(piece_times)
                    mentions.extend(piece_mentions)
                    reports.extend(piece_reports)
            if on_piece:
                on_piece(piece.article, piece.offset + len(piece.text))
            if piece.last:
                if failed is not piece.article:
                    yield AnalysedArticle(piece.article, tuple(times), tuple(mentions),
                                          tuple(reports))
                times, mentions, reports = [], [], []


def analysis_problem(article: Article, exc: BaseException) -> IngestProblem:
    """The one-line problem for an article whose analysis failed (a bug in Dateline)."""
    return IngestProblem(article.origin, f"could not be analysed ({_one_line(exc)})",
                         "report this as a bug with the file attached")


class WorkerError(RuntimeError):
    """A worker process failed; the ingest stops, and this is its one-line message."""


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C while articles were analysed or stored: the ingest stopped, and what it stored
    until then is linked and the derived tables rebuilt for it (so it shows at once).
    ``summary`` says how far it got."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__("ingest interrupted")
        self.summary = summary


_worker_nlp: Language | None = None
_worker_error: str | None = None


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"


def _init_worker(model_name: str | None) -> None:
    global _worker_nlp, _worker_error
    try:  # an initializer that raises would be retried (and its traceback printed) forever
        _worker_nlp = load_nlp(model_name)
    except Exception as exc:
        _worker_error = f"a worker could not load the spaCy model ({_one_line(exc)})"


def analyse_batch(nlp: Language, chunk: Sequence[Article]) -> list[AnalysedArticle | IngestProblem]:
    """Analyse a batch of articles: a pure function of the model and the articles, so any
    engine (worker processes, a Dask cluster) can run it. An article whose analysis fails
    becomes a problem; a failure outside one article raises :class:`WorkerError`."""
    problems: list[AnalysedArticle | IngestProblem] = []
    try:
        done: list[AnalysedArticle | IngestProblem] = list(analyse(
            nlp, chunk, on_error=lambda a, e: problems.append(analysis_problem(a, e))))
    except Exception as exc:
        raise WorkerError(f"a worker failed while analysing {chunk[0].origin} and the "
                          f"{len(chunk) - 1} article(s) after it ({_one_line(exc)})") from None
    return done + problems


def article_batches(articles: Sequence[Article]) -> list[list[Article]]:
    """The batches a parallel engine hands out: ``BATCH_SIZE`` articles each."""
    return [list(articles[i:i + BATCH_SIZE]) for i in range(0, len(articles), BATCH_SIZE)]


def _analyse_chunk(chunk: list[Article]) -> list[AnalysedArticle | IngestProblem]:
    if _worker_nlp is None:
        raise WorkerError(_worker_error or "a worker has no spaCy model")
    return analyse_batch(_worker_nlp, chunk)


def analyse_parallel(
    articles: Sequence[Article], workers: int, model_name: str | None = None
) -> Iterator[AnalysedArticle | IngestProblem]:
    """Analyse in ``workers`` processes, each with its own model; results in any order, with
    a problem for each article whose analysis failed.

    The model is loaded here first, so a model that cannot load fails once, in this process
    (:class:`core.nlp.ModelNotFoundError`); forked workers share it. Any failure in a worker
    (or a worker that dies) stops the work and raises :class:`WorkerError`.
    """
    load_nlp(model_name)
    context = multiprocessing.get_context("fork" if "fork" in
                                          multiprocessing.get_all_start_methods() else "spawn")
    chunks = article_batches(articles)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(model_name,)) as pool:
        futures = [pool.submit(_analyse_chunk, chunk) for chunk in chunks]
        try:
            for future in as_completed(futures):
                yield from future.result()
        except BrokenProcessPool as exc:
            raise WorkerError("a worker process stopped unexpectedly (out of memory, or "
                              "killed?)") from exc
        finally:  # on any failure, start nothing more
            for future in futures:
                future.cancel()


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
            if isinstance(item, Article) and len(item.text) > MAX_ARTICLE_CHARS:
                summary.problems.append(too_long(item.origin, len(item.text)))
            elif isinstance(item, Article):
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
    analyser: Analyser | None = None,
) -> IngestSummary:
    """Read, analyse and store everything under ``paths``; then rebuild the derived tables.

    An article's identity is its own (feed guid, JSON id, url), else its file's resolved path
    (a whole-file article), else its content; never its position in a file or the name typed.
    New content is analysed and stored with its analysis in one transaction; known content is
    only linked to its file. Nothing is removed before what replaces it is stored, and an
    article a file still holds is never removed (see :func:`core.store.save_article`).
    Ctrl-C while articles are analysed or stored raises :class:`IngestInterrupted`, after
    what was stored so far is linked and the derived tables are rebuilt for it.

    ``workers`` > 1 analyses in that many processes; the store is written from this process
    only. A worker that fails stops the ingest with :class:`WorkerError`, raised after what
    was stored so far is linked and the derived tables are rebuilt for it. Articles longer
    than ``MAX_ARTICLE_CHARS`` are refused (one problem each). ``progress(done, total,
    origin)`` counts characters analysed, so it moves within a long article too.
    ``analyser`` replaces both with another engine (see :mod:`core.cluster`); its results are
    stored exactly as the workers' are.
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
    stored_ok = []
    failure: WorkerError | None = None
    interrupted = False
    if to_analyse:
        new = [article for _, article in to_analyse.values()]
        total = sum(len(article.text) for article in new)
        done = 0  # characters of the articles finished so far

        def piece_done(article: Article, chars: int) -> None:
            if progress:
                progress(done + chars, total, article.origin)

        def failed(article: Article, exc: Exception) -> None:
            summary.problems.append(analysis_problem(article, exc))

        results: Iterable[AnalysedArticle | IngestProblem] = (
            analyser(new) if analyser is not None
            else analyse_parallel(new, workers) if workers > 1
            else analyse(nlp or load_nlp(), new, piece_done, failed))
        try:
            for analysed in results:
                if isinstance(analysed, IngestProblem):
                    summary.problems.append(analysed)
                    continue
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
                done += len(analysed.article.text)
                if progress:
                    progress(done, total, origin)
        except WorkerError as exc:
            failure = exc  # what is stored so far stays, and is made visible below
        except KeyboardInterrupt:  # the same: finish quickly, show what is stored
            interrupted = True
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
    if interrupted:
        raise IngestInterrupted(summary)
    if failure is not None:
        raise failure
    return summary
