"""What the dashboard does to the event under the cursor: fix its date, star, hide, undo,
copy it as Markdown, and export the whole view; and undoing the latest people edit. Writes
run in thread workers."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import on, work
from textual.screen import Screen

from core import triage
from core.daterange import Resolution, resolve_phrase
from core.export import event_markdown, export_timeline
from core.export.limits import beyond_calendar
from core.filters import TimelineFilter
from core.people.edits import undo_people_edit
from core.queries import event_detail, event_row, position_of
from core.rebuild import rebuild
from core.sanitize import strip_controls
from tui.clock import Clock
from tui.db import connect
from tui.messages import PeopleEdited
from tui.screens.export import ExportRequest, ExportScreen, refuse_target, write_atomically
from tui.screens.prompt import PromptScreen
from tui.text import counted
from tui.widgets.timeline import TimelineView


class EventActions(Screen[None]):
    """Actions on the current event; mixed into the dashboard screen."""

    db_path: Path
    clock: Clock
    export_dir: Path
    filter: TimelineFilter

    @property
    def timeline(self) -> TimelineView:
        """The timeline widget."""
        return self.query_one(TimelineView)

    def reload(self, cursor: int | None = None) -> None:
        """Re-query the view (the dashboard provides it)."""
        raise NotImplementedError

    def _current_id(self) -> int | None:
        row = self.timeline.current
        if row is None:
            self.notify("No event under the cursor.", severity="warning")
            return None
        return row.id

    # --- star, hide, undo ------------------------------------------------------------------

    def action_star(self) -> None:
        if (event_id := self._current_id()) is not None:
            self._flag(event_id, "star")

    def action_hide(self) -> None:
        if (event_id := self._current_id()) is not None:
            self._flag(event_id, "hide")

    @work(thread=True, group="triage", exit_on_error=False)
    def _flag(self, event_id: int, kind: str) -> None:
        with connect(self.db_path) as db:
            state = (triage.star if kind == "star" else triage.hide)(db, event_id)
        word = {("star", True): "Starred", ("star", False): "Unstarred",
                ("hide", True): "Hidden (u to undo)", ("hide", False): "Shown"}
        self.app.call_from_thread(self._after, word.get((kind, bool(state)), "Done"), None)

    def action_undo(self) -> None:
        self._undo()

    @work(thread=True, group="triage", exit_on_error=False)
    def _undo(self) -> None:
        with connect(self.db_path) as db:
            undone = triage.undo(db)
        text = f"Undid {undone.kind}" if undone else "Nothing to undo"
        self.app.call_from_thread(self._after, text, None)

    def _after(self, text: str, cursor: int | None) -> None:
        self.notify(text, timeout=3)
        self.reload(cursor)

    # --- people ----------------------------------------------------------------------------

    def action_undo_people(self) -> None:
        self._undo_people()

    @work(thread=True, group="people-edit", exclusive=True, exit_on_error=False)
    def _undo_people(self) -> None:
        """Forget the latest merge, split or hide, rebuild, and say what was undone."""
        with connect(self.db_path) as db:
            edit = undo_people_edit(db)
            if edit is not None:
                rebuild(db)
        self.post_message(PeopleEdited(
            strip_controls(f"Undid the {edit.describe()}") if edit else
            "No people edit to undo"))

    @on(PeopleEdited)
    def _people_edited(self, message: PeopleEdited) -> None:
        self._after(message.text, None)

    # --- fixing a date ---------------------------------------------------------------------

    def action_fix_date(self) -> None:
        if (event_id := self._current_id()) is not None:
            self._open_fix(event_id)

    @work(thread=True, group="triage", exit_on_error=False)
    def _open_fix(self, event_id: int) -> None:
        with connect(self.db_path) as db:
            anchor = triage.event_anchor(db, event_id)
        self.app.call_from_thread(self._ask_fix, event_id, anchor)

    def _ask_fix(self, event_id: int, anchor: datetime | None) -> None:
        when = anchor or self.clock()
        row = self.timeline.current

        read: dict[str, Resolution] = {}  # the preview (a worker) reads; Enter reuses it

        def preview(text: str) -> tuple[bool, str]:
            found = resolve_phrase(text, when)
            if found is None:  # say why, when it is the calendar's edge (e.g. 9999-W52)
                return False, strip_controls(beyond_calendar(text) or
                                             f"cannot read {text.strip()!r} as a date")
            read[text.strip()] = found
            d = found.date
            return True, (f"→ {d.display}  ({d.value}, {d.start}..{d.end}) · "
                          f"{found.explanation}")

        def done(text: str | None) -> None:
            # Enter may come before the preview worker has read the text: read it here then
            found = (read.get(text.strip()) or resolve_phrase(text, when)) if text else None
            if found is not None:
                self._save_fix(event_id, found.date.value, found.date.mod)

        title = f"Correct the date of: {row.display if row else 'event'}"
        hint = f"a phrase read against {when.date()} (e.g. last Tuesday) or a value (2024-05)"
        self.app.push_screen(PromptScreen(title, hint, preview=preview, allow_empty=False), done)

    @work(thread=True, group="triage", exit_on_error=False)
    def _save_fix(self, event_id: int, value: str, mod: str | None) -> None:
        with connect(self.db_path) as db:
            ok = triage.set_date(db, event_id, value, mod)
            row = event_row(db, event_id)
            where = position_of(db, self.filter, event_id)
        text = f"Date set to {row.display}" if ok and row else "Could not set that date"
        self.app.call_from_thread(self._after, text, where)

    # --- copy and export -------------------------------------------------------------------

    def action_copy(self) -> None:
        if (event_id := self._current_id()) is not None:
            self._copy(event_id)

    @work(thread=True, group="copy", exclusive=True, exit_on_error=False)
    def _copy(self, event_id: int) -> None:
        with connect(self.db_path) as db:
            detail = event_detail(db, event_id)
        if detail is not None:
            text = strip_controls(event_markdown(detail))
            self.app.call_from_thread(self.app.copy_to_clipboard, text)
            self.app.call_from_thread(self.notify, "Copied the event as Markdown", timeout=2)

    def action_export(self) -> None:
        def done(request: ExportRequest | None) -> None:
            if request is not None:
                self._export(request, self.filter)

        self.app.push_screen(
            ExportScreen(self.timeline.shown, self.export_dir, self.db_path), done)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(self, request: ExportRequest, flt: TimelineFilter) -> None:
        refusal = refuse_target(request.path, self.db_path)
        if refusal:
            self.app.call_from_thread(self.notify, f"Export refused: {refusal}",
                                      severity="error")
            return
        try:
            with connect(self.db_path) as db:
                written = write_atomically(request.path, lambda out: export_timeline(
                    db, flt, request.fmt, out, stamp=self.clock()))
        except (OSError, ValueError) as exc:
            self.app.call_from_thread(self.notify, f"Export failed: {exc}", severity="error")
            return
        self.app.call_from_thread(
            self.notify, f"Wrote {counted(written, 'event')} to {request.path}", timeout=4)
