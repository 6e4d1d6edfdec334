"""Helpers for dashboard tests: wait for the workers, and read the screen as plain text."""

from __future__ import annotations

from contextlib import suppress

from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerFailed


async def settle(pilot: Pilot[None], rounds: int = 3) -> None:
    """Wait until no worker is running, no detail load is pending and the screen has caught
    up, a few times over."""
    app = pilot.app
    for _ in range(60):
        with suppress(WorkerFailed):  # the dashboard reports failed workers itself
            await app.workers.wait_for_complete()
        await pilot.pause()
        pending = any(getattr(s, "detail_pending", False) for s in app.screen_stack)
        if pending:
            await pilot.pause(0.03)
            continue
        if not any(w.is_running for w in app.workers):
            rounds -= 1
            if rounds <= 0:
                return
    await pilot.pause()


def screen_text(app: App[None]) -> str:
    """Every line of the current screen as text (no styles)."""
    return "\n".join(strip.text.rstrip() for strip in app.screen._compositor.render_strips())
