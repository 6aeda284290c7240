"""Import action items from CSV or Excel, after a preview that marks every bad cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.services.core import Tracker
from tracker.services.import_results import ImportPreview
from tracker.ui import pyside_fix  # noqa: F401  (before any painting)
from tracker.ui.background import BackgroundJob
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog

BAD_CELL = QColor("#f6c6c6")
ErrorRole = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 200

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The rows of the file as read; a bad cell is red with its message as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.preview.rows[r][c]
        error = self.preview.cell_error(r, c)
        if error is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BAD_CELL)
        if role in (Qt.ItemDataRole.ToolTipRole, ErrorRole):
            return error.message(current_language())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.preview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.preview.headers):
                return self.preview.headers[section]
            return None
        if 0 <= section < len(self.preview.row_numbers):
            return str(self.preview.row_numbers[section])  # the row number in the file
        return None


class ImportDialog(QDialog):
    """Choose a file, see it checked cell by cell, import all rows or none."""

    imported = Signal(str)  # the result message
    checked = Signal()  # a preview is shown (after each load or option change)

    def __init__(
        self, tracker: Tracker, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.today = today
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import items from CSV or Excel"))
        self.resize(1100, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setObjectName("import_path")
        browse = QPushButton(self.tr("Choose a file…"))
        browse.clicked.connect(self.browse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(browse)

        self.create_owners = QCheckBox(self.tr("Create owners that do not exist yet"))
        self.create_owners.setObjectName("create_owners")
        self.create_owners.toggled.connect(self.refresh)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(140)

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.setMaximumHeight(140)
        self.problems.currentRowChanged.connect(self._go_to_problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.create_owners)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.problems)
        lay.addWidget(self.buttons)
        fit_dialog(self, scroll=False)
        self.preview: ImportPreview | None = None
        self._generation = 0
        self._tasks: set[BackgroundJob] = set()

    def _run(
        self, fn: Callable[[], Any], done: Callable[[Any], None], *, writes: bool = False
    ) -> None:
        """Read and check (or import) on a worker: a 50,000-row file takes a while.

        ``done`` gets the result, or the ``TrackerError`` the work failed with."""
        task = BackgroundJob("import", self)
        self._tasks.add(task)

        def finish(result: Any) -> None:
            self._tasks.discard(task)
            task.deleteLater()
            done(result)

        task.start(fn, done=finish, fail=finish, writes=writes)

    def _set_busy(self, text: str) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import items"), "", self.tr("Spreadsheets (*.csv *.xlsx)")
        )
        return Path(path) if path else None

    def browse(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.refresh()

    def refresh(self) -> None:
        text = self.path_edit.text()
        if not text:
            return
        self._generation += 1
        generation = self._generation
        path, create = Path(text), self.create_owners.isChecked()
        self._set_busy(self.tr("Reading and checking the file…"))
        tracker = self.tracker

        def work() -> ImportPreview:
            return tracker.exchange.preview(path, create_owners=create)

        def done(result: Any) -> None:
            if generation != self._generation:
                return  # the file or the option changed meanwhile
            if isinstance(result, TrackerError):
                result = ImportPreview(path=path, error=result)
            self._show(result)

        self._run(work, done)

    def _show(self, preview: ImportPreview) -> None:
        lang = current_language()
        self.unsetCursor()
        self.preview = preview
        self.model.set_preview(preview)
        self.problems.clear()
        if preview.error is not None:
            self.summary.setText(preview.error.message(lang))
        elif preview.error_count:
            self.summary.setText(
                self.tr(
                    "%n problem(s) found: nothing will be imported until they are fixed "
                    "in the file.",
                    "",
                    preview.error_count,
                )
            )
            for e in preview.errors[:MAX_LISTED]:
                self.problems.addItem(e.message(lang))
        else:
            r = preview.result
            self.summary.setText(
                self.tr("Ready: %1 new item(s), %2 to update, %3 new owner(s), %4 new meeting(s).")
                .replace("%1", str(r.created))
                .replace("%2", str(r.updated))
                .replace("%3", str(r.owners_created))
                .replace("%4", str(r.meetings_created))
            )
        self.summary.setStyleSheet("" if preview.ok else "color: #a61b1b;")
        self.import_button.setEnabled(preview.ok)
        self.checked.emit()

    def _go_to_problem(self, row: int) -> None:
        if self.preview is None or not (0 <= row < len(self.preview.errors)):
            return
        e = self.preview.errors[row]
        try:
            r = self.preview.row_numbers.index(e.row)
        except ValueError:
            return
        c = self.preview.keys.index(e.key) if e.key in self.preview.keys else 0
        self.table.setCurrentIndex(self.model.index(r, c))

    def do_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        tracker, path = self.tracker, self.preview.path
        create, today = self.create_owners.isChecked(), self.today()
        self._set_busy(self.tr("Importing…"))
        self._generation += 1

        def work() -> Any:
            return tracker.exchange.import_file(path, create_owners=create, today=today)

        def done(result: Any) -> None:
            self.unsetCursor()
            if isinstance(result, TrackerError):  # the file changed since the preview
                self.summary.setText(result.message(current_language()))
                self.summary.setStyleSheet("color: #a61b1b;")
                return
            self.imported.emit(result.message(current_language()))
            self.accept()

        self._run(work, done, writes=True)
