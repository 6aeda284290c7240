"""The communiqué review dialog (issue 14), driven offscreen with hand-made drafts."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QStyleOptionViewItem

from tests.conftest import TODAY
from tests.draft_samples import (
    DECISIONS,
    FRENCH,
    POSITION,
    TITLE,
    french_draft,
    seed_draft,
    seed_text,
)
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View
from tracker.ui.date_edit import DateEdit
from tracker.ui.draft_dialog import DraftDialog
from tracker.ui.draft_model import DUE, KEEP, OWNER, TEXT, KeyRole

WAIT = 20_000  # a safety net, never a race


def plain(text: str) -> str:
    """``text`` without the bidi isolates around a phrase."""
    return text.replace("\u2068", "").replace("\u2069", "")


def live_items(db: Tracker) -> list:  # type: ignore[type-arg]
    return db.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)


@pytest.fixture
def dialog(qtbot, arabic, db: Tracker):  # type: ignore[no-untyped-def]
    dlg = DraftDialog(db, ask=lambda question: True)
    qtbot.addWidget(dlg)
    text = seed_text()
    draft = seed_draft(text)
    dlg.show_draft(text, draft, db.drafts.propose(draft))
    dlg.show()
    return dlg


def save(qtbot, dlg: DraftDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dlg.finished_saving, timeout=WAIT):
        assert dlg.save() is not None


def test_the_review_shows_the_meeting_and_one_row_per_decision(dialog: DraftDialog) -> None:
    d = dialog
    assert d.pages.currentIndex() == 1
    assert d.title_edit.text() == TITLE and d.held_on.value() == date(2026, 1, 17)
    assert d.location.text() == "المقر الإقليمي للحزب بتاونات"
    assert d.attendees.text() == "أعضاء الأمانة الإقليمية، الأمناء المحليون"
    m = d.model
    assert m.rowCount() == 6
    assert [m.index(r, TEXT).data() for r in range(6)] == [POSITION, *DECISIONS]
    ticks = [m.index(r, KEEP).data(Qt.ItemDataRole.CheckStateRole) for r in range(6)]
    assert ticks == [Qt.CheckState.Unchecked] + [Qt.CheckState.Checked] * 5  # a position
    assert m.index(1, DUE).data() == "17 أبريل 2026" and m.index(2, DUE).data() == "—"
    assert m.index(1, OWNER).data() == "الأمانة الإقليمية (جديد)"  # proposed, marked new
    assert "الجماعات المذكورة: تاونات" in m.index(1, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert d.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert d.source.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_clicking_a_row_marks_and_shows_its_source(qtbot, dialog: DraftDialog) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    rect = d.table.visualRect(d.model.index(3, TEXT))
    qtbot.mouseClick(d.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.table.currentIndex().row() == 3
    assert d.source.marked_text() == DECISIONS[2]
    cursor = d.source.cursorRect()
    assert d.source.viewport().rect().contains(cursor.center())  # scrolled into sight
    # The parts the reader found are highlighted: date, place, chair, 6 decisions, 1 deadline.
    assert len(d.source.extraSelections()) == 3 + 6 + 1 + 1  # and the row's mark


def test_the_line_under_the_table_says_how_the_deadline_was_computed(
    qtbot, dialog: DraftDialog
) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    d.table.setCurrentIndex(d.model.index(1, TEXT))
    line = plain(d.explanation.text())
    assert "«خلال ثلاثة أشهر»" in line and "17 أبريل 2026" in line and "17 يناير 2026" in line
    assert plain(d.model.index(1, DUE).data(Qt.ItemDataRole.ToolTipRole)) in line
    d.table.setCurrentIndex(d.model.index(2, TEXT))
    assert "لا يحدد البلاغ تاريخاً" in d.explanation.text()  # a vague phrase: no date given


def test_edit_a_deadline_with_the_date_editor_then_save(
    qtbot, dialog: DraftDialog, db: Tracker
) -> None:  # type: ignore[no-untyped-def]
    d = dialog
    index = d.model.index(2, DUE)
    d.table.setCurrentIndex(index)
    d.table.edit(index)
    editor = d.table.findChild(DateEdit, "deadline_editor")
    assert editor is not None
    editor.set_value(date(2026, 6, 30))
    d.table.commitData(editor)
    d.table.closeEditor(editor, d.table.itemDelegate().EndEditHint.NoHint)
    assert d.model.index(2, DUE).data() == "30 يونيو 2026"
    assert "30 يونيو 2026" in d.explanation.text()
    # Untick one decision, give another to an existing owner.
    d.model.setData(
        d.model.index(5, KEEP), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    save(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted and d.saved is not None
    assert (d.saved.resolutions, d.saved.items) == (4, 4)
    items = {i.title: i for i in live_items(db)}
    assert set(items) == set(DECISIONS) - {DECISIONS[4]}
    assert items[DECISIONS[1]].due_on == date(2026, 6, 30)
    summary = db.meetings.get(d.saved.meeting_id)
    assert summary.meeting.source_text == seed_text()


def test_an_existing_owner_is_chosen_in_the_combo(qtbot, arabic, db: Tracker) -> None:  # type: ignore[no-untyped-def]
    owner = db.owners.create({"name": "منظمة شباب الحزب"})
    dlg = DraftDialog(db, ask=lambda q: pytest.fail("no new owner to confirm"))
    qtbot.addWidget(dlg)
    text = seed_text()
    draft = seed_draft(text)
    dlg.show_draft(text, draft, db.drafts.propose(draft))
    for row in range(1, 6):
        index = dlg.model.index(row, OWNER)
        delegate = dlg.table.owner_delegate
        combo = delegate.createEditor(dlg.table.viewport(), QStyleOptionViewItem(), index)
        assert isinstance(combo, QComboBox)
        delegate.setEditorData(combo, index)
        assert combo.currentText() == "الأمانة الإقليمية (جديد)"  # as proposed
        assert combo.count() == 2  # the existing owner and the proposed one
        combo.setCurrentIndex(delegate.index_of(combo, ("id", owner.id)))
        delegate.setModelData(combo, dlg.model, index)
        combo.deleteLater()
        assert index.data(KeyRole) == ("id", owner.id)
        assert index.data() == "منظمة شباب الحزب"
    save(qtbot, dlg)
    assert dlg.saved is not None and dlg.saved.new_owners == ()
    assert [o.name for o in db.owners.list()] == ["منظمة شباب الحزب"]


def test_new_owners_are_created_only_when_confirmed(qtbot, arabic, db: Tracker) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    dlg = DraftDialog(db, ask=lambda q: asked.append(q) or False)
    qtbot.addWidget(dlg)
    text = seed_text()
    draft = seed_draft(text)
    dlg.show_draft(text, draft, db.drafts.propose(draft))
    assert dlg.save() is None  # the secretary said no
    assert len(asked) == 1 and "الأمانة الإقليمية" in asked[0]
    assert db.meetings.list() == [] and db.owners.list() == []
    assert dlg.isVisible() or dlg.result() != QDialog.DialogCode.Accepted


def test_no_date_must_be_given_before_saving(qtbot, arabic, db: Tracker) -> None:  # type: ignore[no-untyped-def]
    dlg = DraftDialog(db, ask=lambda q: True)
    qtbot.addWidget(dlg)
    text = seed_text()
    draft = seed_draft(text, held_on=None)
    dlg.show_draft(text, draft, db.drafts.propose(draft))
    assert "لم يُعثر على تاريخ الاجتماع" in dlg.warnings.text()
    assert dlg.save() is None
    assert "تاريخ الاجتماع" in dlg.error.text() and db.meetings.list() == []
    dlg.held_on.set_value(date(2026, 1, 17))
    save(qtbot, dlg)
    assert dlg.saved is not None and dlg.saved.held_on == date(2026, 1, 17)


def test_a_duplicate_is_refused_in_the_dialog_which_stays_open(qtbot, arabic, db: Tracker) -> None:  # type: ignore[no-untyped-def]
    text = seed_text()
    db.drafts.save(seed_draft(text), text=text)
    dlg = DraftDialog(db, ask=lambda q: True)
    qtbot.addWidget(dlg)
    dlg.show_draft(text, seed_draft(text), db.drafts.propose(seed_draft(text)))
    save(qtbot, dlg)
    assert dlg.saved is None and "مستورد من قبل" in dlg.error.text()
    assert len(db.meetings.list()) == 1


def test_pasted_text_and_an_opened_file_are_read(
    qtbot, arabic, db: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = seed_text()
    dlg = DraftDialog(db, text)  # the placeholder reader or the real one: a draft either way
    qtbot.addWidget(dlg)
    assert dlg.pages.currentIndex() == 1 and dlg.source.toPlainText() == text
    assert dlg.title_edit.text()
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "communique.docx"
    path.write_bytes(buffer.getvalue())
    dlg.show_input()
    with qtbot.waitSignal(dlg.reviewed, timeout=WAIT):
        dlg.load_file(path)
    assert dlg.source.toPlainText() == text
    bad = tmp_path / "bad.txt"
    bad.write_bytes("اجتماع".encode("cp1256"))
    dlg.show_input()
    dlg.load_file(bad)
    qtbot.waitUntil(lambda: bool(dlg.error.text()), timeout=WAIT)
    assert "UTF-8" in dlg.error.text() and dlg.pages.currentIndex() == 0
    assert db.meetings.list() == []


def test_french_reads_left_to_right(qtbot, db: Tracker, qapp) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import i18n

    i18n.install_language(qapp, "fr")
    try:
        dlg = DraftDialog(db)
        qtbot.addWidget(dlg)
        draft = french_draft(FRENCH)
        dlg.show_draft(FRENCH, draft, db.drafts.propose(draft))
        assert dlg.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dlg.source.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dlg.model.index(0, DUE).data() == "7 juin 2026"
        assert dlg.model.index(1, OWNER).data() == "Commission des finances (nouveau)"
    finally:
        i18n.install_language(qapp, "ar")


# -- from the window: the menu, Undo and Redo, the welcome's paste ------------------------------


def fill_and_save(qtbot, captured: list) -> object:  # type: ignore[no-untyped-def,type-arg]
    def run(dialog: DraftDialog) -> bool:
        captured.append(dialog)
        dialog.ask = lambda q: True
        text = seed_text()
        draft = seed_draft(text)
        dialog.show_draft(text, draft, dialog.tracker.drafts.propose(draft))
        save(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_save_from_the_menu_then_undo_and_redo_the_whole_import(  # type: ignore[no-untyped-def]
    qtbot, make_window, db: Tracker
) -> None:
    window = make_window(db)
    captured: list[DraftDialog] = []
    window.exec_dialog = fill_and_save(qtbot, captured)
    action = window.action_from_communique
    assert (
        action.text() == "اجتماع جديد من بلاغ…" and action.shortcut().toString() == "Ctrl+Shift+M"
    )
    action.trigger()
    saved = captured[0].saved
    assert saved is not None
    assert window.nav.current_key() == f"meeting:{saved.meeting_id}"  # the new meeting shown
    assert window.model.total() == 5 and window.undo_bar.isVisible()
    window.undo_stack.undo()
    assert db.meetings.list() == [] and live_items(db) == [] and db.owners.list() == []
    assert window.nav.current_key() == "view:open" and window.model.total() == 0
    window.undo_stack.redo()
    assert [m.id for m in db.meetings.list()] == [saved.meeting_id]
    assert len(live_items(db)) == 5
    assert window.nav.current_key() == f"meeting:{saved.meeting_id}"


def test_a_long_text_pasted_on_the_welcome_opens_the_review(
    qtbot, make_window, db: Tracker
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(db)
    assert window.centre.currentWidget() is window.welcome_page
    opened: list[DraftDialog] = []
    window.exec_dialog = lambda dialog: opened.append(dialog) or False
    QGuiApplication.clipboard().setText("قصير")
    assert not window.welcome.paste_from_clipboard() and opened == []
    text = seed_text()
    QGuiApplication.clipboard().setText(text)
    window.welcome.paste_shortcut.activated.emit()
    assert len(opened) == 1
    assert opened[0].source.toPlainText() == text and opened[0].pages.currentIndex() == 1
    assert db.meetings.list() == []  # nothing until Save
    window.welcome.communique_button.click()  # the button opens the empty dialog
    assert len(opened) == 2 and opened[1].pages.currentIndex() == 0


def test_the_dialog_fits_a_netbook_screen(dialog: DraftDialog) -> None:
    from tracker.ui.screen import room

    limit = room(dialog)
    assert dialog.width() <= limit.width() and dialog.height() <= limit.height()
    assert dialog.minimumSizeHint().width() <= 1016 and dialog.minimumSizeHint().height() <= 552
    assert dialog.buttons.geometry().bottom() <= dialog.height()


def test_no_english_is_left_in_arabic(dialog: DraftDialog) -> None:
    from tests.gui.test_no_english import english_in

    assert english_in(dialog) - {"txt", "docx"} == set()  # file kinds are named as they are
    dialog.show_input()
    assert english_in(dialog) - {"txt", "docx"} == set()


def test_a_directive_to_all_communes_is_fanned_out_only_when_ticked(
    qtbot, arabic, db: Tracker
) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.draft_model import COMMUNES

    text = seed_text()
    draft = db.drafts.read(text)
    dlg = DraftDialog(db, ask=lambda question: True)
    qtbot.addWidget(dlg)
    # Without a province the communes are said but cannot be ticked.
    dlg.show_draft(text, draft, db.drafts.propose(draft))
    m = dlg.model
    first = next(r for r in range(m.rowCount()) if m.rows[r].source.all_communes)
    cell = m.index(first, COMMUNES)
    assert cell.data() == "كل الجماعات"
    assert not m.flags(cell) & Qt.ItemFlag.ItemIsUserCheckable
    assert "إقليم الملف" in cell.data(Qt.ItemDataRole.ToolTipRole)
    # With the province: 49 communes, unticked until the secretary ticks it.
    db.territories.set_province("03.531")
    dlg.show_draft(text, draft, db.drafts.propose(draft))
    cell = m.index(first, COMMUNES)
    assert cell.data() == "كل الجماعات (49 جماعة)"
    assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert m.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    save(qtbot, dlg)
    assert dlg.saved is not None and dlg.saved.fanned_out == 49
    assert len(db.territories.children(dlg.saved.item_ids[0])) == 49
