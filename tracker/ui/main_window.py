"""The main window: navigation, the action-item table, the detail of the selected item.

The window wires widgets to services and holds no business rules. Dialogs are built by
``make_*_dialog`` methods and run through :meth:`MainWindow.exec_dialog`, so tests can
replace either; confirmations go through :meth:`MainWindow.confirm`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt only after the first paint: see tracker.ui.i18n
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

from tracker.ui import settings as ui_settings
from tracker.ui.editing import EditingCommands
from tracker.ui.screen import first_size
from tracker.ui.selection import ItemSelection
from tracker.ui.window_state import RememberedState

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPoint

    from tracker.services.core import Tracker
    from tracker.ui.features import Features

# The frame paints before these load (see tracker.app): they are imported on first use.

MENUS = ("file", "edit", "view", "reports", "tools", "help")


class MainWindow(EditingCommands, ItemSelection, RememberedState):
    def __init__(self, tracker: Tracker | None, today: Callable[[], date] = date.today) -> None:
        """The window over ``tracker``, complete.

        With ``None`` only the frame is made (title, size, remembered geometry, menus), so
        that the app can paint it at once; :meth:`build` then adds the panes and
        :meth:`attach` the data (see ``tracker.app.run``).
        """
        super().__init__()
        self.tracker: Tracker | None = None
        self.features: Features | None = None  # reminders, reports, safety: ui.features
        self.today = today
        self._built = False
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Resolution Tracker"))
        self.resize(first_size(self))  # the screen's room on the first start
        self.remember_state = True  # False for throw-away windows (the --screenshot run)
        self._build_menus()
        self.restore_geometry()
        if tracker is not None:
            self.attach(tracker)

    def build(self) -> None:
        """Create the panes and actions (at start-up: just after the frame's first paint).

        The panes show nothing until :meth:`show_first_page` or :meth:`attach`.
        """
        if self._built:
            return
        self._built = True
        # The panes' classes are imported here, not with the module: none of them is
        # needed to paint the frame.
        from PySide6.QtWidgets import (
            QFrame,
            QLabel,
            QScrollArea,
            QSplitter,
            QStackedWidget,
            QVBoxLayout,
            QWidget,
        )

        from tracker.ui.detail_pane import DetailPane
        from tracker.ui.filters import FilterBar
        from tracker.ui.item_model import ItemTableModel, make_item_table
        from tracker.ui.nav import NavigationPane, filter_for
        from tracker.ui.undo import UndoBar
        from tracker.ui.welcome import WelcomeView

        today = self.today
        self.undo_stack = QUndoStack(self)
        self.nav = NavigationPane()
        self.nav.setMinimumWidth(120)  # a netbook's window keeps room for the table
        self.filters = FilterBar(None)
        self.search = self.filters.search
        self.model = ItemTableModel(None, filter_for(ui_settings.last_view(), today()), self)
        self.table = make_item_table(self.model, self.fontMetrics().height() + 8)
        self.view_title = QLabel()
        self.view_title.setObjectName("view_title")
        font = self.view_title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.view_title.setFont(font)
        self.undo_bar = UndoBar()

        items_page = QWidget()
        lay = QVBoxLayout(items_page)
        lay.setContentsMargins(4, 4, 4, 0)
        lay.addWidget(self.view_title)
        lay.addWidget(self.filters)
        lay.addWidget(self.undo_bar)
        lay.addWidget(self.table)
        self.welcome = WelcomeView()
        self.welcome_page = QScrollArea()  # the welcome never widens the window past a netbook
        self.welcome_page.setObjectName("welcome_page")
        self.welcome_page.setWidgetResizable(True)
        self.welcome_page.setFrameShape(QFrame.Shape.NoFrame)
        self.welcome_page.setWidget(self.welcome)
        self.centre = QStackedWidget()
        self.centre.addWidget(items_page)
        self.centre.addWidget(self.welcome_page)

        self.detail = DetailPane(None, today)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.detail)
        # The navigation and the detail pane narrow, the table (its title) the rest.
        self.splitter.setSizes([150, 920, self.detail.minimumWidth()])
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self._needs_db = [  # disabled until attach(): the file is still being opened
            self.action_new_item,
            self.action_new_meeting,
            self.action_from_communique,
            self.action_edit,
            self.action_delete,
            self.action_restore,
            self.action_edit_meeting,
            self.action_owners,
            self.action_settings,
            self.action_demo,
            self.action_refresh,
        ]
        for action in self._needs_db:
            action.setEnabled(False)
        self._connect()
        self.restore_state()
        f = self.filters
        chain = [self.nav, f.search, f.owner, f.status, f.due_from, f.due_to, self.table]
        for first, second in zip([*chain], [*chain[1:], self.detail.new_status], strict=True):
            self.setTabOrder(first, second)

    def show_first_page(self, total: int, rows: list) -> None:  # type: ignore[type-arg]
        """The first page of the table, read before the database is open (start-up)."""
        self.build()
        self.model.show_first_page(total, rows)

    def attach(self, tracker: Tracker) -> None:
        """Show ``tracker``: navigation and counts, the table (keeping an early first page shown
        for the same filter), the detail of the first item."""
        from tracker.ui.nav import filter_for

        self.build()
        self.tracker = tracker
        self.filters.attach(tracker)
        self.detail.attach(tracker)
        self._load_navigation()
        self.fit_navigation()
        self.nav.blockSignals(True)
        self.nav.select_key(ui_settings.last_view())
        self.nav.blockSignals(False)
        self.view_title.setText(self._view_name())
        self.model.attach(
            tracker, self.filters.apply(filter_for(self.nav.current_key(), self.today()))
        )
        for action in self._needs_db:
            if action is not self.action_edit:  # that one follows the selection
                action.setEnabled(True)
        self._update_actions()
        self._update_count()
        self._show_welcome_if_empty()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)  # open on something to read, not an empty detail pane

    # -- menus and actions ------------------------------------------------------------
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

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object] | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.action_new_item = a(
            "action_new_item", self.tr("New action item…"), self.new_item, "Ctrl+N"
        )
        self.action_new_meeting = a(
            "action_new_meeting", self.tr("New meeting…"), self.new_meeting, "Ctrl+Shift+N"
        )
        self.action_from_communique = a(
            "action_from_communique",
            self.tr("New meeting from a communiqué…"),
            self.new_from_communique,
            "Ctrl+Shift+M",
        )
        self.action_edit = a("action_edit", self.tr("Edit item…"), self.edit_selected, "F2")
        self.action_delete = a(
            "action_delete",
            self.tr("Move to the trash"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.action_delete.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.action_delete)
        self.action_restore = a(
            "action_restore", self.tr("Restore from the trash"), self.restore_selected
        )
        self.action_undo = self.undo_stack.createUndoAction(self)
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self)
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        # Their words are the app's (Qt's Arabic "Redo", «أعد», reads as cut off): see
        # resources/translations/src/qt_overrides_*.ts.
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self.action_edit_meeting = a(
            "action_edit_meeting", self.tr("Edit meeting…"), self.edit_current_meeting
        )
        self.action_owners = a("action_owners", self.tr("Owners…"), self.open_owners)
        self.action_settings = a("action_settings", self.tr("Settings…"), self.open_settings)
        self.action_demo = a("action_demo", self.tr("Load the demo meeting"), self.load_demo)
        self.action_quit = a(
            "action_quit", self.tr("Quit"), self.close, QKeySequence("Ctrl+Q")
        )  # Ctrl+Q on every platform (Windows has no standard Quit key)
        self.action_find = a(
            "action_find", self.tr("Search"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.action_refresh = a(
            "action_refresh", self.tr("Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.action_clear_filters = a(
            "action_clear_filters", self.tr("Clear filters"), self.filters.reset
        )
        self.action_print = a(
            "action_print", self.tr("Print…"), None, QKeySequence.StandardKey.Print
        )
        self.action_print.setEnabled(False)
        self.action_about = a("action_about", self.tr("About"), self.about)

        file = self.menu("file")
        file.addAction(self.action_new_meeting)
        file.addAction(self.action_from_communique)
        file.addAction(self.action_new_item)
        file.addSeparator()
        file.addAction(self.action_demo)
        file.addSeparator()
        file.addAction(self.action_quit)  # kept last: see _quit_last
        edit = self.menu("edit")
        edit.addAction(self.action_undo)
        edit.addAction(self.action_redo)
        edit.addSeparator()
        edit.addAction(self.action_edit)
        edit.addAction(self.action_delete)
        edit.addAction(self.action_restore)
        edit.addSeparator()
        edit.addAction(self.action_edit_meeting)
        view = self.menu("view")
        view.addAction(self.action_find)
        view.addAction(self.action_clear_filters)
        view.addAction(self.action_refresh)
        self.menu("reports").addAction(self.action_print)
        tools = self.menu("tools")
        tools.addAction(self.action_owners)
        tools.addAction(self.action_settings)
        self.menu("help").addAction(self.action_about)

    def _connect(self) -> None:
        self.nav.target_changed.connect(self._nav_changed)
        self.nav.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        self.nav.customContextMenuRequested.connect(self._nav_menu)
        self.filters.changed.connect(self._apply_filter)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(
            lambda _index: self.edit_selected() if self.tracker is not None else None
        )
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.model.modelReset.connect(self._update_count)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.detail.changed.connect(lambda _id: self.refresh())
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.restore_requested.connect(self.restore_selected)
        self.welcome.new_meeting.connect(self.new_meeting)
        self.welcome.load_demo.connect(self.load_demo)
        self.welcome.communique.connect(self.new_from_communique)
        self.undo_bar.button.clicked.connect(self.undo_stack.undo)

    def new_from_communique(self, text: str = "") -> None:
        from tracker.ui.draft_actions import new_from_communique

        new_from_communique(self, text)

    def use_features(self, features: Features) -> None:
        """Take the feature controllers made for this window (``ui.features.install``)."""
        self.features = features
        self._quit_last()

    def _quit_last(self) -> None:
        """File › Quit stays the last command, after what the features added (backup…)."""
        file = self.menu("file")
        file.removeAction(self.action_quit)
        actions = file.actions()
        if actions and not actions[-1].isSeparator():
            file.addSeparator()
        file.addAction(self.action_quit)

    # -- navigation and filtering ------------------------------------------------------
    def refresh_navigation(self) -> None:
        """Recount the smart views and relist meetings and owners (keeps the current entry)."""
        self._load_navigation()
        self.filters.reload_owners()
        self.view_title.setText(self._view_name())

    def _load_navigation(self) -> None:
        self._counts = self.tracker.items.counts(self.today())
        self._meetings = self.tracker.meetings.headers()
        self.nav.rebuild(self._counts, self._meetings, self.tracker.owners.list())

    def _view_name(self) -> str:
        return self.nav.title(self.nav.current_key())

    def _nav_changed(self, key: str) -> None:
        self.view_title.setText(self._view_name())
        self._apply_filter()

    def _apply_filter(self) -> None:
        from tracker.ui.nav import filter_for

        base = filter_for(self.nav.current_key(), self.today())
        self.model.set_filter(self.filters.apply(base))
        self._update_actions()

    def _update_actions(self) -> None:
        from tracker.services.views import View

        in_trash = self.model.item_filter().view is View.TRASH
        self.action_restore.setEnabled(in_trash)
        self.action_delete.setEnabled(not in_trash)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Items shown: %1").replace("%1", str(self.model.total())))

    def _show_welcome_if_empty(self) -> None:
        empty = not self._meetings and not self._counts.trash
        self.centre.setCurrentWidget(self.welcome_page if empty else self.centre.widget(0))
        self.detail.setVisible(not empty)

    # -- refresh ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload table, counts and detail after any change (other features call this)."""
        self.refresh_navigation()
        self._show_welcome_if_empty()
        self._apply_filter()

    def _row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        from tracker.ui.item_model import ItemIdRole

        item_id = current.siblingAtColumn(0).data(ItemIdRole) if current.isValid() else None
        self.detail.show_item(item_id)
        has = item_id is not None
        self.action_edit.setEnabled(has)

    # -- context menus -----------------------------------------------------------------
    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.action_new_item,
            self.action_edit,
            self.action_delete,
            self.action_restore,
        ):
            if action.isEnabled():
                menu.addAction(action)
        territories = self.features.territories if self.features is not None else None
        if territories is not None and self.action_edit.isEnabled():
            menu.addAction(territories.action_fanout)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _nav_menu(self, pos: QPoint) -> None:
        from tracker.ui.nav import KeyRole

        item = self.nav.itemAt(pos)
        key = self.nav.current_key() if item is None else (item.data(0, KeyRole) or "")
        menu = QMenu(self)
        menu.addAction(self.action_new_meeting)
        if key.startswith("meeting:"):
            meeting_id = int(key.split(":")[1])
            menu.addAction(self.tr("Edit meeting…"), lambda: self.edit_meeting(meeting_id))
            menu.addAction(
                self.tr("Move meeting to the trash"), lambda: self.delete_meeting(meeting_id)
            )
            if self.features is not None and self.features.review is not None:
                self.features.review.add_to_menu(menu, meeting_id)  # review, minutes
        if key.startswith("owner:"):
            menu.addAction(self.action_owners)
        menu.popup(self.nav.viewport().mapToGlobal(pos))
