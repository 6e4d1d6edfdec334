"""The CSV export: one row per event and source, ready for a spreadsheet.

UTF-8 with a header row. Any cell that begins with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return) gets a leading ``'`` so a spreadsheet shows it instead of running it.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import TextIO

from core.export.json_export import IMPORTANCE_DIGITS
from core.export.text import csv_cell, one_line
from core.queries import EventDetail

COLUMNS = (
    "event_id", "date", "date_value", "granularity", "date_start", "date_end", "title",
    "people", "confidence", "importance", "conflict", "edited", "starred", "source",
    "article_title", "published", "url", "sentence", "phrase", "source_date", "rule",
    "explanation",
)


def write_csv(events: Sequence[EventDetail], out: TextIO) -> int:
    """Write the rows to ``out``; returns the number of events written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for d in events:
        row = d.row
        common = [
            row.id, row.display, row.date_value, row.granularity, row.date_start.isoformat(),
            row.date_end.isoformat(), csv_cell(one_line(row.title)),
            csv_cell("; ".join(name for name, _ in d.people)), f"{row.confidence:g}",
            f"{round(row.importance, IMPORTANCE_DIGITS):g}", csv_cell(row.conflict),
            "yes" if row.edited else "", "yes" if row.starred else "",
        ]
        if not d.sources:
            writer.writerow(common + [""] * (len(COLUMNS) - len(common)))
        for s in d.sources:
            writer.writerow([
                *common, csv_cell(s.outlet), csv_cell(one_line(s.article_title)), s.published,
                csv_cell(s.url), csv_cell(one_line(s.sentence)), csv_cell(one_line(s.phrase)),
                s.date_display, s.rule, csv_cell(one_line(s.explanation)),
            ])
    return len(events)
