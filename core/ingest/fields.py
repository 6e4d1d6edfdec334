"""Check and convert the values of metadata fields (JSON records, feed entries, front matter).

Rules, shared by every structured reader:

* ``title``, ``url``: text. Front matter may also give a number (YAML reads ``title: 1984`` as
  one); JSON may not.
* ``text``: text, or a list of texts (paragraphs, joined with blank lines).
* ``author``: text, a list of texts, or objects with a ``name`` (joined with ", ").
* ``source``: text, or an object with a ``name`` (or ``title``/``id``), as news APIs give it.
* ``published``/``updated``: anything :func:`core.ingest.dates.parse_date` reads.

A value of the wrong kind raises :class:`FieldError` with a message such as
``title is a number, expected text``.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from core.ingest.dates import out_of_range, parse_any_date, small_number

_MAX_SHOWN = 40


class FieldError(ValueError):
    """A field holds the wrong kind of value; ``str(error)`` is the one-line problem."""


def kind(value: object) -> str:
    """``a number``, ``a list``... for messages."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, datetime | date):
        return "a date"
    return type(value).__name__


def text_value(value: object, name: str, *, numbers_ok: bool = False) -> str | None:
    """A single-line text field (title, url); None when absent or empty."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if numbers_ok and isinstance(value, int | float | date) and not isinstance(value, bool):
        return str(value)
    raise FieldError(f"{name} is {kind(value)}, expected text")


def body_value(value: object, name: str = "text") -> str | None:
    """The article text: a string, or a list of paragraph strings."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n\n".join(item.strip() for item in value if item.strip())
    if isinstance(value, list):
        bad = next(item for item in value if not isinstance(item, str))
        raise FieldError(f"{name} is a list containing {kind(bad)}, expected text")
    raise FieldError(f"{name} is {kind(value)}, expected text")


def author_value(value: object) -> str | None:
    """One or several authors as ``"A, B"``."""
    if value is None or isinstance(value, str):
        return value
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
        else:
            raise FieldError(f"author is {kind(value)}, expected text or a list of names")
    return ", ".join(name.strip() for name in names if name.strip()) or None


def source_value(value: object) -> str | None:
    """The outlet's name; news APIs nest it as ``{"id": ..., "name": ...}``."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "title", "id"):
            if isinstance(value.get(key), str) and value[key].strip():
                return str(value[key])
        return None
    raise FieldError(f"source is {kind(value)}, expected text")


def date_value(value: object, name: str, default_tz: tzinfo) -> datetime | None:
    """A publish or update date; None when absent, FieldError when present but not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, list | dict | bool):
        raise FieldError(f"{name} is {kind(value)}, expected a date")
    if small_number(value):
        raise FieldError(f"{name} is the bare number {value}, not a date (write it as "
                         f"YYYY-MM-DD; a number means epoch seconds, and {value} is 1970)")
    parsed = parse_any_date(value, default_tz)
    if parsed is None:
        raise FieldError(f"{name} {shown(value)} is not a date")
    problem = out_of_range(parsed)
    if problem:
        raise FieldError(f"{name} {shown(value)} {problem}")
    return parsed


def shown(value: object) -> str:
    """A value quoted for a message, shortened and on one line."""
    text = " ".join(str(value).split())
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 1] + "…"
    return repr(text)
