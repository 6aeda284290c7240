"""Paint a report onto pages: PDF (QPdfWriter) or a printer / print preview (QPrinter).

``QTextDocument.print_`` cannot write a localised "صفحة 1 من 3", so the document is laid out
for the body area of an A4 page and painted page by page with a QPainter, with the running
head and the footer (page N of M, printing date) drawn on each page.

Only QtCore/QtGui here: the command line writes PDFs with a QGuiApplication, no widgets.
A QTextDocument with a QPdfWriter may be used off the GUI thread (each job its own pair).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from tracker.services.report_html import BAR_EMPTY, BAR_FILL, BAR_URL, bar_url
from tracker.services.reports import Report, build_html
from tracker.ui import pyside_fix  # noqa: F401  (before any painting)
from tracker.ui.pagination import paginate, units_of

BODY_FAMILIES = ["Noto Sans Arabic", "DejaVu Sans"]
DECOR_FAMILIES = ["Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans"]
MARGINS_MM = QMarginsF(15, 14, 15, 14)
PDF_DPI = 300


@dataclass(frozen=True)
class Decor:
    """What is painted on every page around the body."""

    running_head: str
    printed_on: str
    rtl: bool
    lang: str

    @classmethod
    def of(cls, report: Report) -> Decor:
        return cls(report.running_head, report.printed_on, report.rtl, report.lang)

    def page_label(self, n: int, m: int) -> str:
        from tracker.services.reports import page_label

        return page_label(n, m, self.lang)


def _font(families: list[str], points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def setup_page(device: QPagedPaintDevice) -> None:
    """A4 portrait with our margins."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def make_document(html: str, device: QPagedPaintDevice, rtl: bool) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(_font(BODY_FAMILIES, 10))
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # long runs get break points: report_html._e
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    _add_bars(doc, html, device)
    doc.setHtml(html)
    return doc


def _add_bars(doc: QTextDocument, html: str, device: QPagedPaintDevice) -> None:
    """The completion bars the report names (``bar:65:rtl``), as images of the width of
    their column (45 % of the page) filled from the reading direction's start."""
    width = max(10, int(device.width() * 0.43))  # device pixels
    height = max(4, round(device.logicalDpiY() * 0.09))  # about 2.3 mm
    # QTextDocument sizes images in 96-dpi pixels: the ratio keeps them sharp and in place.
    ratio = max(1.0, device.logicalDpiX() / 96)
    for percent, direction in set(BAR_URL.findall(html)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(BAR_EMPTY))
        fill = round(width * min(100, int(percent)) / 100)
        if fill:
            painter = QPainter(image)
            x = width - fill if direction == "rtl" else 0
            painter.fillRect(x, 0, fill, height, QColor(BAR_FILL))
            painter.end()
        image.setDevicePixelRatio(ratio)  # after painting in device pixels
        url = QUrl(bar_url(int(percent), direction == "rtl"))
        doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)


_RLM = "\u200f"
# A number or Latin word (inner punctuation kept, edge punctuation left out), or an entity.
_RUN = re.compile(r"&#?\w+;|[0-9A-Za-z%](?:[0-9A-Za-z%.,:/\-]*[0-9A-Za-z%])?")
_TEXT = re.compile(r">([^<]*[^<\s][^<]*)<")


def mark_runs(text: str) -> str:
    """Right-to-left marks at the edges of every text node and of every number or Latin run.

    The print preview records pages as QPictures, whose replay lays each text run out again
    on its own, left to right: a space or a colon at the edge of an Arabic run then jumps to
    the other side ("المقرر1جعل … :"). With a strong right-to-left mark at every run edge
    those neutral characters keep their place. Text only, never inside tags or entities.
    """

    def runs(t: str) -> str:
        marked = _RUN.sub(lambda m: m[0] if m[0][0] == "&" else f"{_RLM}{m[0]}{_RLM}", t)
        return f"{_RLM}{marked}{_RLM}"

    if "<" not in text:
        return runs(text)
    body = text.find("<body")
    head, rest = (text[:body], text[body:]) if body >= 0 else ("", text)
    return head + _TEXT.sub(lambda m: ">" + runs(m[1]) + "<", rest)


def paint_pages(device: QPagedPaintDevice, html: str, decor: Decor) -> int:
    """Lay ``html`` out on ``device``'s pages and paint them; return the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        return _paint(painter, device, html, decor)
    finally:
        painter.end()


def _paint(painter: QPainter, device: QPagedPaintDevice, html: str, decor: Decor) -> int:
    width = float(device.width())
    height = float(device.height())
    dpi = device.logicalDpiY()
    small = _font(DECOR_FAMILIES, 8.5)
    band = 16 / 72 * dpi  # height of the head and foot bands (16 pt)
    gap = 8 / 72 * dpi
    body_h = height - 2 * (band + gap)

    # The print preview (a QPicture per page) needs every run edge marked: see mark_runs.
    marked = decor.rtl and painter.paintEngine().type() == QPaintEngine.Type.Picture
    if marked:
        html = mark_runs(html)
    doc = make_document(html, device, decor.rtl)
    doc.setPageSize(QSizeF(width, -1))  # one long page: the breaks are chosen by paginate
    layout = doc.documentLayout()
    doc_end = layout.documentSize().height()
    sheets = paginate(units_of(doc), body_h, doc_end)
    pages = len(sheets)
    seam = max(1.0, dpi / 96)  # the row border under a page's last row stays on the page
    inside = max(1.0, 4 / 72 * dpi)  # 4 pt: where a page slice starts drawing lines

    direction = Qt.LayoutDirection.RightToLeft if decor.rtl else Qt.LayoutDirection.LeftToRight
    start = Qt.AlignmentFlag.AlignRight if decor.rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if decor.rtl else Qt.AlignmentFlag.AlignRight
    pen = QPen(QColor("#7a7a7a"))
    pen.setWidthF(max(1.0, dpi / 150))

    def text(p: QPainter, rect: QRectF, value: str, align: Qt.AlignmentFlag) -> None:
        # Absolute: with a right-to-left option, plain AlignLeft would be mirrored.
        opt = QTextOption(align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
        opt.setTextDirection(direction)
        p.drawText(rect, mark_runs(value) if marked else value, opt)

    def region(p: QPainter, top: float, bottom: float, at: float, extra: float = 0.0) -> None:
        """The document between ``top`` and ``bottom`` at ``at`` below the head band; the
        painter's clip ``extra`` lower for the border under the last row. Only the lines
        inside are drawn: a clipped line would still be in the PDF's text layer."""
        p.save()
        p.translate(0, band + gap + at - top)
        p.setClipRect(QRectF(0, top, width, bottom - top + extra))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        # Not the edges' neighbours: a line of the row above or below may reach a few
        # points over the cut (its rectangle keeps the font's natural height).
        inset = min(inside, (bottom - top) / 4)
        ctx.clip = QRectF(0, top + inset, width, max(1.0, bottom - top - 2 * inset))
        layout.draw(p, ctx)
        p.restore()

    def paint_page(p: QPainter, i: int) -> None:
        sheet = sheets[i]
        at = 0.0
        if sheet.header is not None:
            region(p, sheet.header[0], sheet.header[1], 0.0, seam)
            at = sheet.header[1] - sheet.header[0]
        last = i == pages - 1
        region(p, sheet.top, sheet.bottom, at, 0.0 if last else seam)

        p.save()
        p.setFont(small)
        p.setPen(QColor("#333333"))
        text(p, QRectF(0, 0, width, band), decor.running_head, start)
        foot = QRectF(0, height - band, width, band)
        text(p, foot, decor.page_label(i + 1, pages), Qt.AlignmentFlag.AlignHCenter)
        text(p, foot, decor.printed_on, end)
        p.setPen(pen)
        p.drawLine(0, round(band), round(width), round(band))
        p.drawLine(0, round(height - band), round(width), round(height - band))
        p.restore()

    for i in range(pages):
        if i:
            device.newPage()
        paint_page(painter, i)
    return pages


def render_pdf(report: Report, out: Path) -> int:
    """``report`` as a PDF without a window (the command line): the application object Qt
    needs, the bundled fonts, then :func:`write_pdf`."""
    import sys

    from PySide6.QtGui import QGuiApplication

    from tracker.ui import i18n

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    i18n.load_fonts()
    return write_pdf(report, out)


def write_pdf(report: Report, out: Path, html: str | None = None) -> int:
    """Write ``report`` as an A4 PDF (fonts embedded) to ``out``; return the page count.

    Through the core's one safe-output path: QPdfWriter fills an exclusive temporary file
    beside ``out`` (0600), which is checked complete (:func:`pdf_complete`: QPdfWriter does
    not report write errors, a full disk leaves a stub) and only then renamed over ``out``:
    an existing good PDF stays when anything fails. Never over the report's database.
    """
    from tracker.services.core import write_output

    pages = 0

    def paint(tmp: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(report.title)
        writer.setCreator("Resolution Tracker")
        setup_page(writer)
        try:
            pages = paint_pages(
                writer, html if html is not None else build_html(report), Decor.of(report)
            )
        finally:
            del writer  # flushes and closes the file

    write_output(out, paint, protect=report.source, validate=pdf_complete)
    return pages


def pdf_complete(path: Path) -> bool:
    """Whether the PDF at ``path`` was written to its end: ``%PDF-`` first, ``%%EOF`` last,
    and the ``startxref`` offset landing on the cross-reference table (a lost block in the
    middle shifts it)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(5)
            fh.seek(max(0, size - 1024))
            tail = fh.read()
            marker = tail.rfind(b"startxref")
            if not head.startswith(b"%PDF-") or marker < 0 or not tail.rstrip().endswith(b"%%EOF"):
                return False
            offset = int(tail[marker + len(b"startxref") :].split()[0])
            if not 0 < offset < size:
                return False
            fh.seek(offset)
            return fh.read(4) == b"xref"
    except (OSError, ValueError, IndexError):
        return False
