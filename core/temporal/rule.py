"""A rule: a stable id, a compiled pattern and the handler that resolves its matches."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.temporal.state import Resolution, RuleContext

Handler = Callable[[re.Match[str], RuleContext], Resolution | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern family; ``priority`` breaks ties between equally long matches."""

    id: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int = 0
