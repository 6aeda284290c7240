"""Cell painters for the item table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tracker.ui.item_model import ProgressRole
from tracker.ui.text_format import format_percent


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar with the percentage; the bar grows from the right in right-to-left."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        else:
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            if bg is not None:
                painter.fillRect(option.rect, bg)
        r = option.rect.adjusted(
            6, option.rect.height() // 2 - 5, -6, -(option.rect.height() // 2 - 5)
        )
        text_w = option.fontMetrics.horizontalAdvance("100%") + 8
        bar = QRect(r)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if rtl:
            bar.setRight(r.right() - text_w)
        else:
            bar.setLeft(r.left() + text_w)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e7ec"))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        width = round(bar.width() * max(0, min(100, int(value))) / 100)
        if rtl:
            filled.setLeft(bar.right() - width + 1)
        else:
            filled.setWidth(width)
        painter.setBrush(QColor("#2e7d32" if value >= 100 else "#1f6fb2"))
        if width > 0:
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.text().color())
        text_rect = QRect(option.rect)
        if rtl:
            text_rect.setLeft(option.rect.right() - text_w)
        else:
            text_rect.setRight(option.rect.left() + text_w)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, format_percent(value))
        painter.restore()
