"""The help screen: the keys of the focused pane first, then the keys that work everywhere."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

PANE_NAMES = {"TimelineView": "Timeline", "DetailPane": "Detail", "PickList": "List",
              "SidePanel": "People and sources", "Input": "Text box"}
LEGEND = ("★ starred  ✎ date corrected  ×N reported by N sources  ~ implied person  "
          "! sources disagree\nRemap a key in keys.toml by its id (dateline locate shows where):"
          ' "timeline.down" = "n"')


# sideways scrolling: the panes never scroll sideways, so these keys do nothing here
HIDDEN_ACTIONS = {"scroll_left", "scroll_right", "page_left", "page_right",
                  "app.command_palette"}
Entry = tuple[str, str, str]  # keys, description, binding ids (for keys.toml)


def key_sections(screen: Screen[object]) -> list[tuple[str, list[Entry]]]:
    """(pane name, [(keys, description, ids)]) for the focus chain of ``screen``, focused
    first and "Everywhere" last."""
    by_node: dict[int, tuple[str, dict[str, list[str]]]] = {}
    ids: dict[tuple[int, str], list[str]] = {}
    order: list[int] = []
    app = screen.app
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.action in HIDDEN_ACTIONS:
            continue
        node = active.node
        ident = id(node)
        if ident not in by_node:
            name = ("Everywhere" if node is app or node is screen
                    else PANE_NAMES.get(type(node).__name__, type(node).__name__))
            by_node[ident] = (name, {})
            order.append(ident)
        keys = by_node[ident][1].setdefault(binding.description, [])
        display = app.get_key_display(Binding(key, binding.action))
        if display not in keys:
            keys.append(display)
        found = ids.setdefault((ident, binding.description), [])
        if binding.id and binding.id not in found:
            found.append(binding.id)
    sections: dict[str, list[Entry]] = {}
    for ident in order:
        name, entries = by_node[ident]
        sections.setdefault(name, []).extend(
            (" ".join(k), d, (ids.get((ident, d)) or [""])[0]) for d, k in entries.items())
    everywhere = sections.pop("Everywhere", [])
    return [*sections.items(), ("Everywhere", everywhere)]


class HelpScreen(ModalScreen[None]):
    """Every key that works here, grouped by pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="help.close"),
        Binding("question_mark", "dismiss", "Close", show=False, id="help.close_again"),
        Binding("q", "dismiss", "Close", show=False, id="help.close_q"),
    ]

    def __init__(self, sections: list[tuple[str, list[Entry]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Label("Keys", classes="dialog-title")
            for name, entries in self.sections:
                if not entries:
                    continue
                table = Table.grid(padding=(0, 2))
                table.add_column(min_width=12)
                table.add_column(min_width=24)
                table.add_column()
                for keys, description, ident in entries:
                    table.add_row(Text(keys, style="bold"), Text(description),
                                  Text(ident, style="dim"))
                yield Label(name, classes="help-section")
                yield Static(table)
            yield Static(Text(LEGEND), classes="dialog-hint")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
