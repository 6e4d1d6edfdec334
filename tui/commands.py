"""The command palette: every action, every person, every source and every filter."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from core.sanitize import strip_controls

if TYPE_CHECKING:
    from tui.screens.dashboard import DashboardScreen

ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Search titles and sentences", "search", "/"),
    ("Filter by dates", "dates", "d"),
    ("Go to a date", "goto_date", ":"),
    ("Clear all filters", "clear", "x"),
    ("Export the current view", "export", "e"),
    ("Refresh (re-query the database)", "refresh", "r"),
    ("Correct the date of this event", "fix_date", "f"),
    ("Star or unstar this event", "star", "s"),
    ("Hide or show this event", "hide", "h"),
    ("Undo the last correction", "undo", "u"),
    ("Copy this event as Markdown", "copy", "y"),
    ("Focus the people list", "focus_people", "p"),
    ("Focus the timeline", "focus_timeline", "t"),
)

TIMELINE_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Timeline: first event", "first", "g / home"),
    ("Timeline: last event", "last", "G / end"),
    ("Timeline: next month", "month(1)", "]"),
    ("Timeline: previous month", "month(-1)", "["),
    ("Timeline: next year", "year(1)", "}"),
    ("Timeline: previous year", "year(-1)", "{"),
    ("Timeline: read the detail", "screen.focus_detail", "enter"),
)


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
        for title, action, key in ACTIONS:
            out.append((title, partial(board.run_action, action), f"key: {key}"))
        for title, action, key in TIMELINE_ACTIONS:
            out.append((title, partial(board.timeline.run_action, action), f"key: {key}"))
        out.append(("Help: show the keys", partial(self.app.run_action, "help"), "key: ?"))
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
