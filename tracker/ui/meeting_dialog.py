"""Create or edit a meeting with its numbered resolutions (add, edit, remove, reorder)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.services.core import Tracker
from tracker.ui.date_edit import DateEdit
from tracker.ui.forms import ErrorLabel, FieldErrors, save_cancel_buttons
from tracker.ui.screen import fit_dialog

IdRole = Qt.ItemDataRole.UserRole + 1


class MeetingDialog(QDialog):
    """``accept()`` validates everything and saves meeting and resolutions in one go."""

    def __init__(
        self, tracker: Tracker, meeting_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.meeting_id = meeting_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit meeting") if meeting_id else self.tr("New meeting"))

        self.title = QLineEdit()
        self.title.setObjectName("meeting_title")
        self.held_on = DateEdit()
        self.held_on.setObjectName("held_on")
        self.held_on.set_value(date.today())
        self.location = QLineEdit()
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(self.tr("e.g. ordinary meeting of the secretariat"))
        self.chaired_by = QLineEdit()
        self.attendees = QPlainTextEdit()
        self.attendees.setTabChangesFocus(True)
        self.attendees.setMaximumHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.source_text = QPlainTextEdit()
        self.source_text.setPlaceholderText(self.tr("Paste the meeting's communiqué here"))

        self.general = ErrorLabel()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Title"), self.title, "title")
        self.errors.add_row(form, self.tr("Date"), self.held_on, "held_on")
        self.errors.add_row(form, self.tr("Place"), self.location, "location")
        self.errors.add_row(form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Chaired by"), self.chaired_by, "chaired_by")
        self.errors.add_row(form, self.tr("Attendees"), self.attendees, "attendees")
        meeting_page = QWidget()
        page_lay = QVBoxLayout(meeting_page)
        page_lay.addLayout(form)
        page_lay.addStretch(1)  # rows keep their height: each label stays by its field

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("resolutions")
        self.table.setHorizontalHeaderLabels([self.tr("Resolution"), self.tr("Theme")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 150)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add resolution"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        buttons_row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons_row.addWidget(b)
        buttons_row.addStretch(1)
        res_page = QWidget()
        rl = QVBoxLayout(res_page)
        hint = QLabel(self.tr("Double-click a cell to edit it. The order gives the numbers."))
        hint.setWordWrap(True)
        rl.addWidget(hint)
        rl.addWidget(self.table)
        rl.addLayout(buttons_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(meeting_page, self.tr("Meeting"))
        self.tabs.addTab(res_page, self.tr("Resolutions"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.source_text, self.tr("Communiqué"))

        buttons = save_cancel_buttons(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.general)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        self.resize(760, 560)
        fit_dialog(self)

        self.add_button.clicked.connect(lambda: self.add_resolution(""))
        self.remove_button.clicked.connect(self.remove_resolution)
        self.up_button.clicked.connect(lambda: self.move_resolution(-1))
        self.down_button.clicked.connect(lambda: self.move_resolution(1))
        if meeting_id is not None:
            self._load(meeting_id)
        self.title.setFocus()

    def _load(self, meeting_id: int) -> None:
        summary = self.tracker.meetings.get(meeting_id)
        m = summary.meeting
        self.title.setText(m.title)
        self.held_on.set_value(m.held_on)
        self.location.setText(m.location)
        self.kind.setText(m.kind)
        self.chaired_by.setText(m.chaired_by)
        self.attendees.setPlainText(m.attendees)
        self.notes.setPlainText(m.notes)
        self.source_text.setPlainText(m.source_text)
        for r in summary.resolutions:
            self.add_resolution(r.text, r.theme, r.id, edit=False)
        self.table.resizeRowsToContents()

    # -- resolutions -------------------------------------------------------------------
    def add_resolution(
        self, text: str, theme: str = "", res_id: int | None = None, *, edit: bool = True
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cell = QTableWidgetItem(text)
        cell.setData(IdRole, res_id)
        self.table.setItem(row, 0, cell)
        self.table.setItem(row, 1, QTableWidgetItem(theme))
        self._renumber()
        if edit:
            self.tabs.setCurrentIndex(1)
            self.table.setCurrentCell(row, 0)
            self.table.editItem(cell)
        return row

    def remove_resolution(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._renumber()

    def move_resolution(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        taken = [self.table.takeItem(row, c) for c in range(2)]
        other = [self.table.takeItem(target, c) for c in range(2)]
        for c in range(2):
            self.table.setItem(target, c, taken[c])
            self.table.setItem(row, c, other[c])
        self._renumber()
        self.table.setCurrentCell(target, 0)

    def _renumber(self) -> None:
        self.table.setVerticalHeaderLabels([str(i + 1) for i in range(self.table.rowCount())])

    def resolutions(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, 0)
            theme = self.table.item(row, 1)
            out.append(
                {
                    "id": text.data(IdRole) if text else None,
                    "text": text.text() if text else "",
                    "theme": theme.text() if theme else "",
                }
            )
        return out

    def data(self) -> dict[str, object]:
        return {
            "title": self.title.text(),
            "held_on": self.held_on.value(),
            "location": self.location.text(),
            "kind": self.kind.text(),
            "chaired_by": self.chaired_by.text(),
            "attendees": self.attendees.toPlainText(),
            "notes": self.notes.toPlainText(),
            "source_text": self.source_text.toPlainText(),
        }

    def accept(self) -> None:
        # A cell still being edited commits its text before we read the table.
        self.table.setCurrentItem(None)
        try:
            meeting = self.tracker.meetings.save(self.meeting_id, self.data(), self.resolutions())
        except TrackerError as exc:
            self.errors.show_error(exc)
            if self.errors.messages().get("title") or self.errors.messages().get("held_on"):
                self.tabs.setCurrentIndex(0)
            elif any(k.startswith("resolution.") for k in getattr(exc, "errors", {})):
                self.tabs.setCurrentIndex(1)
            return
        self.saved_id = meeting.id
        super().accept()
