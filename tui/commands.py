"""The command palette: what the keys do here, every person, every source and every filter.

The actions come from the dashboard's active bindings (the focused pane's, the screen's and the
app's, with the user's key map applied by Textual), so a hint never names a key that a
``keys.toml`` moved elsewhere, and there is no second list of keys to keep up to date.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from core.sanitize import strip_controls
from tui.screens.help import active_actions

if TYPE_CHECKING:
    from tui.screens.dashboard import DashboardScreen


class DatelineCommands(Provider):
    """Commands for the dashboard screen."""

    def _dashboard(self) -> DashboardScreen | None:
        from tui.screens.dashboard import DashboardScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, DashboardScreen):
                return screen
        return None

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        board = self._dashboard()
        if board is None:
            return []
        out: list[tuple[str, Callable[[], object], str]] = []
        for action in active_actions(board):
            binding = action.binding
            if not binding.id:  # Textual's own (focus next, copy text): not Dateline's actions
                continue
            text = binding.tooltip or binding.description
            title = text if action.group == "Everywhere" else f"{action.group}: {text}"
            where = " (outside a text box)" if action.typed else ""
            out.append((title, partial(self.app.run_action, binding.action, action.node),
                        f"key: {' '.join(action.keys)}{where}"))
        flt = board.filter
        out.append(("Filter: starred only" if not flt.starred_only else "Filter: all, not only "
                    "starred", lambda: board.set_filter(board.filter.with_(
                        starred_only=not board.filter.starred_only)), "toggle"))
        out.append(("Filter: include hidden events" if not flt.include_hidden else
                    "Filter: leave out hidden events", lambda: board.set_filter(
                        board.filter.with_(include_hidden=not board.filter.include_hidden)),
                    "toggle"))
        out.append((f"Filter: people must all match (now {flt.people_mode})",
                    lambda: board.set_filter(board.filter.with_(
                        people_mode="all" if board.filter.people_mode == "any" else "any")),
                    "any/all"))
        for name in board.people_names:
            out.append((f"Person: {strip_controls(name)}",
                        partial(self._only, board, "people", name), "show only their events"))
        for name in board.source_names:
            out.append((f"Source: {strip_controls(name)}",
                        partial(self._only, board, "sources", name), "show only this outlet"))
        return out

    @staticmethod
    def _only(board: DashboardScreen, field: str, name: str) -> None:
        board.set_filter(board.filter.with_(**{field: (name,)}))

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> AsyncIterator[Hit]:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
