"""The Reports menu from the main window: Ctrl+P preview, PDF, export, import dialog."""

from __future__ import annotations

import csv
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPdfWriter, QTextTable
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tracker.services import reports
from tracker.services.core import Tracker
from tracker.services.exchange import HEADERS_AR
from tracker.services.views import View
from tracker.ui import features, i18n
from tracker.ui.import_dialog import ErrorRole, ImportDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.printing import Decor, make_document, setup_page
from tracker.ui.report_actions import install_report_actions


@pytest.fixture
def window(qtbot, demo_db: Tracker):  # type: ignore[no-untyped-def]
    i18n.install_language(QApplication.instance(), "ar")
    win = MainWindow(demo_db, today=lambda: TODAY)
    qtbot.addWidget(win)
    actions = features.install(win, demo_db, interactive=False).reports
    actions.shown = []  # dialogs that would have been shown modally
    actions.exec_dialog = actions.shown.append
    actions.errors = []
    actions.show_error = actions.errors.append
    yield win
    win.features.shutdown()


def test_menu_and_ctrl_p(window) -> None:  # type: ignore[no-untyped-def]
    names = {a.objectName() for a in window.menu("reports").actions()}
    assert {"action_report_meeting", "action_report_owner", "action_export_xlsx"} <= names
    printing = window.findChild(QAction, "action_print")
    assert printing.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_the_windows_print_action_is_enabled_and_reused(qtbot, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_db, today=lambda: TODAY)
    qtbot.addWidget(win)
    mine = win.findChild(QAction, "action_print")
    assert not mine.isEnabled()  # nothing to print until the reports are wired
    actions = install_report_actions(win, demo_db, win.today)
    assert actions.action_print is mine and mine.isEnabled()
    assert len(win.findChildren(QAction, "action_print")) == 1


def test_ctrl_p_opens_the_preview_of_the_latest_meeting(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    actions = window.features.reports
    with qtbot.waitSignal(actions.preview_ready, timeout=20_000) as got:
        window.findChild(QAction, "action_print").trigger()
        assert actions.busy is not None and actions.busy.isVisible()  # busy while building
    report, html = got.args
    assert report.kind == "meeting" and "تقرير تتبع تنفيذ المقررات" in html
    assert actions.busy is None
    dialog = actions.shown[-1]
    assert dialog.objectName() == "report_preview"
    # What the preview paints, printed to a PDF file instead of the screen.
    printer = actions._last_preview[0]
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(out))
    dialog.paintRequested.emit(printer)
    assert out.stat().st_size > 10_000


def test_ctrl_p_follows_the_navigation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    actions = window.features.reports
    window.model.set_filter(replace(window.model.item_filter(), view=View.ALL, owner_id=5))
    with qtbot.waitSignal(actions.preview_ready, timeout=20_000) as got:
        actions.print_current()
    assert got.args[0].kind == "owner" and "منظمة نساء الحزب" in got.args[0].parts[0].subtitle
    window.model.set_filter(replace(window.model.item_filter(), view=View.OVERDUE, owner_id=None))
    with qtbot.waitSignal(actions.preview_ready, timeout=20_000) as got:
        actions.print_current()
    assert got.args[0].kind == "due"


def test_the_window_stays_responsive_while_a_report_is_built(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    actions = window.features.reports
    release = threading.Event()
    real = reports.due_report

    def slow(*args, **kw):  # type: ignore[no-untyped-def]
        assert release.wait(20)
        return real(*args, **kw)

    monkeypatch.setattr(reports, "due_report", slow)
    actions.preview("due")  # returns at once: the work is on the thread pool
    assert actions.busy is not None and actions.busy.isVisible()
    assert window.isEnabled()
    QApplication.processEvents()  # the event loop runs while the report is being built
    with qtbot.waitSignal(actions.preview_ready, timeout=20_000):
        release.set()
    assert actions.busy is None


def test_save_pdf_and_export_from_the_menu(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    actions = window.features.reports
    with qtbot.waitSignal(actions.finished, timeout=30_000) as got:
        actions.save_pdf("owners", tmp_path / "owners")
    assert (tmp_path / "owners.pdf").stat().st_size > 10_000
    assert got.args[0].startswith("حُفظ التقرير (") and got.args[0].endswith("owners.pdf")
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.export("csv", tmp_path / "items.csv")
    with (tmp_path / "items.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == HEADERS_AR and len(rows) == 19
    status = window.statusBar().currentMessage()
    assert status.startswith("صُدّرت 18 مهمة إلى") and status.endswith("items.csv")


def test_long_tables_repeat_their_header_row(demo_db: Tracker, qapp) -> None:  # type: ignore[no-untyped-def]
    report = demo_db.reports.meeting(TODAY)
    writer = QPdfWriter("/dev/null")
    setup_page(writer)
    doc = make_document(reports.build_html(report), writer, Decor.of(report).rtl)
    tables = []
    cursor_frames = [doc.rootFrame()]
    while cursor_frames:
        frame = cursor_frames.pop()
        for child in frame.childFrames():
            cursor_frames.append(child)
            if isinstance(child, QTextTable):
                tables.append(child)
    items = [t for t in tables if t.columns() == 7]
    assert len(items) == 7  # six resolutions and the other milestones
    assert all(t.format().headerRowCount() == 1 for t in items)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


HEAD = ["المهمة", "تاريخ الاجتماع", "عنوان الاجتماع", "المسؤول", "نسبة الإنجاز"]
MEETING = ["2026-01-17", "الاجتماع التنظيمي والتواصلي للأمانة الإقليمية بتاونات"]


def test_import_dialog_marks_bad_cells_then_imports(
    qtbot, qtmodeltester, demo_db: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(demo_db, lambda: TODAY)
    qtbot.addWidget(dialog)
    bad = _csv(
        tmp_path / "bad.csv",
        [
            HEAD,
            ["مهمة أولى", *MEETING, "الأمانة المحلية بتيسة", "30"],
            ["مهمة ثانية", *MEETING, "لجنة جديدة", "130"],
        ],
    )
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load(bad)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.headerData(1, Qt.Orientation.Vertical) == "3"
    owner = model.index(1, 3)
    assert model.data(owner, Qt.ItemDataRole.BackgroundRole) is not None
    assert "مسؤول غير معروف «لجنة جديدة»" in model.data(owner, ErrorRole)
    assert "نسبة الإنجاز" in model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert not dialog.import_button.isEnabled() and dialog.problems.count() == 2
    assert dialog.problems.item(0).text().startswith("السطر 3، العمود «المسؤول»")

    fixed = _csv(
        tmp_path / "fixed.csv",
        [
            HEAD,
            ["مهمة أولى", *MEETING, "الأمانة المحلية بتيسة", "30"],
            ["مهمة ثانية", *MEETING, "لجنة جديدة", "100"],
        ],
    )
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load(fixed)
    assert not dialog.import_button.isEnabled()  # the owner is still unknown
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.create_owners.setChecked(True)  # re-checks the file
    assert dialog.import_button.isEnabled() and "2" in dialog.summary.text()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as got:
        dialog.import_button.click()
    assert "2 مهمة جديدة" in got.args[0]
    assert "لجنة جديدة" in {o.name for o in demo_db.owners.list()}


def test_import_dialog_file_level_error(qtbot, demo_db: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(demo_db, lambda: TODAY)
    qtbot.addWidget(dialog)
    wrong = tmp_path / "w.csv"
    wrong.write_bytes("المهمة,المسؤول\nا,ب\n".encode("cp1256"))
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load(wrong)
    assert "UTF-8" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_a_long_report_is_offered_as_a_pdf_prepared_in_the_background(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import report_actions

    monkeypatch.setattr(report_actions, "LARGE_PREVIEW_ITEMS", 5)  # the demo meeting has 18
    actions = window.features.reports
    asked: list[int] = []
    opened: list[Path] = []
    actions.open_file = opened.append

    # Cancelled: nothing is shown, nothing is written.
    actions.ask_large_preview = lambda n: asked.append(n)  # returns None
    actions.preview("meeting")
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert asked == [18] and actions.shown == [] and opened == []

    # "Open as PDF": written on the worker, then handed to the PDF viewer; no preview.
    actions.ask_large_preview = lambda n: "pdf"
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.preview("meeting")
    assert actions.shown == [] and len(opened) == 1
    assert opened[0].suffix == ".pdf" and opened[0].read_bytes().startswith(b"%PDF")

    # "Preview anyway": the usual preview.
    actions.ask_large_preview = lambda n: "preview"
    with qtbot.waitSignal(actions.preview_ready, timeout=20_000):
        actions.preview("meeting")
    assert [d.objectName() for d in actions.shown] == ["report_preview"]
