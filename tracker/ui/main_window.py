"""The main window: navigation, the action-item table, the detail of the selected item."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from tracker.ui.i18n import current_language, format_date, format_datetime

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QTreeWidgetItem

    from tracker.store.db import Database

NavRole = Qt.ItemDataRole.UserRole + 10


class MainWindow(QMainWindow):
    def __init__(self, db: Database | None, today: Callable[[], date] = date.today) -> None:
        """The window over ``db``, complete.

        With ``None`` only the frame is made (title, size, menus), so that the app can
        paint it at once; :meth:`build` then adds the panes and :meth:`attach` the data.
        """
        super().__init__()
        self.db: Database | None = None
        self.today = today
        self._built = False
        self.setWindowTitle(self.tr("Resolution Tracker"))
        self.resize(1280, 760)
        self._build_menus()
        if db is not None:
            self.attach(db)

    def build(self) -> None:
        """Create the panes (at start-up: just after the frame's first paint)."""
        if self._built:
            return
        self._built = True
        # The panes' classes are imported here, not with the module: creating PySide6's
        # classes costs, and none of them is needed to paint the frame.
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import (
            QAbstractItemView,
            QHeaderView,
            QLabel,
            QLineEdit,
            QSplitter,
            QTableView,
            QTextBrowser,
            QTreeWidget,
            QVBoxLayout,
            QWidget,
        )

        from tracker.store.queries import ItemFilter, View
        from tracker.ui.delegates import ProgressDelegate
        from tracker.ui.item_model import ItemTableModel

        today = self.today
        self.nav = QTreeWidget()
        self.nav.setHeaderHidden(True)
        self.nav.setObjectName("navigation")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search items, owners and resolutions… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")

        self.model = ItemTableModel(None, ItemFilter(today=today(), view=View.OPEN), self)
        self.table = QTableView()
        self.table.setObjectName("items")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ItemTableModel.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(ItemTableModel.PROGRESS, ProgressDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ItemTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 260), (2, 190), (3, 120), (4, 150), (5, 120), (6, 150)):
            self.table.setColumnWidth(col, width)

        self.count_label = QLabel()
        centre = QWidget()
        lay = QVBoxLayout(centre)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search)
        lay.addWidget(self.table)
        lay.addWidget(self.count_label)

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")

        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([260, 760, 300])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.search.textChanged.connect(self._apply_search)
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    def show_first_page(self, total: int, rows: list) -> None:  # type: ignore[type-arg]
        """The first page of the table, read before the database is open (start-up)."""
        self.build()
        self.model.show_first_page(total, rows)

    def attach(self, db: Database) -> None:
        """Show ``db``: the first page of the table, the navigation and its counts."""
        self.build()
        self.db = db
        self.model.attach(db)
        self.refresh_navigation()
        self._update_count()

    def _build_menus(self) -> None:
        """Menus by object name, so features can add their actions: see :meth:`menu`."""
        bar = self.menuBar()
        for name, title in (
            ("menu_file", self.tr("&File")),
            ("menu_edit", self.tr("&Edit")),
            ("menu_view", self.tr("&View")),
            ("menu_reports", self.tr("&Reports")),
            ("menu_tools", self.tr("&Tools")),
            ("menu_help", self.tr("&Help")),
        ):
            menu = bar.addMenu(title)
            menu.setObjectName(name)

    def menu(self, name: str) -> QMenu:
        """The menu called ``file``, ``edit``, ``view``, ``reports``, ``tools`` or ``help``."""
        found = self.menuBar().findChild(QMenu, f"menu_{name}")
        assert found is not None, name
        return found

    # -- navigation -------------------------------------------------------------------
    def refresh_navigation(self) -> None:
        from PySide6.QtWidgets import QTreeWidgetItem

        from tracker.services import items as item_service
        from tracker.services import meetings as meeting_service
        from tracker.services import owners as owner_service
        from tracker.store.queries import View

        assert self.db is not None
        counts = item_service.counts(self.db, self.today())
        self.nav.blockSignals(True)
        self.nav.clear()
        views = QTreeWidgetItem(self.nav, [self.tr("Follow-up")])
        for view, label, n in (
            (View.OPEN, self.tr("Open items"), counts.open),
            (View.OVERDUE, self.tr("Overdue"), counts.overdue),
            (View.WEEK, self.tr("Due this week"), counts.week),
            (View.MONTH, self.tr("Due this month"), counts.month),
            (View.DONE, self.tr("Done"), counts.done),
            (View.TRASH, self.tr("Trash"), counts.trash),
        ):
            node = QTreeWidgetItem(views, [f"{label} ({n})"])
            node.setData(0, NavRole, ("view", view))
        meetings = QTreeWidgetItem(self.nav, [self.tr("Meetings")])
        for m in meeting_service.meeting_headers(self.db):
            node = QTreeWidgetItem(meetings, [f"{format_date(m.held_on)} — {m.title}"])
            node.setToolTip(0, m.title)
            node.setData(0, NavRole, ("meeting", m.id))
        owners = QTreeWidgetItem(self.nav, [self.tr("Owners")])
        for o in owner_service.list_owners(self.db):
            node = QTreeWidgetItem(owners, [o.name])
            node.setData(0, NavRole, ("owner", o.id))
        self.nav.expandItem(views)
        self.nav.expandItem(meetings)
        self.nav.setCurrentItem(views.child(0))
        self.nav.blockSignals(False)

    def _nav_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        from tracker.store.queries import ItemFilter, View

        if current is None:
            return
        target = current.data(0, NavRole)
        if not target:
            return
        kind, value = target
        base = ItemFilter(today=self.today(), search=self.search.text())
        if kind == "view":
            flt = replace(base, view=value)
        elif kind == "meeting":
            flt = replace(base, view=View.ALL, meeting_id=value)
        else:
            flt = replace(base, view=View.ALL, owner_id=value)
        self.model.set_filter(flt)

    def _apply_search(self, text: str) -> None:
        self.model.set_filter(replace(self.model.item_filter(), search=text, today=self.today()))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", self.model.total()))

    # -- detail -----------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        from tracker.ui.item_model import ItemIdRole

        item_id = current.data(ItemIdRole) if current.isValid() else None
        if item_id is None or self.db is None:
            self.detail.clear()
            return
        from tracker.services import items as item_service

        d = item_service.item_detail(self.db, item_id)
        lang = current_language()
        lines = [
            f"<h3>{_esc(d.item.title)}</h3>",
            f"<p><b>{self.tr('Owner')}:</b> {_esc(d.owner.name)}<br>",
            f"<b>{self.tr('Due date')}:</b> {format_date(d.item.due_on)}<br>",
            f"<b>{self.tr('Status')}:</b> {d.item.status.label(lang)} — {d.item.progress}%</p>",
        ]
        if d.resolution:
            lines.append(
                f"<p><b>{self.tr('Resolution')} {d.resolution.ordinal}:</b> "
                f"{_esc(d.resolution.text)}</p>"
            )
        lines.append(f"<h4>{self.tr('Progress history')}</h4><ul>")
        for u in d.history:
            note = f" — {_esc(u.note)}" if u.note else ""
            lines.append(
                f"<li>{format_datetime(u.recorded_at)}: {u.status.label(lang)} {u.progress}%{note}</li>"
            )
        lines.append("</ul>")
        self.detail.setHtml("".join(lines))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
