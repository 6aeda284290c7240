"""The meeting cycle in the window (issue 16): Reports › Follow-up agenda, What changed
since a meeting, Follow-up minutes (print preview or PDF, through the Reports controller's
one mechanism), and "Review the open items…" on a meeting (the Edit menu and the meeting's
context menu in the navigation), which opens review mode (``ui.review_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from tracker.domain.errors import TrackerError
from tracker.services.core import Tracker
from tracker.ui.i18n import current_language

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow
    from tracker.ui.report_actions import ReportsController
    from tracker.ui.review_dialog import ReviewDialog


class ReviewController(QObject):
    """Owns the meeting cycle's actions of one main window."""

    def __init__(
        self,
        window: MainWindow,
        tracker: Tracker,
        reports: ReportsController,
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker
        self.reports = reports
        self.today = today
        menu = window.menu("reports")

        def act(text: str, slot: Callable[[], object], name: str) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.action_agenda = act(
            self.tr("Follow-up agenda…"), self.preview_agenda, "action_report_agenda"
        )
        self.action_changes = act(
            self.tr("What changed since a meeting…"),
            self.preview_changes,
            "action_report_changes",
        )
        self.action_minutes = act(
            self.tr("Follow-up minutes of a meeting…"),
            self.preview_minutes,
            "action_report_minutes",
        )
        pdf_menu = menu.findChild(QMenu, "menu_save_pdf")
        # after the other reports, before "Save as PDF" and the exports
        before = pdf_menu.menuAction() if pdf_menu is not None else None
        for a in (self.action_agenda, self.action_changes, self.action_minutes):
            menu.insertAction(before, a) if before is not None else menu.addAction(a)
        if pdf_menu is not None:
            pdf_menu.addAction(
                act(
                    self.tr("Follow-up agenda…"),
                    lambda: self.reports.save_built(
                        self._agenda_builder(self._upcoming_selected()), "agenda"
                    ),
                    "action_pdf_agenda",
                )
            )
        self.action_review = act(
            self.tr("Review the open items…"), self.review_current, "action_review"
        )
        edit = window.menu("edit")
        edit.addAction(self.action_review)

    # -- hooks that tests replace (no modal dialog in an offscreen test) ----------------
    def exec_dialog(self, dialog: ReviewDialog) -> None:
        """Review mode, modal; deleted once closed (``forms.run_modal``)."""
        from tracker.ui.forms import run_modal

        run_modal(dialog)

    def ask_meeting(self, title: str) -> int | None:
        """A meeting chosen in a list (the latest first); None if cancelled."""
        meetings = sorted(self.tracker.meetings.list(), key=lambda m: (m.held_on, m.id))[::-1]
        if not meetings:
            return None
        names = [f"{m.held_on.isoformat()} — {m.title}" for m in meetings]
        name, ok = QInputDialog.getItem(self.window, title, self.tr("Meeting:"), names, 0, False)
        return meetings[names.index(name)].id if ok and name in names else None

    def _current_meeting(self, title: str) -> int | None:
        meeting_id = self.window.model.item_filter().meeting_id
        return meeting_id if meeting_id is not None else self.ask_meeting(title)

    # -- documents ----------------------------------------------------------------------
    def _agenda_builder(self, meeting_id: int | None = None) -> Callable[[], object]:
        tracker, today, lang = self.tracker, self.today(), current_language()
        return lambda: tracker.review.agenda(today, lang, meeting_id)

    def _upcoming_selected(self) -> int | None:
        """The meeting selected in the navigation if it is today's or a later one (the
        agenda is prepared for it), else None (the agenda as of today)."""
        meeting_id = self.window.model.item_filter().meeting_id
        if meeting_id is None:
            return None
        held_on = self.tracker.meetings.get(meeting_id).meeting.held_on
        return meeting_id if held_on >= self.today() else None

    def preview_agenda(self) -> object:
        return self.reports.preview_built(self._agenda_builder(self._upcoming_selected()))

    def preview_changes(self, meeting_id: int | None = None) -> object:
        if meeting_id is None:
            meeting_id = self._current_meeting(self.tr("What changed since a meeting"))
        if meeting_id is None:
            return None
        tracker, today, lang = self.tracker, self.today(), current_language()
        return self.reports.preview_built(lambda: tracker.review.changes(meeting_id, today, lang))

    def preview_minutes(self, meeting_id: int | None = None) -> object:
        if meeting_id is None:
            meeting_id = self._current_meeting(self.tr("Follow-up minutes"))
        if meeting_id is None:
            return None
        tracker, today, lang = self.tracker, self.today(), current_language()
        return self.reports.preview_built(lambda: tracker.review.minutes(meeting_id, today, lang))

    # -- review mode --------------------------------------------------------------------
    def add_to_menu(self, menu: QMenu, meeting_id: int) -> None:
        """The meeting's context menu (navigation): review it, its minutes."""
        menu.addAction(self.tr("Review the open items…"), lambda: self.review(meeting_id))
        menu.addAction(
            self.tr("Follow-up minutes of a meeting…"), lambda: self.preview_minutes(meeting_id)
        )

    def review_current(self) -> None:
        meeting_id = self._current_meeting(self.tr("Review the open items"))
        if meeting_id is not None:
            self.review(meeting_id)

    def review(self, meeting_id: int) -> ReviewDialog | None:
        from tracker.ui.review_dialog import ReviewDialog

        try:
            dialog = ReviewDialog(self.tracker, meeting_id, self.today, self.window)
        except TrackerError as exc:  # the meeting went to the trash meanwhile…
            self.reports.show_error(exc.message(current_language()))
            return None
        dialog.changed.connect(self.window.refresh)  # the table behind follows live
        self.exec_dialog(dialog)
        return dialog


def install_review_actions(
    window: MainWindow, tracker: Tracker, reports: ReportsController
) -> ReviewController:
    return ReviewController(window, tracker, reports, window.today)
