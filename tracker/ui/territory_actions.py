"""The window's territories: the file's province (first start, settings, window title),
the local secretariats of all communes, fanning an item out to communes, the coverage grid.

One controller per main window (``ui.features``); it reaches the window through its public
methods (``menu``, ``exec_dialog``, ``confirm``, ``inform``, ``refresh``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from tracker.domain.errors import TrackerError
from tracker.ui import settings as ui_settings
from tracker.ui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from tracker.services.core import Tracker
    from tracker.ui.main_window import MainWindow

ASKED_KEY = "territories/province_asked"
ROLLUP_EVERY_MS = 3 * 60 * 60 * 1000  # three hours


class TerritoryController(QObject):
    def __init__(self, window: MainWindow, tracker: Tracker, today: Callable[[], date]) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker
        self.today = today
        self._base_title = window.windowTitle()

        def act(name: str, text: str, slot: Callable[[], object]) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        self.action_fanout = act(
            "action_fanout", self.tr("Fan out to communes…"), self.fanout_selected
        )
        self.action_province = act("action_province", self.tr("Province…"), self.choose_province)
        self.action_secretariats = act(
            "action_secretariats",
            self.tr("Create the local secretariats of all communes"),
            self.create_secretariats,
        )
        self.action_aliases = act(
            "action_aliases", self.tr("Other names of the communes…"), self.edit_aliases
        )
        self.action_coverage = act(
            "action_coverage", self.tr("Coverage of the communes…"), self.show_meeting_coverage
        )
        self.action_item_coverage = act(
            "action_item_coverage", self.tr("Coverage of this item…"), self.show_item_coverage
        )
        edit = window.menu("edit")
        edit.insertAction(window.action_delete, self.action_fanout)
        edit.insertAction(window.action_delete, self.action_item_coverage)
        reports = window.menu("reports")
        reports.addSeparator()
        reports.addAction(self.action_coverage)
        tools = window.menu("tools")
        tools.insertAction(window.action_settings, self.action_province)
        tools.insertAction(window.action_settings, self.action_secretariats)
        tools.insertAction(window.action_settings, self.action_aliases)
        self.update_title()
        # A window left open for days: the 30-day stall rule follows the calendar.
        self.timer = QTimer(self)
        self.timer.setInterval(ROLLUP_EVERY_MS)
        self.timer.timeout.connect(self.refresh_rollups)

    # -- the province ------------------------------------------------------------------
    def province_name(self) -> str:
        info = self.tracker.territories.province()
        return "" if info is None else info.name(current_language())

    def update_title(self) -> None:
        name = self.province_name()
        title = self._base_title
        if name:
            title = self.tr("%1 — %2").replace("%1", title).replace("%2", name)
        self.window.setWindowTitle(title)

    def make_province_dialog(self, *, first_start: bool = False) -> QDialog:
        from tracker.ui.province_dialog import ProvinceDialog

        info = self.tracker.territories.province()
        return ProvinceDialog(
            self.tracker.territories.provinces(),
            info.code if info else None,
            first_start=first_start,
            parent=self.window,
        )

    def choose_province(self) -> bool:
        """Ask for the province (modal); True when one was set."""
        dialog = self.make_province_dialog()
        if not self.window.exec_dialog(dialog):
            return False
        return self.apply_province(dialog.chosen())  # type: ignore[attr-defined]

    def apply_province(self, code: str | None) -> bool:
        if not code:
            return False
        try:
            result = self.tracker.territories.set_province(code, current_language())
        except TrackerError as exc:
            self.window.inform(exc.message(current_language()))
            return False
        self.update_title()
        self.window.refresh()
        if result.unmatched:
            self.window.inform(
                self.tr(
                    "These owners' commune matches no commune of the province; "
                    "it was kept as text:\n%1"
                ).replace("%1", "\n".join(result.unmatched))
            )
        return True

    def refresh_rollups(self) -> None:
        """The roll-ups against today (a child that has not moved for 30 days stalls its
        parent); the window follows when one changed."""
        try:
            if self.tracker.territories.refresh_rollups(self.today()):
                self.window.refresh()
        except TrackerError:
            pass  # a busy moment (a restore): the next change or check recomputes them

    def at_start(self) -> None:
        """When the window opens: the roll-ups, then the first-start question."""
        self.refresh_rollups()
        self.timer.start()
        self.ask_at_first_start()

    def ask_at_first_start(self) -> None:
        """The first time a file without a province is opened on this computer: offer the
        list (window-modal, not blocking; "Later" skips it)."""
        if self.tracker.territories.province() is not None or ui_settings.value(ASKED_KEY):
            return
        ui_settings.set_value(ASKED_KEY, True)
        dialog = self.make_province_dialog(first_start=True)
        dialog.accepted.connect(lambda: self.apply_province(dialog.chosen()))  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()

    def _need_province(self) -> bool:
        if self.tracker.territories.province() is not None:
            return True
        return self.choose_province()

    def make_alias_dialog(self) -> QDialog:
        from tracker.ui.alias_dialog import AliasDialog

        return AliasDialog(self.tracker, parent=self.window)

    def edit_aliases(self) -> None:
        if not self._need_province():
            return
        dialog = self.make_alias_dialog()
        self.window.exec_dialog(dialog)
        if getattr(dialog, "changed", False):
            self.window.refresh()

    # -- local secretariats ------------------------------------------------------------
    def create_secretariats(self) -> None:
        if not self._need_province():
            return
        try:
            result = self.tracker.territories.create_secretariats()
        except TrackerError as exc:
            self.window.inform(exc.message(current_language()))
            return
        self.window.refresh()
        text = self.tr("Local secretariats: %1 created, %2 already there (communes: %3).")
        done = str(result.total - result.created)
        text = text.replace("%1", str(result.created)).replace("%2", done)
        self.window.statusBar().showMessage(text.replace("%3", str(result.total)), 15000)

    # -- fan-out -----------------------------------------------------------------------
    def selected_item(self) -> int | None:
        from tracker.ui.item_model import ItemIdRole

        index = self.window.table.currentIndex()
        return index.siblingAtColumn(0).data(ItemIdRole) if index.isValid() else None

    def make_fanout_dialog(self, item_id: int) -> QDialog:
        from tracker.ui.fanout_dialog import FanoutDialog

        detail = self.tracker.items.detail(item_id)
        children = self.tracker.territories.children(item_id)
        return FanoutDialog(
            detail.item.title,
            self.tracker.territories.communes(),
            [c.territory_id for c in children if c.territory_id is not None],
            parent=self.window,
        )

    def fanout_selected(self) -> None:
        item_id = self.selected_item()
        if item_id is None:
            return
        lang = current_language()
        try:
            item = self.tracker.items.detail(item_id).item
        except TrackerError as exc:
            self.window.inform(exc.message(lang))
            return
        if item.parent_id is not None:
            self.window.inform(TrackerError("fanout_of_child", title=item.title).message(lang))
            return
        if not self._need_province():
            return
        dialog = self.make_fanout_dialog(item_id)
        if not self.window.exec_dialog(dialog):
            return
        removed = dialog.removed()  # type: ignore[attr-defined]
        if removed and not self.window.confirm(
            self.tr(
                "%n commune(s) unchecked: their items go to the trash (they can be restored).",
                "",
                len(removed),
            )
        ):
            return
        try:
            result = self.tracker.territories.fanout(
                item_id,
                commune_ids=dialog.chosen(),  # type: ignore[attr-defined]
                replace=True,
                today=self.today(),
            )
        except TrackerError as exc:
            self.window.inform(exc.message(lang))
            return
        self.window.refresh()
        text = self.tr("Fanned out to the communes (%1): %2 created, %3 adopted, %4 to the trash.")
        for n, value in enumerate(
            (result.total, result.created, result.adopted, result.removed), start=1
        ):
            text = text.replace(f"%{n}", str(value))
        self.window.statusBar().showMessage(text, 15000)

    # -- the coverage grid -----------------------------------------------------------
    def show_meeting_coverage(self) -> None:
        from tracker.ui import coverage_actions

        coverage_actions.show(self, meeting_id=self.window.current_meeting_id())

    def show_item_coverage(self) -> None:
        from tracker.ui import coverage_actions

        item_id = self.selected_item()
        if item_id is not None:
            coverage_actions.show(self, item_id=item_id)

    def ask_save_path(self, suffix: str) -> Path | None:
        """Where to save the grid (tests replace this)."""
        from tracker.ui import coverage_actions

        return coverage_actions.ask_save_path(self, suffix)


def install_territory_actions(
    window: MainWindow, tracker: Tracker, today: Callable[[], date] | None = None
) -> TerritoryController:
    return TerritoryController(window, tracker, today or window.today)
