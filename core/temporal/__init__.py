"""Finding and resolving time expressions in news text (TIMEX3 values with receipts).

``resolve_times(doc, anchor)`` returns every time expression of an article in text order:
its span, TIMEX3 type and value, granularity and calendar range, and a receipt saying which
anchor (publish date or narrative date) and which rule produced the value.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from core.models import TimeExpression
from core.temporal.resolver import resolve_doc, resolve_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_doc", "resolve_text", "resolve_times"]


def resolve_times(doc: Doc | str, anchor: datetime, *, nlp: Any = None) -> list[TimeExpression]:
    """All time expressions of ``doc`` resolved against ``anchor`` (the publish datetime).

    ``doc`` is normally a parsed spaCy Doc; its named entities keep names such as "Theresa
    May" from becoming dates. A plain string is resolved from its text, with ``nlp`` (if
    given) run for entities.
    """
    if isinstance(doc, str):
        if nlp is None:
            return resolve_text(doc, anchor)
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "ner")]):
            parsed = nlp(doc)
        return resolve_doc(parsed, anchor)
    return resolve_doc(doc, anchor)
