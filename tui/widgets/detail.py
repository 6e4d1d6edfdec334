"""The detail pane: the event's sentence with its time phrase marked, the date's receipt,
every source with its own sentence, the people (implied ones marked) and any conflict."""

from __future__ import annotations

from datetime import datetime, time
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from core.queries import EventDetail, SourceReport, date_display
from core.sanitize import strip_controls


def _clean(text: str | None) -> str:
    return strip_controls(text or "").replace("\n", " ")


def published_text(published: str) -> str:
    """An article's publish date as "17 May 2024 09:30" in its own zone; a date given
    without a time (stored as midnight) is the day alone, never an invented "00:00"."""
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return _clean(published)
    day = date_display(when.date().isoformat(), None)
    return day if when.time() == time(0) else f"{day} {when:%H:%M}"


def marked_sentence(sentence: str, phrase: str, start: int, mark: Style) -> Text:
    """``sentence`` with ``phrase`` (found at ``start``, else searched for) in ``mark``."""
    if not (0 <= start <= len(sentence) and sentence[start:start + len(phrase)] == phrase):
        start = sentence.find(phrase) if phrase else -1
    if start < 0 or not phrase:
        return Text(_clean(sentence))
    text = Text(_clean(sentence[:start]))
    text.append(_clean(phrase), style=mark)
    text.append(_clean(sentence[start + len(phrase):]))
    return text


class DetailPane(VerticalScroll, can_focus=True):
    """Everything known about the event under the cursor."""

    BINDING_GROUP_TITLE = "Detail"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "scroll_down", "Scroll down", show=False, id="detail.down"),
        Binding("up", "scroll_up", "Scroll up", show=False, id="detail.up"),
        Binding("j", "scroll_down", "Scroll down", show=False, id="detail.down_vim"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="detail.up_vim"),
        Binding("pagedown", "page_down", "Page down", show=False, id="detail.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="detail.page_up"),
        Binding("home", "scroll_home", "Top", show=False, id="detail.top"),
        Binding("end", "scroll_end", "Bottom", show=False, id="detail.bottom"),
        Binding("g", "scroll_home", "Top", show=False, id="detail.top_vim"),
        Binding("G", "scroll_end", "Bottom", show=False, id="detail.bottom_vim"),
        Binding("escape", "screen.focus_timeline", "Back to timeline", id="detail.back"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail--phrase", "detail--label", "detail--dim", "detail--conflict", "detail--title",
    }

    def compose(self) -> ComposeResult:
        yield Static("", id="detail-body")

    def show(self, detail: EventDetail | None) -> None:
        """Show ``detail`` (None: nothing selected)."""
        body = self.query_one("#detail-body", Static)
        body.update(self.render_detail(detail) if detail else Text("No event selected."))
        self.scroll_home(animate=False)

    def render_detail(self, d: EventDetail) -> Text:
        """The pane's text for one event."""
        label = self.get_component_rich_style("detail--label", partial=True)
        dim = self.get_component_rich_style("detail--dim", partial=True)
        mark = self.get_component_rich_style("detail--phrase", partial=True)
        bad = self.get_component_rich_style("detail--conflict", partial=True)
        title = self.get_component_rich_style("detail--title", partial=True)
        row = d.row
        out = Text()
        out.append(f"{row.display}  ", style=title)
        out.append(_clean(row.title), style=title)
        flags = [f for f, on in (("★ starred", row.starred), ("✎ date corrected", row.edited),
                                 ("hidden", row.hidden)) if on]
        if flags:
            out.append("  " + " · ".join(flags), style=dim)
        out.append("\n")
        first = d.sources[0] if d.sources else None
        out.append_text(marked_sentence(d.sentence, d.expression,
                                        first.phrase_start if first and
                                        first.sentence == d.sentence else -1, mark))
        out.append("\n\n")
        out.append("Date ", style=label)
        out.append(f"{row.display} ({row.date_value}, {row.granularity}; "
                   f"{row.date_start}..{row.date_end})")
        out.append(f"   confidence {row.confidence:.2f}\n", style=dim)
        if d.people:
            out.append("People ", style=label)
            for i, (name, implied) in enumerate(d.people):
                if i:
                    out.append(", ")
                out.append(_clean(name))
                if implied:
                    out.append(" (implied)", style=dim)
            out.append("\n")
        if row.conflict:
            out.append("Conflict ", style=bad)
            out.append(_clean(row.conflict) + "\n")
        out.append(f"\nSources ({len(d.sources)})\n", style=label)
        for s in d.sources:
            out.append_text(self._source(s, label, dim, mark))
        return out

    def _source(self, s: SourceReport, label: Style, dim: Style, mark: Style) -> Text:
        out = Text("• ")
        out.append(_clean(s.outlet), style=label)
        out.append(f" — {_clean(s.article_title)}")
        out.append(f"  published {published_text(s.published)}\n", style=dim)
        if s.url:
            out.append(f"  {_clean(s.url)}\n", style=dim)
        out.append("  “")
        out.append_text(marked_sentence(s.sentence, s.phrase, s.phrase_start, mark))
        out.append("”\n")
        out.append("  receipt ", style=label)
        span = f"{s.range_start}..{s.range_end}" if s.range_start else "no range"
        out.append(f"“{_clean(s.phrase)}” → {s.date_display} ({s.date_value}; {span})\n")
        out.append(f"  rule {_clean(s.rule)} · anchor {s.anchor[:10]} ({_clean(s.anchor_kind)})"
                   f"\n  {_clean(s.explanation)}\n", style=dim)
        return out
