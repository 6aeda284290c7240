"""The item table's columns fitted to its width: the title gets the room."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QTableView

from tracker.domain.enums import Status
from tracker.ui.i18n import current_language, format_date
from tracker.ui.item_model import ItemTableModel


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
        # Only a drag of the header by the user (not a restored state, nor the fitting).
        dragging = QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if dragging and not self._busy and col != ItemTableModel.TITLE:
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
