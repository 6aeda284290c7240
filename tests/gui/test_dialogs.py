"""The editing dialogs, driven directly (no modal loop)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.conftest import TODAY
from tests.gui.conftest import accepting, type_text
from tracker.domain.enums import OwnerKind, Priority, Status
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View
from tracker.ui.item_dialog import ItemDialog
from tracker.ui.meeting_dialog import MeetingDialog
from tracker.ui.owner_dialog import OwnersDialog
from tracker.ui.settings_dialog import SettingsDialog

DEMO_MEETING_DATE = date(2026, 1, 17)


def all_items(db: Tracker) -> int:
    return db.items.count(ItemFilter(today=TODAY, view=View.ALL))


def by_title(db: Tracker, title: str) -> list:  # type: ignore[type-arg]
    rows = db.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)
    return [r for r in rows if r.title == title]


@pytest.fixture
def item_dialog(qtbot, arabic, demo_db):  # type: ignore[no-untyped-def]
    dlg = ItemDialog(demo_db, today=lambda: TODAY)
    qtbot.addWidget(dlg)
    return dlg


def test_relative_due_shortcuts_count_from_today(item_dialog) -> None:  # type: ignore[no-untyped-def]
    assert item_dialog.meeting_date() == DEMO_MEETING_DATE  # January: long past
    item_dialog.week_button.click()
    assert item_dialog.due.value() == date(2026, 12, 6)
    item_dialog.month_button.click()
    assert item_dialog.due.value() == date(2026, 12, 29)
    item_dialog.quarter_button.click()
    assert item_dialog.due.value() == date(2027, 2, 28)  # 29 February 2027 does not exist
    # Moroccan month name, Western digits. QDateEdit stores the sections reversed in
    # right-to-left and draws them as "28 فبراير 2027" read from the right (see the
    # screenshot check in the report); never parse the text.
    assert sorted(item_dialog.due.text().split()) == sorted(["28", "فبراير", "2027"])


def test_done_sets_progress_to_100_and_done_below_100_is_refused(item_dialog, demo_db) -> None:  # type: ignore[no-untyped-def]
    d = item_dialog
    d.status.setCurrentIndex(d.status.findData(Status.DONE.value))
    assert d.progress.value() == 100
    d.title.setText("مهمة منجزة")
    d.owner.setCurrentIndex(1)
    d.progress.setValue(60)
    before = all_items(demo_db)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.errors.messages()["progress"] == "المقرر المنجز يجب أن تكون نسبة إنجازه 100٪"
    assert all_items(demo_db) == before


def test_new_item_with_recurrence_priority_and_reminder_is_saved(item_dialog, demo_db) -> None:  # type: ignore[no-untyped-def]
    d = item_dialog
    type_text(d.title, "اجتماع تنسيقي أسبوعي")
    d.owner.setCurrentIndex(d.owner.findText("الأمانة الإقليمية بتاونات"))
    d.resolution.setCurrentIndex(5)
    d.recurrence.setCurrentIndex(d.recurrence.findData("FREQ=WEEKLY"))
    d.priority.setCurrentIndex(d.priority.findData(Priority.HIGH.value))
    d.remind.setValue(2)
    d.due.set_value(date(2026, 12, 20))
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    item = demo_db.items.detail(d.saved_id).item
    assert item.title == "اجتماع تنسيقي أسبوعي"
    assert (item.recurrence, item.priority, item.remind_days_before) == (
        "FREQ=WEEKLY",
        Priority.HIGH,
        2,
    )
    assert item.due_on == date(2026, 12, 20)
    assert demo_db.items.detail(d.saved_id).resolution.ordinal == 5


def test_due_date_before_the_meeting_asks_first(item_dialog, demo_db) -> None:  # type: ignore[no-untyped-def]
    d = item_dialog
    d.title.setText("مهمة بتاريخ سابق")
    d.owner.setCurrentIndex(1)
    d.due.set_value(date(2026, 1, 10))
    questions: list[str] = []
    d.confirm = lambda q: questions.append(q) or False
    before = all_items(demo_db)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    assert all_items(demo_db) == before
    assert "10 يناير 2026" in questions[0] and "17 يناير 2026" in questions[0]
    d.confirm = lambda q: True
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert all_items(demo_db) == before + 1


def test_edit_dialog_loads_the_item_and_keeps_history(qtbot, arabic, demo_db) -> None:  # type: ignore[no-untyped-def]
    (row,) = by_title(demo_db, "تحديث لوائح المنخرطين")
    dlg = ItemDialog(demo_db, row.id)
    qtbot.addWidget(dlg)
    assert dlg.title.text() == row.title
    assert dlg.owner.currentData() == row.owner_id
    assert dlg.recurrence.currentData() == "FREQ=MONTHLY"
    assert dlg.progress.value() == 70
    dlg.progress.setValue(80)
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    detail = demo_db.items.detail(row.id)
    assert detail.item.progress == 80
    assert [u.progress for u in detail.history][:2] == [80, 70]


def test_quick_add_owner_refuses_a_duplicate_and_adds_a_new_one(item_dialog, demo_db) -> None:  # type: ignore[no-untyped-def]
    d = item_dialog
    shown: list[str] = []

    def duplicate(od: QDialog) -> bool:
        od.form.name.setText("الدكتور محمد النجارى")  # alif maqsura for ya: the same owner
        od.accept()
        shown.append(od.form.errors.messages().get("name", ""))
        return od.result() == QDialog.DialogCode.Accepted

    d.exec_dialog = duplicate
    d.quick_add_owner()
    assert shown and "يوجد مسؤول بنفس الاسم" in shown[0]
    assert d.owner.currentData() is None

    def fresh(od: QDialog) -> None:
        od.form.name.setText("لجنة الانتخابات")
        od.form.kind.setCurrentIndex(od.form.kind.findData(OwnerKind.COMMITTEE.value))

    d.exec_dialog = accepting(fresh)
    d.quick_add_owner()
    assert d.owner.currentText() == "لجنة الانتخابات"
    owner = demo_db.owners.get(d.owner.currentData())
    assert owner.kind is OwnerKind.COMMITTEE


def test_meeting_dialog_reorders_removes_and_adds_resolutions(qtbot, arabic, demo_db) -> None:  # type: ignore[no-untyped-def]
    (meeting,) = demo_db.meetings.list()
    before = [r.text for r in demo_db.meetings.resolutions(meeting.id)]
    dlg = MeetingDialog(demo_db, meeting.id)
    qtbot.addWidget(dlg)
    assert dlg.title.text() == meeting.title
    assert dlg.table.rowCount() == 6
    dlg.table.setCurrentCell(1, 0)
    qtbot.mouseClick(dlg.up_button, Qt.MouseButton.LeftButton)  # 2 becomes 1
    dlg.table.setCurrentCell(5, 0)
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)  # drop the 6th
    row = dlg.add_resolution("")
    dlg.table.item(row, 0).setText("تنظيم يوم دراسي حول التمكين السياسي للنساء")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    after = demo_db.meetings.resolutions(meeting.id)
    assert [r.text for r in after] == [
        before[1],
        before[0],
        before[2],
        before[3],
        before[4],
        "تنظيم يوم دراسي حول التمكين السياسي للنساء",
    ]
    assert [r.ordinal for r in after] == [1, 2, 3, 4, 5, 6]
    # Items of the removed resolution stay, attached to the meeting.
    (row,) = by_title(demo_db, "تحديث لوائح المنخرطين")
    assert row.resolution_id is None


def test_meeting_dialog_refuses_an_empty_resolution_and_saves_nothing(qtbot, arabic, db) -> None:  # type: ignore[no-untyped-def]
    dlg = MeetingDialog(db)
    qtbot.addWidget(dlg)
    dlg.title.setText("اجتماع")
    dlg.add_resolution("مقرر أول")
    dlg.add_resolution("   ")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "نص المقرر رقم 2 فارغ" in dlg.general.text()
    assert db.meetings.list() == []
    dlg.title.setText("")
    dlg.accept()
    assert dlg.errors.messages()["title"] == "الحقل «العنوان» إجباري"
    assert dlg.tabs.currentIndex() == 0


def test_owners_dialog_adds_edits_and_deactivates(qtbot, arabic, demo_db) -> None:  # type: ignore[no-untyped-def]
    dlg = OwnersDialog(demo_db)
    qtbot.addWidget(dlg)
    count = dlg.list.count()
    qtbot.mouseClick(dlg.new_button, Qt.MouseButton.LeftButton)
    type_text(dlg.form.name, "الأمانة المحلية بغفساي 2")
    dlg.form.phone.setText("0600000000")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.list.count() == count + 1
    new_id = dlg.current_id()
    assert demo_db.owners.get(new_id).phone == "0600000000"

    dlg.form.email.setText("pas un courriel")
    assert not dlg.save()
    assert "البريد الإلكتروني" in dlg.form.errors.messages()["email"]

    dlg.form.email.setText("local@example.ma")
    assert dlg.save()
    qtbot.mouseClick(dlg.toggle_button, Qt.MouseButton.LeftButton)
    assert demo_db.owners.get(new_id).active is False
    assert "(غير نشط)" in dlg.list.currentItem().text()
    # An inactive owner is not offered for new items.
    item = ItemDialog(demo_db)
    qtbot.addWidget(item)
    assert item.owner.findData(new_id) < 0


def test_settings_dialog_saves_language_header_and_reminder_defaults(qtbot, arabic, db) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import settings as ui_settings

    dlg = SettingsDialog(db)
    qtbot.addWidget(dlg)
    assert dlg.lead_days.value() == 3 and dlg.overdue_every.value() == 7
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.province.clear()  # it shows the header in force (the built-in one)
    type_text(dlg.province, "إقليم تاونات")
    dlg.lead_days.setValue(5)
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert ui_settings.language() == "en"
    assert dlg.language_changed
    assert db.settings.report_header().province == "إقليم تاونات"
    assert db.settings.reminder_defaults().lead_days == 5
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    assert again.province.text() == "إقليم تاونات"


def test_due_date_can_be_cleared(item_dialog) -> None:  # type: ignore[no-untyped-def]
    d = item_dialog
    d.quarter_button.click()
    assert d.due.value() == date(2027, 2, 28)
    d.clear_due_button.click()
    assert d.due.value() is None
    assert d.due.text() == "بدون أجل"
    d.month_button.click()
    d.due.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(d.due, Qt.Key.Key_Delete)
    assert d.due.value() is None
