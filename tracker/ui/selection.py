"""Which item the main window has selected, kept across reloads and found on demand.

Mixed into ``MainWindow``; nothing here shows text, so it has no translations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTableView

    from tracker.services.core import Tracker
    from tracker.ui.detail_pane import DetailPane
    from tracker.ui.filters import FilterBar
    from tracker.ui.item_model import ItemTableModel
    from tracker.ui.nav import NavigationPane


class ItemSelection(QMainWindow):
    """Select an item by id (fetching pages as needed), keep it selected across reloads."""

    tracker: Tracker | None
    table: QTableView
    model: ItemTableModel
    detail: DetailPane
    filters: FilterBar
    nav: NavigationPane
    action_edit: QAction
    _kept_item: int | None = None

    def selected_item_id(self) -> int | None:
        from tracker.ui.item_model import ItemIdRole

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ItemIdRole)

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of_item(item_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def reveal_item(self, item_id: int) -> bool:
        """Select ``item_id``, switching to its meeting (filters cleared) when the current
        view does not list it. Raises ``NotFound`` for an item deleted meanwhile."""
        if self._select_fetching(item_id):
            return True
        meeting_id = self.tracker.items.detail(item_id).item.meeting_id
        self.filters.reset()
        self.nav.select_key(f"meeting:{meeting_id}")
        return self._select_fetching(item_id)

    def _select_fetching(self, item_id: int, max_pages: int = 50) -> bool:
        pages = 0
        while self.model.row_of_item(item_id) < 0 and self.model.canFetchMore():
            if pages >= max_pages:
                break
            self.model.fetchMore()
            pages += 1
        if not self.select_item(item_id):
            return False
        self.table.scrollTo(self.table.currentIndex())
        self.table.setFocus()
        return True

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected (``QTableView.selectRow`` misses the current
        index in right-to-left layouts)."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _remember_selection(self) -> None:
        self._kept_item = self.selected_item_id()

    def _restore_selection(self) -> None:
        """After a reload (filter, sort, refresh) keep the same item selected if listed."""
        kept = self._kept_item
        if kept is None or not self.select_item(kept):
            self.detail.show_item(None)
            self.action_edit.setEnabled(False)
