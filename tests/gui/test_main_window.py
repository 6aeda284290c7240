"""The main window driven like a user: record, follow up, find, delete and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from tests.conftest import TODAY
from tests.gui.conftest import accepting, type_text
from tracker.domain.enums import Status
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View
from tracker.ui.item_model import ItemTableModel


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    m = window.model
    return [m.index(r, ItemTableModel.TITLE).data() for r in range(m.rowCount())]


def row_of(window, title: str) -> int:  # type: ignore[no-untyped-def]
    return titles(window).index(title)


def test_first_run_records_a_meeting_an_item_and_its_follow_up(qtbot, make_window, db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db)
    assert window.centre.currentWidget() is window.welcome_page

    def fill_meeting(dlg: QDialog) -> None:
        type_text(dlg.title, "اجتماع الأمانة الإقليمية")
        dlg.held_on.set_value(date(2026, 9, 1))
        qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
        dlg.table.item(0, 0).setText("إعادة هيكلة الفروع المحلية")

    window.exec_dialog = accepting(fill_meeting)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.centre.currentWidget() is not window.welcome_page
    (meeting,) = db.meetings.list()
    assert meeting.title == "اجتماع الأمانة الإقليمية"
    assert [r.text for r in db.meetings.resolutions(meeting.id)] == ["إعادة هيكلة الفروع المحلية"]
    assert window.nav.current_key() == f"meeting:{meeting.id}"
    assert "Ctrl+N" in window.statusBar().currentMessage()  # what to do next
    assert "1 شتنبر 2026" in window.nav.label(f"meeting:{meeting.id}")

    def fill_item(dlg: QDialog) -> None:
        type_text(dlg.title, "عقد الجمع العام للفرع")
        dlg.resolution.setCurrentIndex(1)
        dlg.exec_dialog = accepting(lambda od: od.form.name.setText("الأمانة المحلية بتاونات"))
        qtbot.mouseClick(dlg.add_owner_button, Qt.MouseButton.LeftButton)
        assert dlg.owner.currentText() == "الأمانة المحلية بتاونات"
        qtbot.mouseClick(dlg.month_button, Qt.MouseButton.LeftButton)
        assert dlg.due.value() == date(2026, 12, 29)  # a month from today
        dlg.due.set_value(date(2026, 10, 1))  # already past: saved after a warning
        dlg.confirm = lambda question: asked.append(question) or True

    asked: list[str] = []
    window.exec_dialog = accepting(fill_item)
    window.action_new_item.trigger()
    assert titles(window) == ["عقد الجمع العام للفرع"]
    assert len(asked) == 1 and "1 أكتوبر 2026" in asked[0]
    row = 0
    assert window.model.index(row, ItemTableModel.DUE).data() == "1 أكتوبر 2026"
    assert window.model.index(row, ItemTableModel.OWNER).data() == "الأمانة المحلية بتاونات"
    assert window.model.index(row, ItemTableModel.RESOLUTION).data().startswith("المقرر 1")
    item_id = window.selected_item_id()
    assert item_id is not None  # the new item is selected and shown
    assert window.detail.title.text() == "عقد الجمع العام للفرع"

    # Follow-up from the detail pane: status, percent, note, who reported.
    d = window.detail
    d.new_status.setCurrentIndex(d.new_status.findData(Status.IN_PROGRESS))
    d.new_progress.setValue(40)
    type_text(d.note, "تحديد موعد الجمع العام")
    d.reported_by.setText("الكاتب المحلي")
    qtbot.mouseClick(d.record_button, Qt.MouseButton.LeftButton)
    detail = db.items.detail(item_id)
    assert (detail.item.status, detail.item.progress) == (Status.IN_PROGRESS, 40)
    assert [(u.note, u.reported_by) for u in detail.history] == [
        ("تحديد موعد الجمع العام", "الكاتب المحلي")
    ]
    assert window.model.index(0, ItemTableModel.PROGRESS).data() == "\u206640%\u2069"  # LTR
    assert "تحديد موعد الجمع العام" in d.history.item(0).text()
    assert d.note.text() == ""  # ready for the next update

    # Due 1 October, today 29 November: in the overdue view, counted in the navigation.
    assert window.nav.select_key("view:overdue")
    assert titles(window) == ["عقد الجمع العام للفرع"]
    assert window.nav.label("view:overdue") == "المتأخرة (1)"
    assert "متأخر" in window.model.index(0, ItemTableModel.STATUS).data()


def test_search_ignores_hamza_and_ta_marbuta_as_you_type(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    everything = len(titles(window))
    window.action_find.trigger()
    with qtbot.waitSignal(window.filters.changed, timeout=20_000):
        type_text(window.search, "الهيكله")  # ha for ta marbuta
    found = titles(window)
    assert "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم" in found
    assert len(found) < everything
    assert all("هيكلة" in t or "الهيكلة" in t for t in found) or len(found) >= 1

    window.search.clear()
    with qtbot.waitSignal(window.filters.changed, timeout=20_000):
        type_text(window.search, "اعادة تفعيل")  # bare alif for hamza
    # The item titled so, and the item under resolution 6 ("إعادة تفعيل الأمانات المحلية…").
    assert sorted(titles(window)) == sorted(
        ["إعادة تفعيل الأمانة المحلية بغفساي", "تحديث لوائح المنخرطين"]
    )
    assert window.count_label.text() == "عدد المهام المعروضة: 2"


def test_filters_combine_with_search_in_sql(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.nav.select_key("view:all")
    f = window.filters
    f.owner.setCurrentIndex(f.owner.findText("الأمانة المحلية بغفساي"))
    assert sorted(titles(window)) == sorted(
        ["هيكلة الأمانة المحلية بغفساي", "إعادة تفعيل الأمانة المحلية بغفساي"]
    )
    f.status.setCurrentIndex(f.status.findData(Status.STALLED))
    assert titles(window) == ["هيكلة الأمانة المحلية بغفساي"]
    f.reset()
    f.due_from.set_value(date(2026, 12, 1))
    f.due_to.set_value(date(2026, 12, 10))
    assert sorted(titles(window)) == sorted(
        ["تنظيم اللقاء التواصلي الإقليمي الموسع", "تحديث لوائح المنخرطين"]
    )
    with qtbot.waitSignal(f.changed, timeout=20_000):
        type_text(f.search, "لوائح")
    assert titles(window) == ["تحديث لوائح المنخرطين"]  # search and date range together
    f.reset()
    assert len(titles(window)) == 18


def test_delete_moves_to_trash_and_undo_brings_it_back(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    title = "تحديث لوائح المنخرطين"
    window.select_row(row_of(window, title))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert title not in titles(window)
    assert window.undo_bar.isVisible()
    assert title in window.undo_bar.label.text()
    assert window.nav.label("view:trash") == "سلة المحذوفات (1)"
    assert window.action_undo.text() == f"تراجع عن حذف «{title}»"

    window.action_undo.trigger()  # Ctrl+Z
    assert title in titles(window)
    assert window.nav.label("view:trash") == "سلة المحذوفات (0)"

    # Again, undone this time from the bar's button.
    window.select_row(row_of(window, title))
    window.action_delete.trigger()
    assert title not in titles(window)
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    assert title in titles(window)
    assert not window.undo_bar.isVisible()


def test_trash_view_restores_an_item(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    title = "تقييم أداء الأمانات المحلية"
    window.nav.select_key("view:all")
    window.select_row(row_of(window, title))
    window.action_delete.trigger()
    window.nav.select_key("view:trash")
    assert titles(window) == [title]
    assert window.action_restore.isEnabled() and not window.action_delete.isEnabled()
    window.select_row(0)
    assert window.detail.restore_button.isVisibleTo(window.detail)
    assert not window.detail.update_box.isVisibleTo(window.detail)
    qtbot.mouseClick(window.detail.restore_button, Qt.MouseButton.LeftButton)
    assert titles(window) == []
    window.nav.select_key("view:done")
    assert title in titles(window)


def test_invalid_item_is_refused_with_arabic_messages_and_nothing_saved(
    make_window, demo_db
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    before = demo_db.items.count(ItemFilter(today=TODAY, view=View.ALL))
    seen: dict[str, str] = {}

    def fill(dlg: QDialog) -> None:
        dlg.title.setText("   ")
        dlg.accept()
        seen.update(dlg.errors.messages())

    def run(dlg: QDialog) -> bool:
        fill(dlg)
        return dlg.result() == QDialog.DialogCode.Accepted

    window.exec_dialog = run
    window.action_new_item.trigger()
    assert seen["title"] == "الحقل «العنوان» إجباري"
    assert seen["owner_id"] == "الحقل «المسؤول» إجباري"
    assert demo_db.items.count(ItemFilter(today=TODAY, view=View.ALL)) == before


def test_keyboard_shortcuts_and_the_print_action(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    shortcuts = {
        "action_new_item": "Ctrl+N",
        "action_new_meeting": "Ctrl+Shift+N",
        "action_edit": "F2",
        "action_delete": "Del",
        "action_find": "Ctrl+F",
        "action_undo": "Ctrl+Z",
        "action_print": "Ctrl+P",
    }
    for name, keys in shortcuts.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.shortcut() == QKeySequence(keys), name
    pr = window.findChild(QAction, "action_print")
    assert not pr.isEnabled()
    assert pr in window.menu("reports").actions()


def test_edit_opens_the_selected_item_and_saves_changes(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    title = "تنظيم لقاءات تواصلية مع المواطنين في جماعات الإقليم"
    window.select_row(row_of(window, title))
    item_id = window.selected_item_id()
    opened: list[int | None] = []

    def fill(dlg: QDialog) -> None:
        opened.append(dlg.item_id)
        assert dlg.title.text() == title
        dlg.status.setCurrentIndex(dlg.status.findData(Status.DONE))
        assert dlg.progress.value() == 100  # done means 100 %

    window.exec_dialog = accepting(fill)
    window.action_edit.trigger()
    assert opened == [item_id]
    assert demo_db.items.detail(item_id).item.status is Status.DONE
    assert title not in titles(window)  # the open view no longer lists it


def test_language_choice_is_remembered(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import settings as ui_settings

    window = make_window(demo_db)
    assert ui_settings.language() == "ar"

    def fill(dlg: QDialog) -> None:
        dlg.language.setCurrentIndex(dlg.language.findData("fr"))

    window.exec_dialog = accepting(fill)
    window.action_settings.trigger()
    assert ui_settings.language() == "fr"
    assert "تطبق اللغة الجديدة" in window.statusBar().currentMessage()


def test_geometry_splitter_and_last_view_are_remembered(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    # The offscreen screen is 800x800, narrower than the window's minimum width: the width
    # stays at its minimum, the height shows the restore.
    window.resize(window.minimumSizeHint().width(), 640)
    size = (window.width(), window.height())
    assert size[1] == 640
    window.splitter.setSizes([300, 500, 300])
    sizes = window.splitter.sizes()
    window.nav.select_key("view:overdue")
    window.close()

    again = make_window(demo_db)
    assert (again.width(), again.height()) == size
    assert again.splitter.sizes() == sizes
    assert again.nav.current_key() == "view:overdue"
    assert again.model.item_filter().view is View.OVERDUE


def test_welcome_view_loads_the_demo_meeting(qtbot, make_window, db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db)
    assert window.centre.currentWidget() is window.welcome_page
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.centre.currentWidget() is not window.welcome_page
    assert "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم" in titles(window)


def test_item_model_passes_the_model_tester_in_every_view(qtmodeltester, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    demo_db.items.delete(1)
    for flt in (
        ItemFilter(today=TODAY, view=View.OVERDUE),
        ItemFilter(today=TODAY, view=View.TRASH),
        ItemFilter(today=TODAY, view=View.ALL, search="الهيكله"),
        ItemFilter(today=TODAY, view=View.ALL, search="لا شيء يطابق هذا"),
    ):
        qtmodeltester.check(ItemTableModel(demo_db, flt))


def test_shortcut_keys_open_the_dialogs(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    opened: list[str] = []

    def record(dlg: QDialog) -> bool:
        opened.append(type(dlg).__name__)
        return False

    window.exec_dialog = record
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert opened == ["ItemDialog", "MeetingDialog", "ItemDialog"]
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_sorting_keeps_the_selected_item(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    title = "تحديث لوائح المنخرطين"
    window.select_row(row_of(window, title))
    window.table.sortByColumn(ItemTableModel.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(window) == sorted(titles(window), reverse=True)
    assert window.table.currentIndex().siblingAtColumn(0).data() == title
    assert window.detail.title.text() == title


def test_a_meeting_goes_to_the_trash_with_its_items_and_comes_back(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    (meeting,) = demo_db.meetings.list()
    asked: list[str] = []
    window.confirm = lambda q: asked.append(q) or True
    window.delete_meeting(meeting.id)
    assert meeting.title in asked[0]
    assert demo_db.meetings.list() == []
    assert titles(window) == []
    assert window.nav.label("view:trash") == "سلة المحذوفات (18)"
    window.action_undo.trigger()
    assert len(titles(window)) == 14
    assert window.nav.label(f"meeting:{meeting.id}")


def test_edit_meeting_from_the_navigation(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    (meeting,) = demo_db.meetings.list()
    window.nav.select_key(f"meeting:{meeting.id}")
    assert len(titles(window)) == 18  # every item of the meeting, open or not

    def fill(dlg: QDialog) -> None:
        dlg.location.setText("تاونات")

    window.exec_dialog = accepting(fill)
    window.action_edit_meeting.trigger()
    assert demo_db.meetings.get(meeting.id).meeting.location == "تاونات"


def test_following_up_an_item_keeps_the_navigation_as_the_user_left_it(
    qtbot, make_window, demo_db
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    meetings = window.nav.topLevelItem(1)
    meetings.setExpanded(False)  # the secretary folded the meetings away
    overdue = window.nav._nodes["view:overdue"]
    before = overdue.text(0)
    row = next(  # an overdue item
        r
        for r in range(window.model.rowCount())
        if "متأخر" in (window.model.index(r, ItemTableModel.STATUS).data() or "")
    )
    window.select_row(row)
    window.detail.new_status.setCurrentIndex(window.detail.new_status.findData(Status.DONE.value))
    window.detail.new_progress.setValue(100)
    window.detail.record()
    assert not window.nav.topLevelItem(1).isExpanded()  # still folded
    assert overdue.text(0) != before  # one fewer overdue item, counted again
    assert window.nav._nodes["view:overdue"] is overdue  # the same node, updated
