"""The tray icon: how many items are due or overdue, a nudge for new reminders, Quit.

Only built where the platform has a system tray (never under the offscreen platform, and
some Linux desktops have none): the reminders panel is the channel that always works.

A click on a reminders notification opens the window on the reminders panel: Qt reports it
as ``messageClicked`` (Windows balloons, Qt's own X11 balloon, and freedesktop notifications
whose "default" action the desktop invokes). Qt attaches that action only to Critical
messages, and PySide6 (QtDBus is in PySide6-Essentials 6.12) cannot send our own
org.freedesktop.Notifications call: it marshals Python ints as int16/int32/int64, never the
uint32 ``replaces_id`` the method's signature requires (checked with dbus-monitor), and
daemons that check the signature (GDBus does) would refuse the call. So, where the click does not come back, the next click
on the tray icon opens the reminders panel as well (``unseen``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tracker.services.reminders import Reminder, ReminderCheck

MAX_LISTED = 3
_COLOURS = {"overdue": "#c62828", "due": "#ef6c00", "none": "#2e7d32"}


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def message_icon(new: list[Reminder]) -> QSystemTrayIcon.MessageIcon:
    """Warning when any reminder is overdue, Information otherwise.

    The icon is the only urgency Qt passes on. On Linux, where the tray is a
    StatusNotifierItem, Qt sends showMessage() to org.freedesktop.Notifications with
    ``urgency = icon - 1`` (Qt 6 qdbustrayicon.cpp): NoIcon and Information -> 0 (low: some
    desktops show no banner and keep nothing in the notification centre), Warning -> 1
    (normal), Critical -> 2 (critical, and a modal-looking "OK" button). Overdue reminders
    must stay in the notification centre: Warning. Windows and macOS show the icon only.
    """
    if any(r.overdue for r in new):
        return QSystemTrayIcon.MessageIcon.Warning
    return QSystemTrayIcon.MessageIcon.Information


def badge_icon(count: int, colour: str) -> QIcon:
    """A round badge with the number of items that need attention (9+ above nine)."""
    icon = QIcon()
    for size in (16, 22, 32, 64):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        if count:
            font = QFont()
            font.setBold(True)
            font.setPixelSize(int(size * (0.62 if count < 10 else 0.5)))
            painter.setFont(font)
            painter.setPen(QColor("white"))
            text = str(count) if count < 10 else "9+"
            painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon.addPixmap(pix)
    return icon


class ReminderTray(QObject):
    """Owns the QSystemTrayIcon and its menu; the controller tells it what to show."""

    show_window_requested = Signal()
    show_reminders_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("reminders_tray")
        menu = QMenu()
        self._menu = menu  # QSystemTrayIcon does not own its menu: keep it alive
        self.show_action = QAction(self.tr("Show the window"), self)
        self.reminders_action = QAction(self.tr("Reminders…"), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        menu.addAction(self.show_action)
        menu.addAction(self.reminders_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.show_action.triggered.connect(self.show_window_requested)
        self.reminders_action.triggered.connect(self.show_reminders_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        # A reminders notification not yet clicked: a click on the tray icon then opens the
        # reminders panel too (where the notification's own click never comes back).
        self.unseen = False
        self._last_was_reminders = False
        self.icon.setIcon(badge_icon(0, _COLOURS["none"]))
        self.icon.setToolTip(self.tr("Resolution Tracker"))
        self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.unseen:
                self.unseen = False
                self.show_reminders_requested.emit()
            else:
                self.show_window_requested.emit()

    def _message_clicked(self) -> None:
        """The notification was clicked: the window on the reminders panel (or just the
        window, for a message that was not about reminders)."""
        if self._last_was_reminders:
            self.unseen = False
            self.show_reminders_requested.emit()
        else:
            self.show_window_requested.emit()

    def show_check(self, check: ReminderCheck) -> None:
        count = check.overdue_items + check.due_items
        key = "overdue" if check.overdue_items else "due" if check.due_items else "none"
        self.icon.setIcon(badge_icon(count, _COLOURS[key]))
        self.icon.setToolTip(self.tooltip(check))

    def tooltip(self, check: ReminderCheck) -> str:
        return "\n".join(
            [
                self.tr("Resolution Tracker"),
                self.tr("%n overdue item(s)", "", check.overdue_items),
                self.tr("%n item(s) due soon", "", check.due_items),
            ]
        )

    def notification(
        self, new: list[Reminder], when_text: Callable[[Reminder], str]
    ) -> tuple[str, str, QSystemTrayIcon.MessageIcon]:
        """Title, body and icon of the notification for ``new`` (at most MAX_LISTED lines,
        then "and N more" in the interface language's plural form)."""
        title = self.tr("%n new reminder(s)", "", len(new))
        lines = [f"{r.title} — {when_text(r)}" for r in new[:MAX_LISTED]]
        if len(new) > MAX_LISTED:
            lines.append(self.tr("and %n more", "", len(new) - MAX_LISTED))
        return title, "\n".join(lines), message_icon(new)

    def announce(self, new: list[Reminder], when_text: Callable[[Reminder], str]) -> bool:
        """A desktop notification for reminders never announced before; clicking it opens
        the reminders panel (``messageClicked`` -> ``show_reminders_requested``).
        False when the desktop shows no tray messages (the caller shows the panel)."""
        if not new or not QSystemTrayIcon.supportsMessages():
            return False
        title, body, icon = self.notification(new, when_text)
        self._last_was_reminders = self.unseen = True
        self.icon.showMessage(title, body, icon, 15000)
        return True

    def say(self, title: str, message: str) -> None:
        if QSystemTrayIcon.supportsMessages():
            self._last_was_reminders = False
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def hide(self) -> None:
        self.icon.hide()
