"""A remap in the user's keys.toml shows in the footer, the palette and the help screen; a bad
entry is one warning toast naming the file and the entry, and the good entries still work."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from screen_text import screen_text, settle
from textual.widgets import Input

from core.paths import keymap_path
from tui.app import KEYMAP_TOAST_SECONDS, DatelineApp, create_app
from tui.clock import frozen
from tui.commands import DatelineCommands
from tui.screens.help import HelpScreen, key_sections
from tui.widgets.timeline import TimelineView

AppFactory = Callable[..., DatelineApp]
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
Toasts = list[dict[str, object]]


def _recording(app: DatelineApp) -> Toasts:
    """Every toast the app raises, as keyword arguments."""
    toasts: Toasts = []
    shown = app.notify

    def notify(message: str, **kwargs: object) -> None:
        toasts.append({"message": message, **kwargs})
        shown(message, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return toasts


async def _palette(app: DatelineApp) -> dict[str, str]:
    provider = DatelineCommands(app.screen)
    return {str(hit.text): hit.help or "" async for hit in provider.discover()}


@pytest.fixture
def user_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's keys.toml where platformdirs finds it, in a private config home."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    path = keymap_path()
    assert path.is_relative_to(tmp_path)
    path.parent.mkdir(parents=True)
    return path


async def test_a_remap_shows_in_footer_palette_and_help(user_keys: Path, small_db: Path,
                                                        tmp_path: Path) -> None:
    user_keys.write_text('[keys]\n"dashboard.search" = "ctrl+f"\n"timeline.down" = "n"\n',
                         encoding="utf-8")
    app = create_app(small_db, clock=frozen(NOW), export_dir=tmp_path)  # the user's key map
    toasts = _recording(app)
    async with app.run_test(size=(160, 60)) as pilot:  # the whole footer and help
        await settle(pilot)
        assert toasts == []
        footer = screen_text(app).splitlines()[-1]
        assert "^f Search" in footer and "n Next event" in footer
        assert "/ Search" not in footer and "↓ Next event" not in footer

        palette = await _palette(app)
        assert palette["Search titles and sentences"] == "key: ^f"
        assert palette["Timeline: Next event"] == "key: n j"

        await pilot.press("n", "n")
        assert app.screen.query_one(TimelineView).cursor == 2
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = {desc: keys for _, entries in app.screen.sections for keys, desc, _ in entries}
        assert rows["Search"] == "^f" and rows["Next event"] == "n j"
        text = screen_text(app)
        assert re.search(r"\^f +Search +dashboard\.search", text)
        assert re.search(r"n j +Next event +timeline\.down timeline\.down_vim", text)
        assert not re.search(r"/ +Search", text)


@pytest.mark.parametrize(("entry", "says"), [
    ('"timeline.dwon" = "o"', "no binding has this id"),
    ('"timeline.detail" = "ctrl+"', "'ctrl+' has no key after the modifiers"),
    ('"timeline.detail" = "s"', "s already means 'Star' (dashboard.star)"),
])
async def test_each_bad_entry_is_one_toast_and_the_rest_apply(make_app: AppFactory,
                                                              tmp_path: Path, entry: str,
                                                              says: str) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text(f'[keys]\n"timeline.up" = "o"\n{entry}\n"timeline.down" = "n"\n',
                    encoding="utf-8")
    app = make_app(keymap_file=keys)
    toasts = _recording(app)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        assert len(toasts) == 1
        toast = toasts[0]
        assert toast["severity"] == "warning" and toast["title"] == "Key map"
        assert toast["timeout"] == KEYMAP_TOAST_SECONDS and toast["markup"] is False
        message = str(toast["message"])
        assert message.startswith(f"{keys}: {entry}: ") and says in message

        # the good entries before and after the bad one work; the bad one changed nothing
        view = app.screen.query_one(TimelineView)
        await pilot.press("n", "n", "n", "o")
        assert view.cursor == 2
        palette = await _palette(app)
        assert palette["Timeline: Read detail"] == "key: ⏎"
        assert palette["Star or unstar this event"] == "key: s"


async def test_several_bad_entries_are_one_toast_each(make_app: AppFactory,
                                                      tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('"nope" = "n"\n"dashboard.star" = "Star"\n"dashboard.hide" = "x"\n',
                    encoding="utf-8")
    app = make_app(keymap_file=keys)
    toasts = _recording(app)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        messages = [str(t["message"]) for t in toasts]
        assert [m.split(": ")[1] for m in messages] == [
            '"nope" = "n"', '"dashboard.star" = "Star"', '"dashboard.hide" = "x"']
        assert all(m.startswith(str(keys)) for m in messages)


async def test_a_text_box_with_focus_leaves_every_action_in_palette_and_help(
        make_app: AppFactory, tmp_path: Path) -> None:
    """The people list's text box takes letters as typing, so Textual drops the screen's letter
    keys from its active bindings; the palette and the help still offer those actions, with
    the key the key map gave them and a note that it works outside the text box."""
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"dashboard.star" = "z"\n"dashboard.dates" = "ctrl+d"\n',
                    encoding="utf-8")
    app = make_app(keymap_file=keys)
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        await pilot.press("p")  # the people list's text box
        await settle(pilot)
        assert isinstance(app.screen.focused, Input)
        palette = await _palette(app)
        assert palette["Star or unstar this event"] == "key: z (outside a text box)"
        # the text box's own ctrl+d (delete) shadows the remapped key too; / still searches
        assert palette["Filter by dates"] == "key: ^d (outside a text box)"
        assert palette["Search titles and sentences"] == "key: /"
        assert palette["Clear all filters"] == "key: x (outside a text box)"
        assert palette["Focus the timeline"] == "key: t (outside a text box)"
        here = {desc: keys for _, entries in key_sections(app.screen) for keys, desc, _ in entries}
        assert here["Star (outside a text box)"] == "z" and here["Search"] == "/"
        await pilot.press("escape", "question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = {desc: keys for _, entries in app.screen.sections for keys, desc, _ in entries}
        assert rows["Star"] == "z" and rows["Dates"] == "^d"


async def test_the_empty_timeline_names_the_clear_key_the_map_gives(
        make_app: AppFactory, tmp_path: Path) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"dashboard.clear" = "ctrl+x"\n', encoding="utf-8")
    app = make_app(keymap_file=keys)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        app.screen.set_filter(app.screen.filter.with_(text="zzqx nothing matches this"))
        await settle(pilot)
        text = screen_text(app)
        assert "No events here. Press ^x to clear the filters." in text
        assert "Press x" not in text
