"""The action-item table: a lazy Qt model over the service's SQL-side filter and sort."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tracker.domain.enums import Status
from tracker.services.views import ItemFilter, ItemRow, SortKey
from tracker.ui.i18n import current_language, format_date, format_datetime

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
            return row.title
        if col == self.RESOLUTION:
            when = format_date(row.meeting_held_on)
            if row.resolution_ordinal is not None:
                head = self.tr("Resolution %1").replace("%1", str(row.resolution_ordinal))
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
            return f"{row.progress}%"
        if col == self.LAST_UPDATE:
            return format_date(row.last_update_at.date()) if row.last_update_at else ""
        return ""

    def _tooltip(self, row: ItemRow, col: int) -> str | None:
        if col == self.TITLE:  # the whole title, and where it comes from (a narrow table)
            return f"{row.title}\n{self._display(row, self.RESOLUTION)} · {row.owner_name}"
        if col == self.RESOLUTION:
            meeting = f"{row.meeting_title} ({format_date(row.meeting_held_on)})"
            if row.resolution_text:
                return f"{row.resolution_ordinal}. {row.resolution_text}\n{meeting}"
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


class ColumnFitter(QObject):
    """Sizes the item table's columns to the width of its viewport, each time it changes.

    Dates (with their year), statuses (with "· overdue") and the progress keep the width of
    their widest possible content in the interface language; the owner and the resolution
    get what they need up to a share of the width (elided, full text in the tooltip); the
    title stretches over the rest and stays the widest. A column the user resizes by hand
    is left as they set it.
    """

    TITLE_SHARE = 0.36  # at least, where the screen allows
    DECIDE_SHARE = 0.33  # a column is hidden when the title would get less than this
    TITLE_LEAST = 180  # below this the table scrolls sideways
    NARROW = 80  # the least width of the owner and the resolution
    WIDE = 120  # what they get before the last update is shown
    SHARE = 0.17  # the most they get

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._busy = False
        self.manual = False
        self._content: dict[int, int] | None = None
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized_by_user)
        table.model().modelReset.connect(self._forget_rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.manual:
            self.fit()
        return False

    def _resized_by_user(self, col: int, _old: int, _new: int) -> None:
        if not self._busy and col != ItemTableModel.TITLE:
            self.manual = True

    def _forget_rows(self) -> None:
        if not self.manual:
            self.fit()

    def content_widths(self) -> dict[int, int]:
        """What the date, status and progress columns need, whatever the rows."""
        if self._content is None:
            from PySide6.QtGui import QFontMetrics

            from tracker.domain.enums import OVERDUE_LABEL

            table = self.table
            plain = QFontMetrics(table.font())
            bold_font = QFont(table.font())
            bold_font.setBold(True)
            bold = QFontMetrics(bold_font)
            header = table.horizontalHeader()
            head = QFontMetrics(header.font())
            pad = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 10
            sort_arrow = 12
            titles = table.model().headers()  # type: ignore[attr-defined]
            dates = [format_date(date(2026, m, 28)) for m in range(1, 13)]
            lang = current_language()
            statuses = [f"{s.label(lang)} · {OVERDUE_LABEL[lang]}" for s in Status]

            def need(col: int, texts: list[str], metrics: QFontMetrics) -> int:
                widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
                return max(widest + pad, head.horizontalAdvance(titles[col]) + pad + sort_arrow)

            self._content = {
                ItemTableModel.DUE: need(ItemTableModel.DUE, dates, bold),
                ItemTableModel.STATUS: need(ItemTableModel.STATUS, statuses, bold),
                ItemTableModel.PROGRESS: max(
                    plain.horizontalAdvance("100% ") + 40,
                    head.horizontalAdvance(titles[ItemTableModel.PROGRESS]) + pad,
                ),
                ItemTableModel.LAST_UPDATE: need(ItemTableModel.LAST_UPDATE, dates, plain),
            }
        return self._content

    def _header_need(self, col: int) -> int:
        """The width of the column's title (without the sort arrow)."""
        text = str(self.table.model().headerData(col, Qt.Orientation.Horizontal))
        return self.table.horizontalHeader().fontMetrics().horizontalAdvance(text) + 16

    def _rows_need(self, col: int, cap: int) -> int:
        """The widest cell of ``col`` among the loaded rows (the first page), up to ``cap``."""
        table = self.table
        model = table.model()
        metrics = table.fontMetrics()
        pad = 16
        widest = (
            table.horizontalHeader()
            .fontMetrics()
            .horizontalAdvance(str(model.headerData(col, Qt.Orientation.Horizontal)))
            + pad
            + 22
        )
        for row in range(min(model.rowCount(), 100)):
            text = model.index(row, col).data()
            if text:
                widest = max(widest, metrics.horizontalAdvance(text) + pad)
                if widest >= cap:
                    return cap
        return widest

    def fit(self) -> None:
        table = self.table
        width = table.viewport().width()
        if width <= 0:
            return
        from PySide6.QtWidgets import QHeaderView

        need = self.content_widths()
        header = table.horizontalHeader()
        last, res, owner = (
            ItemTableModel.LAST_UPDATE,
            ItemTableModel.RESOLUTION,
            ItemTableModel.OWNER,
        )
        fixed = {col: w for col, w in need.items() if col != last}
        # What is also in the detail pane and the title's tooltip goes where room is short:
        # the last update first, then the resolution, then the owner.
        room = width - int(width * self.DECIDE_SHARE) - sum(fixed.values())
        shown = []
        narrow = {col: max(self.NARROW, self._header_need(col)) for col in (owner, res)}
        for col in (owner, res):
            if room >= narrow[col]:
                shown.append(col)
                room -= narrow[col]
        show_last = room - sum(self.WIDE - narrow[c] for c in shown) >= need[last]
        if show_last:
            fixed[last] = need[last]
        room = max(0, width - int(width * self.TITLE_SHARE) - sum(fixed.values()))
        self._busy = True
        try:
            header.setSectionHidden(last, not show_last)
            for col in (owner, res):
                header.setSectionHidden(col, col not in shown)
            for col, w in fixed.items():
                header.resizeSection(col, w)
            for col in shown:
                cap = max(narrow[col], min(int(width * self.SHARE), room // len(shown)))
                header.resizeSection(col, self._rows_need(col, cap))
            used = sum(
                header.sectionSize(c) for c in range(7) if c and not header.isSectionHidden(c)
            )
            # Never a title too narrow to read: the table scrolls sideways instead.
            squeezed = width - used < self.TITLE_LEAST
            header.setSectionResizeMode(
                ItemTableModel.TITLE,
                QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch,
            )
            if squeezed:
                header.resizeSection(ItemTableModel.TITLE, self.TITLE_LEAST)
        finally:
            self._busy = False
