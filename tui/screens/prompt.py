"""A one-line question in a modal: search words, a date range, a corrected date.

An optional ``preview`` reads the answer as it is typed (in a thread worker, since it may call
the date resolver) and shows what it means; Enter is refused while the preview says no.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

# A preview returns (acceptable, one line to show).
Preview = Callable[[str], tuple[bool, str]]


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line; dismiss with the text (Enter) or None (Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(self, title: str, hint: str, value: str = "", *,
                 preview: Preview | None = None, allow_empty: bool = True) -> None:
        super().__init__()
        self.title_text, self.hint, self.value = title, hint, value
        self.preview = preview
        self.allow_empty = allow_empty
        self.acceptable = preview is None

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(self.value, placeholder=self.hint, id="prompt-input")
            yield Static(Text(self.hint), id="prompt-preview", classes="dialog-hint")

    def on_mount(self) -> None:
        if self.preview and self.value:
            self._run_preview(self.value)

    @on(Input.Changed, "#prompt-input")
    def _changed(self, event: Input.Changed) -> None:
        if self.preview is not None:
            self.acceptable = False
            self._run_preview(event.value)

    @work(thread=True, exclusive=True, group="prompt-preview", exit_on_error=False)
    def _run_preview(self, text: str) -> None:
        assert self.preview is not None
        ok, line = self.preview(text) if text.strip() else (False, self.hint)
        self.app.call_from_thread(self._show_preview, text, ok, line)

    def _show_preview(self, text: str, ok: bool, line: str) -> None:
        if text != self.query_one("#prompt-input", Input).value:
            return
        self.acceptable = ok
        widget = self.query_one("#prompt-preview", Static)
        widget.set_class(not ok, "-invalid")
        widget.update(Text(line))

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value and self.allow_empty:
            self.dismiss("")
        elif value and (self.acceptable or self.preview is None):
            self.dismiss(value)
        elif self.preview is not None and value:
            ok, line = self.preview(value)
            if ok:
                self.dismiss(value)
            else:
                self._show_preview(event.value, ok, line)

    def action_cancel(self) -> None:
        self.dismiss(None)
