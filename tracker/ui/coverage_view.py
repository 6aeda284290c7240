"""The coverage grid on screen: communes (by cercle, municipalities first) × a meeting's
fanned-out items, each cell its child's status as colour, label and percent; totals per
commune and per item; a click on a cell opens that commune's item."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.services.coverage import FILLS, short_title
from tracker.ui.i18n import current_language, format_date
from tracker.ui.screen import fit_dialog
from tracker.ui.text_format import format_percent

if TYPE_CHECKING:
    from tracker.services.coverage import Grid, Row

ChildRole = Qt.ItemDataRole.UserRole + 1
GROUP_BACKGROUND = "#f1f1f1"
_Index = QModelIndex | QPersistentModelIndex


class CoverageModel(QAbstractTableModel):
    """Rows: a group heading before each cercle's communes, the communes, the totals."""

    def __init__(self, grid: Grid, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.grid = grid
        self.lang = current_language()
        self._lines: list[
            tuple[str, Row | str]
        ] = []  # ("group", label) | ("row", Row) | ("total", "")
        group: str | None = None
        for row in grid.rows:
            label = self._group_label(row)
            if label != group:
                group = label
                self._lines.append(("group", label))
            self._lines.append(("row", row))
        self._lines.append(("total", ""))

    def _group_label(self, row: Row) -> str:
        if row.urban:
            return self.tr("Municipalities")
        return self.tr("Cercle of %1").replace("%1", row.group(self.lang))

    def group_rows(self) -> list[int]:
        return [i for i, (kind, _) in enumerate(self._lines) if kind == "group"]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.columns) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal:
            return None
        n = len(self.grid.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Commune")
            if section == n + 1:
                return self.tr("Total")
            if 1 <= section <= n:
                return f"{section}. {short_title(self.grid.columns[section - 1].title, 3)}"
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= n:
            return self.grid.columns[section - 1].title
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        kind, value = self._lines[index.row()]
        col, n = index.column(), len(self.grid.columns)
        if kind == "group":
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return value
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(GROUP_BACKGROUND))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        if kind == "total":
            return self._total(col, n, role)
        row: Row = value  # type: ignore[assignment]
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name(self.lang)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.name_ar} — {row.name_fr}"
            return None
        if col == n + 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.done}/{row.total}" if row.total else "—"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        cell = row.cells[col - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if cell is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cell.status.label(self.lang)} {format_percent(cell.progress)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(FILLS[cell.status]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#111111"))
        if role == Qt.ItemDataRole.ToolTipRole:
            title = self.grid.columns[col - 1].title
            return f"{row.name(self.lang)}\n{title}\n{cell.status.label(self.lang)}"
        if role == ChildRole:
            return cell.item_id
        return None

    def _total(self, col: int, n: int, role: int):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return Qt.AlignmentFlag.AlignCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return self.tr("Total")
        if 1 <= col <= n:
            c = self.grid.columns[col - 1]
            return f"{c.done}/{c.total} · {format_percent(c.mean_progress)}"
        return ""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class CoverageDialog(QDialog):
    open_item = Signal(int)  # a cell was clicked: the commune's item
    save_pdf = Signal()
    save_xlsx = Signal()
    print_grid = Signal()

    def __init__(self, grid: Grid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_dialog")
        self.grid = grid
        lang = current_language()
        self.setWindowTitle(
            self.tr("Coverage of the communes — %1").replace("%1", grid.province(lang))
        )
        when = format_date(grid.meeting_held_on) if grid.meeting_held_on else ""
        head = QLabel(f"{grid.meeting_title} ({when})")
        head.setObjectName("coverage_meeting")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        self.model = CoverageModel(grid, self)
        self.view = QTableView()
        self.view.setObjectName("coverage_table")
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setMinimumSectionSize(0)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for r in self.model.group_rows():
            self.view.setSpan(r, 0, 1, self.model.columnCount())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnsToContents()
        n = len(grid.columns)
        if n <= 6:  # few items: their columns share the width; many: they scroll sideways
            for c in range(1, n + 1):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        for name, text, signal in (
            ("coverage_print", self.tr("Print…"), self.print_grid),
            ("coverage_pdf", self.tr("Save as PDF…"), self.save_pdf),
            ("coverage_xlsx", self.tr("Save as Excel…"), self.save_xlsx),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(signal)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.view, 1)
        lay.addWidget(buttons)
        self.resize(980, 640)
        fit_dialog(self, scroll=False)

    def _clicked(self, index: QModelIndex) -> None:
        child = index.data(ChildRole)
        if child is not None:
            self.open_item.emit(int(child))

    def suggested_name(self, suffix: str) -> str:
        return str(Path.home() / f"coverage-{self.grid.today.isoformat()}{suffix}")
