"""Snapshots of the dashboard (pytest-textual-snapshot). Update with ``--snapshot-update``.

Everything time-dependent is frozen: the database is generated from a fixed seed and the app's
clock is stopped at 1 June 2024.
"""

from __future__ import annotations

from collections.abc import Callable

from screen_text import settle
from textual.pilot import Pilot

from tui.app import DatelineApp

AppFactory = Callable[..., DatelineApp]


def _then(*keys: str) -> Callable[[Pilot[None]], object]:
    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause()

    return run


def test_main_screen(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), run_before=_then("j", "j"))


def test_main_screen_at_80x24(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_then())


def test_person_filter(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36),
                        run_before=_then("p", "down", "down", "space", "t"))


def test_search(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    keys = ("slash", "b", "u", "d", "g", "e", "t", "enter")
    assert snap_compare(make_app(), terminal_size=(120, 36), run_before=_then(*keys))


def test_detail_pane(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    # event 3 (three sources, a title with escape sequences) after two moves down from the top
    assert snap_compare(make_app(), terminal_size=(120, 48),
                        run_before=_then("G", "k", "k", "k"))


def test_help_screen(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=(100, 40), run_before=_then("question_mark"))


def test_light_theme(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    async def light(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"
        await _then("j")(pilot)  # type: ignore[misc]

    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=light)


def test_key_events_view(snap_compare: Callable[..., bool], make_app: AppFactory) -> None:
    # the ten most important events, the cursor two down: a folded 2023, headed 2024 months
    assert snap_compare(make_app(), terminal_size=(120, 36),
                        run_before=_then("i", "minus", "minus", "j", "j"))
