"""The Reports menu: print preview (Ctrl+P), PDF, export and import.

Reports and exports are built on a worker thread (``tracker.ui.background``) while a busy
indicator shows; the results come back to the GUI thread. The print preview lays the
document out on the GUI thread (QPrinter needs it); saving a PDF happens entirely on the
worker with its own QTextDocument and QPdfWriter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.services import reports
from tracker.services.core import Tracker
from tracker.ui import pyside_fix  # noqa: F401  (before any painting)
from tracker.ui.background import BackgroundJob
from tracker.ui.i18n import current_language
from tracker.ui.printing import Decor, paint_pages, setup_page, write_pdf
from tracker.ui.screen import fit_dialog

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

LARGE_PREVIEW_ITEMS = 400  # above this, Ctrl+P offers the PDF (about 60 pages and more)


def report_items(report: reports.Report) -> int:
    return report.row_count()  # a Report, or a document of the meeting cycle


def mirror_page_arrows(dialog: QPrintPreviewDialog) -> None:
    """In right to left the page arrows point the reading way: "next page" to the left.

    Qt's preview toolbar keeps its left-to-right icons (go-next points right) while the
    toolbar itself is mirrored; the icons of first/last and previous/next are swapped.
    The actions are found by Qt's own (translated) texts for them.
    """
    if dialog.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return

    def tr(text: str) -> str:
        return QCoreApplication.translate("QPrintPreviewDialog", text)

    by_text = {a.text(): a for a in dialog.findChildren(QAction)}
    for one, other in (("First page", "Last page"), ("Previous page", "Next page")):
        a, b = by_text.get(tr(one)), by_text.get(tr(other))
        if a is not None and b is not None and a.property("mirrored") is None:
            icon = a.icon()
            a.setIcon(b.icon())
            b.setIcon(icon)
            a.setProperty("mirrored", True)
            b.setProperty("mirrored", True)


class ReportsController(QObject):
    """Owns the actions of the Reports menu of one main window."""

    preview_ready = Signal(object, str)  # (Report, html) just before the preview opens
    finished = Signal(str)  # a status message after an export, an import or a saved PDF
    failed = Signal(str)

    def __init__(self, window: MainWindow, tracker: Tracker, today: Callable[[], date]) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker
        self.today = today
        self._tasks: set[BackgroundJob] = set()
        self.busy: QProgressDialog | None = None
        menu = window.menu("reports")

        def act(text: str, slot: Callable[[], None], name: str) -> QAction:
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            return action

        self.action_meeting = act(
            self.tr("Meeting follow-up report…"),
            lambda: self.preview("meeting"),
            "action_report_meeting",
        )
        self.action_owner = act(
            self.tr("Report for one owner…"), lambda: self.preview("owner"), "action_report_owner"
        )
        self.action_owners = act(
            self.tr("Reports for all owners…"),
            lambda: self.preview("owners"),
            "action_report_owners",
        )
        self.action_due = act(
            self.tr("Overdue and upcoming items…"), lambda: self.preview("due"), "action_report_due"
        )
        for a in (self.action_meeting, self.action_owner, self.action_owners, self.action_due):
            menu.addAction(a)
        pdf_menu = menu.addMenu(self.tr("Save as PDF"))
        pdf_menu.setObjectName("menu_save_pdf")
        for kind, text in (
            ("meeting", self.tr("Meeting follow-up report…")),
            ("owner", self.tr("Report for one owner…")),
            ("owners", self.tr("Reports for all owners…")),
            ("due", self.tr("Overdue and upcoming items…")),
        ):
            pdf_menu.addAction(act(text, lambda k=kind: self.save_pdf(k), f"action_pdf_{kind}"))
        menu.addSeparator()
        self.action_export_csv = act(
            self.tr("Export to CSV…"), lambda: self.export("csv"), "action_export_csv"
        )
        self.action_export_xlsx = act(
            self.tr("Export to Excel (xlsx)…"), lambda: self.export("xlsx"), "action_export_xlsx"
        )
        self.action_export_ics = act(
            self.tr("Export to calendar (ics)…"), lambda: self.export("ics"), "action_export_ics"
        )
        self.action_import = act(self.tr("Import items…"), self.open_import, "action_import")
        for a in (
            self.action_export_csv,
            self.action_export_xlsx,
            self.action_export_ics,
            self.action_import,
        ):
            menu.addAction(a)

        printing = window.findChild(QAction, "action_print")
        if printing is None:
            printing = QAction(self.tr("Print…"), window)
            printing.setObjectName("action_print")
            window.addAction(printing)
            window.menu("file").addAction(printing)
        if printing.shortcut().isEmpty():
            printing.setShortcut(QKeySequence.StandardKey.Print)
        printing.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        printing.triggered.connect(self.print_current)
        printing.setEnabled(True)
        self.action_print = printing

    # -- hooks that tests replace (no modal dialog in an offscreen test) ----------------
    def exec_dialog(self, dialog: QWidget) -> None:
        dialog.exec()  # type: ignore[attr-defined]

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, filters)
        return Path(path) if path else None

    def ask_large_preview(self, items: int) -> str | None:
        """A long report: ``"pdf"`` (written on a worker, opened in the PDF viewer),
        ``"preview"`` (laid out here, the window waits) or None (cancelled)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A long report"))
        box.setText(
            self.tr(
                "This report lists %n item(s). Its print preview would keep the window "
                "busy for a while; as a PDF it is prepared in the background and opened "
                "in your PDF viewer, where it can be printed.",
                "",
                items,
            )
        )
        pdf = box.addButton(self.tr("Open as PDF"), QMessageBox.ButtonRole.AcceptRole)
        preview = box.addButton(self.tr("Preview anyway"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(pdf)
        box.exec()
        clicked = box.clickedButton()
        return "pdf" if clicked is pdf else "preview" if clicked is preview else None

    def open_file(self, path: Path) -> None:
        """Open ``path`` with the desktop's viewer for its type."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_error(self.tr("No program to open %1 was found.").replace("%1", str(path)))

    def ask_owner(self) -> int | None:
        owners = self.tracker.owners.list()
        if not owners:
            return None
        names = [o.name for o in owners]
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Report for one owner"), self.tr("Owner:"), names, 0, False
        )
        return owners[names.index(name)].id if ok and name in names else None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Reports"), message)

    # -- what the window shows now ------------------------------------------------------
    def _selection(self) -> tuple[int | None, int | None]:
        flt = self.window.model.item_filter()
        return flt.meeting_id, flt.owner_id

    def print_current(self) -> None:
        """Ctrl+P: the report that fits what the window shows (an owner, a meeting, a due
        view), the latest meeting's follow-up report otherwise."""
        meeting_id, owner_id = self._selection()
        view = self.window.model.item_filter().view
        if owner_id is not None:
            self.preview("owner", owner_id=owner_id)
        elif meeting_id is not None:
            self.preview("meeting", meeting_id=meeting_id)
        elif str(view) in ("overdue", "week", "month"):
            self.preview("due")
        else:
            self.preview("meeting")

    def _builder(
        self, kind: str, meeting_id: int | None = None, owner_id: int | None = None
    ) -> Callable[[], reports.Report] | None:
        tracker, today, lang = self.tracker, self.today(), current_language()
        if kind == "meeting":
            if meeting_id is None:
                meeting_id = self._selection()[0]
            return lambda: tracker.reports.meeting(today, meeting_id, lang)
        if kind == "owner":
            if owner_id is None:
                owner_id = self._selection()[1] or self.ask_owner()
            if owner_id is None:
                return None
            return lambda: tracker.reports.owner(today, owner_id, lang)
        if kind == "owners":
            return lambda: tracker.reports.all_owners(today, lang)
        return lambda: tracker.reports.due(today, lang=lang)

    # -- running work off the GUI thread ------------------------------------------------
    def run_task(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], busy_text: str
    ) -> BackgroundJob:
        task = BackgroundJob("report", self)
        self._tasks.add(task)

        def finish() -> None:
            self._tasks.discard(task)
            task.deleteLater()
            if self.busy is not None and not self._tasks:
                self.busy.close()
                self.busy.deleteLater()
                self.busy = None

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: TrackerError) -> None:
            finish()
            message = error.message(current_language())
            self.failed.emit(message)
            self.show_error(message)

        if self.busy is None:
            self.busy = QProgressDialog(busy_text, "", 0, 0, self.window)
            self.busy.setObjectName("busy")
            self.busy.setCancelButton(None)
            self.busy.setWindowTitle(self.tr("Please wait"))
            self.busy.setMinimumDuration(0)
            self.busy.setAutoClose(False)
            self.busy.show()
        task.start(fn, done=done, fail=failed)
        return task

    # -- reports -------------------------------------------------------------------------
    def preview(
        self, kind: str, *, meeting_id: int | None = None, owner_id: int | None = None
    ) -> BackgroundJob | None:
        build = self._builder(kind, meeting_id, owner_id)
        if build is None:
            return None
        return self.preview_built(build)

    def preview_built(self, build: Callable[[], Any]) -> BackgroundJob:
        """The print preview of what ``build`` makes on a worker (a ``Report`` or any
        printable document: the meeting cycle's agenda, changes and minutes)."""

        def work() -> tuple[reports.Report, str]:
            report = build()
            return report, reports.build_html(report)

        return self.run_task(
            work, lambda r: self._show_preview(*r), self.tr("Preparing the report…")
        )

    def _show_preview(self, report: reports.Report, html: str) -> None:
        items = report_items(report)
        if items > LARGE_PREVIEW_ITEMS:
            choice = self.ask_large_preview(items)
            if choice is None:
                return
            if choice == "pdf":
                self._open_as_pdf(report, html)
                return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_page(printer)
        printer.setDocName(report.title)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("report_preview")
        dialog.setWindowTitle(report.title)
        decor = Decor.of(report)

        def paint(printer: QPrinter) -> None:
            # Layout and painting need the GUI thread (QPrinter): show a wait cursor.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                paint_pages(printer, html, decor)
            except (OSError, TrackerError) as exc:
                self.show_error(
                    str(exc) if isinstance(exc, OSError) else exc.message(current_language())
                )
            finally:
                QApplication.restoreOverrideCursor()

        dialog.paintRequested.connect(paint)
        mirror_page_arrows(dialog)
        fit_dialog(dialog, (1000, 800), scroll=False)
        self._last_preview = (printer, dialog)
        self.preview_ready.emit(report, html)
        self.exec_dialog(dialog)

    def _open_as_pdf(self, report: reports.Report, html: str) -> BackgroundJob:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="tracker-report-"))
        target = folder / f"report-{report.kind}.pdf"

        def opened(pages: int) -> None:
            self._done(self.tr("Report saved (%n page(s)): ", "", pages) + str(target))
            self.open_file(target)

        return self.run_task(
            lambda: write_pdf(report, target, html), opened, self.tr("Writing the PDF…")
        )

    def save_pdf(self, kind: str, out: Path | None = None) -> BackgroundJob | None:
        build = self._builder(kind)
        if build is None:
            return None
        return self.save_built(build, kind, out)

    def save_built(
        self, build: Callable[[], Any], kind: str, out: Path | None = None
    ) -> BackgroundJob | None:
        """What ``build`` makes, written as a PDF on a worker (asked where when ``out`` is
        None)."""
        if out is None:
            out = self.ask_save_path(
                self.tr("Save report as PDF"), f"report-{kind}.pdf", self.tr("PDF files (*.pdf)")
            )
        if out is None:
            return None
        target = out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf")

        def work() -> int:
            return write_pdf(build(), target)

        return self.run_task(
            work,
            lambda pages: self._done(
                self.tr("Report saved (%n page(s)): ", "", pages) + str(target)
            ),
            self.tr("Writing the PDF…"),
        )

    # -- exchange ------------------------------------------------------------------------
    def export(self, fmt: str, out: Path | None = None) -> BackgroundJob | None:
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "ics": self.tr("Calendar files (*.ics)"),
        }[fmt]
        if out is None:
            out = self.ask_save_path(self.tr("Export items"), f"items.{fmt}", filters)
        if out is None:
            return None
        target = out if out.suffix.lower() == f".{fmt}" else out.with_suffix(f".{fmt}")
        tracker, today = self.tracker, self.today()
        return self.run_task(
            lambda: tracker.exchange.export_file(target, fmt, today=today),
            lambda n: self._done(self.tr("%n item(s) exported to ", "", n) + str(target)),
            self.tr("Exporting…"),
        )

    def open_import(self) -> None:
        from tracker.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.tracker, self.today, self.window)
        dialog.imported.connect(self._after_import)
        self.exec_dialog(dialog)

    def _after_import(self, message: str) -> None:
        self.window.refresh()
        self._done(message)

    def _done(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10_000)
        self.finished.emit(message)


def install_report_actions(
    window: MainWindow, tracker: Tracker, today: Callable[[], date] | None = None
) -> ReportsController:
    """Add the report, export and import actions to ``window.menu("reports")`` and bind
    Ctrl+P to the window's ``action_print`` (see ``ui.features``)."""
    return ReportsController(window, tracker, today or window.today)
