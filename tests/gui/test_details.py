"""Issue 13, "Things that are wrong": the details a secretary trips over, one test per point.

The report header survives the settings, the trash shows its way back and the reminders
forget a trashed item, due-date shortcuts count from today and a past date is questioned,
a percentage and a resolution's number read right in both directions, menus and labels sit
where they are looked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout

from tests.conftest import TODAY
from tests.gui.conftest import accepting, type_text
from tracker.services.core import Tracker
from tracker.ui import i18n
from tracker.ui.features import Features
from tracker.ui.item_model import ItemTableModel
from tracker.ui.meeting_dialog import MeetingDialog
from tracker.ui.reminders import install_reminders
from tracker.ui.text_format import LRI, PDI, format_percent, format_resolution
from tracker.ui.welcome import WelcomeView

NOW = datetime(2026, 11, 29, 9, 0)


def _row_of(window, item_id: int) -> int:  # type: ignore[no-untyped-def]
    from tracker.ui.item_model import ItemIdRole

    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ItemIdRole) == item_id:
            return row
    raise AssertionError(item_id)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(qapp, "fr")
    yield
    i18n.install_language(qapp, "ar")


# -- 1. The settings never wipe the printed header ----------------------------------------
def test_settings_saved_unchanged_keep_the_printed_report_header(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    before = demo_db.reports.header()
    assert before.party and before.province  # the built-in header: nothing saved yet
    shown: dict[str, str] = {}

    def change_language_only(dialog: QDialog) -> None:
        shown.update(
            party=dialog.party.text(),
            region=dialog.region.text(),
            province=dialog.province.text(),
            secretariat=dialog.secretariat.text(),
        )
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))

    window.exec_dialog = accepting(change_language_only)
    window.open_settings()
    # The dialog showed what reports print, and saving it kept it.
    assert shown == {
        "party": before.party,
        "region": before.region,
        "province": before.province,
        "secretariat": before.secretariat,
    }
    assert demo_db.reports.header() == before
    window.exec_dialog = accepting(lambda _d: None)
    window.open_settings()  # and again, from what is now saved
    assert demo_db.reports.header() == before


def test_settings_show_and_keep_a_header_the_secretary_changed(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.exec_dialog = accepting(lambda d: d.province.setText("إقليم فاس"))
    window.open_settings()
    assert demo_db.reports.header().province == "إقليم فاس"
    window.exec_dialog = accepting(lambda d: None)
    window.open_settings()
    assert demo_db.reports.header().province == "إقليم فاس"


# -- 2. The trash ---------------------------------------------------------------------
def test_a_trashed_item_shows_restore_in_sight(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.resize(1024, 600)
    window.nav.select_key("view:all")
    window.select_row(0)
    item_id = window.selected_item_id()
    window.action_delete.trigger()
    window.nav.select_key("view:trash")
    window.select_item(item_id)
    QApplication.processEvents()
    pane = window.detail
    assert pane.restore_button.isVisibleTo(pane)
    assert not pane.update_box.isVisibleTo(pane)  # no greyed-out form in the way
    # In sight without scrolling: inside the visible part of the pane's scroll area.
    viewport = pane.stack.currentWidget().viewport()
    top = pane.restore_button.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + pane.restore_button.height() <= viewport.height()
    qtbot.mouseClick(pane.restore_button, Qt.MouseButton.LeftButton)
    assert demo_db.items.detail(item_id).item.deleted_at is None


def test_reminders_stop_listing_an_item_the_moment_it_goes_to_the_trash(
    qtbot, make_window, demo_db
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    reminders = install_reminders(window, demo_db, lambda: NOW, announce=False)
    window.use_features(Features(reminders=reminders, reports=None, safety=None))  # type: ignore[arg-type]

    def listed() -> list[int]:
        return [r.item_id for r in reminders.panel.reminders()]

    item_id = listed()[0]
    window.nav.select_key("view:all")
    assert window.select_item(item_id)
    window.action_delete.trigger()
    assert item_id not in listed()
    window.undo_stack.undo()  # back from the trash: listed again
    assert item_id in listed()
    window.undo_stack.redo()
    assert item_id not in listed()
    window.nav.select_key("view:trash")
    window.select_row(_row_of(window, item_id))
    window.action_restore.trigger()
    assert item_id in listed()


# -- 3. Due-date shortcuts --------------------------------------------------------------
def test_due_shortcuts_count_from_today_and_a_past_date_is_questioned(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)  # today: 29 November; the demo meeting: 17 January
    asked: list[str] = []
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert dialog.meeting_date() == date(2026, 1, 17)
        assert dialog.month_button.text() == "بعد شهر"
        type_text(dialog.title, "مهمة جديدة")
        dialog.owner.setCurrentIndex(1)
        dialog.week_button.click()
        seen["week"] = dialog.due.value()
        dialog.quarter_button.click()
        seen["quarter"] = dialog.due.value()
        dialog.month_button.click()
        seen["month"] = dialog.due.value()
        dialog.accept()  # a month from today: no question
        seen["saved"] = dialog.result() == QDialog.DialogCode.Accepted

    window.exec_dialog = lambda dialog: (fill(dialog), dialog.result() == 1)[1]
    window.new_item()
    assert seen == {
        "week": date(2026, 12, 6),
        "quarter": date(2027, 2, 28),
        "month": date(2026, 12, 29),
        "saved": True,
    }

    def past(dialog: QDialog) -> None:
        type_text(dialog.title, "مهمة بأجل مضى")
        dialog.owner.setCurrentIndex(1)
        dialog.due.set_value(date(2026, 2, 17))  # "a month after the meeting"
        dialog.confirm = lambda q: asked.append(q) or False
        dialog.accept()
        seen["refused"] = dialog.result() != QDialog.DialogCode.Accepted
        dialog.confirm = lambda q: asked.append(q) or True
        dialog.accept()

    window.exec_dialog = lambda dialog: (past(dialog), dialog.result() == 1)[1]
    window.new_item()
    assert seen["refused"]
    assert len(asked) == 2 and "17 فبراير 2026" in asked[0] and "متأخرة" in asked[0]
    assert window.detail.title.text() == "مهمة بأجل مضى"  # saved after the yes

    # Editing something else of an item already overdue asks nothing.
    def retitle(dialog: QDialog) -> None:
        dialog.confirm = lambda q: asked.append(q) or False
        dialog.title.setText("مهمة بأجل مضى (معدلة)")

    window.exec_dialog = accepting(retitle)
    window.edit_selected()
    assert len(asked) == 2
    assert window.detail.title.text() == "مهمة بأجل مضى (معدلة)"


def test_the_overdue_warning_goes_through_the_windows_confirm(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    asked: list[str] = []
    window.confirm = lambda q: asked.append(q) or False  # the window's hook: "No"
    before = demo_db.items.counts(TODAY).total

    def past(dialog: QDialog) -> None:
        type_text(dialog.title, "مهمة بأجل مضى")
        dialog.owner.setCurrentIndex(1)
        dialog.due.set_value(date(2026, 2, 17))

    window.exec_dialog = accepting(past)
    window.new_item()
    assert len(asked) == 1 and "17 فبراير 2026" in asked[0]
    assert demo_db.items.counts(TODAY).total == before  # "No": nothing saved


# -- 4. Percent and resolution numbers -------------------------------------------------
def _line(text: str, rtl: bool):  # type: ignore[no-untyped-def]
    """``text`` laid out by Qt as one paragraph of the given direction (the window's bidi)."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout, line


def _percent_sign_drawn_right(text: str) -> bool:
    """In Arabic ``text``, the cursor moves rightwards from before "5" to before "%": "65%"
    is drawn as read, not "%65"."""
    _layout, line = _line(text, rtl=True)
    return line.cursorToX(text.index("%"))[0] > line.cursorToX(text.index("5"))[0]


def _x(line, index: int) -> float:  # type: ignore[no-untyped-def]
    """The middle of the character at ``index`` (not at the edge of a direction run)."""
    return (line.cursorToX(index)[0] + line.cursorToX(index + 1)[0]) / 2


def test_percent_reads_65_percent_everywhere_in_arabic(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    shown = format_percent(65)
    assert shown.strip(LRI + PDI) == "65%"
    # Drawn "65%" (digits, then the sign to their right) inside Arabic text…
    assert _percent_sign_drawn_right(f"قيد الإنجاز — {shown}")
    # … where Qt draws a bare "65%" or "65 %" as "%65".
    assert not _percent_sign_drawn_right("قيد الإنجاز — 65%")
    assert not _percent_sign_drawn_right("قيد الإنجاز — 65 %")

    window = make_window(demo_db)
    window.nav.select_key("view:all")
    d = window.detail
    window.select_row(0)
    item_id = window.selected_item_id()
    d.new_progress.setValue(65)
    type_text(d.note, "تقدم")
    d.record()
    window.select_item(item_id)
    row = window.table.currentIndex().row()
    assert window.model.index(row, ItemTableModel.PROGRESS).data() == shown  # the table
    assert d.fields["status"].text().endswith(shown)  # the detail pane
    assert (
        shown in d.history.item(d.history.count() - 1).text() or shown in d.history.item(0).text()
    )  # the history
    assert d.new_progress.text() == "65%"  # the spin box: no space for bidi to move it


def test_a_resolution_number_never_runs_into_a_year(qtbot, french, demo_db) -> None:  # type: ignore[no-untyped-def]
    text = "2026 لسنة الاستحقاقات التشريعية"

    def apart(shown: str) -> bool:
        """In a French paragraph, Arabic is drawn between the resolution's number and the
        year (the middle of "2026" and of "لسنة": inside their runs, never at an edge)."""
        _layout, line = _line(shown, rtl=False)
        number, year, word = shown.index("2"), shown.index("2026") + 1, shown.index("لسنة") + 1
        low, high = sorted((_x(line, number), _x(line, year)))
        return low < _x(line, word) < high

    assert not apart(f"2. {text}")  # the old way: drawn "2. 2026 لسنة…" in French
    shown = format_resolution(2, text)
    assert shown.startswith("Résolution 2 : ")
    assert apart(shown)
    i18n.install_language(QApplication.instance(), "ar")
    shown = format_resolution(2, text)
    # Read from the right: "المقرر 2: 2026 لسنة…", the text isolated after the colon.
    assert shown == f"المقرر 2: \u2068{text}\u2069"


# -- 5. Menus, labels, placeholders ----------------------------------------------------
def test_file_menu_ends_with_quit_and_edit_menu_says_redo(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.report_actions import install_report_actions
    from tracker.ui.safety import install_safety

    window = make_window(demo_db)
    features = Features(
        reminders=install_reminders(window, demo_db, lambda: NOW, announce=False),
        reports=install_report_actions(window, demo_db, window.today),
        safety=install_safety(window, demo_db, start_backup=False),
    )
    window.use_features(features)
    try:
        names = [a.objectName() for a in window.menu("file").actions() if not a.isSeparator()]
        assert names[-1] == "action_quit"
        assert names.index("action_backup_now") < names.index("action_restore_backup")
        assert names.index("action_restore_backup") < names.index("action_quit")
        edit = [a for a in window.menu("edit").actions() if not a.isSeparator()]
        assert [a.objectName() for a in edit[:2]] == ["action_undo", "action_redo"]
        assert (window.action_undo.text(), window.action_redo.text()) == ("تراجع", "إعادة")
        window.nav.select_key("view:all")
        window.select_row(0)
        title = window.detail.title.text()
        window.action_delete.trigger()
        assert window.action_undo.text() == f"تراجع عن حذف «{title}»"
        window.action_undo.trigger()
        assert window.action_redo.text() == f"إعادة حذف «{title}»"
    finally:
        features.safety.shutdown()


def test_reported_by_says_what_to_write(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    hint = window.detail.reported_by.placeholderText()
    assert "أبلغ" in hint and "التقدم" in hint


def test_attendees_label_sits_by_its_field(qtbot, arabic, demo_db) -> None:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    field = dialog.attendees
    form = next(
        lay for lay in dialog.findChildren(QFormLayout) if lay.indexOf(field.parentWidget()) >= 0
    )
    label = form.labelForField(field.parentWidget())
    page = label.parentWidget()
    label_top = label.mapTo(page, QPoint(0, 0)).y()
    field_top = field.mapTo(page, QPoint(0, 0)).y()
    assert abs(label_top - field_top) <= 12
    assert label.text() == "الحاضرون"


def test_french_welcome_text_is_not_cut_off(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    view = WelcomeView()
    qtbot.addWidget(view)
    for width in (1024, 700, 460):
        view.resize(width, 560)
        view.show()
        QApplication.processEvents()
        for name in ("welcome_title", "welcome_text"):
            from PySide6.QtWidgets import QLabel

            label = view.findChild(QLabel, name)
            assert label.text().startswith(("Bienvenue", "Enregistrez")), label.text()
            assert label.geometry().left() >= 0 and label.geometry().right() < width, name
            assert label.height() >= label.heightForWidth(label.width()), name


def test_french_welcome_has_room_at_laptop_width(qtbot, french, db: Tracker) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.main_window import MainWindow

    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    QApplication.processEvents()
    # the welcome view, in its scroll area
    assert window.centre.currentWidget() is window.welcome_page
    from PySide6.QtWidgets import QLabel

    text = window.welcome.findChild(QLabel, "welcome_text")
    assert text.height() >= text.heightForWidth(text.width())
    assert text.visibleRegion().boundingRect().width() == text.width()


# -- Arabic number agreement in the dialogs' day counts ----------------------------------
@pytest.mark.parametrize(
    ("n", "lead", "before"),
    [
        (1, "يوم واحد", "قبل الأجل بيوم واحد"),
        (2, "يومان", "قبل الأجل بيومين"),
        (3, "3 أيام", "قبل الأجل بـ3 أيام"),
        (11, "11 يوماً", "قبل الأجل بـ11 يوماً"),
        (100, "100 يوم", "قبل الأجل بـ100 يوم"),
    ],
)
def test_day_counts_agree_with_their_number(qtbot, arabic, demo_db, n, lead, before) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.item_dialog import ItemDialog
    from tracker.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(demo_db)
    qtbot.addWidget(settings)
    settings.lead_days.setValue(n)
    assert settings.lead_days.text() == lead
    item = ItemDialog(demo_db, today=lambda: TODAY)
    qtbot.addWidget(item)
    item.remind.setValue(n)
    assert item.remind.text() == before
    item.remind.setValue(-1)
    assert item.remind.text() == "الافتراضي (من الإعدادات)"
    # Typing a number still works, and a count said in words reads back.
    assert settings.lead_days.valueFromText("7") == 7
    assert settings.lead_days.valueFromText(lead) == n


def test_settings_typed_days_are_saved(qtbot, arabic, demo_db) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    editor = dialog.overdue_every.lineEdit()
    editor.selectAll()
    type_text(editor, "14")
    dialog.overdue_every.interpretText()
    assert dialog.overdue_every.value() == 14
    assert dialog.overdue_every.text() == "14 يوماً"
    dialog.accept()
    assert demo_db.settings.get("reminders.overdue_every") == 14


def test_standard_buttons_say_the_apps_words(qtbot, arabic) -> None:  # type: ignore[no-untyped-def]
    """Qt's Arabic "ألغِ" (Cancel) reads as cut off: every standard button box (snooze date,
    import, restore) says «إلغاء»."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"موافق", "إلغاء"}


def test_the_history_says_at_which_meeting_an_update_was_reviewed(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    meeting = demo_db.meetings.create({"title": "اجتماع المتابعة", "held_on": date(2026, 6, 1)})
    window = make_window(demo_db)
    window.nav.select_key("view:all")
    window.select_row(0)
    item_id = window.selected_item_id()
    demo_db.items.record_progress(
        item_id, {"status": "in_progress", "progress": 40, "note": "رُوجع"}, meeting_id=meeting.id
    )
    demo_db.items.record_progress(item_id, {"status": "in_progress", "progress": 50})
    window.detail.show_item(item_id)
    texts = [window.detail.history.item(i).text() for i in range(window.detail.history.count())]
    reviewed = [t for t in texts if "رُوجع في اجتماع 1 يونيو 2026" in t]
    assert len(reviewed) == 1 and "40%" in reviewed[0]
