"""The reminders panel and controller, offscreen (no tray: the panel is the channel)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tracker.domain.enums import Status
from tracker.services import reminders as rem
from tracker.services.core import Tracker
from tracker.ui import i18n, settings
from tracker.ui.item_model import ItemIdRole
from tracker.ui.main_window import MainWindow
from tracker.ui.reminders import RemindersController, install_reminders

TODAY = date(2026, 11, 29)
ROLLOUT = "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"
MEETING_DAY = "تنظيم اللقاء التواصلي الإقليمي الموسع"  # due 2 December 2026


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def arabic(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "ar")
    yield
    i18n.install_language(qapp, "ar")


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = Tracker.open(db_path)
    db.load_demo()
    db.close()
    return db_path


def _open(qtbot, path: Path, clock: Clock) -> tuple[Tracker, MainWindow, RemindersController]:  # type: ignore[no-untyped-def]
    db = Tracker.open(path)
    window = MainWindow(db, today=lambda: clock().date())
    qtbot.addWidget(window)
    controller = install_reminders(window, db, clock)
    window.show()
    return db, window, controller


def _titles(controller: RemindersController) -> list[str]:
    return [r.title for r in controller.panel.reminders()]


def _select(controller: RemindersController, title: str) -> None:
    panel = controller.panel
    for i in range(panel.list.topLevelItemCount()):
        node = panel.list.topLevelItem(i)
        if node.text(panel.TITLE) == title:
            panel.list.setCurrentItem(node)
            return
    raise AssertionError(f"{title} not listed")


def test_panel_at_start_shows_what_fell_due_while_closed(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The app last ran on 1 November; the laptop stayed closed until 29 November.
    db = Tracker.open(demo_path)
    before = {r.title for r in db.reminders.check(datetime(2026, 11, 1, 9)).reminders}
    db.close()
    assert MEETING_DAY not in before

    clock = Clock(datetime(2026, 11, 29, 8, 30))
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        assert controller.tray is None  # offscreen: no system tray ...
        assert controller.panel.isVisible()  # ... so the panel is the notification
        assert window.dockWidgetArea(controller.panel) != Qt.DockWidgetArea.NoDockWidgetArea
        titles = _titles(controller)
        assert MEETING_DAY in titles  # its reminder fell due on 29 November, while closed
        assert ROLLOUT in titles and titles.index(ROLLOUT) < titles.index(MEETING_DAY)
        assert controller.panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert controller.panel.windowTitle() == "التذكيرات"
        whens = {r.title: controller.panel.when_text(r) for r in controller.panel.reminders()}
        assert whens[ROLLOUT] == "متأخر بـ226 يوماً"
        assert whens[MEETING_DAY] == "يحلّ أجله بعد 3 أيام"
        assert controller.panel.summary.text() == "7 مهام متأخرة · مهمة واحدة يحلّ أجلها قريباً"
        # what it counts is said: postponed items are not reminded (the Overdue view has 8)
        assert "المؤجلة" in controller.panel.summary.toolTip()
        # announced once: this start announced what was new, a check a minute later nothing
        assert MEETING_DAY in [r.title for r in controller.last.new]  # type: ignore[union-attr]
        with qtbot.assertNotEmitted(controller.announced):
            clock.now += timedelta(minutes=1)
            controller.tick()  # on the worker thread
            controller.wait_idle()
        assert controller.wakes == 0
    finally:
        db.close()


def test_no_second_notification_after_a_restart(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    db, window, controller = _open(qtbot, demo_path, clock)
    assert controller.last is not None and len(controller.last.new) == 8
    window.close()
    db.close()
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        assert controller.last is not None and controller.last.new == []
        assert len(_titles(controller)) == 8  # still listed, not announced again
    finally:
        db.close()


def test_a_wake_is_noticed_and_new_reminders_show_the_panel(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 22))
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        controller.panel.hide()
        clock.now = datetime(2026, 12, 2, 7, 45)  # the laptop slept for three days
        with qtbot.waitSignal(controller.announced) as announced:
            controller.tick()
        assert controller.wakes == 1
        new = {r.title: r.kind.value for r in announced.args[0]}
        assert new[MEETING_DAY] == "due"  # due today
        assert new["إعادة تفعيل الأمانة المحلية بغفساي"] == "overdue"  # its weekly reminder
        assert ROLLOUT not in new  # its weekly reminder comes on 4 December
        assert controller.panel.isVisible()
        assert window.model.item_filter().today == date(2026, 12, 2)  # the table moved on too
        assert controller.timer.isActive() and controller.timer.interval() == 60_000
    finally:
        db.close()


def test_snooze_and_dismiss_from_the_panel_survive_a_restart(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    db, window, controller = _open(qtbot, demo_path, clock)
    # three items due on 17 April: 226 days late, their next weekly reminder is on 4 December
    target = "هيكلة الأمانة المحلية بغفساي"
    other = "هيكلة الأمانة المحلية بتيسة"
    try:
        _select(controller, ROLLOUT)
        one_week = next(a for a in controller.panel.snooze_menu.actions() if a.data() == 7)
        one_week.trigger()
        _select(controller, target)
        controller.ask_date = lambda _parent, minimum: date(2026, 12, 1)  # the date dialog
        chosen = next(a for a in controller.panel.snooze_menu.actions() if a.data() == 0)
        chosen.trigger()
        _select(controller, other)
        qtbot.mouseClick(controller.panel.dismiss_button, Qt.MouseButton.LeftButton)
        titles = _titles(controller)
        assert ROLLOUT not in titles and target not in titles and other not in titles
        assert len(titles) == 5
    finally:
        window.close()
        db.close()

    clock.now = datetime(2026, 12, 1, 9)  # restart two days later
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        titles = _titles(controller)
        assert target in titles  # its chosen date has come
        assert ROLLOUT not in titles  # snoozed for a week
        assert other not in titles  # dismissed
        new = [r.title for r in controller.last.new]  # type: ignore[union-attr]
        assert target in new  # announced again when its snooze ended
    finally:
        db.close()


def test_mark_done_from_the_panel(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        _select(controller, ROLLOUT)
        item_id = controller.panel.selected().item_id  # type: ignore[union-attr]
        open_rows = window.model.total()
        qtbot.mouseClick(controller.panel.done_button, Qt.MouseButton.LeftButton)
        assert ROLLOUT not in _titles(controller)
        detail = db.items.detail(item_id)
        assert (detail.item.status, detail.item.progress) == (Status.DONE, 100)
        assert window.model.total() == open_rows - 1  # the window was refreshed
    finally:
        db.close()


def test_open_the_item_selects_it_in_the_main_window(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        # show the "Done" view first: the reminded item is not in the table
        done_node = window.nav.topLevelItem(0).child(4)
        window.nav.setCurrentItem(done_node)
        _select(controller, MEETING_DAY)
        item_id = controller.panel.selected().item_id  # type: ignore[union-attr]
        assert window.model.row_of_item(item_id) < 0
        qtbot.mouseClick(controller.panel.open_button, Qt.MouseButton.LeftButton)
        current = window.table.currentIndex()
        assert current.isValid() and current.data(ItemIdRole) == item_id
        assert MEETING_DAY in window.detail.title.text()
    finally:
        db.close()


def test_menus_and_the_keep_in_tray_setting_without_a_tray(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    settings.set_keep_in_tray(True)
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        toggle = next(
            a for a in window.menu("view").actions() if a.objectName() == "action_reminders"
        )
        assert toggle.text() == "&التذكيرات" and toggle.isChecked()
        toggle.trigger()
        assert not controller.panel.isVisible()
        assert any(a.objectName() == "action_quit" for a in window.menu("file").actions())
        keep = next(
            a for a in window.menu("tools").actions() if a.objectName() == "action_keep_in_tray"
        )
        assert not keep.isEnabled()  # no tray here: the setting cannot take effect
        assert not controller.keeps_in_tray()
        window.close()  # so closing the window really closes it
        assert not window.isVisible()
    finally:
        db.close()


def test_keep_in_tray_hides_the_window_instead_of_closing(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = Tracker.open(demo_path)
    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    controller = RemindersController(window, db, lambda: datetime(2026, 11, 29, 9), with_tray=True)
    controller.start()
    window.show()
    app = QApplication.instance()
    try:
        assert controller.tray is not None
        assert "7 مهام متأخرة" in controller.tray.icon.toolTip()
        controller.keep_action.setChecked(True)
        assert settings.keep_in_tray() and app.quitOnLastWindowClosed() is False  # type: ignore[union-attr]
        window.close()
        assert not window.isVisible()  # hidden, still running: reminders keep coming
        controller.show_window()
        assert window.isVisible()
        controller.keep_action.setChecked(False)
        assert app.quitOnLastWindowClosed() is True  # type: ignore[union-attr]
        controller.tray.hide()
    finally:
        controller.timer.stop()
        db.close()


@pytest.mark.parametrize(
    ("lang", "days", "expected"),
    [
        ("ar", 1, "متأخر بيوم واحد"),
        ("ar", 2, "متأخر بيومين"),
        ("ar", 5, "متأخر بـ5 أيام"),
        ("ar", 11, "متأخر بـ11 يوماً"),
        ("ar", 101, "متأخر بـ101 يوم"),
        ("ar", -1, "يحلّ أجله غداً"),
        ("ar", 0, "يحلّ أجله اليوم"),
        ("fr", 1, "En retard de 1 jour"),
        ("fr", 12, "En retard de 12 jours"),
        ("fr", -3, "Échéance dans 3 jours"),
        ("fr", 0, "Échéance aujourd'hui"),
    ],
)
def test_reminder_wording_in_arabic_and_french(
    qtbot, qapp, lang: str, days: int, expected: str
) -> None:  # type: ignore[no-untyped-def]
    from tracker.domain.enums import Priority
    from tracker.domain.reminders import Occurrence, ReminderKind
    from tracker.ui.reminders_panel import RemindersPanel

    i18n.install_language(qapp, lang)
    panel = RemindersPanel()
    qtbot.addWidget(panel)
    due = TODAY - timedelta(days=days)
    kind = (
        ReminderKind.OVERDUE if days > 0 else ReminderKind.DUE if days == 0 else ReminderKind.BEFORE
    )
    r = rem.Reminder(
        Occurrence(1, due, kind, TODAY),
        TODAY,
        "t",
        "o",
        "m",
        Status.NOT_STARTED,
        Priority.NORMAL,
        False,
    )
    assert panel.when_text(r) == expected


def test_a_very_long_list_is_capped_and_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tracker.domain.enums import Priority
    from tracker.domain.reminders import Occurrence, ReminderKind
    from tracker.ui.reminders_panel import MAX_ROWS, RemindersPanel

    due = TODAY - timedelta(days=3)
    many = [
        rem.Reminder(
            Occurrence(i, due, ReminderKind.DUE, due),
            TODAY,
            f"مهمة {i}",
            "م",
            "ج",
            Status.NOT_STARTED,
            Priority.NORMAL,
            True,
        )
        for i in range(MAX_ROWS + 100)
    ]
    panel = RemindersPanel()
    qtbot.addWidget(panel)
    panel.set_check(rem.ReminderCheck(TODAY, many, [], len(many), 0))
    assert panel.list.topLevelItemCount() == MAX_ROWS
    assert f"تُعرض أول {MAX_ROWS} تذكير من أصل {MAX_ROWS + 100}" in panel.summary.text()


def test_acting_on_an_item_deleted_meanwhile_shows_a_message(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    db, _window, controller = _open(qtbot, demo_path, clock)
    errors: list[str] = []
    controller.show_error = errors.append
    try:
        _select(controller, ROLLOUT)
        item_id = controller.panel.selected().item_id  # type: ignore[union-attr]
        db.items.delete(item_id)  # e.g. from the main window, a moment ago
        qtbot.mouseClick(controller.panel.dismiss_button, Qt.MouseButton.LeftButton)
        assert errors and "غير موجود" in errors[0]
        assert ROLLOUT not in _titles(controller)  # the list caught up with the deletion
    finally:
        db.close()


def test_the_panel_keeps_its_place_but_comes_back_when_something_is_due(
    qtbot, demo_path: Path
) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(datetime(2026, 11, 29, 9))
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, controller.panel)
        controller.panel.hide()
        window.close()  # saves the layout
    finally:
        db.close()
    db, window, controller = _open(qtbot, demo_path, clock)
    try:
        assert window.dockWidgetArea(controller.panel) == Qt.DockWidgetArea.RightDockWidgetArea
        assert controller.panel.isVisible()  # hidden when closed, but items are overdue
    finally:
        db.close()


def test_a_late_background_check_never_undoes_what_the_user_just_did(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    clock = Clock(datetime(2026, 11, 29, 9))
    db, _window, controller = _open(qtbot, demo_path, clock)
    try:
        real = rem.check
        computed, release = threading.Event(), threading.Event()

        def slow(db_: Tracker, now: datetime, previous: object = None) -> object:
            result = real(db_, now, previous)  # type: ignore[arg-type]
            if threading.current_thread() is not threading.main_thread():
                computed.set()
                release.wait(5)  # answers late, with what was true before the dismissal
            return result

        monkeypatch.setattr(rem, "check", slow)
        controller.check_in_background(force=True)
        assert computed.wait(5)
        first = controller.panel.reminders()[0]
        controller.dismiss(first)  # applied at once, on this thread
        after = _titles(controller)
        assert first.title not in after
        release.set()
        controller.wait_idle()
        assert _titles(controller) == after
    finally:
        db.close()
