"""The navigation pane: smart views with counts, meetings by date, owners.

Each entry has a key ("view:overdue", "meeting:3", "owner:5") that the window remembers
and turns into an ``ItemFilter``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from tracker.services.views import Counts, ItemFilter, View
from tracker.ui.i18n import format_date

if TYPE_CHECKING:
    from tracker.services.records import OwnerRecord as Owner

KeyRole = Qt.ItemDataRole.UserRole + 10
TitleRole = Qt.ItemDataRole.UserRole + 11
DEFAULT_KEY = "view:open"


def filter_for(key: str, today: date) -> ItemFilter:
    kind, _, value = key.partition(":")
    base = ItemFilter(today=today, view=View.OPEN)
    if kind == "view":
        try:
            return replace(base, view=View(value))
        except ValueError:
            return base
    if kind == "meeting" and value.isdigit():
        return replace(base, view=View.ALL, meeting_id=int(value))
    if kind == "owner" and value.isdigit():
        return replace(base, view=View.ALL, owner_id=int(value))
    return base


class NavigationPane(QTreeWidget):
    target_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setMinimumWidth(160)
        self.setUniformRowHeights(True)
        self._nodes: dict[str, QTreeWidgetItem] = {}
        self._listed: tuple[object, ...] | None = None  # what the meeting and owner nodes show
        self.currentItemChanged.connect(self._changed)

    def _changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        key = current.data(0, KeyRole) if current is not None else None
        if key:
            self.target_changed.emit(key)

    def current_key(self) -> str:
        item = self.currentItem()
        key = item.data(0, KeyRole) if item is not None else None
        return key or DEFAULT_KEY

    def select_key(self, key: str) -> bool:
        """Make ``key`` current (emitting ``target_changed``); False if it is not listed."""
        node = self._nodes.get(key)
        if node is None:
            return False
        self.setCurrentItem(node)
        return True

    def _views(self, counts: Counts) -> list[tuple[View, str, str, int]]:
        """Each smart view: its short name in the pane (under the "Action items" group, so
        that a netbook's narrow pane shows it whole with its count), its full name (the
        view's title above the table, and the tooltip) and its count."""
        return [
            (View.OPEN, self.tr("Open", "view"), self.tr("Open items"), counts.open),
            (View.OVERDUE, self.tr("Overdue"), self.tr("Overdue"), counts.overdue),
            (View.WEEK, self.tr("This week"), self.tr("Due this week"), counts.week),
            (View.MONTH, self.tr("This month"), self.tr("Due this month"), counts.month),
            (View.DONE, self.tr("Done"), self.tr("Done"), counts.done),
            (View.TRASH, self.tr("Trash"), self.tr("Trash"), counts.trash),
            (View.ALL, self.tr("All", "view"), self.tr("All items"), counts.total),
        ]

    def _show_counts(self, counts: Counts) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for view, short, label, n in self._views(counts):
            node = self._nodes[f"view:{view.value}"]
            node.setText(0, f"{short} ({n})")
            node.setData(0, TitleRole, label)
            node.setToolTip(0, f"{label} ({n})")
            late = view is View.OVERDUE and n > 0
            node.setForeground(0, QBrush(QColor("#b71c1c")) if late else QBrush())
            node.setFont(0, bold if late else self.font())

    def views_width(self) -> int:
        """The width that shows every smart view whole with its count (meetings and owners
        may be elided: their full text is in the tooltip)."""
        bold = QFont(self.font())
        bold.setBold(True)  # the overdue entry is bold: measure them all so
        metrics = QFontMetrics(bold)
        texts = [n.text(0) for k, n in self._nodes.items() if k.startswith("view:")]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        margins = 2 * self.frameWidth() + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin
        )
        return widest + self.indentation() + margins + 16

    def label(self, key: str) -> str:
        """What the pane shows for an entry (a smart view's short name with its count)."""
        node = self._nodes.get(key)
        return node.text(0) if node is not None else ""

    def title(self, key: str) -> str:
        """The full name of an entry: a smart view's title without its count (shown above
        the table), a meeting's or an owner's text as in the pane."""
        node = self._nodes.get(key)
        if node is None:
            return ""
        return node.data(0, TitleRole) or node.text(0)

    def rebuild(self, counts: Counts, meetings: list[Any], owners: list[Owner]) -> None:
        """Refill the tree, keeping the current entry (without emitting a change).

        When the meetings and owners are the ones already listed (an item was edited), only
        the counts of the smart views change: thousands of nodes are not made again.
        """
        listed = (
            tuple((m.id, m.held_on, m.title) for m in meetings),
            tuple((o.id, o.name, o.active) for o in owners),
        )
        if listed == self._listed:
            self._show_counts(counts)
            return
        self._listed = listed
        keep = self.current_key()
        self.blockSignals(True)
        self.clear()
        self._nodes.clear()
        bold = QFont(self.font())
        bold.setBold(True)

        def group(title: str) -> QTreeWidgetItem:
            node = QTreeWidgetItem(self, [title])
            node.setFont(0, bold)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return node

        def leaf(parent: QTreeWidgetItem, text: str, key: str, tip: str = "") -> QTreeWidgetItem:
            node = QTreeWidgetItem(parent, [text])
            node.setData(0, KeyRole, key)
            node.setToolTip(0, tip or text)
            self._nodes[key] = node
            return node

        views = group(self.tr("Action items"))
        for view, *_rest in self._views(counts):
            leaf(views, "", f"view:{view.value}")
        self._show_counts(counts)
        meetings_node = group(self.tr("Meetings"))
        for m in meetings:
            leaf(meetings_node, f"{format_date(m.held_on)} — {m.title}", f"meeting:{m.id}", m.title)
        owners_node = group(self.tr("Owners"))
        for o in owners:
            if o.active:
                leaf(owners_node, o.name, f"owner:{o.id}", o.name)
        self.expandItem(views)
        self.expandItem(meetings_node)
        node = self._nodes.get(keep) or self._nodes[DEFAULT_KEY]
        self.setCurrentItem(node)
        self.blockSignals(False)
