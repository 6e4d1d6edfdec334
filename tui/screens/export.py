"""The export dialog: pick a format and a path; the current view (filters applied) is written
by ``core.export.export_timeline``, the same code ``dateline export`` uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from core.export import FORMATS


def export_formats() -> dict[str, tuple[str, str]]:
    """Format name -> (file extension, description) as ``core.export`` offers them."""
    return {name: (f.extension, f.description) for name, f in FORMATS.items()}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Where and how to write the view."""

    fmt: str
    path: Path


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Ask for a format and a path."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, shown: int, default_dir: Path) -> None:
        super().__init__()
        self.shown = shown
        self.default_dir = default_dir
        self.formats = export_formats()

    def compose(self) -> ComposeResult:
        first = next(iter(self.formats), "")
        with Vertical(id="export-box", classes="dialog"):
            yield Label(f"Export the {self.shown:,} shown events", classes="dialog-title")
            if not self.formats:
                yield Static("Exports are not available in this build yet.",
                             classes="dialog-hint -invalid")
            yield Select([(f"{name} — {desc}", name) for name, (_, desc) in self.formats.items()],
                         value=first or Select.NULL, allow_blank=not self.formats,
                         id="export-format")
            ext = self.formats[first][0] if first else ".txt"
            yield Input(str(self.default_dir / f"timeline{ext}"), id="export-path")
            yield Static("", id="export-error", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel", id="export-cancel")

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        known = {ext for ext, _ in self.formats.values()} | {".txt"}
        if isinstance(event.value, str) and event.value in self.formats and path.suffix in known:
            path_input.value = str(path.with_suffix(self.formats[event.value][0]))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        fmt = self.query_one("#export-format", Select).value
        raw = self.query_one("#export-path", Input).value.strip()
        error = self.query_one("#export-error", Static)
        if not isinstance(fmt, str) or fmt not in self.formats:
            error.update("Choose a format.")
            return
        if not raw:
            error.update("Type a path.")
            return
        path = Path(raw).expanduser()
        if not path.parent.exists():
            error.update(f"No such folder: {path.parent}")
            return
        self.dismiss(ExportRequest(fmt, path))
