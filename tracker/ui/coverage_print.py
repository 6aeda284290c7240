"""The coverage grid on paper: A4 landscape, right to left, the report's font and page
decor (running head, "صفحة 1 من 3", printing date), through the report printer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from tracker.services import coverage_html
from tracker.services.reports import label
from tracker.ui.printing import PDF_DPI, Decor, paint_pages, pdf_complete

if TYPE_CHECKING:
    from tracker.services.coverage import Grid

MARGINS_MM = QMarginsF(12, 12, 12, 12)


def setup_landscape(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def decor(grid: Grid, lang: str) -> Decor:
    from tracker.domain.months import long_date

    printed = label("printed", lang, date=long_date(grid.today, lang))
    return Decor(coverage_html.title(grid, lang), printed, lang == "ar", lang)


def paint(device: QPagedPaintDevice, grid: Grid, lang: str) -> int:
    """Lay the grid out on ``device`` (set up landscape first) and paint it; the pages."""
    return paint_pages(device, coverage_html.render(grid, lang), decor(grid, lang))


def write_coverage_pdf(grid: Grid, out: Path, lang: str = "ar", source: Path | None = None) -> int:
    """The grid as an A4 landscape PDF at ``out`` (never over ``source``, the database)."""
    from tracker.services.core import write_output

    pages = 0

    def fill(tmp: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(coverage_html.title(grid, lang))
        writer.setCreator("Resolution Tracker")
        setup_landscape(writer)
        try:
            pages = paint(writer, grid, lang)
        finally:
            del writer  # flushes and closes the file

    write_output(out, fill, protect=source, validate=pdf_complete)
    return pages


def render_coverage_pdf(grid: Grid, out: Path, lang: str = "ar") -> int:
    """The same without a window (the command line): a QGuiApplication and the fonts."""
    import sys

    from PySide6.QtGui import QGuiApplication

    from tracker.ui import i18n

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    i18n.load_fonts()
    return write_coverage_pdf(grid, out, lang)
