"""The side panel: people (type to narrow, space to pick, any/all, u undoes the latest
merge, split or hide) and sources."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, SelectionList, TabbedContent, TabPane

from core.queries import PersonCount
from core.sanitize import strip_controls
from tui.messages import FilterChanged


def _label(name: str, count: int, width: int = 17) -> Text:
    text = Text(strip_controls(name).replace("\n", " "))
    text.truncate(width, overflow="ellipsis", pad=True)
    text.append(f" {count:>4}", style="dim")
    return text


class PickList(SelectionList[str]):
    """A selection list whose picks survive being narrowed and refilled."""

    BINDING_GROUP_TITLE = "List"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "select", "Pick", id="pick.toggle"),
        Binding("enter", "select", "Pick", show=False, id="pick.toggle_enter"),
        Binding("down", "cursor_down", "Down", show=False, id="pick.down"),
        Binding("up", "cursor_up", "Up", show=False, id="pick.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="pick.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="pick.page_up"),
        Binding("home", "first", "First", show=False, id="pick.first"),
        Binding("end", "last", "Last", show=False, id="pick.last"),
        Binding("j", "cursor_down", "Down", show=False, id="pick.down_vim"),
        Binding("k", "cursor_up", "Up", show=False, id="pick.up_vim"),
        Binding("g", "first", "First", show=False, id="pick.first_vim"),
        Binding("G", "last", "Last", show=False, id="pick.last_vim"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.picked: set[str] = set()
        self.items: list[tuple[str, int]] = []
        self.narrow = ""

    def fill(self, items: list[tuple[str, int]]) -> None:
        """Replace the list's contents (keeping picks and narrowing)."""
        if items != self.items:
            self.items = items
            self._refill()

    def set_narrow(self, text: str) -> None:
        """Show only names containing ``text`` (case-insensitive)."""
        self.narrow = text.strip().lower()
        self._refill()

    def _refill(self) -> None:
        keep = self.highlighted
        self.clear_options()
        self.add_options([(_label(name, n), name, name in self.picked)
                          for name, n in self.items
                          if (n or name in self.picked)
                          and (not self.narrow or self.narrow in name.lower())])
        if self.option_count:
            self.highlighted = min(keep or 0, self.option_count - 1)

    def set_picked(self, names: tuple[str, ...]) -> None:
        """Pick exactly ``names`` (without rebuilding the list)."""
        wanted = set(names)
        shown = {n for n, c in self.items
                 if c and (not self.narrow or self.narrow in n.lower())}
        for name in (self.picked - wanted) & shown:
            self.deselect(name)
        for name in (wanted - self.picked) & shown:
            self.select(name)
        self.picked = wanted


class SidePanel(Vertical):
    """People and sources, each a pick list, in two tabs."""

    BINDING_GROUP_TITLE = "People and sources"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "toggle_mode", "Any/all people", tooltip="People must all match, or any",
                id="people.mode"),
        Binding("u", "screen.undo_people", "Undo people edit",
                tooltip="Undo the last merge, split or hide of a person", id="people.undo"),
        Binding("escape", "screen.focus_timeline", "Back to timeline", id="side.back"),
        Binding("down", "to_list", "Into the list", show=False, id="side.to_list"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode = "any"

    def compose(self) -> ComposeResult:
        with TabbedContent(id="side-tabs"):
            with TabPane("People", id="people-tab"):
                yield Label(self._mode_text(), id="people-mode")
                yield Input(placeholder="type to narrow", id="people-narrow", classes="narrow")
                yield PickList(id="people-list")
            with TabPane("Sources", id="sources-tab"):
                yield Input(placeholder="type to narrow", id="sources-narrow",
                            classes="narrow")
                yield PickList(id="sources-list")

    def _mode_text(self) -> str:
        return f"match {self.mode} · m toggles"

    @property
    def people(self) -> PickList:
        """The people list."""
        return self.query_one("#people-list", PickList)

    @property
    def sources(self) -> PickList:
        """The sources list."""
        return self.query_one("#sources-list", PickList)

    def show(self, people: list[PersonCount], sources: list[tuple[str, int]]) -> None:
        """Fill both lists."""
        self.people.fill([(p.name, p.events) for p in people])
        self.sources.fill(sources)

    def sync(self, people: tuple[str, ...], mode: str, sources: tuple[str, ...]) -> None:
        """Reflect the filter's current picks."""
        self.mode = mode
        self.query_one("#people-mode", Label).update(self._mode_text())
        self.people.set_picked(people)
        self.sources.set_picked(sources)

    def _list_for(self, narrow: Input) -> PickList:
        return self.people if narrow.id == "people-narrow" else self.sources

    @on(Input.Changed, ".narrow")
    def _narrow(self, event: Input.Changed) -> None:
        self._list_for(event.input).set_narrow(event.value)

    @on(Input.Submitted, ".narrow")
    def _to_list(self, event: Input.Submitted) -> None:
        self._list_for(event.input).focus()

    def action_to_list(self) -> None:
        """From a narrow box, move into its list (lists handle ``down`` themselves)."""
        if isinstance(self.screen.focused, Input):
            self._list_for(self.screen.focused).focus()

    def focus_narrow(self) -> None:
        """Show the people tab and put the cursor in its narrow box, ready to type."""
        self.query_one("#side-tabs", TabbedContent).active = "people-tab"
        self.query_one("#people-narrow", Input).focus()

    @on(SelectionList.SelectionToggled)
    def _toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        event.stop()
        plist = event.selection_list
        assert isinstance(plist, PickList)
        name = event.selection.value
        plist.picked.symmetric_difference_update({name})
        ordered = tuple(n for n, _ in plist.items if n in plist.picked)
        key = "people" if plist.id == "people-list" else "sources"
        self.post_message(FilterChanged({key: ordered}))

    def action_toggle_mode(self) -> None:
        self.mode = "all" if self.mode == "any" else "any"
        self.query_one("#people-mode", Label).update(self._mode_text())
        self.post_message(FilterChanged({"people_mode": self.mode}))
