"""The export dialog: pick a format and a path; the current view (filters applied) is written
by ``core.export.export_timeline``, the same code ``dateline export`` uses.

The open database (and its journal files) is refused as a target, an existing file is only
replaced after a second press of Export, and the file is written through a temporary file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TextIO

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from core.export import FORMATS
from tui.text import counted


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

    def __init__(self, shown: int, default_dir: Path, db_path: Path | None = None) -> None:
        super().__init__()
        self.shown = shown
        self.default_dir = default_dir
        self.db_path = db_path
        self.formats = export_formats()
        self._confirmed: Path | None = None  # the existing file Export was pressed for once

    def compose(self) -> ComposeResult:
        first = next(iter(self.formats), "")
        with Vertical(id="export-box", classes="dialog"):
            yield Label(f"Export the {counted(self.shown, 'shown event')}",
                        classes="dialog-title")
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
        refusal = refuse_target(path, self.db_path)
        if refusal:
            error.update(refusal)
            return
        if path.exists() and self._confirmed != path.resolve():
            self._confirmed = path.resolve()
            error.update(f"{path.name} already exists. Press Export again to replace it.")
            return
        self.dismiss(ExportRequest(fmt, path))


def refuse_target(path: Path, db_path: Path | None) -> str | None:
    """Why ``path`` must not be written (the open database or its journal, a folder), or None."""
    if path.is_dir():
        return f"{path} is a folder; give a file name."
    if db_path is not None:
        target = os.path.realpath(path)
        database = os.path.realpath(db_path)
        if target in {database, database + "-wal", database + "-shm", database + "-journal"}:
            return "That is the open database; choose another file."
    return None


def write_atomically(path: Path, write: Callable[[TextIO], int]) -> int:
    """Write through a temporary file in the same folder, replacing ``path`` only at the end
    (as ``dateline export`` does), so a failed export never leaves a half-written file."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            written = write(out)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return written
