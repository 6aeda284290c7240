"""The coverage grid as one right-to-left xlsx sheet: statuses as text, colours as fills."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import messages
from tracker.domain.months import long_date
from tracker.services.coverage import FILLS, Grid, Row


def _t(code: str, lang: str, **kw: object) -> str:
    return messages.text(f"coverage.{code}", lang, **kw)


def cell_text(status_label: str, progress: int) -> str:
    return f"{status_label} {progress}%"


def write(grid: Grid, out: Path, lang: str = "ar") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = _t("title", lang)[:31]
    ws.sheet_view.rightToLeft = lang == "ar"
    thin = Side(style="thin", color="9E9E9E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    bold = Font(bold=True)

    def text(row: int, col: int, value: str, **style: object) -> None:
        cell = ws.cell(row=row, column=col, value=value)
        cell.data_type = "s"  # text, never a formula
        for key, v in style.items():
            setattr(cell, key, v)

    ncols = 2 + len(grid.columns)
    text(1, 1, _t("title", lang), font=Font(bold=True, size=14))
    text(2, 1, f"{_t('province', lang)}: {grid.province(lang)}", font=bold)
    when = long_date(grid.meeting_held_on, lang) if grid.meeting_held_on else ""
    text(3, 1, f"{_t('meeting', lang)}: {grid.meeting_title} ({when})")
    text(4, 1, f"{_t('date', lang)}: {long_date(grid.today, lang)}")
    head = 6
    text(head, 1, _t("commune", lang), font=bold, alignment=centre, border=border)
    for n, col in enumerate(grid.columns, start=2):
        title = f"{n - 1}. {col.title}"
        text(head, n, title, font=bold, alignment=centre, border=border)
    text(head, ncols, _t("total", lang), font=bold, alignment=centre, border=border)
    for c in range(1, ncols + 1):
        ws.cell(row=head, column=c).fill = PatternFill("solid", fgColor="E4EBE4")

    r = head + 1
    group: str | None = None
    for row in grid.rows:
        label = _group_label(row, lang)
        if label != group:
            group = label
            text(r, 1, label, font=bold)
            for c in range(1, ncols + 1):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="F5F5F5")
            r += 1
        text(r, 1, row.name(lang), border=border)
        for n, cell in enumerate(row.cells, start=2):
            if cell is None:
                text(r, n, "—", alignment=centre, border=border)
                continue
            value = cell_text(cell.status.label(lang), cell.progress)
            fill = PatternFill("solid", fgColor=FILLS[cell.status].lstrip("#").upper())
            text(r, n, value, alignment=centre, border=border, fill=fill)
        total = _t("done_of", lang, done=row.done, total=row.total) if row.total else "—"
        text(r, ncols, total, alignment=centre, border=border, font=bold)
        r += 1
    text(r, 1, _t("total", lang), font=bold, border=border)
    for n, col in enumerate(grid.columns, start=2):
        value = f"{_t('done_of', lang, done=col.done, total=col.total)} · {col.mean_progress}%"
        text(r, n, value, font=bold, alignment=centre, border=border)
    ws.column_dimensions["A"].width = 26
    for c in range(2, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 18
    ws.row_dimensions[head].height = 60
    ws.freeze_panes = ws.cell(row=head + 1, column=2)
    wb.save(out)


def _group_label(row: Row, lang: str) -> str:
    if row.urban:
        return _t("municipalities", lang)
    return f"{_t('cercle', lang)}: {row.group(lang)}"
