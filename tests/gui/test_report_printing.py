"""Painting reports: the print preview path, the right-to-left marks, the PySide6 fix."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tracker.services import reports
from tracker.services.core import Tracker
from tracker.ui import features, i18n
from tracker.ui.main_window import MainWindow
from tracker.ui.pagination import Unit, paginate
from tracker.ui.printing import Decor, mark_runs, paint_pages, setup_page
from tracker.ui.report_actions import mirror_page_arrows

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="needs pdftotext from poppler-utils (apt install poppler-utils)",
)

RLM = "\u200f"


def test_mark_runs_touches_text_only() -> None:
    html = '<body dir="rtl"><td width="40%">المقرر 1: نص&nbsp;<b>32%</b> في 17 أبريل 2026</td>'
    out = mark_runs(html)
    assert '<td width="40%">' in out and "&nbsp;" in out and "<b>" in out
    assert f"المقرر {RLM}1{RLM}: نص" in out and f"{RLM}32%{RLM}" in out
    assert out.replace(RLM, "") == html
    assert mark_runs("صفحة 2 من 9") == f"{RLM}صفحة {RLM}2{RLM} من {RLM}9{RLM}{RLM}"


def test_print_preview_paints_every_page(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    report = demo_db.reports.meeting(TODAY)
    html = reports.build_html(report)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer)
    widget = QPrintPreviewWidget(printer)
    qtbot.addWidget(widget)
    painted = []
    widget.paintRequested.connect(lambda p: painted.append(paint_pages(p, html, Decor.of(report))))
    widget.updatePreview()
    assert painted == [widget.pageCount()] and widget.pageCount() >= 2


def test_thousands_of_qt_calls_do_not_abort_python() -> None:
    """shiboken6 6.12 on Python 3.11 drops a reference to None per void call (see
    tracker/ui/pyside_fix.py); without the fix this loop aborts the interpreter."""
    code = (
        "import tracker.ui.printing\n"
        "from PySide6.QtGui import QColor\n"
        "c = QColor()\n"
        "for _ in range(50_000): c.setRed(1)\n"
        "print('alive')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "alive" in done.stdout, done.stderr


def test_pages_break_between_rows_and_not_after_a_heading() -> None:
    units = [
        Unit(0, 50),
        Unit(50, 60, keep_next=True),  # a heading
        Unit(60, 70, keep_next=True),  # its table's header row
        Unit(70, 90, header=(60, 70)),  # straddles 80: goes to page 2 with the heading
        Unit(90, 110, header=(60, 70)),
        Unit(110, 135, header=(60, 70)),
        Unit(135, 145, forced=True),  # page-break-before
    ]
    pages = paginate(units, 80, 145)
    assert [(p.top, p.bottom, p.header) for p in pages] == [
        (0, 50, None),
        (50, 110, None),
        (110, 135, (60, 70)),  # the header row repeated above a continued table
        (135, 145, None),
    ]
    # A unit taller than a page is cut where the page ends: nothing is lost.
    tall = paginate([Unit(0, 10), Unit(10, 250)], 100, 250)
    assert [(p.top, p.bottom) for p in tall] == [(0, 10), (10, 110), (110, 210), (210, 250)]


def _preview_arrows(dialog: QPrintPreviewDialog) -> dict[str, object]:
    texts = ("First page", "Previous page", "Next page", "Last page")
    by_text = {a.text(): a for a in dialog.findChildren(QAction)}
    return {
        t: by_text[QCoreApplication.translate("QPrintPreviewDialog", t)].icon().pixmap(24).toImage()
        for t in texts
    }


def test_preview_page_arrows_point_the_reading_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    i18n.install_language(app, "ar")
    try:
        printer = QPrinter()
        plain = QPrintPreviewDialog(printer)
        mirrored = QPrintPreviewDialog(printer)
        qtbot.addWidget(plain)
        qtbot.addWidget(mirrored)
        assert mirrored.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mirror_page_arrows(mirrored)
        mirror_page_arrows(mirrored)  # twice changes nothing
        before, after = _preview_arrows(plain), _preview_arrows(mirrored)
        assert after["Next page"] == before["Previous page"]  # points left in right to left
        assert after["Previous page"] == before["Next page"]
        assert after["First page"] == before["Last page"]
        assert after["Last page"] == before["First page"]
        assert before["Next page"] != before["Previous page"]
    finally:
        i18n.install_language(app, "ar")


@pytest.fixture
def window(qtbot, demo_db: Tracker):  # type: ignore[no-untyped-def]
    i18n.install_language(QApplication.instance(), "ar")
    win = MainWindow(demo_db, today=lambda: TODAY)
    qtbot.addWidget(win)
    actions = features.install(win, demo_db, interactive=False).reports
    actions.shown = []
    actions.exec_dialog = actions.shown.append
    actions.show_error = lambda message: None
    yield win
    win.features.shutdown()


def test_the_preview_dialog_fits_the_screen_and_mirrors_its_arrows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    actions = window.features.reports
    with qtbot.waitSignal(actions.preview_ready, timeout=20_000):
        actions.preview("meeting")
    dialog = actions.shown[-1]
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height() - 40
    arrows = [a for a in dialog.findChildren(QAction) if a.property("mirrored")]
    assert len(arrows) == 4


@needs_poppler
def test_the_windows_pdf_keeps_lam_alef(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    i18n.load_fonts()  # as the app does at start
    actions = window.features.reports
    with qtbot.waitSignal(actions.finished, timeout=30_000):
        actions.save_pdf("meeting", tmp_path / "meeting")
    raw = subprocess.run(
        ["pdftotext", str(tmp_path / "meeting.pdf"), "-"], capture_output=True, text=True
    ).stdout
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", raw))
    text = " ".join(text.split())
    for expected in ("الأمانة الإقليمية", "الإقليم", "الاجتماع", "خلال ثلاثة أشهر"):
        assert expected in text, expected
    assert "ا مانة" not in text
