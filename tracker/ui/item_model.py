"""The action-item table: a lazy Qt model over the service's SQL-side filter and sort."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.domain.enums import Status
from tracker.services.views import ItemFilter, ItemRow, SortKey
from tracker.ui.i18n import current_language, format_date, format_datetime
from tracker.ui.text_format import format_percent, format_resolution, resolution_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from tracker.services.core import Tracker

PAGE = 200
ItemIdRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

STATUS_COLOURS = {
    Status.NOT_STARTED: "#5f6b7a",
    Status.IN_PROGRESS: "#1f6fb2",
    Status.DONE: "#2e7d32",
    Status.STALLED: "#c62828",
    Status.POSTPONED: "#b26a00",
    Status.CANCELLED: "#757575",
}
OVERDUE_BACKGROUND = "#fdecea"
ROLLUP_MARK = "⊞"  # a fanned-out directive (its status and progress come from its communes)

_Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel):
    TITLE, RESOLUTION, OWNER, DUE, STATUS, PROGRESS, LAST_UPDATE = range(7)
    SORT_KEYS = (
        SortKey.TITLE,
        SortKey.RESOLUTION,
        SortKey.OWNER,
        SortKey.DUE,
        SortKey.STATUS,
        SortKey.PROGRESS,
        SortKey.LAST_UPDATE,
    )

    def __init__(self, tracker: Tracker | None, flt: ItemFilter, parent=None) -> None:  # type: ignore[no-untyped-def]
        """A model over ``tracker``; with ``None`` it stays empty until :meth:`attach`."""
        super().__init__(parent)
        self._tracker = tracker
        self._filter = flt
        self._sort = SortKey.DUE
        self._descending = False
        self._rows: list[ItemRow] = []
        self._total = 0
        self._loaded = False
        if tracker is not None:
            self.reload()

    def attach(self, tracker: Tracker, flt: ItemFilter | None = None) -> None:
        """Start showing ``tracker`` (the window is painted before the database is opened),
        filtered by ``flt`` when given; a first page already shown by
        :meth:`show_first_page` for the same filter is kept."""
        self._tracker = tracker
        if flt is not None and flt != self._filter:
            self._filter = flt
            self._loaded = False
        if not self._loaded:
            self.reload()

    def show_first_page(self, total: int, rows: list[ItemRow]) -> None:
        """Show rows read before the database is open (start-up); :meth:`attach` follows."""
        self.beginResetModel()
        self._loaded = True
        self._total, self._rows = total, list(rows)
        self.endResetModel()

    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    # -- headers and cells -------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("Action item"),
            self.tr("Resolution / meeting"),
            self.tr("Owner"),
            self.tr("Due date"),
            self.tr("Status"),
            self.tr("Progress"),
            self.tr("Last update"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == ItemIdRole:
            return row.id
        if role == RowRole:
            return row
        if role == ProgressRole:
            return row.progress
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATUS:
                return QBrush(QColor(STATUS_COLOURS[row.status]))
            if row.status in (Status.DONE, Status.CANCELLED):
                return QBrush(QColor("#8a8a8a"))
            if row.overdue and col == self.DUE:
                return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(QColor(OVERDUE_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and (
            (col == self.STATUS) or (row.overdue and col == self.DUE)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ItemRow, col: int) -> str:
        if col == self.TITLE:
            if row.rollup_total is not None:  # a fanned-out directive: its communes done
                return f"{ROLLUP_MARK} {row.rollup_done or 0}/{row.rollup_total} · {row.title}"
            return row.title
        if col == self.RESOLUTION:
            when = format_date(row.meeting_held_on)
            if row.resolution_ordinal is not None:
                head = resolution_label(row.resolution_ordinal)
            else:
                head = self.tr("Meeting")
            return f"{head} · {when}"
        if col == self.OWNER:
            return row.owner_name
        if col == self.DUE:
            return format_date(row.due_on)
        if col == self.STATUS:
            label = row.status.label(current_language())
            if row.overdue:
                from tracker.domain.enums import OVERDUE_LABEL

                label = f"{label} · {OVERDUE_LABEL[current_language()]}"
            return label
        if col == self.PROGRESS:
            return format_percent(row.progress)
        if col == self.LAST_UPDATE:
            return format_date(row.last_update_at.date()) if row.last_update_at else ""
        return ""

    def _tooltip(self, row: ItemRow, col: int) -> str | None:
        if col == self.TITLE:  # the whole title, and where it comes from (a narrow table)
            text = f"{row.title}\n{self._display(row, self.RESOLUTION)} · {row.owner_name}"
            if row.rollup_total is not None:
                figure = self.tr("Fanned out to communes: %1 of %2 done")
                figure = figure.replace("%1", str(row.rollup_done or 0))
                text += "\n" + figure.replace("%2", str(row.rollup_total))
            return text
        if col == self.RESOLUTION:
            meeting = f"{row.meeting_title} ({format_date(row.meeting_held_on)})"
            if row.resolution_text:
                text = format_resolution(row.resolution_ordinal or 0, row.resolution_text)
                return f"{text}\n{meeting}"
            return meeting
        if col == self.OWNER:
            return row.owner_name
        if col == self.LAST_UPDATE and row.last_update_at:
            return format_datetime(row.last_update_at)
        return None

    # -- lazy fetching ------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._tracker is None:
            return

        start = len(self._rows)
        more = self._tracker.items.list(
            self._filter,
            sort=self._sort,
            descending=self._descending,
            offset=start,
            limit=PAGE,
        )
        if not more:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- filter and sort in SQL -------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        key, descending = self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self._sort, self._descending):
            return  # already in that order (the view asks again when it is set up)
        self._sort, self._descending = key, descending
        self.reload()

    def item_filter(self) -> ItemFilter:
        return self._filter

    def set_filter(self, flt: ItemFilter) -> None:
        self._filter = flt
        self.reload()

    def set_today(self, today: date) -> None:
        self.set_filter(replace(self._filter, today=today))

    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        if self._tracker is None:
            self._loaded = False  # asked for something else before the database opened
            return

        self.beginResetModel()
        self._loaded = True
        self._total, self._rows = self._tracker.items.first_page(
            self._filter, sort=self._sort, descending=self._descending, limit=PAGE
        )
        self.endResetModel()

    def row_of_item(self, item_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == item_id:
                return i
        return -1


def make_item_table(model: ItemTableModel, row_height: int) -> QTableView:
    """The view of ``model``: whole rows, sorted by due date, the title column the widest and
    stretching; the other columns as wide as their content in the interface language (see
    :class:`ColumnFitter`)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    from tracker.ui.columns import ColumnFitter
    from tracker.ui.delegates import ProgressDelegate

    table = QTableView()
    table.setObjectName("items")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(ItemTableModel.DUE, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setItemDelegateForColumn(ItemTableModel.PROGRESS, ProgressDelegate(table))
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(ItemTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(40)
    ColumnFitter(table)
    return table
