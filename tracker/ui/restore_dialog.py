"""The "restore from backup" dialog: the backups of the open file, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.services.backups import BackupInfo
from tracker.ui.i18n import format_date
from tracker.ui.screen import fit_dialog

PathRole = Qt.ItemDataRole.UserRole + 1


class RestoreDialog(QDialog):
    DATE, KIND, ITEMS = range(3)

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "Choose the copy to bring back. The current file is kept as a backup first, "
                "so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Action items")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.DATE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ITEMS, QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(backups):
            when = QTableWidgetItem(f"{format_date(info.taken_at.date())}  {info.taken_at:%H:%M}")
            when.setData(PathRole, str(info.path))
            when.setToolTip(info.path.name)
            kind = QTableWidgetItem(self.reason_label(info.reason))
            count = QTableWidgetItem(
                str(info.items) if info.items is not None else self.tr("unreadable")
            )
            count.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for col, cell in ((self.DATE, when), (self.KIND, kind), (self.ITEMS, count)):
                if not info.usable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, cell)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._accept_if_selected())

        empty = QLabel(self.tr("There is no backup of this file yet."))
        empty.setVisible(not backups)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table)
        lay.addWidget(empty)
        lay.addWidget(self.buttons)
        fit_dialog(self, scroll=False)
        first_usable = next((i for i, b in enumerate(backups) if b.usable), None)
        if first_usable is not None:
            self.select_row(first_usable)

    def select_row(self, row: int) -> None:
        """Select ``row`` (QTableView.selectRow selects nothing in a hidden right-to-left view)."""
        flags = QItemSelectionModel.SelectionFlag
        index = self.table.model().index(row, self.DATE)
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def reason_label(self, reason: str) -> str:
        if reason.startswith("pre-upgrade"):
            return self.tr("Before an upgrade")
        return {
            "start": self.tr("At start"),
            "auto": self.tr("Automatic"),
            "manual": self.tr("Manual"),
            "pre-restore": self.tr("Before a restore"),
        }.get(reason, reason)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows(self.DATE)
        if not rows:
            return None
        cell = self.table.item(rows[0].row(), self.DATE)
        if cell is None or not cell.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(cell.data(PathRole))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _accept_if_selected(self) -> None:
        if self.selected_backup() is not None:
            self.accept()
