"""Reminders on the desktop: a timer, the panel, the tray, keep-running-in-the-tray.

``install_reminders(window, tracker, clock)`` is the one entry point for the composition root.
The rules live in ``tracker.services.reminders``; this module only schedules checks and
routes what the user asks for from the panel or the tray.

When does it check? At install (whatever fell due while the app was closed), every minute,
when the application becomes active again, and when the wall clock jumps by more than two
minutes between two ticks (the machine slept: suspend stops the timer but not the clock).
The timer's checks run on a worker thread (with many overdue items a check takes a good
part of a second); a result older than one applied since is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tracker.domain.errors import TrackerError
from tracker.services import reminders as service
from tracker.services.core import Tracker
from tracker.services.reminders import Reminder, ReminderCheck
from tracker.ui import settings
from tracker.ui.background import BackgroundJob
from tracker.ui.i18n import current_language
from tracker.ui.reminders_panel import RemindersPanel, ask_snooze_date
from tracker.ui.tray import ReminderTray, tray_available

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

CHECK_INTERVAL_MS = 60_000
WAKE_GAP = timedelta(minutes=2)
PANEL_HEIGHT = 200

Clock = Callable[[], datetime]


class RemindersController(QObject):
    """Checks for reminders and acts on them; owns the panel, the tray icon and the timer."""

    checked = Signal(object)  # ReminderCheck, after every check
    announced = Signal(list)  # the new reminders of a check, once each

    def __init__(
        self,
        window: MainWindow,
        tracker: Tracker,
        clock: Clock = datetime.now,
        *,
        with_tray: bool | None = None,
        announce: bool = True,
    ) -> None:
        super().__init__(window)
        self.announce = announce  # False: list only, record nothing (e.g. for a screenshot)
        self.window = window
        self.tracker = tracker
        self.clock = clock
        self.last: ReminderCheck | None = None
        self.wakes = 0
        self._last_tick: datetime | None = None
        self._quitting = False
        self._told_about_tray = False
        self._seq = 0  # increases with every check begun; stale results are dropped
        self.checks = BackgroundJob("reminders", self)
        self.checks.finished.connect(self._background_result)
        self._again = False  # a check was asked for while one was running
        self._show_when_checked = False
        # Seams for tests (modal dialogs block offscreen tests).
        self.ask_date: Callable[[QWidget, date], date | None] = ask_snooze_date
        self.show_error: Callable[[str], None] = self._error_box

        self.panel = RemindersPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        window.resizeDocks([self.panel], [PANEL_HEIGHT], Qt.Orientation.Vertical)
        self.panel.hide()
        self.panel.open_requested.connect(self.open_item)
        self.panel.done_requested.connect(self.mark_done)
        self.panel.snooze_requested.connect(self.snooze)
        self.panel.dismiss_requested.connect(self.dismiss)

        use_tray = tray_available() if with_tray is None else with_tray
        self.tray: ReminderTray | None = ReminderTray(self) if use_tray else None
        if self.tray is not None:
            self.tray.show_window_requested.connect(self.show_window)
            self.tray.show_reminders_requested.connect(self.show_panel)
            self.tray.quit_requested.connect(self.quit)

        self._build_actions()
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setObjectName("reminders_timer")
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._apply_keep_in_tray()

    # -- menus ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        toggle = self.panel.toggleViewAction()
        toggle.setText(self.tr("&Reminders"))
        toggle.setObjectName("action_reminders")
        self.window.menu("view").addAction(toggle)  # type: ignore[attr-defined]

        self.keep_action = QAction(self.tr("Keep running in the tray when closed"), self)
        self.keep_action.setObjectName("action_keep_in_tray")
        self.keep_action.setCheckable(True)
        self.keep_action.setChecked(settings.keep_in_tray())
        if self.tray is None:
            self.keep_action.setEnabled(False)
            self.keep_action.setToolTip(self.tr("This desktop has no system tray."))
        self.keep_action.toggled.connect(self._keep_toggled)
        self.window.menu("tools").addAction(self.keep_action)  # type: ignore[attr-defined]

        # The window's File › Quit (Ctrl+Q) quits for real, even when closing keeps the
        # app in the tray.
        self.quit_action = self.window.action_quit  # type: ignore[attr-defined]
        self.quit_action.triggered.disconnect()
        self.quit_action.triggered.connect(self.quit)

    # -- checking ---------------------------------------------------------------------
    def start(self, *, background: bool = False) -> ReminderCheck | None:
        """First check (collects what fell due while closed), then every minute.

        ``background=True`` (the app) runs the first check on the worker thread too; the
        panel shows itself when the answer comes.
        """
        self._last_tick = self.clock()
        self.timer.start()
        if background:
            self._show_when_checked = True
            self.check_in_background()
            return None
        result = self.check_now()
        if result is not None and result.reminders:
            self.panel.show()
        return result

    def tick(self) -> None:
        """The timer: check, and notice a wake (a wall-clock jump between two ticks)."""
        now = self.clock()
        woke = False
        if self._last_tick is not None:
            gap = service.to_utc(now) - service.to_utc(self._last_tick)
            woke = gap > timedelta(milliseconds=CHECK_INTERVAL_MS) + WAKE_GAP
        self._last_tick = now
        if woke:
            self.wakes += 1
        self.check_in_background(force=woke)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_in_background()

    def _compute(self, now: datetime, previous: ReminderCheck | None) -> ReminderCheck | None:
        try:
            if self.announce:
                return self.tracker.reminders.check(now, previous)
            return self.tracker.reminders.pending(now.date())
        except TrackerError:
            return None  # e.g. the file is busy: the next tick tries again

    def check_now(self, *, force: bool = False) -> ReminderCheck | None:
        """Check now, on this thread; unless ``force``, reuse the last answer if nothing
        has changed."""
        self._seq += 1
        result = self._compute(self.clock(), None if force else self.last)
        if result is not None:
            self._apply(result)
        return result

    def check_in_background(self, *, force: bool = False) -> None:
        """Check on a worker thread; the result is applied on this one (``checked``)."""
        if self.checks.busy():
            self._again = True
            return
        self._seq += 1
        seq, now, previous = self._seq, self.clock(), None if force else self.last
        self.checks.start(lambda: (self._compute(now, previous), seq))

    def wait_idle(self, timeout: float | None = None) -> None:
        """Wait for a background check and apply its result (tests, shutdown)."""
        self.checks.wait(timeout)

    def _background_result(self, answer: tuple[ReminderCheck | None, int] | None) -> None:
        result, seq = answer if answer is not None else (None, -1)
        if result is not None and seq == self._seq:  # nothing newer was applied meanwhile
            self._apply(result)
            if self._show_when_checked and result.reminders:
                self.panel.show()
        self._show_when_checked = False
        if self._again:
            self._again = False
            self.check_in_background()

    def _apply(self, result: ReminderCheck) -> None:
        if self.last is not None and self.last.today != result.today:
            self._refresh_window(result.today)  # a new day: overdue marks move on
        self.last = result
        self.panel.set_check(result)
        if self.tray is not None:
            self.tray.show_check(result)
        if result.new:
            self._announce(result.new)
        self.checked.emit(result)

    def _announce(self, new: list[Reminder]) -> None:
        if self.tray is None or not self.tray.announce(new, self.panel.when_text):
            # No tray, or a tray that shows no messages: the panel is the notification.
            self.panel.show()
            self.panel.raise_()
            QApplication.alert(self.window)
        self.announced.emit(new)

    # -- actions from the panel -------------------------------------------------------
    def open_item(self, item_id: int) -> bool:
        """Show the window and select the item in its table."""
        self.show_window()
        try:
            return self._select_in_window(item_id)
        except TrackerError as exc:  # e.g. deleted meanwhile
            self.show_error(exc.message(current_language()))
            self.check_now(force=True)
            return False

    def _select_in_window(self, item_id: int) -> bool:
        return bool(self.window.reveal_item(item_id))  # type: ignore[attr-defined]

    def mark_done(self, rem: Reminder) -> None:
        self._act(lambda now: self.tracker.reminders.mark_done(rem.item_id, now=now))

    def snooze(self, rem: Reminder, days: int) -> None:
        today = self.clock().date()
        if days <= 0:
            until = self.ask_date(self.window, today + timedelta(days=1))
            if until is None:
                return
        else:
            until = today + timedelta(days=days)
        self._act(
            lambda now: self.tracker.reminders.snooze(rem.occurrence, until, today=now.date())
        )

    def dismiss(self, rem: Reminder) -> None:
        self._act(lambda now: self.tracker.reminders.dismiss(rem.occurrence, now=now))

    def _act(self, action: Callable[[datetime], object]) -> None:
        try:
            action(self.clock())
        except TrackerError as exc:
            self.show_error(exc.message(current_language()))
        self.check_now(force=True)
        self._refresh_window()

    def items_changed(self) -> None:
        """Items went to the trash or came back (the window's delete, restore, undo): list
        again now, so that the panel never offers a trashed item."""
        self.check_now(force=True)

    def _refresh_window(self, today: date | None = None) -> None:
        del today  # the window reads its own today (overdue marks move on with the date)
        self.window.refresh()

    def _error_box(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Reminders"), message)

    # -- window, tray and quitting ----------------------------------------------------
    def show_window(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        else:
            w.show()
        w.raise_()
        w.activateWindow()

    def show_panel(self) -> None:
        """The window on the reminders panel (the tray menu, a click on a notification)."""
        self.show_window()
        self.panel.show()
        self.panel.raise_()
        if self.tray is not None:
            self.tray.unseen = False

    def keeps_in_tray(self) -> bool:
        return self.tray is not None and settings.keep_in_tray()

    def _keep_toggled(self, on: bool) -> None:
        settings.set_keep_in_tray(on)
        self._apply_keep_in_tray()

    def _apply_keep_in_tray(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(not self.keeps_in_tray())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        closing = obj is self.window and event.type() == QEvent.Type.Close
        if closing and not self._quitting and self.keeps_in_tray():
            event.ignore()
            self.window.hide()
            if self.tray is not None and not self._told_about_tray:
                self._told_about_tray = True
                self.tray.say(
                    self.tr("Still running"),
                    self.tr("Reminders will keep coming. Use Quit in the tray menu to stop."),
                )
            return True
        return super().eventFilter(obj, event)

    def quit(self) -> None:
        """Quit for real (the File menu and the tray menu)."""
        self._quitting = True
        self.timer.stop()
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()


def install_reminders(
    window: MainWindow,
    tracker: Tracker,
    clock: Clock = datetime.now,
    *,
    announce: bool = True,
    background: bool = False,
) -> RemindersController:
    """Add the reminders panel, tray icon, timer and menu actions to ``window`` and start.

    ``announce=False`` lists reminders without a tray icon and without recording them as
    announced (for ``--screenshot``, which must not swallow the next start's notifications).
    ``background=True`` makes the first check on the worker thread as well (the app).
    """
    controller = RemindersController(
        window, tracker, clock, announce=announce, with_tray=None if announce else False
    )
    if announce:
        window.restore_docks()  # the panel's place and size as left; start() shows it if due
    controller.start(background=background)
    return controller
