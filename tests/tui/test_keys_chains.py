"""The key map checker's idea of which bindings work together (``tui.app.key_chains``) is the
mounted app's, and every binding Dateline declares has an id and a description."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from screen_text import settle
from textual.app import App
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

from tui.app import DatelineApp, key_chains
from tui.keymap import Scope
from tui.screens.help import HIDDEN_ACTIONS

AppFactory = Callable[..., DatelineApp]


def _chain_ids(focused: Widget) -> frozenset[str]:
    """The binding ids that work while ``focused`` has the focus (a modal screen ends the
    chain, as in Textual's ``_modal_binding_chain``)."""
    ids: set[str] = set()
    for node in focused.ancestors_with_self:
        ids.update(b.id for bs in node._bindings.key_to_bindings.values() for b in bs if b.id)
        if node.is_modal:
            break
    return frozenset(ids)


def _declared_ids() -> set[frozenset[str]]:
    return {frozenset(b.id for scope in chain for b in scope.bindings if b.id)
            for chain in key_chains()}


@pytest.mark.parametrize("keys", [(), ("question_mark",), ("e",), ("slash",)],
                         ids=["dashboard", "help", "export", "prompt"])
async def test_every_focusable_node_has_a_declared_chain(make_app: AppFactory,
                                                         keys: tuple[str, ...]) -> None:
    app = make_app()
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        declared = _declared_ids()
        focusable = [w for w in app.screen.query("*") if w.focusable]
        assert focusable
        for widget in focusable:
            ids = _chain_ids(widget)
            # a node without ids of its own (a text box, a button) is covered by its parents'
            assert ids in declared or any(ids < chain for chain in declared), widget


def _textual_defaults() -> set[tuple[str, str]]:
    """(key, action) of the bindings Textual's own App and Screen bring."""
    scopes = [Scope.of(App, "app"), Scope.of(Screen, "screen"), Scope.of(ModalScreen, "screen")]
    return {(b.key, b.action) for scope in scopes for b in scope.bindings}


def test_every_dateline_binding_has_an_id_and_a_description() -> None:
    textual = _textual_defaults()
    seen: dict[str, tuple[str, str]] = {}
    for chain in key_chains():
        for scope in chain:
            for binding in scope.bindings:
                if (binding.key, binding.action) in textual or binding.action in HIDDEN_ACTIONS:
                    continue
                assert binding.id and binding.description, binding
                # one id, one action (the same binding may sit in several chains)
                assert seen.setdefault(binding.id, (scope.namespace, binding.action)) == (
                    scope.namespace, binding.action), binding


def test_vim_aliases_stay_out_of_the_footer() -> None:
    bindings = [b for chain in key_chains() for scope in chain for b in scope.bindings]
    aliases = [b for b in bindings if b.id and b.id.endswith("_vim")]
    assert len(aliases) >= 10
    assert not any(b.show for b in aliases)
