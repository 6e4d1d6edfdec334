"""keys.toml is read and checked before Textual applies it: unknown ids, keys Textual cannot
read and keys that would do two things are reported and left out; the rest apply."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import key_chains
from tui.keymap import check_keymap, key_problem, load_keymap


@pytest.mark.parametrize("key", ["n", "G", "?", "+", "ctrl+f", "f2", "pageup", "escape",
                                 "question_mark", "slash", "right_square_bracket",
                                 "ctrl+shift+up", "alt+enter", "space"])
def test_keys_textual_can_deliver(key: str) -> None:
    assert key_problem(key) is None


@pytest.mark.parametrize(("key", "why"), [
    ("", "no key"), ("ctrl+", "no key"), ("cmd+s", "unknown modifier 'cmd'"),
    ("ctrl+ctrl+a", "repeats"), ("Down", "not a key name"), ("foo", "not a key name"),
    ("question mark", "not a key name"), ("solidus", "not a key name"),
    (" ", "not a printable key"), ("\t", "not a printable key"),
])
def test_keys_textual_cannot_deliver(key: str, why: str) -> None:
    problem = key_problem(key)
    assert problem is not None and why in problem


def _check(tmp_path: Path, text: str) -> tuple[dict[str, str], list[str]]:
    path = tmp_path / "keys.toml"
    path.write_text(text, encoding="utf-8")
    loaded = load_keymap(path)
    return check_keymap(loaded, key_chains()), loaded.problems


def test_every_way_of_writing_the_file(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, (
        '"timeline.down" = "n"\n'
        'timeline.up = ["o", "ctrl+up"]\n'  # unquoted dotted key: a nested table in TOML
        '[keys]\n"dashboard.star" = "S"\n'
        '[keys.detail]\ndown = "ctrl+n"\n'))
    assert problems == []
    assert keymap == {"timeline.down": "n", "timeline.up": "o,ctrl+up", "dashboard.star": "S",
                      "detail.down": "ctrl+n"}


def test_swapping_two_keys_is_no_clash(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, '"dashboard.star" = "h"\n"dashboard.hide" = "s"\n')
    assert problems == []
    assert keymap == {"dashboard.star": "h", "dashboard.hide": "s"}


def test_a_vim_alias_on_its_actions_default_key_is_no_clash(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, '"timeline.down_vim" = "down"\n')
    assert problems == [] and keymap == {"timeline.down_vim": "down"}


def test_the_same_key_in_panes_never_active_together_is_no_clash(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, '"detail.top" = "n"\n"timeline.down" = "n"\n')
    assert problems == [] and set(keymap) == {"detail.top", "timeline.down"}


@pytest.mark.parametrize(("text", "says"), [
    ('"timeline.dwon" = "n"\n', '"timeline.dwon" = "n": no binding has this id'),
    ('"dashboard.star" = "cmd+s"\n', "\"dashboard.star\" = \"cmd+s\": 'cmd+s' has an unknown"),
    ('"dashboard.star" = "n,Down"\n', "'Down' is not a key name"),
    ('"dashboard.star" = []\n', "needs at least one key"),
    ('"dashboard.star" = 3\n', "needs a key string"),
    # a key another action has in the same chain: the screen's, the app's, Textual's own
    ('"dashboard.hide" = "x"\n', "x already means 'Clear filters' (dashboard.clear)"),
    ('"timeline.detail" = "q"\n', "q already means 'Quit' (app.quit)"),
    ('"timeline.detail" = "tab"\n', "tab already means 'Focus Next'"),
    ('"dashboard.search" = "j"\n', "j already means 'Next event' (timeline.down_vim)"),
    ('"export.cancel" = "shift+tab"\n', "shift+tab already means 'Focus Previous'"),
    ('"dashboard.search" = "?"\n', "? already means 'Help' (app.help)"),
    ('"dashboard.search" = "question_mark"\n', "? already means 'Help' (app.help)"),
])
def test_each_bad_entry_is_one_problem_naming_file_and_entry(tmp_path: Path, text: str,
                                                              says: str) -> None:
    keymap, problems = _check(tmp_path, text)
    assert keymap == {}
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'keys.toml'}: ")
    assert says in problems[0] and problems[0].endswith("entry ignored")


def test_of_two_entries_on_one_key_the_later_is_left_out(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, '"dashboard.star" = "z"\n"dashboard.hide" = "z"\n'
                                        '"timeline.up" = "o"\n')
    assert keymap == {"dashboard.star": "z", "timeline.up": "o"}
    assert len(problems) == 1
    assert '"dashboard.hide" = "z"' in problems[0] and "(dashboard.star)" in problems[0]


def test_leaving_an_entry_out_can_uncover_another_clash(tmp_path: Path) -> None:
    # hide cannot go to x, so it stays on h, where star wanted to go: both are reported
    keymap, problems = _check(tmp_path, '"dashboard.star" = "h"\n"dashboard.hide" = "x"\n')
    assert keymap == {}
    assert len(problems) == 2


def test_a_file_toml_cannot_read_is_one_problem(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, '"timeline.down" = \n')
    assert keymap == {}
    assert len(problems) == 1 and "no key in it was applied" in problems[0]


def test_a_given_twice_entry_is_reported(tmp_path: Path) -> None:
    keymap, problems = _check(tmp_path, '"timeline.down" = "n"\n[keys]\n"timeline.down" = "m"\n')
    assert keymap == {"timeline.down": "n"}
    assert len(problems) == 1 and "a second time" in problems[0]


def test_control_sequences_in_the_file_never_reach_a_toast(tmp_path: Path) -> None:
    _, problems = _check(tmp_path, '"timeline.\\u001b[31mdown" = "n"\n')
    assert len(problems) == 1 and "\x1b" not in problems[0]


def test_no_file_is_no_keymap(tmp_path: Path) -> None:
    loaded = load_keymap(tmp_path / "missing.toml")
    assert check_keymap(loaded, key_chains()) == {} and loaded.problems == []
