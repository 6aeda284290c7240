"""The desktop notification: Arabic plural forms, its urgency, and a click opens the panel.

The offscreen platform has no system tray host, but the QSystemTrayIcon can be built: the
text, the icon (urgency) and the click are tested on it; showMessage itself is replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from tracker.domain.enums import Priority, Status
from tracker.domain.reminders import Occurrence, ReminderKind
from tracker.services.core import Tracker
from tracker.services.reminders import Reminder, ReminderCheck
from tracker.ui import i18n
from tracker.ui.main_window import MainWindow
from tracker.ui.reminders import RemindersController
from tracker.ui.reminders_panel import RemindersPanel
from tracker.ui.tray import MAX_LISTED, ReminderTray, message_icon

TODAY = date(2026, 11, 29)
LATIN = re.compile(r"[A-Za-z]")
COUNTS = (1, 2, 3, 11, 100)


@pytest.fixture(autouse=True)
def arabic(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "ar")
    yield
    i18n.install_language(qapp, "ar")


def _reminder(i: int, days_late: int) -> Reminder:
    due = TODAY - timedelta(days=days_late)
    kind = (
        ReminderKind.OVERDUE
        if days_late > 0
        else ReminderKind.DUE
        if days_late == 0
        else ReminderKind.BEFORE
    )
    return Reminder(
        Occurrence(i, due, kind, TODAY),
        TODAY,
        f"مهمة {i}",
        "م",
        "ج",
        Status.NOT_STARTED,
        Priority.NORMAL,
        False,
    )


@pytest.fixture
def tray(qtbot) -> Iterator[ReminderTray]:  # type: ignore[no-untyped-def]
    tray = ReminderTray()
    yield tray
    tray.hide()
    tray.deleteLater()


# The six Arabic forms in Qt's order: 0, 1, 2, n % 100 in 3..10, n % 100 >= 11, the rest.
AND_MORE = {
    1: "ومهمة أخرى",
    2: "ومهمتان أخريان",
    3: "و3 مهام أخرى",
    11: "و11 مهمة أخرى",
    100: "و100 مهمة أخرى",
}
NEW = {
    4: "4 تذكيرات جديدة",
    5: "5 تذكيرات جديدة",
    6: "6 تذكيرات جديدة",
    14: "14 تذكيراً جديداً",
    103: "103 تذكيرات جديدة",
}


@pytest.mark.parametrize("more", COUNTS)
def test_the_notification_says_and_n_more_in_arabic(tray: ReminderTray, more: int) -> None:
    new = [_reminder(i, 3) for i in range(MAX_LISTED + more)]
    panel = RemindersPanel()
    try:
        title, body, _ = tray.notification(new, panel.when_text)
    finally:
        panel.deleteLater()
    lines = body.splitlines()
    assert len(lines) == MAX_LISTED + 1
    assert lines[-1] == AND_MORE[more]
    assert title == NEW[MAX_LISTED + more]
    assert lines[0] == "مهمة 0 — متأخر بـ3 أيام"
    assert not LATIN.search(title + body), (title, body)


PLURALS = {
    ("ReminderTray", "and %n more"): AND_MORE,
    ("ReminderTray", "%n new reminder(s)"): {
        1: "تذكير جديد",
        2: "تذكيران جديدان",
        3: "3 تذكيرات جديدة",
        11: "11 تذكيراً جديداً",
        100: "100 تذكير جديد",
    },
    ("ReminderTray", "%n overdue item(s)"): {
        1: "مهمة واحدة متأخرة",
        2: "مهمتان متأخرتان",
        3: "3 مهام متأخرة",
        11: "11 مهمة متأخرة",
        100: "100 مهمة متأخرة",
    },
    ("RemindersPanel", "Overdue by %n day(s)"): {
        1: "متأخر بيوم واحد",
        2: "متأخر بيومين",
        3: "متأخر بـ3 أيام",
        11: "متأخر بـ11 يوماً",
        100: "متأخر بـ100 يوم",
    },
    ("RemindersPanel", "Due in %n day(s)"): {
        1: "يحلّ أجله غداً",
        2: "يحلّ أجله بعد يومين",
        3: "يحلّ أجله بعد 3 أيام",
        11: "يحلّ أجله بعد 11 يوماً",
        100: "يحلّ أجله بعد 100 يوم",
    },
}


@pytest.mark.parametrize("n", COUNTS)
@pytest.mark.parametrize("message", list(PLURALS), ids=lambda m: m[1])
def test_arabic_plural_forms(message: tuple[str, str], n: int) -> None:
    context, source = message
    text = QCoreApplication.translate(context, source, "", n)
    assert text == PLURALS[message][n]
    assert not LATIN.search(text)


def test_the_tray_tooltip_counts_in_arabic(tray: ReminderTray) -> None:
    tip = tray.tooltip(ReminderCheck(TODAY, [], [], 11, 2))
    assert tip.splitlines()[1:] == ["11 مهمة متأخرة", "مهمتان يحلّ أجلهما قريباً"]
    assert not LATIN.search(tip)


def test_overdue_reminders_go_out_with_normal_urgency() -> None:
    # Qt maps the icon to the freedesktop urgency: Information -> low, Warning -> normal.
    assert message_icon([_reminder(1, -2), _reminder(2, 4)]) is QSystemTrayIcon.MessageIcon.Warning
    assert message_icon([_reminder(1, 0)]) is QSystemTrayIcon.MessageIcon.Information
    assert message_icon([_reminder(1, -3)]) is QSystemTrayIcon.MessageIcon.Information


def test_announce_shows_one_message_with_that_icon(tray: ReminderTray, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sent: list[tuple[object, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: sent.append(args))
    tray.announce([_reminder(1, 5), _reminder(2, 0)], lambda r: "…")
    assert len(sent) == 1
    title, body, icon, _msecs = sent[0]
    assert title == "تذكيران جديدان"
    assert body.splitlines() == ["مهمة 1 — …", "مهمة 2 — …"]
    assert icon is QSystemTrayIcon.MessageIcon.Warning
    tray.announce([], lambda r: "…")
    assert len(sent) == 1  # nothing new: no message


@pytest.fixture
def with_tray(
    qtbot, db_path: Path, monkeypatch
) -> Iterator[tuple[MainWindow, RemindersController, list]]:  # type: ignore[no-untyped-def]
    """The demo file's window and controller with a tray icon whose messages are recorded."""
    db = Tracker.open(db_path)
    db.load_demo()
    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    controller = RemindersController(window, db, lambda: datetime(2026, 11, 29, 9), with_tray=True)
    assert controller.tray is not None
    sent: list[tuple[object, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(controller.tray.icon, "showMessage", lambda *args: sent.append(args))
    try:
        yield window, controller, sent
    finally:
        controller.timer.stop()
        controller.tray.hide()
        db.close()


def test_clicking_the_notification_opens_the_reminders_panel(with_tray) -> None:  # type: ignore[no-untyped-def]
    window, controller, sent = with_tray
    controller.check_now()
    assert len(sent) == 1  # one notification for everything that fell due
    assert sent[0][2] is QSystemTrayIcon.MessageIcon.Warning  # the demo has overdue items
    assert not LATIN.search(str(sent[0][0]) + str(sent[0][1]))
    window.hide()  # e.g. kept running in the tray, or not shown yet
    controller.panel.hide()
    controller.tray.icon.messageClicked.emit()
    assert window.isVisible()
    assert controller.panel.isVisible()
    assert controller.panel.reminders()  # the panel lists what the notification said


def test_a_click_on_the_tray_icon_after_a_notification_opens_the_panel(with_tray) -> None:  # type: ignore[no-untyped-def]
    """Where the desktop does not pass the notification's click back (a freedesktop
    notification without a default action), the tray icon's click does the same."""
    window, controller, _sent = with_tray
    controller.check_now()
    window.hide()
    controller.panel.hide()
    controller.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible() and controller.panel.isVisible()
    window.hide()
    controller.panel.hide()
    controller.tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible() and not controller.panel.isVisible()  # seen: just the window


def test_a_click_on_another_message_only_shows_the_window(with_tray) -> None:  # type: ignore[no-untyped-def]
    window, controller, sent = with_tray
    controller.tray.say("t", "m")
    assert sent[-1][2] is QSystemTrayIcon.MessageIcon.Information
    window.hide()
    controller.tray.icon.messageClicked.emit()
    assert window.isVisible() and not controller.panel.isVisible()


def test_a_tray_without_messages_shows_the_panel_instead(with_tray, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, controller, sent = with_tray
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: False))
    window.show()
    controller.panel.hide()
    controller.check_now()
    assert sent == []
    assert controller.panel.isVisible()
