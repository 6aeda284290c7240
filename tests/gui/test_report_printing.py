"""Painting reports: the print preview path, the right-to-left marks, the PySide6 fix."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from tests.conftest import TODAY
from tracker.services import reports
from tracker.ui.printing import Decor, mark_runs, paint_pages, setup_page

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
