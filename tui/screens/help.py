"""The help screen: the keys of the focused pane first, then the keys that work everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

LEGEND = ("★ starred  ✎ date corrected  ×N reported by N sources  ~ implied person  "
          "! sources disagree\nRemap a key in keys.toml by its id (dateline locate shows where):"
          ' "timeline.down" = "n"')


# sideways scrolling: the panes never scroll sideways, so these keys do nothing here
HIDDEN_ACTIONS = {"scroll_left", "scroll_right", "page_left", "page_right",
                  "app.command_palette"}
Entry = tuple[str, str, str]  # keys, description, binding ids (for keys.toml)


@dataclass(slots=True)
class KeyAction:
    """One thing a node does, with every key that does it now (after the user's key map)."""

    node: DOMNode
    binding: Binding  # one binding of the action: its description and tooltip
    bound: list[tuple[int, str, str]] = field(default_factory=list)  # (rank, key shown, id)
    typed: bool = True  # every key of it types into the focused text box (works once it leaves)

    @property
    def keys(self) -> list[str]:
        """The keys as displayed, in the order the node declares its bindings (so the main
        key comes before its aliases, wherever the key map moved them)."""
        return list(dict.fromkeys(shown for _, shown, _ in sorted(self.bound, key=_rank)))

    @property
    def ids(self) -> list[str]:
        """The binding ids, in the same order (what keys.toml remaps)."""
        return list(dict.fromkeys(ident for _, _, ident in sorted(self.bound, key=_rank)
                                  if ident))

    @property
    def group(self) -> str:
        """The pane's name ("Everywhere" for the screen and the app)."""
        node = self.node
        if node is node.app or node is node.screen:
            return "Everywhere"
        return node.BINDING_GROUP_TITLE or type(node).__name__


def _rank(bound: tuple[int, str, str]) -> int:
    return bound[0]


def _declared_order(node: DOMNode) -> dict[str, int]:
    """Binding id -> its place in the node's own ``BINDINGS``."""
    return {b.id: n for n, b in enumerate(Binding.make_bindings(type(node).BINDINGS)) if b.id}


def _shadowed(screen: Screen[Any], active: dict[str, ActiveBinding]) -> list[ActiveBinding]:
    """The focus chain's bindings that Textual leaves out of ``active_bindings`` because the
    focused widget takes their key, as typing (a text box takes ``d``) or as its own binding
    (a text box's ``ctrl+d`` deletes), the user's key map applied. The palette can still run
    them and the help lists them, marked.

    Textual has no public reader of its key map or of a node's bindings, hence ``_keymap`` and
    ``_bindings`` (the same ones ``Screen._binding_chain`` reads).
    """
    focused = screen.focused
    if focused is None:
        return []
    app = screen.app
    out: list[ActiveBinding] = []
    for node in focused.ancestors:
        bindings = node._bindings.copy()
        if app._keymap:
            bindings.apply_keymap(app._keymap)
        for key, binding in bindings:
            taken = active.get(key)
            if ((taken is None or taken.node is not node)
                    and app._check_action_state(binding.action, node) is not False):
                out.append(ActiveBinding(node, binding, True, binding.tooltip))
    return out


def active_actions(screen: Screen[Any]) -> list[KeyAction]:
    """What the keys do on ``screen`` now, from Textual's active bindings (so the user's key map
    is already applied): the focused pane's first, then its containers', the screen's and the
    app's; one entry per node and action, bindings without a description left out. Actions whose
    keys the focused widget takes for itself (a text box, as typing) are kept, marked
    ``typed``."""
    found: dict[tuple[int, str], KeyAction] = {}
    orders: dict[int, dict[str, int]] = {}
    app = screen.app
    active = screen.active_bindings
    typed = _shadowed(screen, active)
    for n, (node, binding, *_) in enumerate([*active.values(), *typed]):
        if not binding.description or binding.action in HIDDEN_ACTIONS:
            continue
        order = orders.setdefault(id(node), _declared_order(node))
        action = found.setdefault((id(node), binding.action), KeyAction(node, binding))
        rank = order.get(binding.id or "", len(order))
        action.bound.append((rank, app.get_key_display(binding), binding.id or ""))
        action.typed = action.typed and n >= len(active)
    return list(found.values())


def key_sections(screen: Screen[object]) -> list[tuple[str, list[Entry]]]:
    """(pane name, [(keys, description, ids)]) for the focus chain of ``screen``, focused
    first and "Everywhere" last."""
    sections: dict[str, list[Entry]] = {}
    for action in active_actions(screen):
        where = " (outside a text box)" if action.typed else ""
        sections.setdefault(action.group, []).append(
            (" ".join(action.keys), action.binding.description + where, " ".join(action.ids)))
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
                table.add_column(min_width=10)
                table.add_column(min_width=20)
                table.add_column()
                for keys, description, ident in entries:
                    table.add_row(Text(keys, style="bold"), Text(description),
                                  Text(ident, style="dim"))
                yield Label(name, classes="help-section")
                yield Static(table)
            yield Static(Text(LEGEND), classes="dialog-hint")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
