"""The small value types every reader shares: read options and the problems readers report.

Warnings and errors share one type. An :class:`IngestProblem` whose ``problem`` starts with
``"warning: "`` (see :attr:`IngestProblem.is_warning`) accompanies an Article that *was* read (for
example a publish date in the future); any other problem means something was not read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from core.sanitize import strip_controls

# The Article fields a JSON record can fill, in the order the docs list them.
ARTICLE_FIELDS: tuple[str, ...] = (
    "title",
    "text",
    "published",
    "updated",
    "source",
    "url",
    "author",
)

WARNING_PREFIX = "warning: "

# ``read_file`` and ``discover`` use this path for standard input.
STDIN = Path("-")


def local_timezone() -> tzinfo:
    """The machine's zone (an IANA zone when it can be found, else the current fixed offset)."""
    try:
        import tzlocal

        zone: tzinfo = tzlocal.get_localzone()
    except Exception:  # no zone configured, or tzlocal missing: fall back to the offset
        fallback = datetime.now().astimezone().tzinfo
        assert fallback is not None
        return fallback
    return zone


@dataclass(frozen=True)
class ReadOptions:
    """How to read files: the zone for naive dates, a fallback publish date, JSON field renames.

    ``field_map`` maps an Article field to the JSON key holding it (``{"title": "headline"}``);
    a dotted key (``"source.name"``) reaches into nested objects. Unknown Article fields raise
    ``ValueError`` here, so a typo in ``--map`` fails before any file is read.
    """

    default_tz: tzinfo = field(default_factory=local_timezone)
    published: datetime | None = None
    field_map: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.field_map) - set(ARTICLE_FIELDS))
        if unknown:
            raise ValueError(
                f"unknown field {', '.join(unknown)} in --map; "
                f"fields are {', '.join(ARTICLE_FIELDS)}"
            )
        if self.published is not None and self.published.tzinfo is None:
            object.__setattr__(self, "published", self.published.replace(tzinfo=self.default_tz))


def parse_field_map(items: Sequence[str]) -> dict[str, str]:
    """Turn ``--map`` values such as ``title=headline`` into a ``field_map``.

    Raises ``ValueError`` with a one-line message for a malformed item or an unknown field.
    """
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, key = item.partition("=")
        name, key = name.strip(), key.strip()
        if not sep or not name or not key:
            raise ValueError(f"--map {item!r}: expected FIELD=KEY, e.g. title=headline")
        if name not in ARTICLE_FIELDS:
            raise ValueError(
                f"--map {item!r}: unknown field {name!r}; fields are {', '.join(ARTICLE_FIELDS)}"
            )
        mapping[name] = key
    return mapping


@dataclass(frozen=True)
class IngestProblem:
    """Something wrong with one input (a file, a JSON Lines line, a feed entry), for humans."""

    origin: str
    problem: str
    advice: str

    @property
    def is_warning(self) -> bool:
        """True when the article was read anyway and this only flags something doubtful."""
        return self.problem.startswith(WARNING_PREFIX)

    def line(self) -> str:
        """One line: ``<file>: <what is wrong> — <what to do>``.

        Controls and line breaks (from file names or quoted values) are removed, so the line
        is always one safe line on a terminal.
        """
        text = f"{self.origin}: {self.problem}"
        text = f"{text} — {self.advice}" if self.advice else text
        return " ".join(strip_controls(text).split())


def warning(origin: str, problem: str, advice: str) -> IngestProblem:
    """An :class:`IngestProblem` that only warns (its ``problem`` starts with ``warning: ``)."""
    return IngestProblem(origin, WARNING_PREFIX + problem, advice)
