"""Showing, printing and saving the coverage grid from the window (Reports › Coverage of the
communes…, Edit › Coverage of this item…)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog

from tracker.domain.errors import TrackerError
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog

if TYPE_CHECKING:
    from tracker.services.coverage import Grid
    from tracker.ui.coverage_view import CoverageDialog
    from tracker.ui.territory_actions import TerritoryController


def make_dialog(ctl: TerritoryController, grid: Grid) -> CoverageDialog:
    from tracker.ui.coverage_view import CoverageDialog

    dialog = CoverageDialog(grid, parent=ctl.window)
    dialog.open_item.connect(lambda item_id: open_child(ctl, dialog, item_id))
    dialog.save_pdf.connect(lambda: save(ctl, dialog.grid, ".pdf"))
    dialog.save_xlsx.connect(lambda: save(ctl, dialog.grid, ".xlsx"))
    dialog.print_grid.connect(lambda: preview(ctl, dialog.grid))
    return dialog


def show(
    ctl: TerritoryController, *, meeting_id: int | None = None, item_id: int | None = None
) -> None:
    lang = current_language()
    try:
        grid = ctl.tracker.territories.coverage(
            today=ctl.today(), meeting_id=meeting_id, item_id=item_id
        )
    except TrackerError as exc:
        ctl.window.inform(exc.message(lang))
        return
    ctl.window.exec_dialog(make_dialog(ctl, grid))


def open_child(ctl: TerritoryController, dialog: CoverageDialog, item_id: int) -> None:
    """A clicked cell: that commune's item, in the item dialog; the grid follows."""
    item_dialog = ctl.window.make_item_dialog(item_id)
    if ctl.window.exec_dialog(item_dialog):
        ctl.window.refresh()
        old = dialog.grid
        try:
            grid = ctl.tracker.territories.coverage(
                today=ctl.today(), item_id=old.item_id, meeting_id=old.meeting_id
            )
        except TrackerError:
            return
        dialog.grid = grid
        dialog.model.set_grid(grid)


def ask_save_path(ctl: TerritoryController, suffix: str) -> Path | None:
    filters = (
        QCoreApplication.translate("coverage_actions", "PDF (*.pdf)")
        if suffix == ".pdf"
        else QCoreApplication.translate("coverage_actions", "Excel (*.xlsx)")
    )
    suggested = str(Path.home() / f"coverage{suffix}")
    path, _ = QFileDialog.getSaveFileName(
        ctl.window,
        QCoreApplication.translate("coverage_actions", "Save the coverage grid"),
        suggested,
        filters,
    )
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_suffix(suffix)


def save(ctl: TerritoryController, grid: Grid, suffix: str) -> Path | None:
    out = ctl.ask_save_path(suffix)
    if out is None:
        return None
    lang = current_language()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if suffix == ".xlsx":
            ctl.tracker.territories.write_coverage_xlsx(grid, out, lang)
        else:
            from tracker.ui.coverage_print import write_coverage_pdf

            write_coverage_pdf(grid, out, lang, source=ctl.tracker.path)
    except TrackerError as exc:
        ctl.window.inform(exc.message(lang))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    ctl.window.statusBar().showMessage(
        QCoreApplication.translate("coverage_actions", "Coverage grid saved: ") + str(out), 15000
    )
    return out


def preview(ctl: TerritoryController, grid: Grid) -> None:
    from tracker.ui.coverage_print import paint, setup_landscape
    from tracker.ui.report_actions import mirror_page_arrows

    lang = current_language()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_landscape(printer)
    dialog = QPrintPreviewDialog(printer, ctl.window)
    dialog.setObjectName("coverage_preview")

    def draw(p: QPrinter) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint(p, grid, lang)
        finally:
            QApplication.restoreOverrideCursor()

    dialog.paintRequested.connect(draw)
    mirror_page_arrows(dialog)
    fit_dialog(dialog, (1000, 800), scroll=False)
    ctl.window.exec_dialog(dialog)
