"""What runs on a Dask worker for ``dateline ingest --cluster``: the spaCy model, loaded once
per worker by a worker plugin, and the task that analyses one batch of articles with it.

Kept apart from :mod:`core.cluster` because it needs ``distributed`` at import time (a plugin
must subclass ``WorkerPlugin``), and only the cluster engine imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin, get_worker

from core.models import AnalysedArticle, Article
from core.nlp import load_nlp
from core.pipeline import WorkerError, analyse_batch

if TYPE_CHECKING:
    from spacy.language import Language

    from core.ingest import IngestProblem

PLUGIN_NAME = "dateline-spacy"


class SpacyPlugin(WorkerPlugin):
    """Loads the spaCy model once when a worker starts (again on a worker that replaces a dead
    one); a model that cannot load is remembered and reported by every task on that worker."""

    name = PLUGIN_NAME

    def __init__(self, model_name: str | None) -> None:
        self.model_name = model_name
        self.nlp: Language | None = None
        self.error: str | None = None

    def setup(self, worker: Any) -> None:
        """Load the model (a plugin that raises would only log on the worker)."""
        try:
            self.nlp = load_nlp(self.model_name)
        except Exception as exc:
            self.error = (f"a worker could not load the spaCy model ({type(exc).__name__}: "
                          f"{' '.join(str(exc).split())[:200]})")


def analyse_on_worker(batch: list[Article]) -> list[AnalysedArticle | IngestProblem]:
    """The task: analyse one batch with this worker's model (see
    :func:`core.pipeline.analyse_batch`)."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, SpacyPlugin) or plugin.nlp is None:
        raise WorkerError(plugin.error if isinstance(plugin, SpacyPlugin) and plugin.error
                          else "a Dask worker has no spaCy model (the plugin did not run)")
    return analyse_batch(plugin.nlp, batch)
