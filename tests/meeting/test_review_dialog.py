"""Review mode, keyboard first (issue 16): status keys, percent, note, Enter, skip,
postpone, discussion, pause and resume; every decision tied to the meeting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text
from tracker.domain.enums import Status
from tracker.services.core import Tracker
from tracker.ui import i18n
from tracker.ui.review_dialog import ReviewDialog

DAY = date(2026, 6, 1)


@pytest.fixture
def meeting(demo_db: Tracker) -> int:
    return demo_db.meetings.create({"title": "اجتماع يونيو", "held_on": DAY}).id


@pytest.fixture
def open_review(qtbot, demo_db: Tracker, meeting: int):  # type: ignore[no-untyped-def]
    i18n.install_language(QApplication.instance(), "ar")

    def make() -> ReviewDialog:
        dialog = ReviewDialog(demo_db, meeting, lambda: DAY)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return make


def key(qtbot, dialog: ReviewDialog, k: Qt.Key, mod=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or dialog, k, mod)


def test_status_key_percent_note_enter_records_at_the_meeting(
    qtbot, demo_db: Tracker, meeting: int, open_review
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review()
    changed = []
    dialog.changed.connect(lambda: changed.append(1))
    first = dialog.current
    assert first is not None and first.overdue  # the agenda's order: late first
    assert dialog.position.text().endswith(str(len(dialog.session.items)))
    key(qtbot, dialog, Qt.Key.Key_2)  # in progress
    assert dialog.chosen_status() is Status.IN_PROGRESS
    assert QApplication.focusWidget() is dialog.percent.findChild(type(dialog.note)) or (
        dialog.percent.hasFocus()
    )
    qtbot.keyClicks(dialog.percent, "80")
    dialog.note.setFocus()
    type_text(dialog.note, "تمت هيكلة ثلاث جماعات أخرى")
    key(qtbot, dialog, Qt.Key.Key_Return)
    assert changed == [1]
    detail = demo_db.items.detail(first.id)
    assert detail.item.progress == 80 and detail.item.status is Status.IN_PROGRESS
    assert detail.history[0].meeting_id == meeting
    assert detail.history[0].note == "تمت هيكلة ثلاث جماعات أخرى"
    assert dialog.current is not None and dialog.current.id != first.id  # went on


def test_skip_postpone_discussion_pause_and_resume(
    qtbot, demo_db: Tracker, meeting: int, open_review
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review()
    order = [i.id for i in dialog.session.items]
    key(qtbot, dialog, Qt.Key.Key_PageDown)  # skip: nothing recorded
    assert demo_db.items.detail(order[0]).history[0].meeting_id is None
    assert dialog.current.id == order[1]
    dialog.ask_date = lambda suggested: date(2026, 9, 30)
    key(qtbot, dialog, Qt.Key.Key_F3)  # postpone with a new date
    postponed = demo_db.items.detail(order[1])
    assert postponed.item.status is Status.POSTPONED
    assert postponed.item.due_on == date(2026, 9, 30)
    assert postponed.history[0].meeting_id == meeting
    assert dialog.current.id == order[2]
    key(qtbot, dialog, Qt.Key.Key_F4)  # for discussion
    assert order[2] in demo_db.review.place(meeting).discuss
    assert dialog.current.id == order[3]
    dialog.ask_date = lambda suggested: None  # a cancelled prompt changes nothing
    key(qtbot, dialog, Qt.Key.Key_F3)
    assert dialog.current.id == order[3]
    key(qtbot, dialog, Qt.Key.Key_Escape)  # pause: closes, asks nothing
    assert not dialog.isVisible()

    again = open_review()  # another day, the same place
    assert again.current.id == order[3]
    key(qtbot, again, Qt.Key.Key_3)  # done: the percent becomes 100
    assert again.percent.value() == 100
    key(qtbot, again, Qt.Key.Key_Return)
    assert demo_db.items.detail(order[3]).item.status is Status.DONE
    # the done item stays in the review's list (its place does not move)
    assert [i.id for i in again.session.items][:4] == order[:4]
    key(qtbot, again, Qt.Key.Key_PageUp)  # back to it
    assert again.current.id == order[3]


def test_done_needs_100_and_the_end(qtbot, demo_db: Tracker, meeting: int, open_review) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review()
    dialog._set_status(3)  # done without the key: the percent left as it was
    dialog.percent.setValue(50)
    assert not dialog.record() and dialog.error.isVisible()
    while dialog.current is not None:
        assert dialog.skip()
    assert dialog.stack.currentIndex() == 1 and not dialog.record_button.isEnabled()


def test_large_print_is_remembered(qtbot, demo_db: Tracker, open_review) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review()
    normal = dialog.title.font().pointSizeF()
    key(qtbot, dialog, Qt.Key.Key_F11)
    assert dialog.large.isChecked() and demo_db.review.large_print()
    assert dialog.title.font().pointSizeF() > normal
    dialog.reject()
    assert open_review().large.isChecked()


def test_the_window_follows_and_the_meeting_menu_opens_it(
    qtbot, demo_db: Tracker, meeting: int, make_window
) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import features

    window = make_window(demo_db, today=lambda: DAY)
    feats = features.install(window, demo_db, interactive=False)
    try:
        shown = []
        feats.review.exec_dialog = shown.append
        refreshed = []
        real_refresh = window.refresh
        window.refresh = lambda: (refreshed.append(1), real_refresh())  # type: ignore[method-assign]
        dialog = feats.review.review(meeting)
        assert shown == [dialog] and dialog.meeting_id == meeting
        item = dialog.current.id
        dialog._set_status(2)
        dialog.percent.setValue(90)
        assert dialog.record()
        assert refreshed == [1]  # the table behind follows
        assert demo_db.items.detail(item).item.progress == 90
        # the meeting's context menu in the navigation offers the review
        from PySide6.QtWidgets import QMenu

        menu = QMenu()
        feats.review.add_to_menu(menu, meeting)
        texts = [a.text() for a in menu.actions()]
        assert "مراجعة المهام المفتوحة…" in texts
    finally:
        feats.shutdown()


def test_digits_typed_in_the_note_stay_text_alt_digits_choose(qtbot, open_review) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review()
    before = dialog.chosen_status()
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_4)
    assert dialog.note.text() == "4" and dialog.chosen_status() is before
    qtbot.keyClick(dialog.note, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen_status() is Status.STALLED
    first = dialog.current.id
    dialog.percent.setFocus()
    qtbot.keyClick(dialog.percent, Qt.Key.Key_PageDown)  # skips, even from the percent
    assert dialog.current.id != first


def test_the_review_fits_the_screen(open_review) -> None:  # type: ignore[no-untyped-def]
    dialog = open_review()
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for button in (dialog.record_button, dialog.skip_button, dialog.pause_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner)  # the keys' buttons in sight


def test_a_meeting_gone_says_so(qtbot, demo_db: Tracker, meeting: int, make_window) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import features

    window = make_window(demo_db, today=lambda: DAY)
    feats = features.install(window, demo_db, interactive=False)
    try:
        errors: list[str] = []
        feats.reports.show_error = errors.append
        demo_db.meetings.delete(meeting)
        assert feats.review.review(meeting) is None
        assert errors and str(meeting) in errors[0]
    finally:
        feats.shutdown()
