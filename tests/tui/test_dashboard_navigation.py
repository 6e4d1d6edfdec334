"""Moving through the timeline, help, key map overrides and safe rendering."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from screen_text import screen_text, settle

from core.queries import TimelineRow
from tui.app import DatelineApp
from tui.layout import Separator
from tui.screens.help import HelpScreen
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]


def _rows(app: DatelineApp) -> list[TimelineRow]:
    return [r for r in app.screen.query_one(TimelineView).visible_rows()
            if isinstance(r, TimelineRow)]


async def test_first_rows_are_shown_in_date_order(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        assert view.shown == 60
        rows = _rows(app)
        assert rows and [r.date_start for r in rows] == sorted(r.date_start for r in rows)
        assert isinstance(view.visible_rows()[0], Separator)
        assert rows[0].title in screen_text(app)
        assert "60 events" in screen_text(app)


async def test_cursor_moves_with_arrows_vim_keys_pages_and_ends(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        await pilot.press("down", "j")
        assert view.cursor == 2
        await pilot.press("k")
        assert view.cursor == 1
        await pilot.press("G")
        await settle(pilot)
        assert view.cursor == 59
        assert view.current is not None
        assert view.current.title.split(" \x1b")[0][:20] in screen_text(app)
        await pilot.press("g")
        assert view.cursor == 0
        await pilot.press("pagedown")
        assert view.cursor > 5
        await pilot.press("pageup")
        assert view.cursor == 0
        await pilot.press("end", "home")
        assert view.cursor == 0


async def test_month_and_year_jumps(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        first_month = view.layout_.month_of(0)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert view.layout_.month_of(view.cursor) > (first_month or "")
        assert view.layout_.month_of(view.cursor - 1) == first_month
        await pilot.press("left_square_bracket")
        assert view.cursor == 0
        await pilot.press("right_curly_bracket")
        await settle(pilot)
        month = view.layout_.month_of(view.cursor)
        assert month is not None and month.startswith("2024")
        await pilot.press("left_curly_bracket")
        assert view.cursor == 0


async def test_detail_pane_follows_the_cursor(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        await pilot.press("j")
        await settle(pilot)
        assert view.current is not None
        text = screen_text(app)
        assert "Sources (" in text
        assert "receipt" in text


async def test_help_lists_the_focused_pane_then_everything(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        names = [name for name, _ in app.screen.sections]
        assert names[0] == "Timeline" and names[-1] == "Everywhere"
        everywhere = {d: k.split() for k, d, _ in app.screen.sections[-1][1]}
        assert "q" in everywhere["Quit"] and everywhere["Search"] == ["/"]
        assert "Next event" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_keymap_file_overrides_a_binding_by_id(make_app: AppFactory,
                                                     tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"timeline.down" = "n"\n"app.help" = "f1"\n', encoding="utf-8")
    app = make_app(keymap_file=keys)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        await pilot.press("n", "n")
        assert view.cursor == 2
        await pilot.press("down")
        assert view.cursor == 2  # "down" was replaced by "n"
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_article_text_is_shown_without_control_sequences(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        for _ in range(60):
            if view.current and "(update)" in view.current.title:  # the hostile title
                break
            await pilot.press("j")
            await settle(pilot, rounds=1)
        assert view.current is not None and "(update)" in view.current.title
        assert "\x1b" not in view.current.title  # core.queries cleans what it reads
        text = screen_text(app)
        assert "(update)" in text
        assert "\x1b" not in text and "[31m" not in text


async def test_copy_puts_the_event_on_the_clipboard_as_markdown(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        assert view.current is not None
        assert app.clipboard.startswith(f"**{view.current.display}**")
        assert "Sources:" in app.clipboard


async def test_an_empty_database_opens_and_says_so(make_app: AppFactory, tmp_path: Path) -> None:
    from core.store import open_db

    empty = tmp_path / "empty.db"
    open_db(empty).close()
    app = make_app(db=empty)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(TimelineView).shown == 0
        assert "No events here." in screen_text(app)
        await pilot.press("j", "s", "y", "G")
        await settle(pilot)
        assert "0 events" in screen_text(app)


async def test_enter_reads_the_detail_and_escape_comes_back(make_app: AppFactory) -> None:
    from tui.widgets.detail import DetailPane

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert isinstance(app.focused, DetailPane)
        await pilot.press("escape")
        assert isinstance(app.focused, TimelineView)


async def test_tab_cycles_through_the_panes(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        seen = []
        for _ in range(8):
            await pilot.press("tab")
            seen.append(type(app.focused).__name__)
        assert {"TimelineView", "DetailPane", "Input", "PickList"} <= set(seen)


async def test_a_failing_query_is_reported_not_fatal(make_app: AppFactory,
                                                     monkeypatch: object) -> None:
    import tui.screens.dashboard as dashboard

    def broken(*args: object) -> None:
        raise RuntimeError("database disk image is malformed")

    monkeypatch.setattr(dashboard, "event_detail", broken)  # type: ignore[attr-defined]
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert app.is_running
        assert any("malformed" in n.message for n in app._notifications)


async def test_go_to_a_date(make_app: AppFactory) -> None:
    from datetime import date

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("colon", *"2024-02", "enter")
        await settle(pilot)
        view = app.screen.query_one(TimelineView)
        assert view.current is not None and view.current.date_start >= date(2024, 2, 1)
        assert view.cache.get(view.cursor - 1).date_start < date(2024, 2, 1)  # type: ignore[union-attr]


async def test_refresh_picks_up_a_concurrent_ingest(make_app: AppFactory,
                                                    small_db: Path) -> None:
    from core.store import open_db

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        writer = open_db(small_db)
        writer.execute(
            "INSERT INTO events(event_key, title, sentence, expression, date_value, granularity,"
            " rank, date_start, date_end, display, confidence, sources, people, implied)"
            " VALUES ('new', 'A late arrival', 'A late arrival.', 'today', '2024-05-31', 'day',"
            " 8, '2024-05-31', '2024-05-31', '31 May 2024', 0.9, 1, '', 0)")
        writer.conn.commit()
        writer.close()
        await pilot.press("r")
        await settle(pilot)
        assert app.screen.query_one(TimelineView).shown == 61
        assert "61 events" in screen_text(app)
