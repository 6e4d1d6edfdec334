"""The command palette offers every action, every person, every source and every filter."""

from __future__ import annotations

from collections.abc import Callable

from screen_text import settle

from tui.app import DatelineApp
from tui.commands import ACTIONS, TIMELINE_ACTIONS, DatelineCommands
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


async def test_palette_lists_actions_people_sources_and_filters(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        provider = DatelineCommands(app.screen)
        titles = [hit.text for hit in [h async for h in provider.discover()]]
        board = app.screen
        for title, _, _ in ACTIONS + TIMELINE_ACTIONS:
            assert title in titles
        for name in board.people_names:
            assert f"Person: {name}" in titles
        for name in board.source_names:
            assert f"Source: {name}" in titles
        assert {"Filter: starred only", "Filter: include hidden events"} <= set(titles)


async def test_palette_search_runs_a_person_filter(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        board = app.screen
        name = board.people_names[2]
        provider = DatelineCommands(board)
        hits = [h async for h in provider.search(f"Person: {name}")]
        best = max(hits, key=lambda h: h.score)
        best.command()
        await settle(pilot)
        assert board.filter.people == (name,)
        view = board.query_one(TimelineView)
        assert 0 < view.shown < 60


async def test_palette_opens_from_the_keyboard(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert type(app.screen).__name__ == "CommandPalette"


async def test_palette_moves_the_timeline(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        provider = DatelineCommands(app.screen)
        hits = [h async for h in provider.search("Timeline: last event")]
        await max(hits, key=lambda h: h.score).command()  # type: ignore[misc]
        await settle(pilot)
        assert app.screen.query_one(TimelineView).cursor == 59
