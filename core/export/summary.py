"""The words around an export: its title ("Timeline of …") and what it covers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from core.filters import TimelineFilter
from core.granular import parse_value
from core.queries import EventDetail


def join_names(names: Sequence[str], last: str = "and") -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {last} {names[-1]}"


def people_ranked(events: Sequence[EventDetail]) -> list[tuple[str, int]]:
    """Everyone named in the events with their event count, most first (ties by name)."""
    counts = Counter(name for e in events for name, _ in e.people)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def outlets(events: Sequence[EventDetail]) -> list[str]:
    """The outlets reporting the events, most events first (ties by name)."""
    counts = Counter(outlet for e in events for outlet in {s.outlet for s in e.sources})
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def timeline_title(f: TimelineFilter, events: Sequence[EventDetail]) -> str:
    """A title derived from the filter, else from the people the events are mostly about."""
    return title_for(f, lambda: people_ranked(events))


def title_for(f: TimelineFilter, ranked: Callable[[], list[tuple[str, int]]]) -> str:
    """:func:`timeline_title` given a callable for :func:`people_ranked` (only called when the
    filter itself does not name the timeline)."""
    if f.people:
        return "Timeline of " + join_names(list(f.people),
                                           "or" if f.people_mode == "any" else "and")
    if f.text.strip():
        return f"Timeline of “{' '.join(f.text.split())}”"
    if f.sources:
        return "Timeline of events reported by " + join_names(list(f.sources), "or")
    people = ranked()
    if not people:
        return "Timeline of events"
    top = [name for name, _ in people[:2]]
    return "Timeline of " + join_names(top + (["others"] if len(people) > 2 else []))


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _day(d: date) -> str:
    parsed = parse_value(d.isoformat())
    return parsed.display if parsed else d.isoformat()


def describe_filter(f: TimelineFilter) -> str:
    """The filter as a sentence: "Only starred events with Elena Ruiz, from 1 Jan 2024."."""
    if f.is_empty or f == TimelineFilter(include_hidden=True):
        return "All events shown" + (", hidden ones included." if f.include_hidden else ".")
    parts = []
    if f.people:
        if len(f.people) == 1:
            parts.append(f"with {f.people[0]}")
        else:
            which = "all of" if f.people_mode == "all" else "any of"
            joined = join_names(list(f.people), "and" if f.people_mode == "all" else "or")
            parts.append(f"with {which} {joined}")
    if f.sources:
        parts.append("reported by " + join_names(list(f.sources), "or"))
    if f.date_from and f.date_to:
        parts.append(f"between {_day(f.date_from)} and {_day(f.date_to)}")
    elif f.date_from:
        parts.append(f"from {_day(f.date_from)} on")
    elif f.date_to:
        parts.append(f"up to {_day(f.date_to)}")
    if f.text.strip():
        parts.append(f"matching “{' '.join(f.text.split())}”")
    if f.min_confidence:
        parts.append(f"dated with confidence of at least {f.min_confidence:g}")
    if f.include_hidden:
        parts.append("hidden ones included")
    kind = "starred events" if f.starred_only else "events"
    if f.top is not None:  # the key events: "Only the 30 most important events with …"
        kind = (f"the most important {kind[:-1]}" if f.top == 1
                else f"the {f.top:,} most important {kind}")
    return f"Only {kind} " + ", ".join(parts) + "." if parts else f"Only {kind}."


def coverage(f: TimelineFilter, events: Sequence[EventDetail]) -> str:
    """What the timeline covers: "14 events from 1962 to 2026, drawn from 20 reports by …"."""
    if not events:
        return coverage_of(f, 0, 0, [], 0, 0)
    reports = sum(len(e.sources) for e in events)
    first = min(e.row.date_start.year for e in events)
    last = max(e.row.date_end.year for e in events)
    return coverage_of(f, len(events), reports, outlets(events), first, last)


def coverage_of(f: TimelineFilter, events: int, reports: int, names: Sequence[str], first: int,
                last: int) -> str:
    """:func:`coverage` from counts: events, source reports, outlets (ranked as
    :func:`outlets` ranks them) and the first start year and last end year."""
    if not events:
        return f"No events. {describe_filter(f)}"
    shown = join_names(names) if len(names) <= 5 else (
        ", ".join(names[:5]) + f" and {len(names) - 5} more")
    span = f"in {first}" if first == last else f"from {first} to {last}"
    source_part = (f"{_plural(reports, 'report')} by {_plural(len(names), 'outlet')}: {shown}"
                   if names else "no source reports")
    return f"{_plural(events, 'event')} {span}, drawn from {source_part}. {describe_filter(f)}"
