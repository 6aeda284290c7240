"""Where a report's pages break: between table rows and blocks, never inside a row, never
right after a heading.

``QTextDocument``'s own pagination splits a table row line by line when it straddles the
page end ("Non commencé en retard" / "de 228 jours") and leaves a heading alone at the foot
of a page. Instead the document is laid out once as one long page, cut into units (root
blocks and table rows), and the pages are chosen here: each page ends before the first unit
that does not fit, at a break that is allowed (not after a heading or a table's header row,
which keeps a heading with its table's first row). A page that starts inside a table with a
header row repeats that row at its top. ``page-break-before`` (a new owner's part) forces a
break. A unit taller than a page is cut where the page ends (nothing is lost).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument, QTextFormat, QTextTable


@dataclass(frozen=True)
class Unit:
    top: float
    bottom: float
    keep_next: bool = False  # no page break right after this unit
    forced: bool = False  # a page break always before this unit
    header: tuple[float, float] | None = None  # the table's header rows, to repeat


@dataclass(frozen=True)
class Page:
    top: float
    bottom: float
    header: tuple[float, float] | None = None  # painted above the page's slice


def _block_rect(doc: QTextDocument, block: QTextBlock) -> tuple[float, float]:
    rect = doc.documentLayout().blockBoundingRect(block)
    return rect.top(), rect.bottom()


def _table_units(doc: QTextDocument, table: QTextTable) -> list[Unit]:
    layout = doc.documentLayout()
    frame = layout.frameBoundingRect(table)
    rows = table.rows()
    spans: list[tuple[float, float]] = []
    for r in range(rows):
        tops, bottoms = [], []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if not cell.isValid() or cell.row() != r:
                continue
            tops.append(_block_rect(doc, cell.firstCursorPosition().block())[0])
            bottoms.append(_block_rect(doc, cell.lastCursorPosition().block())[1])
        spans.append((min(tops, default=frame.top()), max(bottoms, default=frame.top())))
    # The line between two rows lies a cell padding and a border above the lower row's
    # text: a page ends there (the painter shows the line, not a sliver of the next row).
    # Only the tops count: with a fixed line height (the coverage grid's dense cells) a
    # block's rectangle keeps the font's natural line height and reaches into the next row.
    device = doc.documentLayout().paintDevice()
    scale = device.logicalDpiY() / 96 if device is not None else 1.0
    above = (table.format().cellPadding() + table.format().border()) * scale
    # A header cell aligned to the bottom may start above the frame's reported top.
    early = rows > 0 and spans[0][0] < frame.top()
    cuts = [spans[0][0] - above if early else frame.top()]
    cuts += [max(spans[r - 1][0], spans[r][0] - above) for r in range(1, rows)]
    cuts.append(frame.bottom())
    heads = min(table.format().headerRowCount(), rows - 1)
    header = (cuts[0], cuts[heads]) if heads > 0 else None
    forced = bool(
        table.frameFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    )
    return [
        Unit(
            cuts[r],
            cuts[r + 1],
            keep_next=r < heads,
            forced=forced and r == 0,
            header=header if r >= heads else None,
        )
        for r in range(rows)
    ]


def units_of(doc: QTextDocument) -> list[Unit]:
    """The root frame's blocks and table rows, top to bottom (``doc`` laid out)."""
    out: list[Unit] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            out.extend(_table_units(doc, frame))
        elif frame is not None:
            rect = doc.documentLayout().frameBoundingRect(frame)
            out.append(Unit(rect.top(), rect.bottom()))
        else:
            block = it.currentBlock()
            fmt = block.blockFormat()
            top, bottom = _block_rect(doc, block)
            forced = bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            out.append(Unit(top, bottom, keep_next=fmt.headingLevel() > 0, forced=forced))
        it += 1
    return out


def paginate(units: list[Unit], body_h: float, end: float) -> list[Page]:
    """Pages of at most ``body_h`` (header included) over ``units``; ``end`` is the
    document's height."""
    if not units:
        return [Page(0.0, max(end, 1.0))]
    pages: list[Page] = []
    i, start, n = 0, 0.0, len(units)
    while i < n:
        header = units[i].header if pages and start >= units[i].top - 0.5 else None
        if header is not None and start <= header[1]:
            header = None  # the header rows themselves are on this page
        cap = body_h - (header[1] - header[0] if header else 0.0)
        best = None
        k = i + 1
        while k < n:
            if units[k].forced:
                if units[k - 1].bottom - start <= cap:
                    best = k
                break
            if units[k - 1].bottom - start > cap:
                break
            if not units[k - 1].keep_next:
                best = k
            k += 1
        if k == n and units[n - 1].bottom - start <= cap:
            pages.append(Page(start, max(end, units[n - 1].bottom), header))
            break
        if best is None:
            # Nothing fits whole, or only a heading would end the page: fill it up.
            fit = i
            while fit < n and units[fit].bottom - start <= cap:
                fit += 1
            if fit > i:
                best = fit
        if best is None:
            cut = start + cap
            pages.append(Page(start, cut, header))
            start = cut
            while i < n and units[i].bottom <= start:
                i += 1
            continue
        cut = units[best].top
        pages.append(Page(start, cut, header))
        i, start = best, cut
    return pages
