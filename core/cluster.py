"""The Dask engine for ``dateline ingest --cluster ADDRESS``: articles are analysed on a Dask
distributed cluster and come back here, where :func:`core.pipeline.ingest` stores them from
this one process exactly as it stores the local workers' results.

``ADDRESS`` is a scheduler (``tcp://host:8786``) or ``local:N``, which starts a
``LocalCluster`` of N worker processes for the length of the ingest. Batches go out a few per
worker at a time (memory here stays bounded for any archive) and are collected with
``as_completed`` as they finish. A worker that dies loses nothing: the scheduler runs its
batches again elsewhere (up to ``distributed.scheduler.allowed-failures`` times). Dask is an
optional extra; without it :func:`cluster_analyser` raises :class:`ClusterError` saying how
to install it.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from core.models import AnalysedArticle, Article
from core.nlp import MODEL_ENV
from core.pipeline import Analyser, WorkerError, article_batches

if TYPE_CHECKING:
    from core.ingest import IngestProblem

CLUSTER_ENV = "DATELINE_CLUSTER"
INSTALL_HINT = "pip install 'dateline[cluster]' (or, in a checkout, uv sync --extra cluster)"
CONNECT_TIMEOUT = "30s"
BATCHES_PER_WORKER = 2  # in flight per worker thread: enough to keep it busy, no more
RETRIES = 2  # a batch whose task raised (not a dead worker: the scheduler reruns those)
_LOCAL = re.compile(r"local:(\d+)")


class ClusterError(WorkerError):
    """The cluster cannot be used (Dask missing, bad address, scheduler unreachable) or it
    failed; a one-line message."""


def local_workers(address: str) -> int | None:
    """N for ``local:N``, None for a scheduler address; :class:`ClusterError` for a bad one."""
    if not address.startswith("local"):
        return None
    match = _LOCAL.fullmatch(address)
    if not match or not 1 <= int(match.group(1)) <= 256:
        raise ClusterError(f"--cluster {address!r}: write local:N with N from 1 to 256, or a "
                           "scheduler address such as tcp://host:8786")
    return int(match.group(1))


def cluster_analyser(address: str, model_name: str | None = None) -> Analyser:
    """The engine for :func:`core.pipeline.ingest`'s ``analyser``; checks Dask and the
    address now, so a wrong flag fails before anything is read."""
    if importlib.util.find_spec("distributed") is None:
        raise ClusterError(f"--cluster needs Dask, which is not installed: {INSTALL_HINT}")
    local_workers(address)
    wanted = model_name or os.environ.get(MODEL_ENV)

    def run(articles: Sequence[Article]) -> Iterator[AnalysedArticle | IngestProblem]:
        return analyse_on_cluster(articles, address, wanted)

    return run


@contextmanager
def _client(address: str) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    workers = local_workers(address)
    if workers is not None:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"could not reach the Dask scheduler at {address} "
                           f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
                           ) from None
    with client:
        yield client


def analyse_on_cluster(
    articles: Sequence[Article], address: str, model_name: str | None = None
) -> Iterator[AnalysedArticle | IngestProblem]:
    """Analyse ``articles`` on the cluster at ``address``; results in any order, with a
    problem for each article whose analysis failed. A failure of the cluster (a batch that
    kept killing its workers, a task error) stops the work with :class:`ClusterError`."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    from core.cluster_worker import SpacyPlugin, analyse_on_worker

    with _client(address) as client:
        client.register_plugin(SpacyPlugin(model_name))
        threads = sum(client.nthreads().values()) or 1
        batches = iter(article_batches(articles))
        pending: dict[Any, str] = {}

        def submit(batch: list[Article]) -> Any:
            future = client.submit(analyse_on_worker, batch, pure=False, retries=RETRIES)
            pending[future] = f"{batch[0].origin} and the {len(batch) - 1} article(s) after it"
            return future

        queue = as_completed([submit(b) for _, b in zip(range(threads * BATCHES_PER_WORKER),
                                                         batches, strict=False)])
        try:
            for future in queue:
                where = pending.pop(future)
                try:
                    results = future.result()
                except WorkerError:
                    raise
                except KilledWorker:
                    raise ClusterError(f"Dask workers kept dying while analysing {where} "
                                       "(out of memory?)") from None
                except Exception as exc:
                    raise ClusterError(f"the cluster failed while analysing {where} "
                                       f"({type(exc).__name__}: "
                                       f"{' '.join(str(exc).split())[:200]})") from None
                future.release()
                following = next(batches, None)
                if following is not None:
                    queue.add(submit(following))
                yield from results
        finally:  # on any failure or Ctrl-C, start nothing more
            if pending:
                client.cancel(list(pending))
