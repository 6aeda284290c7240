"""What the main window remembers between runs: geometry, splitter, columns, docks, view.

Mixed into ``MainWindow``; nothing here shows text, so it has no translations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow

from tracker.ui import settings as ui_settings
from tracker.ui.screen import bring_inside

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QTableView, QWidget

    from tracker.services.core import Tracker
    from tracker.ui.nav import NavigationPane


class RememberedState(QMainWindow):
    """Saves the window's layout on close and brings it back at the next start."""

    remember_state: bool
    _built: bool
    splitter: QSplitter
    table: QTableView
    nav: NavigationPane
    detail: QWidget
    tracker: Tracker | None

    def restore_geometry(self) -> None:
        """The frame's size and place as left (at construction, before the first paint),
        brought back inside the screen if it no longer fits (another screen, a projector
        unplugged)."""
        geometry = ui_settings.qsettings().value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
            bring_inside(self)

    def save_state(self) -> None:
        s = ui_settings.qsettings()
        s.setValue("window/geometry", self.saveGeometry())
        if not self._built:  # closed during start-up: only the frame exists
            s.sync()
            return
        if self.detail.isVisible() or not self.isVisible():
            s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/header", self.table.horizontalHeader().saveState())
        s.setValue("window/docks", self.saveState())
        s.setValue("ui/last_view", self.nav.current_key())
        s.sync()

    def restore_state(self) -> None:
        s = ui_settings.qsettings()
        self._restored: set[str] = set()
        for key, apply in (  # the geometry: with the frame, see __init__
            ("window/splitter", self.splitter.restoreState),
            ("window/header", self.table.horizontalHeader().restoreState),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray | bytes) and value:
                apply(QByteArray(value))
                self._restored.add(key)

    def fit_navigation(self) -> None:
        """The navigation as wide as its entries (up to a share of the window) and the detail
        pane a quarter of it, unless the user's own splitter was restored: the table gets the
        rest."""
        if "window/splitter" in getattr(self, "_restored", ()) or self.tracker is None:
            return
        nav = self.nav
        wanted = max(
            nav.views_width(),
            min(nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 12, self.width() // 9),
        )
        wanted = max(nav.minimumWidth(), min(wanted, max(150, self.width() // 5)))
        sizes = self.splitter.sizes()
        if len(sizes) != 3:
            return
        # The detail pane: a quarter of a laptop's window (its form beside its labels), its
        # minimum on a netbook (labels above the fields), the table the rest.
        detail = max(self.detail.minimumWidth(), min(320, sum(sizes) // 4))
        table = sum(sizes) - wanted - detail
        if table > 0 and [wanted, table, detail] != sizes:
            self.splitter.setSizes([wanted, table, detail])

    def restore_docks(self) -> None:
        """The docks (reminders) as the user left them; call once they are added."""
        value = ui_settings.qsettings().value("window/docks")
        if isinstance(value, QByteArray | bytes) and value:
            self.restoreState(QByteArray(value))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_placed", False):  # once, now that the frame's size is known
            self._placed = True
            bring_inside(self)
            # The panes shared out once the window has its real width.
            QTimer.singleShot(0, self, self.fit_navigation)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_state:
            self.save_state()
        super().closeEvent(event)
