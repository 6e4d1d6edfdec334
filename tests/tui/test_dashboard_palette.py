"""The command palette offers what the keys do here, every person, every source and every
filter; its actions and their key hints come from the active bindings."""

from __future__ import annotations

from collections.abc import Callable

from screen_text import settle

from tui.app import DatelineApp
from tui.commands import DatelineCommands
from tui.widgets.people import PickList
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


async def _hints(app: DatelineApp) -> dict[str, str]:
    provider = DatelineCommands(app.screen)
    return {str(hit.text): hit.help or "" async for hit in provider.discover()}


async def test_palette_lists_actions_people_sources_and_filters(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        hints = await _hints(app)
        board = app.screen
        # every binding of the screen, the focused timeline and the app, by its tooltip or
        # description, with every key that does it (vim aliases too)
        assert hints["Search titles and sentences"] == "key: /"
        assert hints["Go to a date"] == "key: :"
        assert hints["Help: show the keys"] == "key: ?"
        assert hints["Timeline: Next event"] == "key: ↓ j"
        assert hints["Timeline: First event"] == "key: home g"
        assert hints["Timeline: Next month"] == "key: ]"
        assert not any(title.startswith(("Focus Next", "Scroll")) for title in hints)
        for name in board.people_names:
            assert f"Person: {name}" in hints
        for name in board.source_names:
            assert f"Source: {name}" in hints
        assert {"Filter: starred only", "Filter: include hidden events"} <= set(hints)


async def test_palette_follows_the_focused_pane(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("p", "down")  # the people list's text box, then into the list
        await settle(pilot)
        assert isinstance(app.screen.focused, PickList)
        hints = await _hints(app)
        assert hints["List: Pick"] == "key: space ⏎"
        assert hints["People and sources: People must all match, or any"] == "key: m"
        assert "Timeline: Next event" not in hints
        assert hints["Focus the timeline"] == "key: t"


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
        hits = [h async for h in provider.search("Timeline: Last event")]
        await max(hits, key=lambda h: h.score).command()  # type: ignore[misc]
        await settle(pilot)
        assert app.screen.query_one(TimelineView).cursor == 59
