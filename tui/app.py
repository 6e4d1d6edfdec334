"""The Dateline dashboard application and ``create_app``, the factory tests and the CLI use."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from core.paths import keymap_path
from tui.clock import Clock, system_clock
from tui.commands import DatelineCommands
from tui.keymap import Scope, check_keymap, load_keymap
from tui.screens.dashboard import DashboardScreen
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen, key_sections
from tui.screens.prompt import PromptScreen
from tui.widgets.detail import DetailPane
from tui.widgets.people import PickList, SidePanel
from tui.widgets.timeline import TimelineView

KEYMAP_TOAST_SECONDS = 20  # long enough to read a path and an entry


class DatelineApp(App[None]):
    """One dated timeline from many news articles."""

    CSS_PATH = "dateline.tcss"
    TITLE = "Dateline"
    COMMANDS: ClassVar = App.COMMANDS | {DatelineCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit Dateline", id="app.quit"),
        Binding("question_mark", "help", "Help", tooltip="Help: show the keys", id="app.help"),
    ]

    def __init__(self, db_path: Path, *, clock: Clock = system_clock,
                 keymap_file: Path | None = None, export_dir: Path | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.clock = clock
        self.keymap_file = keymap_file
        self.export_dir = export_dir or Path.cwd()

    def on_mount(self) -> None:
        loaded = load_keymap(self.keymap_file)
        keymap = check_keymap(loaded, key_chains())
        if keymap:
            self.set_keymap(keymap)
        for problem in loaded.problems:
            self.notify(problem, title="Key map", severity="warning", markup=False,
                        timeout=KEYMAP_TOAST_SECONDS)
        self.push_screen(DashboardScreen(self.db_path, self.clock, self.export_dir))

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(key_sections(self.screen)))


def key_chains() -> list[list[Scope]]:
    """The nodes whose keys work at the same time: each pane of the dashboard with its
    containers, the screen and the app; each dialog alone (a modal screen stops the chain).
    ``tests/tui/test_keys_chains.py`` checks this against the mounted dashboard."""
    app = Scope.of(DatelineApp, "app")
    board = Scope.of(DashboardScreen, "screen")
    return [
        [Scope.of(TimelineView, "timeline"), board, app],
        [Scope.of(DetailPane, "detail"), board, app],
        [Scope.of(PickList, "list"), Scope.of(SidePanel, "side"), board, app],
        [Scope.of(HelpScreen, "screen")],
        [Scope.of(ExportScreen, "screen")],
        [Scope.of(PromptScreen, "screen")],
    ]


def create_app(db_path: Path, *, clock: Clock | None = None, keymap_file: Path | None = None,
               use_user_keymap: bool = True, export_dir: Path | None = None) -> DatelineApp:
    """A dashboard over ``db_path`` (which must exist).

    ``clock`` freezes "today" for tests; ``keymap_file`` defaults to the user's key map
    (``core.paths.keymap_path()``) unless ``use_user_keymap`` is False.
    """
    if keymap_file is None and use_user_keymap:
        keymap_file = keymap_path()
    return DatelineApp(db_path, clock=clock or system_clock, keymap_file=keymap_file,
                       export_dir=export_dir)
